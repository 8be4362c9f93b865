""""في الساحل" names no town (an Egyptian town of that name is left out of the gazetteer: the word
is the Sahel or a coast), "الساحل الليبي" is the Libyan coast (in Libya); a commander of a
country's forces ("قائد القوات الفرنسية") leads no country."""

from datetime import date

from sahelkg.records import Article

PUBLISHED = date(2022, 3, 10)


def test_in_the_sahel_names_no_town(extractor) -> None:
    text = "نشرت فرنسا قواتها في الساحل."
    found = extractor.extract(Article(id="t", text=text, published=PUBLISHED, lang="ar"))
    assert found.mentioned == ("France",)


def test_the_libyan_coast_is_in_libya(relations_of) -> None:
    found = relations_of("انطلق القارب من الساحل الليبي نحو إيطاليا.", PUBLISHED, "ar")
    assert not [r for r in found if "Sahel" in (r.subject.id, r.object.id)]


def test_the_commander_of_a_countrys_forces_leads_no_country(triples) -> None:
    for text in ("التقى قائد القوات الفرنسية في الساحل الجنرال لوران ميشون بوزير الدفاع.",
                 "التقى قائد القوات الفرنسية الجنرال لوران ميشون بوزير الدفاع."):
        found = triples(text, PUBLISHED, "ar")
        assert not {x for x in found if x[2] == "France" or x[0] == "Emmanuel_Macron"}


def test_the_commander_of_a_named_force_leads_it(triples) -> None:
    assert triples("التقى قائد قوات الدعم السريع محمد حمدان دقلو بالوفد.", PUBLISHED, "ar") == {
        ("Mohamed_Hamdan_Dagalo", "leads", "Rapid_Support_Forces", "occurred")}
