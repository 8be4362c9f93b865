"""Articles in, relations out, in rooms by stage:

- :mod:`.reading`: files and formats, HTML main text, page furniture, language of an article;
- :mod:`.language`: the language-data loader (``data/``), normalisation, word splitting;
- :mod:`.entities`: gazetteer, mentions, actors named through others, anaphora;
- :mod:`.relations`: triggers, the sentence view, attachment, the registered rule families,
  modality, dates, roles;
- :mod:`.job`: pipeline and steps, the extractor, the worker pool, batches, evaluation;
- :mod:`.nlp`: the NLP backends (built-in, stanza) and stanza model handling.
"""
