"""Relations: triggers, argument attachment, modality, dates and role relations. Attachment reads
each sentence through a read-only view (:mod:`.layout`, its finders in :mod:`.clauses`,
:mod:`.coordination`, :mod:`.finders`, :mod:`.naming`) and runs the rules registered in
:mod:`.registry` over it: the frames (:mod:`.rules`) attach each trigger to its own arguments, from
the dependency tree where there is one and from word order otherwise, and the sentence rules read
phrases beyond one trigger. How they meet (claims, one frame per trigger, then the sentence rules)
is :mod:`.attachment`; what they propose and share is :mod:`.proposals`. What leaves this room is
the list of :class:`~sahelkg.ingest.job.pipeline.Candidate` of a document, each naming the rule
that proposed it."""
