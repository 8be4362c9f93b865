"""Rule families: the constructions that turn a sentence's mentions and triggers into relation
candidates. Each family is one module of plain functions of the read-only sentence view and the
proposals they add to: frames ``(view, proposals, trigger)`` with the ``takes`` function choosing
their triggers, sentence rules ``(view, proposals)``. :data:`sahelkg.ingest.relations.registry.RULES`
lists them in the order they run, by name, so one can be switched off (``--rules -kinship``,
``--rules -frames/tree``) and tested alone."""
