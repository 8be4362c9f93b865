"""Reading articles, NLP backends, gazetteer, relation extraction, dates and the worker pool."""
