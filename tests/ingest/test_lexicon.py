"""The language data loader and the French and English data (a new language is data only)."""

from pathlib import Path

import pytest
from sahelkg.ingest.language.lexicon import LexiconError, available_languages, load_lexicon, phrase_tokens


def test_languages_with_data() -> None:
    assert {"ar", "en", "fr"} <= set(available_languages())


def test_arabic_data_is_loaded_normalised() -> None:
    lexicon = load_lexicon("ar")
    relations = {t.relation for t in lexicon.triggers}
    assert relations == {
        "visit",
        "meet",
        "invite",
        "cooperate",
        "ally",
        "agree",
        "join",
        "member_of",
        "support",
        "reject",
        "fight",
        "deploy",
        "arrest",
        "leads",
    }
    visit = next(t for t in lexicon.triggers if t.phrase == ("زياره",))
    assert (visit.form, visit.frame, visit.direct) == ("noun", "agent", True)
    assert "الي" in visit.preps
    assert lexicon.dates.months[("اب",)] == 8 and lexicon.dates.months[("اغسطس",)] == 8
    assert ("المشير",) in lexicon.titles["honorific"]
    assert "head_of_state" in lexicon.offices[("رئيس",)]


def test_malformed_trigger_file_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "triggers.tsv").write_text("# header\nvisit\tverb\tgo\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"xx/triggers.tsv:2: expected 6 columns"):
        load_lexicon("xx", tmp_path)


def test_unknown_language() -> None:
    with pytest.raises(LexiconError, match="no language data for 'zz'"):
        load_lexicon("zz")


def test_phrase_tokens() -> None:
    assert phrase_tokens("بدعوة رسمية من") == ("بدعوه", "رسميه", "من")
    assert phrase_tokens("s'est rendu") == ("s'", "est", "rendu")  # elided words stand apart
    assert phrase_tokens("Niger's president") == ("niger", "'s", "president")
    assert phrase_tokens("aujourd'hui") == ("aujourd'hui",)


def test_french_sentences(triples) -> None:
    text = (
        "Le maréchal Khalifa Haftar a rencontré le président nigérien Mohamed Bazoum à Niamey. "
        "Haftar s'est rendu à Moscou le 7 août 2018."
    )
    assert triples(text, lang="fr") == {
        ("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred"),
        ("Mohamed_Bazoum", "leads", "Niger", "occurred"),
        ("Khalifa_Haftar", "visit", "Niamey", "occurred"),  # met there, from abroad
        ("Khalifa_Haftar", "visit", "Moscow", "occurred"),
    }


def test_english_sentences(triples) -> None:
    text = (
        "Khalifa Haftar met Vladimir Putin in Moscow on Tuesday. Russia deployed troops in Mali. "
        "Burkina Faso joined the Alliance of Sahel States. Haftar did not visit Rome."
    )
    assert triples(text, lang="en") == {
        ("Khalifa_Haftar", "meet", "Vladimir_Putin", "occurred"),
        ("Khalifa_Haftar", "visit", "Moscow", "occurred"),
        ("Russia", "deploy", "Mali", "occurred"),
        ("Burkina_Faso", "join", "Alliance_of_Sahel_States", "occurred"),
        ("Khalifa_Haftar", "visit", "Rome", "denied"),
    }
