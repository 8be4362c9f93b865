"""Rule families: the constructions that turn a sentence's mentions and triggers into relation
candidates. Each family is one module; :data:`sahelkg.ingest.relations.registry.RULES` lists them
in the order they run, by name, so one can be switched off (``--rules -kinship``) and tested alone."""
