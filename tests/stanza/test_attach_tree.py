"""Tree-based argument attachment on gold parses written for these sentences (CoNLL-U read
through stanza's reader and the backend's conversion), against a positional baseline."""

from __future__ import annotations

import pytest
from sahelkg.ingest.nlp.base import Sentence
from sahelkg.ingest.nlp.conllu import read_conllu
from sahelkg.ingest.relations.attach_tree import CaseParticles, MentionSpan, TreeArguments, attach_arguments

pytestmark = pytest.mark.stanza

PARTICLES = CaseParticles(
    objects=frozenset({"إلى", "الى", "مع", "ب", "ل", "ضد", "بين", "على"}),
    places=frozenset({"في"}),
    agents=frozenset({"قبل"}),
)

# Token indexes below are 0-based positions in Sentence.tokens (clitics are separate words).
GOLD = """\
# sent_id = relative
# text = التقى حفتر الذي زار تركيا بالرئيس بازوم.
1	التقى	اِلتَقَى	VERB	_	_	0	root	_	_
2	حفتر	حفتر	PROPN	_	_	1	nsubj	_	_
3	الذي	الَّذِي	PRON	_	_	4	nsubj	_	_
4	زار	زَار	VERB	_	_	2	acl:relcl	_	_
5	تركيا	تركيا	PROPN	_	_	4	obj	_	_
6-7	بالرئيس	_	_	_	_	_	_	_	_
6	ب	بِ	ADP	_	_	7	case	_	_
7	الرئيس	رَئِيس	NOUN	_	_	1	obl	_	_
8	بازوم	بازوم	PROPN	_	_	7	appos	_	SpaceAfter=No
9	.	.	PUNCT	_	_	1	punct	_	_

# sent_id = coordination
# text = زار حفتر مالي والنيجر وبوركينا فاسو.
1	زار	زَار	VERB	_	_	0	root	_	_
2	حفتر	حفتر	PROPN	_	_	1	nsubj	_	_
3	مالي	مالي	PROPN	_	_	1	obj	_	_
4-5	والنيجر	_	_	_	_	_	_	_	_
4	و	وَ	CCONJ	_	_	5	cc	_	_
5	النيجر	نيجر	PROPN	_	_	3	conj	_	_
6-7	وبوركينا	_	_	_	_	_	_	_	_
6	و	وَ	CCONJ	_	_	7	cc	_	_
7	بوركينا	بوركينا	PROPN	_	_	3	conj	_	_
8	فاسو	فاسو	PROPN	_	_	7	flat	_	SpaceAfter=No
9	.	.	PUNCT	_	_	1	punct	_	_

# sent_id = light-verb
# text = أجرى حفتر زيارة إلى النيجر.
1	أجرى	أَجرَى	VERB	_	_	0	root	_	_
2	حفتر	حفتر	PROPN	_	_	1	nsubj	_	_
3	زيارة	زِيَارَة	NOUN	_	_	1	obj	_	_
4	إلى	إِلَى	ADP	_	_	5	case	_	_
5	النيجر	نيجر	PROPN	_	_	3	nmod	_	SpaceAfter=No
6	.	.	PUNCT	_	_	1	punct	_	_

# sent_id = genitive
# text = تأتي زيارة حفتر إلى نيامي بعد لقاء مع بازوم.
1	تأتي	أَتَى	VERB	_	_	0	root	_	_
2	زيارة	زِيَارَة	NOUN	_	_	1	nsubj	_	_
3	حفتر	حفتر	PROPN	_	_	2	nmod	_	_
4	إلى	إِلَى	ADP	_	_	5	case	_	_
5	نيامي	نيامي	PROPN	_	_	2	nmod	_	_
6	بعد	بَعدَ	ADP	_	_	7	case	_	_
7	لقاء	لِقَاء	NOUN	_	_	1	obl	_	_
8	مع	مَعَ	ADP	_	_	9	case	_	_
9	بازوم	بازوم	PROPN	_	_	7	nmod	_	SpaceAfter=No
10	.	.	PUNCT	_	_	1	punct	_	_

# sent_id = shared-subject
# text = وصل حفتر إلى نيامي والتقى بازوم في القصر.
1	وصل	وَصَل	VERB	_	_	0	root	_	_
2	حفتر	حفتر	PROPN	_	_	1	nsubj	_	_
3	إلى	إِلَى	ADP	_	_	4	case	_	_
4	نيامي	نيامي	PROPN	_	_	1	obl	_	_
5-6	والتقى	_	_	_	_	_	_	_	_
5	و	وَ	CCONJ	_	_	6	cc	_	_
6	التقى	اِلتَقَى	VERB	_	_	1	conj	_	_
7	بازوم	بازوم	PROPN	_	_	6	obj	_	_
8	في	فِي	ADP	_	_	9	case	_	_
9	القصر	قَصر	NOUN	_	_	6	obl	_	SpaceAfter=No
10	.	.	PUNCT	_	_	1	punct	_	_

# sent_id = passive
# text = اعتقل قائد الميليشيا في طرابلس.
1	اعتقل	اِعتَقَل	VERB	_	Voice=Pass	0	root	_	_
2	قائد	قَائِد	NOUN	_	_	1	nsubj:pass	_	_
3	الميليشيا	مِيلِيشِيَا	NOUN	_	_	2	nmod	_	_
4	في	فِي	ADP	_	_	5	case	_	_
5	طرابلس	طرابلس	PROPN	_	_	1	obl	_	SpaceAfter=No
6	.	.	PUNCT	_	_	1	punct	_	_

"""


@pytest.fixture(scope="module")
def gold() -> dict[str, Sentence]:
    sentences = read_conllu(GOLD)
    names = ["relative", "coordination", "light-verb", "genitive", "shared-subject", "passive"]
    assert len(sentences) == len(names)
    return dict(zip(names, sentences, strict=True))


def positional(trigger: int, mentions: list[MentionSpan]) -> tuple[MentionSpan | None, MentionSpan | None]:
    """Baseline without a parse: nearest mention before the trigger, nearest after it."""
    before = [m for m in mentions if m[1] <= trigger]
    after = [m for m in mentions if m[0] > trigger]
    return (before[-1] if before else None), (after[0] if after else None)


def words(sentence: Sentence, span: MentionSpan | None) -> str | None:
    return None if span is None else " ".join(t.text for t in sentence.tokens[span[0]:span[1]])


def test_gold_sentences_read_with_clitics_split(gold: dict[str, Sentence]) -> None:
    sentence = gold["relative"]
    assert [t.text for t in sentence.tokens] == ["التقى", "حفتر", "الذي", "زار", "تركيا", "ب", "الرئيس",
                                                 "بازوم", "."]
    assert sentence.tokens[6].head == 0 and sentence.tokens[6].deprel == "obl"


def test_verb_subject_first_object_not_the_nearest_mention(gold: dict[str, Sentence]) -> None:
    sentence = gold["relative"]
    mentions = [(1, 2), (4, 5), (7, 8)]  # حفتر, تركيا, بازوم
    found = attach_arguments(sentence, 0, mentions, PARTICLES)  # التقى
    assert found == TreeArguments(subject=(1, 2), objects=((7, 8),))
    # the positional baseline has nothing before the verb and takes Haftar as the object
    assert positional(0, mentions) == (None, (1, 2))
    # the relative clause: الذي stands for Haftar
    assert attach_arguments(sentence, 3, mentions, PARTICLES) == TreeArguments((1, 2), ((4, 5),))


def test_coordinated_objects_each_become_an_argument(gold: dict[str, Sentence]) -> None:
    sentence = gold["coordination"]
    mentions = [(1, 2), (2, 3), (4, 5), (6, 8)]
    found = attach_arguments(sentence, 0, mentions, PARTICLES)
    assert [words(sentence, span) for span in found.objects] == ["مالي", "النيجر", "بوركينا فاسو"]
    assert words(sentence, found.subject) == "حفتر"


def test_nominal_trigger_takes_the_subject_of_its_light_verb(gold: dict[str, Sentence]) -> None:
    sentence = gold["light-verb"]
    found = attach_arguments(sentence, 2, [(1, 2), (4, 5)], PARTICLES)  # زيارة
    assert found == TreeArguments(subject=(1, 2), objects=((4, 5),))


def test_genitive_subject_and_no_subject_borrowed_across_an_oblique(gold: dict[str, Sentence]) -> None:
    sentence = gold["genitive"]
    mentions = [(2, 3), (4, 5), (8, 9)]  # حفتر, نيامي, بازوم
    assert attach_arguments(sentence, 1, mentions, PARTICLES) == TreeArguments((2, 3), ((4, 5),))
    # لقاء مع بازوم: who met Bazoum is not stated in this clause
    assert attach_arguments(sentence, 6, mentions, PARTICLES) == TreeArguments(None, ((8, 9),))
    # the positional baseline makes Niamey the one who met Bazoum
    assert positional(6, mentions) == ((4, 5), (8, 9))


def test_conjoined_verb_shares_the_subject_and_keeps_places_apart(gold: dict[str, Sentence]) -> None:
    sentence = gold["shared-subject"]
    mentions = [(1, 2), (3, 4), (6, 7), (8, 9)]  # حفتر, نيامي, بازوم, القصر
    assert attach_arguments(sentence, 0, mentions, PARTICLES) == TreeArguments((1, 2), ((3, 4),))
    assert attach_arguments(sentence, 5, mentions, PARTICLES) == TreeArguments((1, 2), ((6, 7),), ((8, 9),))
    assert positional(5, mentions) == ((3, 4), (6, 7))  # Niamey as the subject of the meeting


def test_passive_subject_is_the_patient(gold: dict[str, Sentence]) -> None:
    sentence = gold["passive"]
    found = attach_arguments(sentence, 0, [(1, 3), (4, 5)], PARTICLES)
    assert found == TreeArguments(subject=None, objects=((1, 3),), places=((4, 5),))


def test_a_trigger_outside_the_sentence_is_refused(gold: dict[str, Sentence]) -> None:
    with pytest.raises(ValueError, match="trigger index 40 is outside the sentence"):
        attach_arguments(gold["passive"], 40, [], PARTICLES)
