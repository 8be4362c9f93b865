"""Language knowledge: the one loader of the data files under ``ingest/data/`` (triggers, titles,
modality, dates, furniture, word classes, language properties, the gazetteer), Arabic and Latin
normalisation, and the word splitting shared by the built-in backend and the data loader. Rules
read words through the classes loaded here; they never spell a word of a language themselves."""
