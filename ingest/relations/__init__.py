"""Relations: triggers, the sentence view the rules read (:mod:`.layout`), argument attachment
(from the dependency tree where there is one, from word order otherwise), the registered rule
families under :mod:`.rules`, modality, dates and role relations. What leaves this room is the
list of :class:`~sahelkg.ingest.job.pipeline.Candidate` of a document, each naming the rule that
proposed it."""
