"""Format and consistency checks for the gazetteer data under ingest/data/.

entities.jsonl and offices.jsonl are hand-curated; these tests catch the mistakes that curation
makes: a malformed line, an id that does not match its label, one alias claimed by two entities,
an office held by two people at once, a title with no phrases in a language.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from sahelkg.ingest.entities.gazetteer import capitals_only

from sahelkg.records import ENTITY_TYPES, entity_id

DATA = Path(__file__).resolve().parents[2] / "ingest" / "data"
GAZETTEER = DATA / "gazetteer"
LANGS = ("ar", "en", "fr")

ENTITY_KEYS = {"id", "label", "type", "kind", "wikidata", "labels", "aliases", "demonyms", "country"}
OPTIONAL_ENTITY_KEYS = {"parent", "capital_of", "ambiguous_demonyms", "ambiguous_aliases"}
OFFICE_KEYS = {"office", "of", "holder", "from", "to", "leads"}
OPTIONAL_OFFICE_KEYS = {"acting", "note"}
ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Words that would match everywhere if they were aliases.
TOO_GENERIC = {
    "ar": {"الرئيس", "رئيس", "الجيش", "جيش", "الحكومة", "حكومة", "محمد", "أحمد", "عبد الله", "القاعدة",
           "القائد", "الوزير", "البعثة", "المجلس", "الدولة", "الساحل", "الصحراء", "القوات", "المشير",
           "مجلس النواب", "البرلمان", "الأمم", "المتوسط", "مبارك", "المنفي", "شكري", "الردع"},
    "en": {"president", "army", "government", "minister", "us", "un", "eu", "au", "mission", "council",
           "forces", "the", "state"},
    "fr": {"président", "armée", "gouvernement", "un", "au", "eu", "l'État", "mission", "conseil",
           "forces", "état"},
}

_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})


def fold(text: str) -> str:
    """Matching key: the spelling differences the extractor ignores (hamza on alef, ta marbuta,
    alef maqsura, diacritics, Latin case and accents, hyphens and apostrophes, a leading article)."""
    text = unicodedata.normalize("NFKC", text)
    text = _AR_DIACRITICS.sub("", text).translate(_AR_LETTERS)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[\s\-'’.]+", " ", text).strip()
    if text.startswith("ال") and len(text) > 4:
        text = text[2:]
    return text


def _read_jsonl(path: Path) -> list[dict]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number}: empty line"
        assert "#" not in line, f"{path.name}:{number}: '#' is not allowed"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            pytest.fail(f"{path.name}:{number}: invalid JSON: {exc}")
        assert isinstance(record, dict), f"{path.name}:{number}: not a JSON object"
        records.append(record)
    return records


@pytest.fixture(scope="module")
def entities() -> list[dict]:
    return _read_jsonl(GAZETTEER / "entities.jsonl")


@pytest.fixture(scope="module")
def by_id(entities: list[dict]) -> dict[str, dict]:
    return {e["id"]: e for e in entities}


@pytest.fixture(scope="module")
def offices() -> list[dict]:
    return _read_jsonl(GAZETTEER / "offices.jsonl")


def _read_office_titles(lang: str) -> dict[str, list[str]]:
    titles: dict[str, list[str]] = {}
    for number, line in enumerate((DATA / lang / "offices.tsv").read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("\t")
        assert len(fields) >= 2, f"{lang}/offices.tsv:{number}: office without title phrases"
        office, phrases = fields[0], fields[1:]
        assert re.fullmatch(r"[a-z_]+", office), f"{lang}/offices.tsv:{number}: bad office name {office!r}"
        assert office not in titles, f"{lang}/offices.tsv:{number}: {office} listed twice"
        assert all(p.strip() == p and p for p in phrases), f"{lang}/offices.tsv:{number}: blank phrase"
        assert len(set(phrases)) == len(phrases), f"{lang}/offices.tsv:{number}: repeated phrase"
        titles[office] = phrases
    return titles


def _lower_bound(value: str) -> date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _names(entity: dict, field: str, lang: str) -> list[str]:
    return list((entity.get(field) or {}).get(lang, []))


# ---------------------------------------------------------------- entities


def test_entity_records_have_the_required_fields(entities: list[dict]) -> None:
    assert len(entities) > 300
    for e in entities:
        where = e.get("id", e)
        missing = ENTITY_KEYS - e.keys()
        assert not missing, f"{where}: missing {sorted(missing)}"
        unknown = e.keys() - ENTITY_KEYS - OPTIONAL_ENTITY_KEYS
        assert not unknown, f"{where}: unknown fields {sorted(unknown)}"
        assert e["type"] in ENTITY_TYPES, f"{where}: type {e['type']!r}"
        assert isinstance(e["kind"], str) and re.fullmatch(r"[a-z_]+", e["kind"]), f"{where}: kind"
        assert e["wikidata"] is None or re.fullmatch(r"Q\d+", e["wikidata"]), f"{where}: wikidata"
        assert e["labels"].get("en") == e["label"], f"{where}: labels.en must be the canonical label"
        assert set(e["labels"]) <= set(LANGS)
        for field in ("aliases", "demonyms", "ambiguous_demonyms", "ambiguous_aliases"):
            value = e.get(field, {})
            assert isinstance(value, dict) and set(value) <= set(LANGS), f"{where}: {field}"
            for names in value.values():
                assert names and all(isinstance(n, str) and n.strip() == n and n for n in names), \
                    f"{where}: {field} has a blank or untrimmed name"
                assert len(set(names)) == len(names), f"{where}: {field} repeats a name"


def test_ids_derive_from_labels_and_are_unique(entities: list[dict]) -> None:
    seen: set[str] = set()
    for e in entities:
        assert e["id"] == entity_id(e["label"]), f"{e['id']} != entity_id({e['label']!r})"
        assert e["id"] not in seen, f"duplicate id {e['id']}"
        seen.add(e["id"])


def test_entities_are_sorted_by_type_then_id(entities: list[dict]) -> None:
    keys = [(e["type"], e["id"]) for e in entities]
    assert keys == sorted(keys)


def test_references_point_to_known_entities(by_id: dict[str, dict]) -> None:
    for e in by_id.values():
        if e["country"] is not None:
            assert by_id.get(e["country"], {}).get("type") == "Country", f"{e['id']}: country {e['country']}"
        if "capital_of" in e:
            assert e["type"] == "Place"
            assert by_id.get(e["capital_of"], {}).get("type") == "Country", f"{e['id']}: capital_of"
        if "parent" in e:
            assert e["parent"] in by_id and e["parent"] != e["id"], f"{e['id']}: parent {e['parent']}"


def test_one_owner_per_name_within_a_language(entities: list[dict]) -> None:
    """A label, alias or demonym names one entity, unless every other claimant marks it ambiguous."""
    for lang in LANGS:
        owners: dict[str, set[str]] = defaultdict(set)
        ambiguous: dict[str, set[str]] = defaultdict(set)
        for e in entities:
            names = _names(e, "aliases", lang) + _names(e, "demonyms", lang)
            if lang in e["labels"]:
                names.append(e["labels"][lang])
            for name in names:
                owners[fold(name)].add(e["id"])
            for field in ("ambiguous_aliases", "ambiguous_demonyms"):
                for name in _names(e, field, lang):
                    ambiguous[fold(name)].add(e["id"])
        clashes = {key: sorted(ids) for key, ids in owners.items() if len(ids) > 1}
        assert not clashes, f"{lang}: names with several owners: {clashes}"
        for key, ids in ambiguous.items():
            claimants = ids | owners.get(key, set())
            assert len(claimants) >= 2, f"{lang}: {key!r} marked ambiguous but has one claimant"


def test_no_alias_is_too_generic(entities: list[dict]) -> None:
    for e in entities:
        for lang in LANGS:
            generic = {fold(w) for w in TOO_GENERIC[lang]}
            for name in _names(e, "aliases", lang) + _names(e, "ambiguous_aliases", lang):
                # a short acronym in capitals ("EU") names its entity only written so, never "eu"
                assert fold(name) not in generic or capitals_only(name), \
                    f"{e['id']}: alias {name!r} is too generic"
                assert len(fold(name)) >= 2, f"{e['id']}: alias {name!r} is too short"


def test_arabic_names_are_arabic(entities: list[dict]) -> None:
    for e in entities:
        for name in _names(e, "aliases", "ar") + [e["labels"].get("ar", "ب")]:
            assert re.search("[\u0621-\u064a]", name), f"{e['id']}: {name!r} has no Arabic letter"


def test_every_country_has_demonyms_in_the_main_languages(entities: list[dict]) -> None:
    for e in entities:
        if e["type"] == "Country" and e["id"] in {"Libya", "Niger", "Mali", "Burkina_Faso", "Chad", "Sudan",
                                                  "Algeria", "Egypt", "Russia", "United_States", "France",
                                                  "Italy", "Turkey"}:
            assert set(e["demonyms"]) == set(LANGS), f"{e['id']}: demonyms {sorted(e['demonyms'])}"


def test_niger_and_nigeria_share_the_nigerian_demonym(by_id: dict[str, dict]) -> None:
    assert "نيجيري" in by_id["Niger"]["demonyms"]["ar"]
    assert "نيجيري" in by_id["Nigeria"]["ambiguous_demonyms"]["ar"]
    assert "nigérien" in by_id["Niger"]["demonyms"]["fr"]
    assert "nigérian" in by_id["Nigeria"]["demonyms"]["fr"]


def test_seed_actors_are_present_with_their_press_spellings(by_id: dict[str, dict]) -> None:
    expected = {
        "Khalifa_Haftar": ["حفتر", "خليفة حفتر"],
        "Saddam_Haftar": ["صدام حفتر"],
        "Mahamadou_Issoufou": ["يوسفو", "اليوسفو", "محمد اليوسفو"],
        "Abdourahamane_Tchiani": ["تياني", "تشياني", "التشياني"],
        "Mohamed_Toumba": ["محمد تومبا"],
        "Libyan_National_Army": ["القيادة العامة", "القوات المسلحة العربية الليبية", "الجيش الوطني الليبي",
                                 "الجيش الليبي"],
        "Alliance_of_Sahel_States": ["كونفدرالية الساحل", "تحالف دول الساحل"],
        "G5_Sahel": ["دول الساحل والصحراء", "مجموعة دول الساحل الخمس"],
        # "تجمع دول الساحل والصحراء" is the name of CEN-SAD (founded 1998), not of the G5
        "Community_of_Sahel-Saharan_States": ["تجمع الساحل والصحراء", "تجمع دول الساحل والصحراء"],
        "Ouagadougou": ["واغادوغو", "واغادوجو"],
        "Agadez": ["أغاديس", "آغاديس", "أجاديز"],
        "AFRICOM": ["القيادة العسكرية في أفريقيا", "أفريكوم"],
        "Yunus-Bek_Yevkurov": ["يونس بك يفكيروف"],
        "Tummo": ["منفذ التوم", "التوم"],
    }
    for eid, names in expected.items():
        entity = by_id[eid]
        known = {entity["labels"]["ar"], *_names(entity, "aliases", "ar")}
        for name in names:
            assert name in known, f"{eid}: missing Arabic spelling {name!r}"


def test_capitals_name_their_country(by_id: dict[str, dict]) -> None:
    capitals = {"Niamey": "Niger", "Tripoli": "Libya", "Bamako": "Mali", "Ouagadougou": "Burkina_Faso",
                "N_Djamena": "Chad", "Washington_D.C.": "United_States", "Moscow": "Russia"}
    for capital, country in capitals.items():
        assert by_id[capital]["capital_of"] == country
    assert by_id["Libyan_National_Army_Ground_Forces"]["parent"] == "Libyan_National_Army"


# ---------------------------------------------------------------- offices


def test_office_records_are_well_formed(offices: list[dict], by_id: dict[str, dict]) -> None:
    assert len(offices) > 200
    for o in offices:
        missing = OFFICE_KEYS - o.keys()
        assert not missing, f"{o}: missing {sorted(missing)}"
        assert not (o.keys() - OFFICE_KEYS - OPTIONAL_OFFICE_KEYS), f"{o}: unknown fields"
        assert o["of"] in by_id, f"{o}: unknown 'of' {o['of']}"
        assert by_id.get(o["holder"], {}).get("type") == "Person", f"{o}: holder must be a Person entity"
        assert isinstance(o["leads"], bool)
        assert o.get("acting", True) is True, f"{o}: acting is only ever true"
        assert ISO_PARTIAL.match(o["from"]), f"{o}: from"
        _lower_bound(o["from"])
        if o["to"] is not None:
            assert ISO_PARTIAL.match(o["to"]), f"{o}: to"
            assert o["from"] <= o["to"] or _lower_bound(o["from"]) <= _lower_bound(o["to"]), f"{o}: from > to"


def test_offices_are_sorted(offices: list[dict]) -> None:
    keys = [(o["of"], o["office"], o["from"], o["holder"]) for o in offices]
    assert keys == sorted(keys)


def test_no_two_holders_of_one_office_at_once(offices: list[dict]) -> None:
    """Terms of the same office of the same entity do not overlap, unless one holder is acting.

    Partial dates compare by their first day, so a hand-over within a month given as "2016-03" on
    both sides is not an overlap."""
    terms: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for o in offices:
        terms[(o["office"], o["of"])].append(o)
    far = date(9999, 12, 31)
    for key, held in terms.items():
        held.sort(key=lambda o: _lower_bound(o["from"]))
        for i, a in enumerate(held):
            for b in held[i + 1:]:
                if a.get("acting") or b.get("acting"):
                    continue
                a_end = _lower_bound(a["to"]) if a["to"] else far
                b_end = _lower_bound(b["to"]) if b["to"] else far
                starts = _lower_bound(b["from"]), _lower_bound(a["from"])
                overlap = starts[0] < a_end and starts[1] < b_end
                assert not overlap, f"{key}: {a['holder']} and {b['holder']} overlap"


def test_every_office_has_title_phrases_in_every_language(offices: list[dict]) -> None:
    used = {o["office"] for o in offices}
    for lang in LANGS:
        titles = _read_office_titles(lang)
        assert used <= titles.keys(), f"{lang}/offices.tsv lacks {sorted(used - titles.keys())}"
    assert "رئيس جمهورية" in _read_office_titles("ar")["head_of_state"]


def _holder(offices: list[dict], office: str, of: str, on: str) -> list[str]:
    day = date.fromisoformat(on)
    far = date(9999, 12, 31)
    return sorted(o["holder"] for o in offices
                  if o["office"] == office and o["of"] == of
                  and _lower_bound(o["from"]) <= day < (_lower_bound(o["to"]) if o["to"] else far))


@pytest.mark.parametrize(("office", "of", "on", "holder"), [
    ("head_of_state", "Niger", "2018-08-07", "Mahamadou_Issoufou"),
    ("head_of_state", "Niger", "2022-05-01", "Mohamed_Bazoum"),
    ("head_of_state", "Niger", "2024-08-15", "Abdourahamane_Tchiani"),
    ("head_of_state", "Mali", "2019-01-01", "Ibrahim_Boubacar_Keïta"),
    ("head_of_state", "Burkina_Faso", "2024-07-01", "Ibrahim_Traoré"),
    ("head_of_state", "Chad", "2018-12-20", "Idriss_Déby"),
    ("head_of_state", "Chad", "2023-01-01", "Mahamat_Idriss_Déby"),
    ("head_of_government", "Italy", "2018-03-01", "Paolo_Gentiloni"),
    ("head_of_government", "Government_of_National_Accord", "2018-08-07", "Fayez_al-Sarraj"),
    ("commander_in_chief", "Libyan_National_Army", "2018-08-07", "Khalifa_Haftar"),
    ("commander", "AFRICOM", "2024-09-01", "Michael_Langley"),
    ("un_envoy", "United_Nations_Support_Mission_in_Libya", "2024-09-01", "Stephanie_Khoury"),
    ("un_envoy", "United_Nations_Support_Mission_in_Libya", "2018-08-07", "Ghassan_Salamé"),
    ("interior_minister", "Niger", "2024-08-15", "Mohamed_Toumba"),
    ("deputy_defence_minister", "Russia", "2024-08-15", "Yunus-Bek_Yevkurov"),
    ("defence_minister", "Italy", "2018-07-15", "Elisabetta_Trenta"),
])
def test_offices_resolve_to_the_holder_at_a_date(offices: list[dict], office: str, of: str, on: str,
                                                  holder: str) -> None:
    assert _holder(offices, office, of, on) == [holder]
