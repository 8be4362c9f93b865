"""Gold CoNLL-U through stanza's reader and the backend's own conversion."""

from __future__ import annotations

from pathlib import Path

import pytest
from sahelkg.ingest.nlp.conllu import read_conllu, read_conllu_document
from stanza_checks import tree_problems

pytestmark = pytest.mark.stanza

# A sentence written for this test, with a multi-word token (و + التقى) and a clitic preposition
# split as a multi-word token (ب + الرئيس).
MWT_CONLLU = """\
# text = حفتر والتقى بالرئيس.
1	حفتر	حفتر	PROPN	_	_	3	nsubj	_	_
2-3	والتقى	_	_	_	_	_	_	_	_
2	و	وَ	CCONJ	_	_	3	cc	_	_
3	التقى	اِلتَقَى	VERB	_	Aspect=Perf	0	root	_	_
4-5	بالرئيس	_	_	_	_	_	_	_	SpaceAfter=No
4	ب	بِ	ADP	_	_	5	case	_	_
5	الرئيس	رَئِيس	NOUN	_	Definite=Def	3	obl	_	_
6	.	.	PUNCT	_	_	3	punct	_	_

"""


def _first_sentences(path: Path, count: int) -> str:
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    return "\n\n".join(blocks[:count]) + "\n\n"


def test_multi_word_tokens_share_their_surface_span() -> None:
    [sentence] = read_conllu(MWT_CONLLU)
    assert sentence.text == "حفتر والتقى بالرئيس."
    assert [(t.text, t.start, t.end, t.head, t.deprel) for t in sentence.tokens] == [
        ("حفتر", 0, 4, 2, "nsubj"),
        ("و", 5, 11, 2, "cc"),
        ("التقى", 5, 11, None, "root"),
        ("ب", 12, 19, 4, "case"),
        ("الرئيس", 12, 19, 2, "obl"),
        (".", 19, 20, 2, "punct"),
    ]
    assert sentence.tokens[2].lemma == "اِلتَقَى" and sentence.tokens[2].feats == "Aspect=Perf"


def test_pud_sentences_keep_gold_trees_and_offsets(pud_path: Path) -> None:
    text, sentences = read_conllu_document(_first_sentences(pud_path, 5))
    assert len(sentences) == 5
    first = sentences[0]
    assert first.start == 0 and first.text.startswith("كتبت كوري شولمان, المساعدة الخاصة لأوباما")
    assert [(t.text, t.start, t.end, t.head, t.deprel) for t in first.tokens[:8]] == [
        ("كتبت", 0, 4, None, "root"),
        ("كوري", 5, 9, 0, "nsubj"),
        ("شولمان", 10, 16, 1, "flat"),
        (",", 16, 17, 4, "punct"),
        ("المساعدة", 18, 26, 1, "appos"),
        ("الخاصة", 27, 33, 4, "amod"),
        ("ل", 34, 35, 7, "case"),  # clitic written as its own word (SpaceAfter=No)
        ("أوباما", 35, 41, 4, "nmod"),
    ]
    for sentence in sentences:
        assert sentence.text == text[sentence.start:sentence.end]
        assert tree_problems(sentence) == []
        for token in sentence.tokens:
            assert text[token.start:token.end] == token.text


def test_reads_a_whole_file_by_path(pud_path: Path) -> None:
    text, sentences = read_conllu_document(pud_path)
    assert len(sentences) == 1000
    assert sum(len(s.tokens) for s in sentences) == 20747  # the word lines of the file
    assert all(text[t.start:t.end] == t.text for s in sentences for t in s.tokens)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="^no CoNLL-U file at .*nothing.conllu$"):
        read_conllu(tmp_path / "nothing.conllu")
