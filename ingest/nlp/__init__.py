"""NLP backends: the built-in one and stanza, behind one interface (see base.py); which one runs
(registry.py); and stanza models on disk and their explicit download (models.py)."""
