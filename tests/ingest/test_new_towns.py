"""Towns the gazetteer lacks, named after a settlement noun ("le village de Tcharba Koira", "the
town of Kourgoussa"), are new places in the country where the sentence's event is; a lower-case
word after the noun is no name."""

from datetime import date

import pytest
from sahelkg.ingest.job.extract import Extractor

from sahelkg.records import Article
from sahelkg.settings import Settings

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Des hommes armés à bord de motos ont attaqué le village de Tcharba Koira, dans la région de "
         "Tillabéri.", "fr", {("Unidentified_Armed_Group_Niger", "fight", "Tcharba_Koira", "occurred")}),
        ("Jihadists attacked the town of Kourgoussa in central Mali.", "en",
         {("Jihadists_Mali", "fight", "Kourgoussa", "occurred")}),
        ("Gunmen attacked the village of Kwatarkwashi in Zamfara state.", "en",
         {("Unidentified_Armed_Group_Nigeria", "fight", "Kwatarkwashi", "occurred")}),
        ("Jihadists attacked the town of central Mali.", "en", set()),
    ],
)
def test_new_towns(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


def test_a_new_town_is_a_place_of_the_country_where_the_event_is() -> None:
    extractor = Extractor(Settings(nlp_backend="builtin"))
    text = "Jihadists attacked the town of Kourgoussa in central Mali."
    relations = extractor.extract(Article(id="t", text=text, lang="en", published=PUBLISHED)).relations
    town = next(r.object for r in relations if r.object.id == "Kourgoussa")
    assert (town.label, town.type, town.country, town.role) == ("Kourgoussa", "Place", "Mali", "town")
