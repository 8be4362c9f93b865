"""French and English: attacks told with a compound tense, a participle or a noun ("avait
attaqué", "a été attaquée par", "un assaut contre", "raided", "is fighting"), clashes located
and dated before "between", forces named by whom they serve ("forces loyal to"), agreements
concluded by two subjects, a rejected proposal named by a nationality adjective, a delegation's
country acting with its named head, "the delegation" as a back-reference, and French
abbreviations with accents that do not end a sentence."""

from datetime import date

import pytest
from sahelkg.ingest.language.lexicon import load_lexicon
from sahelkg.ingest.nlp.builtin import split_sentences

PUBLISHED = date(2023, 3, 16)
JNIM = "Jama_at_Nasr_al-Islam_wal-Muslimin"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an auxiliary makes the ambiguous "attaqué"/"attaque" a verb
        ("Le JNIM avait attaqué l'armée malienne.", "fr",
         {(JNIM, "fight", "Malian_Armed_Forces", "occurred")}),
        ("L'armée malienne a été attaquée par le JNIM.", "fr",
         {(JNIM, "fight", "Malian_Armed_Forces", "occurred")}),
        ("Le JNIM a lancé un assaut contre l'armée malienne.", "fr",
         {(JNIM, "fight", "Malian_Armed_Forces", "occurred")}),
        ("Wagner fighters raided the JNIM.", "en", {("Wagner_Group", "fight", JNIM, "occurred")}),
        # "is" before an -ing form is no passive
        ("The Sudanese army is fighting the RSF.", "en",
         {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred")}),
        # a place and a day between the noun and "between"/"entre"; forces named by whom they serve
        ("Heavy clashes erupted in Tripoli on Monday between forces loyal to the GNA and the LNA.", "en",
         {("Government_of_National_Accord", "fight", "Libyan_National_Army", "occurred")}),
        ("Des affrontements ont éclaté à Tripoli mardi entre les forces fidèles au GNA et l'ANL.", "fr",
         {("Government_of_National_Accord", "fight", "Libyan_National_Army", "occurred")}),
        # two subjects conclude an agreement: no "with"/"avec" needed
        ("Le Tchad et le Niger ont conclu un accord de défense.", "fr",
         {("Chad", "agree", "Niger", "occurred")}),
        ("Chad and Niger signed an agreement on border security.", "en",
         {("Chad", "agree", "Niger", "occurred")}),
        # a proposal named by a nationality adjective: its author is rejected
        ("Le Mali a rejeté la proposition algérienne.", "fr", {("Mali", "reject", "Algeria", "occurred")}),
        ("Mali rejected the Algerian proposal.", "en", {("Mali", "reject", "Algeria", "occurred")}),
        # a participle with its agent after an event noun names the agent of that event
        ("Niger denounced the agreement signed by Mali with Russia.", "en",
         {("Mali", "agree", "Russia", "occurred")}),
        ("Le Niger a dénoncé l'accord signé par le Mali avec la Russie.", "fr",
         {("Mali", "agree", "Russia", "occurred")}),
        ("Fathi Bashagha rejected any agreement signed by Dbeibah.", "en", set()),
        # a delegation led by a named person: the person and the delegation's country act
        ("A Chadian delegation led by Mahamat Idriss Déby visited Niamey.", "en",
         {("Mahamat_Idriss_Déby", "visit", "Niamey", "occurred"), ("Chad", "visit", "Niamey", "occurred")}),
        # a delegation received is named by its head alone
        ("Bazoum received a Chadian delegation led by Mahamat Idriss Déby.", "en",
         {("Mohamed_Bazoum", "meet", "Mahamat_Idriss_Déby", "occurred")}),
    ],
)
def test_round5_relations(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Une délégation tchadienne est arrivée à Niamey. Le président Bazoum a reçu la délégation.", "fr",
         {("Chad", "visit", "Niamey", "occurred"), ("Mohamed_Bazoum", "meet", "Chad", "occurred"),
          ("Mohamed_Bazoum", "leads", "Niger", "occurred")}),
        ("A Chadian delegation arrived in Tripoli. The delegation met Dbeibah.", "en",
         {("Chad", "visit", "Tripoli", "occurred"), ("Chad", "meet", "Abdul_Hamid_Dbeibah", "occurred")}),
        ("A Chadian delegation arrived in Tripoli. Later the visitors met Dbeibah.", "en",
         {("Chad", "visit", "Tripoli", "occurred"), ("Chad", "meet", "Abdul_Hamid_Dbeibah", "occurred")}),
        # no delegation named before: "the delegation" is nobody
        ("The delegation met Dbeibah.", "en", set()),
    ],
)
def test_delegation_back_reference(triples, text: str, lang: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang) == expected


def test_accented_french_abbreviation_does_not_end_a_sentence() -> None:
    text = "Le Gén. Haftar a visité Niamey. Il est reparti."
    abbreviations = load_lexicon("fr").single_words("abbreviation")
    assert [text[s.start:s.end] for s in split_sentences(text, abbreviations)] == [
        "Le Gén. Haftar a visité Niamey.",
        "Il est reparti.",
    ]
