"""Unnamed sides as actors, as event data codes them: unidentified gunmen, jihadists or terrorists
with no group named, bandits, militias, each scoped by the country where the event happened."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("هاجم مسلحون مجهولون دورية للجيش النيجري قرب مدينة تيلابيري غرب النيجر.", "ar",
         {("Unidentified_Armed_Group_Niger", "fight", "Nigerien_Armed_Forces", "occurred")}),
        ("قتل عشرة جنود ماليين في هجوم شنه إرهابيون على موقع للجيش المالي في منطقة موبتي.", "ar",
         {("Jihadists_Mali", "fight", "Malian_Armed_Forces", "occurred")}),
        ("Unidentified gunmen attacked a Nigerien army patrol near Tillaberi on Monday.", "en",
         {("Unidentified_Armed_Group_Niger", "fight", "Nigerien_Armed_Forces", "occurred")}),
        ("Des hommes armés non identifiés ont attaqué un poste de l'armée malienne près de Mopti.", "fr",
         {("Unidentified_Armed_Group_Mali", "fight", "Malian_Armed_Forces", "occurred")}),
        # a named party's men are that party, not an unnamed side
        ("JNIM militants attacked a Malian army convoy near Gao.", "en",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}),
        ("وهاجمت مجموعة مسلحة بقيادة صدام حفتر مدينة مرزق.", "ar",
         {("Saddam_Haftar", "fight", "Murzuq", "occurred")}),
        # the country that condemns is not where the attack was
        ("أدانت مصر الهجوم الذي نفذه مسلحون مجهولون على مدينة سبها.", "ar",
         {("Unidentified_Armed_Group_Libya", "fight", "Sabha", "occurred")}),
    ],
)
def test_an_unnamed_side_fights_scoped_by_the_event_s_country(triples, text: str, lang: str,  # noqa: ANN001
                                                             expected: set) -> None:
    assert triples(text, lang=lang) == expected


def test_the_unnamed_side_is_labelled_in_each_language_with_its_country(relations_of) -> None:  # noqa: ANN001
    [relation] = relations_of("هاجم إرهابيون موقعا للجيش المالي في منطقة موبتي.")
    actor = relation.subject
    assert (actor.id, actor.type, actor.country) == ("Jihadists_Mali", "ArmedGroup", "Mali")
    assert actor.labels == {"en": "Jihadists (Mali)", "fr": "Djihadistes (Mali)", "ar": "جهاديون (مالي)"}
    assert actor.role == "unnamed side (jihadists)"


def test_the_fight_against_terrorism_names_no_side(triples) -> None:  # noqa: ANN001
    assert triples("واتفق البلدان على تعزيز التعاون في مكافحة الإرهاب.") == set()


def test_a_new_name_records_the_title_that_introduced_it_and_merges_by_name(extractor) -> None:  # noqa: ANN001
    from datetime import date

    from sahelkg.records import Article

    texts = ["استقبل حفتر وزير الدفاع البوركيني يعقوب دياكيتي.",
             "والتقى المنفي وزير الدفاع البوركيني يعقوب دياكيتي."]
    found = []
    for n, text in enumerate(texts):
        article = Article(id=f"a{n}", text=text, lang="ar", published=date(2024, 6, 3))
        found += [r.object for r in extractor.extract(article).relations if r.object.type == "Person"]
    assert {(e.id, e.label, e.role) for e in found} == {
        ("يعقوب_دياكيتي", "يعقوب دياكيتي", "وزير الدفاع البوركيني at 2024-06")}
