"""Personal pronouns standing for a person named before (sahelkg.ingest.entities.anaphora), in French and
English sentences written for these tests."""

from datetime import date

import pytest

PUBLISHED = date(2023, 3, 16)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a subject pronoun in a passive: the only person of the sentence before
        (
            "Le maréchal Khalifa Haftar est arrivé à Niamey. Il a été reçu par Mahamadou Issoufou.",
            "fr",
            {
                ("Khalifa_Haftar", "visit", "Niamey", "occurred"),
                ("Mahamadou_Issoufou", "meet", "Khalifa_Haftar", "occurred"),
            },
        ),
        # an object pronoun before its verb stands for the person other than the verb's subject
        (
            "Mohamed Bazoum s'est rendu à Tripoli, où Abdul Hamid Dbeibah l'a accueilli.",
            "fr",
            {
                ("Mohamed_Bazoum", "visit", "Tripoli", "occurred"),
                ("Abdul_Hamid_Dbeibah", "meet", "Mohamed_Bazoum", "occurred"),
            },
        ),
        # "il y a": no person
        ("Haftar a visité Niamey. Il y a eu des combats à Tripoli.", "fr",
         {("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
        # English: the one person before "he" in the same sentence
        (
            "Fayez al-Sarraj traveled to Ankara on Thursday, where he met President Erdogan.",
            "en",
            {
                ("Fayez_al-Sarraj", "visit", "Ankara", "occurred"),
                ("Fayez_al-Sarraj", "meet", "Recep_Tayyip_Erdoğan", "occurred"),
            },
        ),
        # English: subject from the sentence before, object pronoun after the verb
        (
            "Mohamed Bazoum arrived in Tripoli. Dbeibah received him at the airport.",
            "en",
            {
                ("Mohamed_Bazoum", "visit", "Tripoli", "occurred"),
                ("Abdul_Hamid_Dbeibah", "meet", "Mohamed_Bazoum", "occurred"),
            },
        ),
        (
            "Haftar arrived in Rome. He met Giorgia Meloni.",
            "en",
            {
                ("Khalifa_Haftar", "visit", "Rome", "occurred"),
                ("Khalifa_Haftar", "meet", "Giorgia_Meloni", "occurred"),
            },
        ),
    ],
)
def test_pronouns(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    found = {t for t in triples(text, PUBLISHED, lang) if t[1] != "leads"}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # two persons earlier in the sentence: ambiguous, nothing is guessed
        "Haftar et Bazoum ont parlé à Niamey, puis il a rencontré Dbeibah.",
        # the sentence before opens with a country: "il" is not taken for a person
        "Le Niger a accueilli Haftar. Il a rencontré Dbeibah.",
        # "il y a": no person at all
        "Haftar a visité Niamey. Il y a eu des combats à Tripoli.",
    ],
)
def test_no_person_for_an_ambiguous_or_impersonal_pronoun(extractor, text: str) -> None:
    from sahelkg.records import Article

    doc = extractor.analyse(Article(id="t", text=text, lang="fr", published=PUBLISHED))
    assert [m for ms in doc.mentions for m in ms if m.kind.endswith("anaphor") and m.entity] == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # two persons before "il": nobody meets Dbeibah (no nearest name, no carried subject)
        ("Haftar et Bazoum ont parlé à Niamey, puis il a rencontré Dbeibah.", "fr", set()),
        ("Haftar and Bazoum spoke in Niamey, then he met Dbeibah.", "en", set()),
        # two coordinated persons open the sentence before: "he" may be either
        ("Haftar and Bazoum spoke in Niamey. He later met Dbeibah.", "en", set()),
        ("Haftar et Bazoum se sont entretenus à Niamey. Il a ensuite rencontré Dbeibah.", "fr",
         {("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred"),
          ("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
        # the sentence before opens with a country: its object is no subject of "il"
        ("Le Niger a accueilli Haftar. Il a rencontré Dbeibah.", "fr",
         {("Niger", "meet", "Khalifa_Haftar", "occurred")}),
    ],
)
def test_an_unknown_person_blocks_the_nearest_name(triples, text: str, lang: str,
                                                   expected: set[tuple[str, str, str, str]]) -> None:
    assert {t for t in triples(text, PUBLISHED, lang) if t[1] != "leads"} == expected


def test_pronoun_mentions_carry_the_person(extractor) -> None:
    from sahelkg.records import Article

    doc = extractor.analyse(Article(id="t", text="Bazoum est arrivé à Tripoli. Il a été reçu par Dbeibah.",
                                    lang="fr", published=PUBLISHED))
    found = [(i, m.start, m.entity, m.kind) for i, ms in enumerate(doc.mentions) for m in ms
             if m.kind.endswith("anaphor")]
    assert found == [(1, 0, "Mohamed_Bazoum", "anaphor")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Niger has called for the departure of French troops. Instead, it has strengthened defence "
         "cooperation with Russia.", "en", ("Niger", "cooperate", "Russia", "occurred")),
        ("Le Niger a dénoncé l'accord militaire. Il a aussi rompu ses relations avec la France.", "fr",
         ("Niger", "reject", "France", "occurred")),
    ],
)
def test_a_pronoun_stands_for_the_state_named_last(triples, text: str, lang: str,
                                                   expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, date(2024, 2, 10), lang)


def test_a_pronoun_stands_for_no_state_where_a_person_may_be_meant(triples) -> None:
    found = triples("Le Niger a reçu Haftar. Il a rencontré Tiani.", date(2024, 2, 10), "fr")
    assert ("Niger", "meet", "Abdourahamane_Tchiani", "occurred") not in found


def test_an_impersonal_it_stands_for_nothing(triples) -> None:
    found = triples("Haftar visited Niger. It is a poor country.", date(2024, 2, 10), "en")
    assert found == {("Khalifa_Haftar", "visit", "Niger", "occurred")}
