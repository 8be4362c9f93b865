"""Entities: the gazetteer as a matching index, entity mentions in a sentence (names, demonyms,
titles, time-bounded offices, delegations, new titled names), actors named through another actor
(a government by its seat, forces by their commander), pronouns resolved to the one antecedent
that fits, and unnamed posts and soldiers attacked read as their national army (targets.py).
What leaves this room is the ``mentions`` layer of a :class:`~sahelkg.ingest.job.pipeline.Doc`."""
