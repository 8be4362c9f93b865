"""Governments named by their seat ("the Tripoli government", "le gouvernement de l'Est"),
resolved through gazetteer/seats.jsonl at the article date."""

import json
from datetime import date
from pathlib import Path

import pytest
from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.language.lexicon import load_gazetteer

DATA = Path(__file__).resolve().parents[2] / "ingest" / "data" / "gazetteer"


def test_seat_records_name_known_places_and_governments() -> None:
    entities = {json.loads(line)["id"]: json.loads(line)
                for line in (DATA / "entities.jsonl").read_text(encoding="utf-8").splitlines() if line}
    lines = (DATA / "seats.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line]
    assert records
    for rec in records:
        assert set(rec) == {"seat", "government", "from", "to"}, rec
        assert entities[rec["seat"]]["type"] == "Place", rec
        assert entities[rec["government"]]["kind"] == "government", rec
    keys = [(r["seat"], r["from"]) for r in records]
    assert keys == sorted(keys)


def test_one_government_per_seat_at_a_date() -> None:
    g = Gazetteer(load_gazetteer())
    assert g.seated_government("Tripoli", date(2019, 4, 4)) == "Government_of_National_Accord"
    assert g.seated_government("Tripoli", date(2023, 1, 1)) == "Government_of_National_Unity"
    assert g.seated_government("Cyrenaica", date(2017, 6, 1)) == "Libyan_Interim_Government"
    assert g.seated_government("Cyrenaica", date(2022, 6, 1)) == "Government_of_National_Stability"
    assert g.seated_government("Cyrenaica", date(2021, 9, 1)) is None  # no rival government then
    assert g.seated_government("Niamey", date(2023, 1, 1)) is None


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("Turkey supported the Tripoli government.", "en", date(2020, 5, 10),
         {("Turkey", "support", "Government_of_National_Accord", "occurred")}),
        ("Turkey backs the Tripoli-based government.", "en", date(2023, 5, 10),
         {("Turkey", "support", "Government_of_National_Unity", "occurred")}),
        ("Russia supported the eastern-based government.", "en", date(2019, 5, 10),
         {("Russia", "support", "Libyan_Interim_Government", "occurred")}),
        ("Egypt backed the rival government in the east.", "en", date(2023, 5, 10),
         {("Egypt", "support", "Government_of_National_Stability", "occurred")}),
        ("La Turquie soutient le gouvernement de Tripoli.", "fr", date(2020, 5, 10),
         {("Turkey", "support", "Government_of_National_Accord", "occurred")}),
        ("L'Égypte soutient le gouvernement rival basé dans l'Est.", "fr", date(2019, 5, 10),
         {("Egypt", "support", "Libyan_Interim_Government", "occurred")}),
        ("Le Tchad a signé un accord avec le gouvernement de Tripoli.", "fr", date(2023, 5, 10),
         {("Chad", "agree", "Government_of_National_Unity", "occurred")}),
        # a government named by its country is the country, as before
        ("Le gouvernement du Niger a signé un accord avec le Tchad.", "fr", date(2023, 5, 10),
         {("Niger", "agree", "Chad", "occurred")}),
        # Arabic: the seat as a genitive or adjective right after the government word, or after a link
        ("دعمت تركيا حكومة طرابلس.", "ar", date(2020, 5, 10),
         {("Turkey", "support", "Government_of_National_Accord", "occurred")}),
        ("دعمت تركيا الحكومة المتمركزة في طرابلس.", "ar", date(2023, 5, 10),
         {("Turkey", "support", "Government_of_National_Unity", "occurred")}),
        ("دعمت مصر حكومة الشرق.", "ar", date(2019, 5, 10),
         {("Egypt", "support", "Libyan_Interim_Government", "occurred")}),
        ("دعمت مصر الحكومة المكلفة من مجلس النواب.", "ar", date(2023, 5, 10),
         {("Egypt", "support", "Government_of_National_Stability", "occurred")}),
        ("دعمت مصر الحكومة الشرقية.", "ar", date(2023, 5, 10),
         {("Egypt", "support", "Government_of_National_Stability", "occurred")}),
        # a government named by its country is still the country
        ("دعمت تركيا الحكومة الليبية.", "ar", date(2023, 5, 10),
         {("Turkey", "support", "Libya", "occurred")}),
        # a seat with no government on record at that date: the capital stands for its country
        ("Turkey supported the Tripoli government.", "en", date(2012, 5, 10),
         {("Turkey", "support", "Libya", "occurred")}),
    ],
)
def test_government_named_by_its_seat(triples, text: str, lang: str, published: date,
                                      expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, published, lang) == expected
