"""Extraction over correct dependency trees: gold CoNLL-U written for these sentences is read into
Sentences and served by a backend that returns them, so the whole extractor (mentions, triggers,
arguments, modality, roles) runs over a parse without the small models' errors. The same
sentences through the positional attacher show what the tree gets right that word order does not.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

import pytest
from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.job.pipeline import DEFAULT_STEPS
from sahelkg.ingest.nlp.base import DEPS, LEMMAS, NER, POS, SENTENCES, TOKENS, NamedSpan, Sentence
from sahelkg.ingest.nlp.conllu import read_conllu_document

from sahelkg.records import Article, entity_id
from sahelkg.settings import Settings

pytest.importorskip("stanza", reason="the gold CoNLL-U reader uses stanza's (the stanza extra)")

_COLUMNS = ("id", "form", "lemma", "upos", "feats", "head", "deprel", "misc")


def conllu(text: str, rows: str) -> str:
    """CoNLL-U for one sentence from compact rows: id form lemma upos feats head deprel misc
    (tab-separated, "_" for empty); a multi-word token row is "6-7<TAB>form"."""
    lines = [f"# text = {text}"]
    for row in rows.strip().splitlines():
        cells = row.split("\t")
        if "-" in cells[0]:
            lines.append("\t".join([cells[0], cells[1]] + ["_"] * 8))
            continue
        values = dict(zip(_COLUMNS, cells, strict=True))
        lines.append("\t".join([values["id"], values["form"], values["lemma"], values["upos"], "_",
                                values["feats"], values["head"], values["deprel"], "_", values["misc"]]))
    return "\n".join(lines) + "\n\n"


# A subject after a long phrase between it and its verb.
LONG_PHRASE = "التقى، خلال زيارة رسمية استغرقت ثلاثة أيام، المشير خليفة حفتر بالرئيس محمد بازوم."
LONG_PHRASE_TREE = """
1	التقى	اِلتَقَى	VERB	_	0	root	SpaceAfter=No
2	،	،	PUNCT	_	1	punct	_
3	خلال	خِلَالَ	ADP	_	4	case	_
4	زيارة	زِيَارَة	NOUN	_	1	obl	_
5	رسمية	رَسمِيّ	ADJ	_	4	amod	_
6	استغرقت	اِستَغرَق	VERB	_	4	acl	_
7	ثلاثة	ثَلَاثَة	NUM	_	6	obj	_
8	أيام	يَوم	NOUN	_	7	nmod	SpaceAfter=No
9	،	،	PUNCT	_	1	punct	_
10	المشير	مُشِير	NOUN	_	1	nsubj	_
11	خليفة	خليفة	PROPN	_	10	appos	_
12	حفتر	حفتر	PROPN	_	11	flat	_
13-14	بالرئيس
13	ب	بِ	ADP	_	14	case	_
14	الرئيس	رَئِيس	NOUN	_	1	obl	_
15	محمد	محمد	PROPN	_	14	appos	_
16	بازوم	بازوم	PROPN	_	15	flat	SpaceAfter=No
17	.	.	PUNCT	_	1	punct	_
"""

# The object of the second of two coordinated verbs; the subject is the first verb's.
COORDINATED = "أعلن حفتر أنه سيزور النيجر، ثم التقى في بنغازي السفير الأمريكي ريتشارد نورلاند."
COORDINATED_TREE = """
1	أعلن	أَعلَن	VERB	_	0	root	_
2	حفتر	حفتر	PROPN	_	1	nsubj	_
3-4	أنه
3	أن	أَنَّ	SCONJ	_	6	mark	_
4	ه	هُوَ	PRON	_	6	nsubj	_
5-6	سيزور
5	س	سَ	PART	_	6	aux	_
6	يزور	زَار	VERB	_	1	ccomp	_
7	النيجر	نيجر	PROPN	_	6	obj	SpaceAfter=No
8	،	،	PUNCT	_	10	punct	_
9	ثم	ثُمَّ	CCONJ	_	10	cc	_
10	التقى	اِلتَقَى	VERB	_	1	conj	_
11	في	فِي	ADP	_	12	case	_
12	بنغازي	بنغازي	PROPN	_	10	obl	_
13	السفير	سَفِير	NOUN	_	10	obj	_
14	الأمريكي	أَمرِيكِيّ	ADJ	_	13	amod	_
15	ريتشارد	ريتشارد	PROPN	_	13	appos	_
16	نورلاند	نورلاند	PROPN	_	15	flat	SpaceAfter=No
17	.	.	PUNCT	_	1	punct	_
"""

# A relative clause whose subject is the noun it modifies, inside reported speech, and a verb
# whose subject stands before that clause.
RELATIVE = "وقال مسؤول إن حفتر، الذي يقود الجيش الوطني الليبي منذ سنوات، زار نيامي."
RELATIVE_TREE = """
1-2	وقال
1	و	وَ	CCONJ	_	2	cc	_
2	قال	قَال	VERB	_	0	root	_
3	مسؤول	مَسؤُول	NOUN	_	2	nsubj	_
4	إن	إِنَّ	SCONJ	_	15	mark	_
5	حفتر	حفتر	PROPN	_	15	nsubj	SpaceAfter=No
6	،	،	PUNCT	_	8	punct	_
7	الذي	الَّذِي	PRON	_	8	nsubj	_
8	يقود	قَاد	VERB	_	5	acl:relcl	_
9	الجيش	جَيش	NOUN	_	8	obj	_
10	الوطني	وَطَنِيّ	ADJ	_	9	amod	_
11	الليبي	لِيبِيّ	ADJ	_	9	amod	_
12	منذ	مُنذُ	ADP	_	13	case	_
13	سنوات	سَنَة	NOUN	_	8	obl	SpaceAfter=No
14	،	،	PUNCT	_	8	punct	_
15	زار	زَار	VERB	_	2	ccomp	_
16	نيامي	نيامي	PROPN	_	15	obj	SpaceAfter=No
17	.	.	PUNCT	_	2	punct	_
"""

# A passive whose agent follows "من قبل", after a relative clause about the patient.
PASSIVE = "استُقبل المشير خليفة حفتر، الذي وصل صباح اليوم في زيارة رسمية، من قبل الرئيس محمد بازوم."
PASSIVE_TREE = """
1	استُقبل	اِستَقبَل	VERB	Voice=Pass	0	root	_
2	المشير	مُشِير	NOUN	_	1	nsubj:pass	_
3	خليفة	خليفة	PROPN	_	2	appos	_
4	حفتر	حفتر	PROPN	_	3	flat	SpaceAfter=No
5	،	،	PUNCT	_	7	punct	_
6	الذي	الَّذِي	PRON	_	7	nsubj	_
7	وصل	وَصَل	VERB	_	2	acl:relcl	_
8	صباح	صَبَاح	NOUN	_	7	obl	_
9	اليوم	يَوم	NOUN	_	8	nmod	_
10	في	فِي	ADP	_	11	case	_
11	زيارة	زِيَارَة	NOUN	_	7	obl	_
12	رسمية	رَسمِيّ	ADJ	_	11	amod	SpaceAfter=No
13	،	،	PUNCT	_	16	punct	_
14	من	مِن	ADP	_	16	case	_
15	قبل	قِبَل	ADP	_	14	fixed	_
16	الرئيس	رَئِيس	NOUN	_	1	obl	_
17	محمد	محمد	PROPN	_	16	appos	_
18	بازوم	بازوم	PROPN	_	17	flat	SpaceAfter=No
19	.	.	PUNCT	_	1	punct	_
"""

# A person the gazetteer does not know, found by the NER.
UNKNOWN_NAME = "التقى حفتر في بنغازي بيتر ميليت."
UNKNOWN_NAME_TREE = """
1	التقى	اِلتَقَى	VERB	_	0	root	_
2	حفتر	حفتر	PROPN	_	1	nsubj	_
3	في	فِي	ADP	_	4	case	_
4	بنغازي	بنغازي	PROPN	_	1	obl	_
5	بيتر	بيتر	PROPN	_	1	obj	_
6	ميليت	ميليت	PROPN	_	5	flat	SpaceAfter=No
7	.	.	PUNCT	_	1	punct	_
"""

# A verb form the trigger list does not spell out (dual present), found by its lemma.
DUAL_VERB = "حفتر وبازوم يلتقيان في نيامي."
DUAL_VERB_TREE = """
1	حفتر	حفتر	PROPN	_	4	nsubj	_
2-3	وبازوم
2	و	وَ	CCONJ	_	3	cc	_
3	بازوم	بازوم	PROPN	_	1	conj	_
4	يلتقيان	اِلتَقَى	VERB	_	0	root	_
5	في	فِي	ADP	_	6	case	_
6	نيامي	نيامي	PROPN	_	4	obl	SpaceAfter=No
7	.	.	PUNCT	_	4	punct	_
"""

GOLD = {
    LONG_PHRASE: LONG_PHRASE_TREE,
    COORDINATED: COORDINATED_TREE,
    RELATIVE: RELATIVE_TREE,
    PASSIVE: PASSIVE_TREE,
    UNKNOWN_NAME: UNKNOWN_NAME_TREE,
    DUAL_VERB: DUAL_VERB_TREE,
}
NER_NAMES = {UNKNOWN_NAME: [("بيتر ميليت", "PER")]}
MILLETT = entity_id("بيتر ميليت")


class GoldBackend:
    """An NLP backend that returns gold parses of known texts (and counts its calls)."""

    name = "gold"
    provides = frozenset({SENTENCES, TOKENS, LEMMAS, POS, DEPS, NER})

    def __init__(self, parses: dict[str, list[Sentence]]) -> None:
        self.parses = parses
        self.calls: list[int] = []

    def annotate(self, texts: Sequence[str], lang: str) -> list[list[Sentence]]:
        self.calls.append(len(texts))
        missing = [text for text in texts if text not in self.parses]
        if missing:
            raise ValueError(f"no gold parse for {missing[0]!r}")
        return [copy.deepcopy(self.parses[text]) for text in texts]


def _parses() -> dict[str, list[Sentence]]:
    parses: dict[str, list[Sentence]] = {}
    for text, rows in GOLD.items():
        rebuilt, sentences = read_conllu_document(conllu(text, rows))
        assert rebuilt == text and len(sentences) == 1, f"the gold parse does not rebuild {text!r}"
        for surface, label in NER_NAMES.get(text, []):
            start = text.index(surface)
            sentences[0].names.append(NamedSpan(start, start + len(surface), label, surface))
        parses[text] = sentences
    return parses


@pytest.fixture(scope="module")
def gold() -> GoldBackend:
    return GoldBackend(_parses())


@pytest.fixture(scope="module")
def tree_extractor(gold: GoldBackend) -> Extractor:
    return Extractor(Settings(nlp_backend="builtin"), backend_for=lambda lang: gold)


@pytest.fixture(scope="module")
def positional_extractor(gold: GoldBackend) -> Extractor:
    steps = ["arguments-positional" if s == "arguments" else s for s in DEFAULT_STEPS]
    return Extractor(Settings(nlp_backend="builtin"), backend_for=lambda lang: gold, steps=steps)


def triples(extractor: Extractor, text: str) -> set[tuple[str, str, str, str]]:
    found = extractor.extract(Article(id="t", text=text, lang="ar")).relations
    return {(r.subject.id, r.relation, r.object.id, r.status) for r in found}


def test_gold_parses_keep_clitics_apart_and_offsets_right(gold: GoldBackend) -> None:
    sentence = gold.parses[LONG_PHRASE][0]
    assert [t.text for t in sentence.tokens[12:14]] == ["ب", "الرئيس"]
    assert all(LONG_PHRASE[t.start:t.end] == "بالرئيس" for t in sentence.tokens[12:14])
    assert sentence.tokens[13].head == 0 and sentence.tokens[13].deprel == "obl"


def test_subject_after_a_long_phrase(tree_extractor: Extractor, positional_extractor: Extractor) -> None:
    bazoum = ("Mohamed_Bazoum", "leads", "Niger", "occurred")  # "بالرئيس محمد بازوم"
    assert triples(tree_extractor, LONG_PHRASE) == {
        ("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred"), bazoum}
    assert triples(positional_extractor, LONG_PHRASE) == {bazoum}  # the subject is too far from its verb


def test_object_of_the_second_coordinated_verb(tree_extractor: Extractor,
                                               positional_extractor: Extractor) -> None:
    norland = ("Richard_Norland", "visit", "Benghazi", "occurred")  # met there, from abroad
    assert triples(tree_extractor, COORDINATED) == {
        ("Khalifa_Haftar", "visit", "Niger", "planned"),
        ("Khalifa_Haftar", "meet", "Richard_Norland", "occurred"), norland,
    }
    # word order makes Niger, the last actor before the verb, the one who met the ambassador
    assert triples(positional_extractor, COORDINATED) == {
        ("Khalifa_Haftar", "visit", "Niger", "planned"),
        ("Niger", "meet", "Richard_Norland", "occurred"), norland,
    }


def test_relative_clause_subject_is_the_noun_it_modifies(tree_extractor: Extractor,
                                                         positional_extractor: Extractor) -> None:
    assert triples(tree_extractor, RELATIVE) == {
        ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred"),
        ("Khalifa_Haftar", "visit", "Niamey", "occurred"),
    }
    # word order reads the relative clause (its antecedent before the comma) but gives the visit
    # to the army, the nearest actor before the verb: an army that arrives is deployed
    assert triples(positional_extractor, RELATIVE) == {
        ("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred"),
        ("Libyan_National_Army", "deploy", "Niamey", "occurred"),
        ("Libya", "deploy", "Niamey", "occurred")}


def test_passive_agent_after_min_qibal(tree_extractor: Extractor, positional_extractor: Extractor) -> None:
    bazoum = ("Mohamed_Bazoum", "leads", "Niger", "occurred")  # "الرئيس محمد بازوم"
    assert triples(tree_extractor, PASSIVE) == {
        ("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred"), bazoum}
    assert triples(positional_extractor, PASSIVE) == {bazoum}  # the agent is beyond another verb


def test_ner_names_unknown_to_the_gazetteer_become_entities(tree_extractor: Extractor) -> None:
    relations = tree_extractor.extract(Article(id="t", text=UNKNOWN_NAME, lang="ar")).relations
    assert [(r.subject.id, r.relation, r.object.id) for r in relations] == [
        ("Khalifa_Haftar", "meet", MILLETT)]
    met = relations[0].object
    assert (met.label, met.type) == ("بيتر ميليت", "Person")


def test_lemmas_find_verb_forms_the_trigger_list_does_not_spell_out(tree_extractor: Extractor,
                                                                     extractor: Extractor) -> None:
    assert triples(tree_extractor, DUAL_VERB) == {("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred"),
                                                  ("Khalifa_Haftar", "visit", "Niamey", "occurred")}
    assert triples(extractor, DUAL_VERB) == set()  # built-in backend: no lemma, no trigger


def test_tree_relations_carry_the_tree_certainty(tree_extractor: Extractor) -> None:
    relations = tree_extractor.extract(Article(id="t", text=LONG_PHRASE, lang="ar")).relations
    assert [r.confidence for r in relations if r.rule != "heads-of-state"] == [0.81]  # 0.9 x tree 0.9


def test_extract_many_annotates_a_batch_in_one_backend_call(gold: GoldBackend,
                                                            tree_extractor: Extractor) -> None:
    texts = list(GOLD)
    articles = [Article(id=f"a{i}", text=text, lang="ar") for i, text in enumerate(texts)]
    one_by_one = [triples(tree_extractor, text) for text in texts]
    gold.calls.clear()
    batched = list(tree_extractor.extract_many(articles, batch=4))
    assert gold.calls == [4, 2]
    assert [a.article.id for a in batched] == [a.id for a in articles]
    assert [{(r.subject.id, r.relation, r.object.id, r.status) for r in a.relations} for a in batched] \
        == one_by_one


def test_the_tree_frame_switched_off_leaves_the_triggers_to_word_order(
        gold: GoldBackend, tree_extractor: Extractor, positional_extractor: Extractor) -> None:
    no_tree = Extractor(Settings(nlp_backend="builtin", rules="-frames/tree"), backend_for=lambda lang: gold)
    found = tree_extractor.extract(Article(id="t", text=COORDINATED, lang="ar")).relations
    assert [(r.subject.id, r.relation, r.object.id, r.rule) for r in found] == [
        ("Khalifa_Haftar", "visit", "Niger", "frames/verbal"),  # the tree names no subject: word order
        ("Khalifa_Haftar", "meet", "Richard_Norland", "frames/tree"),
        ("Richard_Norland", "visit", "Benghazi", "meeting-places"),
    ]
    assert triples(no_tree, COORDINATED) == triples(positional_extractor, COORDINATED) == {
        ("Khalifa_Haftar", "visit", "Niger", "planned"), ("Niger", "meet", "Richard_Norland", "occurred"),
        ("Richard_Norland", "visit", "Benghazi", "occurred")}
