"""Reading: article files in every format (.txt, .html, .json, .jsonl) and encoding, the main text
of an HTML page, page furniture blanked out with offsets kept, and the language of an article.
Nothing here knows about entities or relations: what leaves this room is an
:class:`~sahelkg.records.Article` and its cleaned text."""
