"""The job: the pipeline of named steps and the steps themselves, the extractor (an article in,
its relations out), the worker pool and single writer of ``sahelkg ingest``, the batch reader of
``sahelkg extract`` and ``sahelkg evaluate``, and scoring against gold."""
