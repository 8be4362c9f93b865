"""The frame families as registered components: each attaches the triggers it takes, can run
alone, and switched off removes its own relations (and those of the rules that read them),
without handing its triggers to another frame."""

from __future__ import annotations

from datetime import date

import pytest
from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.relations.registry import RULES

from sahelkg.records import Article
from sahelkg.settings import Settings

VISIT_EN = "Khalifa Haftar visited Niamey on Tuesday."
WITHDRAWAL_EN = "France withdrew its troops from Mali last year."
AGREEMENT_EN = "Russia and Mali signed a defence agreement in Bamako."
VISIT_NOUN_EN = "Saddam Haftar's visit to Moscow was announced on Friday."
OPPOSITION_FR = "Des combats opposent l'armée soudanaise aux Forces de soutien rapide depuis avril."
WITHDRAWAL_FR = "La France a retiré ses soldats du Niger."
RECEPTION_FR = "Le président Abdourahamane Tiani a reçu Saddam Haftar à Niamey."
VISIT_NOUN_AR = "وتأتي زيارة خليفة حفتر إلى نيامي في إطار تعزيز التعاون."
THREE_STATES_AR = ("وكانت مالي والنيجر وبوركينا فاسو قد أعلنت انسحابها. "
                   "واتفقت الدول الثلاث مع روسيا على التعاون.")

EN = " ".join([VISIT_EN, WITHDRAWAL_EN, AGREEMENT_EN, VISIT_NOUN_EN])
FR = " ".join([OPPOSITION_FR, WITHDRAWAL_FR, RECEPTION_FR])


def _extract(text: str, lang: str, rules: str = "") -> list[tuple[str, str, str, str]]:
    extractor = Extractor(Settings(nlp_backend="builtin", rules=rules))
    article = Article(id="t", text=text, lang=lang, published=date(2024, 3, 1))
    return [(r.subject.id, r.relation, r.object.id, r.rule) for r in extractor.extract(article).relations]


def test_the_frames_are_registered_in_the_order_they_take_triggers() -> None:
    frames = [(r.name, r.family, r.yields) for r in RULES if r.is_frame]
    assert frames == [("frames/tree", "tree_frames", True), ("frames/withdrawal", "withdrawals", False),
                      ("frames/opposition", "oppositions", False), ("frames/verbal", "verbal_frames", False),
                      ("frames/paired-demonyms", "paired_demonyms", False),
                      ("frames/nominal", "nominal_frames", False)]


def test_each_frame_attaches_its_own_triggers() -> None:
    assert _extract(EN, "en") == [
        ("Khalifa_Haftar", "visit", "Niamey", "frames/verbal"),
        ("France", "deploy", "Mali", "frames/withdrawal"),
        ("Russia", "agree", "Mali", "frames/discourse"),  # two subjects, no object: each other
        ("Saddam_Haftar", "visit", "Moscow", "frames/nominal"),
    ]
    assert _extract(FR, "fr") == [
        ("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "frames/opposition"),
        ("France", "deploy", "Niger", "frames/withdrawal"),
        ("Abdourahamane_Tchiani", "leads", "Niger", "roles"),
        ("Abdourahamane_Tchiani", "meet", "Saddam_Haftar", "frames/verbal"),
        ("Saddam_Haftar", "visit", "Niamey", "received-visitors"),  # reads the meeting
    ]


@pytest.mark.parametrize(("text", "lang", "frame", "expected"), [
    (VISIT_EN, "en", "frames/verbal", [("Khalifa_Haftar", "visit", "Niamey", "frames/verbal")]),
    (VISIT_NOUN_EN, "en", "frames/nominal", [("Saddam_Haftar", "visit", "Moscow", "frames/nominal")]),
    (WITHDRAWAL_FR, "fr", "frames/withdrawal", [("France", "deploy", "Niger", "frames/withdrawal")]),
    (OPPOSITION_FR, "fr", "frames/opposition",
     [("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "frames/opposition")]),
])
def test_a_frame_runs_alone(text: str, lang: str, frame: str, expected: list[tuple[str, ...]]) -> None:
    assert _extract(text, lang, frame) == expected


def test_the_nominal_frame_leaves_its_unfinished_cooperation_to_the_discourse_rule() -> None:
    # "the visit ... to strengthen cooperation": the cooperation is between the visitor and his host
    visit = ("Khalifa_Haftar", "visit", "Niamey", "frames/nominal")
    host = ("Khalifa_Haftar", "cooperate", "Niger", "frames/discourse")
    assert _extract(VISIT_NOUN_AR, "ar") == [visit, host]
    assert _extract(VISIT_NOUN_AR, "ar", "-frames/discourse") == [visit]


def test_the_verbal_frame_reads_a_collective_subject_as_the_parties_listed_before() -> None:
    assert _extract(THREE_STATES_AR, "ar", "frames/verbal") == [
        ("Mali", "agree", "Russia", "frames/verbal"),
        ("Niger", "agree", "Russia", "frames/verbal"),
        ("Burkina_Faso", "agree", "Russia", "frames/verbal"),
    ]


@pytest.mark.parametrize("frame", ["frames/nominal", "frames/withdrawal", "frames/opposition",
                                   "frames/discourse", "frames/tree"])
def test_a_frame_switched_off_removes_exactly_its_relations(frame: str) -> None:
    for text, lang in ((EN, "en"), (FR, "fr")):
        full = _extract(text, lang)
        assert _extract(text, lang, f"-{frame}") == [r for r in full if r[3] != frame]


def test_the_verbal_frame_switched_off_takes_with_it_what_read_its_relations() -> None:
    # the agreement's two parties were left to frames/discourse by the verb; the visit read
    # from the reception needs the meeting: both go, and no other frame attaches the verbs
    assert _extract(EN, "en", "-frames/verbal") == [
        ("France", "deploy", "Mali", "frames/withdrawal"),
        ("Saddam_Haftar", "visit", "Moscow", "frames/nominal"),
    ]
    assert _extract(FR, "fr", "-verbal_frames") == [
        ("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "frames/opposition"),
        ("France", "deploy", "Niger", "frames/withdrawal"),
        ("Abdourahamane_Tchiani", "leads", "Niger", "roles"),
    ]


def test_all_frames_off_leaves_only_the_rules_that_need_no_trigger_attached() -> None:
    assert _extract(FR, "fr", "-frames") == [("Abdourahamane_Tchiani", "leads", "Niger", "roles")]
