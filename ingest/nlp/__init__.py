"""NLP backends: the built-in one and stanza, behind one interface (see base.py)."""
