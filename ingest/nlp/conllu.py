"""Read gold CoNLL-U parses into the backend's Sentence/Token records.

The file goes through stanza's own CoNLL reader into a stanza Document (character offsets
rebuilt from each sentence's ``# text`` comment, or from SpaceAfter where there is none) and then
through the same conversion the stanza backend applies to its own output, so logic written
against parsed sentences can be tested on correct trees.
"""

from __future__ import annotations

from pathlib import Path

from sahelkg.ingest.nlp.base import Sentence


def read_conllu_document(source: str | Path) -> tuple[str, list[Sentence]]:
    """Read CoNLL-U from a path or from CoNLL-U text; return the rebuilt document text (sentences
    separated by whitespace) and its sentences, with offsets into that text."""
    from sahelkg.ingest.nlp.stanza_backend import convert_document
    from stanza.utils.conll import CoNLL, CoNLLError

    is_text = isinstance(source, str) and "\n" in source
    try:
        if is_text:
            document = CoNLL.conll2doc(input_str=source, reconstruct_text=True)
        else:
            path = Path(source)
            if not path.is_file():
                raise ValueError(f"no CoNLL-U file at {path}")
            document = CoNLL.conll2doc(input_file=str(path), reconstruct_text=True)
    except CoNLLError as error:
        where = "the given CoNLL-U text" if is_text else str(source)
        raise ValueError(f"cannot read CoNLL-U from {where}: {error}") from None
    text = document.text or ""
    return text, convert_document(document, text)


def read_conllu(source: str | Path) -> list[Sentence]:
    """Sentences of a CoNLL-U file or string (see :func:`read_conllu_document`)."""
    return read_conllu_document(source)[1]
