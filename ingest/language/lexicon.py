"""The one loader for language data under ingest/data/.

Per language (ingest/data/<lang>/): language.tsv (properties the rules read: word order,
position of adjectives and title complements, passive marking, elision), triggers.tsv,
modality.tsv, titles.tsv, dates.tsv, furniture.tsv, words.tsv, offices.tsv, seats.tsv (phrases that
name a seat of government when they qualify a government word: "eastern-based"). Shared across
languages (ingest/data/gazetteer/): entities.jsonl, offices.jsonl, seats.jsonl (which government
sat where, when: "the Tripoli government" in 2019 is the GNA, in 2023 the GNU). A new language
is a new folder of the same files, no code.

All phrases are stored normalised (see :func:`sahelkg.ingest.language.normalize.normalize_arabic`) and
split into tokens, ready for matching against normalised article tokens.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from sahelkg.ingest.language.normalize import normalize_arabic, normalize_token
from sahelkg.ingest.language.tokens import words

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class LexiconError(ValueError):
    """A language data file is malformed (the message names the file and the line)."""


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Normalised tokens of a phrase, split the way the built-in backend splits text."""
    normalized = (normalize_token(t) for t in words(phrase))
    return tuple(t for t in normalized if t)


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    if not path.exists():
        return
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, [c.strip() for c in line.split("\t")]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that states a relation.

    ``frame`` says where the arguments are: ``agent`` (subject = the actor doing it, object
    after one of ``preps`` or as direct object), ``reverse`` (the syntactic subject is the
    relation's object, e.g. an alliance that "includes" its members), ``from_agent`` (the
    actor after ``preps`` is the subject and the clause's actor the object: "بدعوة من X"),
    ``pair`` (nominal with both parties after "بين").
    """

    relation: str
    form: str  # verb | noun
    phrase: tuple[str, ...]
    preps: tuple[str, ...]  # normalised prepositions introducing the object; () = direct object
    strength: float
    frame: str
    direct: bool = True  # a direct object (no preposition) is also accepted


@dataclass(frozen=True, slots=True)
class ModalityCue:
    status: str  # planned | sought | reported | denied
    scope: str  # before | adjacent (right before) | next (right after a noun) | after | prefix | clause
    phrase: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DateWords:
    months: dict[tuple[str, ...], int] = field(default_factory=dict)
    weekdays: dict[tuple[str, ...], int] = field(default_factory=dict)
    relative: dict[tuple[str, ...], tuple[str, int]] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    markers: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # first word -> [(phrase, value)], longest first, for months, weekdays and relative words
    index: dict[str, dict[str, list[tuple[tuple[str, ...], object]]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    kind: str  # line | prefix | contains | regex | list_after | token
    pattern: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the extractor knows about one language, loaded from its data folder."""

    lang: str
    triggers: tuple[Trigger, ...]
    modality: tuple[ModalityCue, ...]
    titles: dict[str, frozenset[tuple[str, ...]]]  # kind -> phrases (honorific, role, ...)
    dates: DateWords
    furniture: tuple[FurnitureRule, ...]
    words: dict[str, frozenset[tuple[str, ...]]]  # word class -> phrases
    offices: dict[tuple[str, ...], frozenset[str]]  # title phrase -> office names it may stand for
    properties: dict[str, tuple[str, ...]] = field(default_factory=dict)  # language.tsv
    seats: dict[tuple[str, ...], str] = field(default_factory=dict)  # seats.tsv: phrase -> seat entity
    # single_words answers, made once per class (rules ask for the same class in every sentence)
    _single: dict[str, frozenset[str]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def has(self, prop: str, value: str) -> bool:
        """Does language.tsv give ``prop`` the value ``value`` ("word_order", "svo")?"""
        return value in self.properties.get(prop, ())

    def word_class(self, name: str) -> frozenset[tuple[str, ...]]:
        return self.words.get(name, frozenset())

    def single_words(self, name: str) -> frozenset[str]:
        found = self._single.get(name)
        if found is None:
            found = self._single[name] = frozenset(p[0] for p in self.words.get(name, ()) if len(p) == 1)
        return found


def _load_triggers(path: Path) -> tuple[Trigger, ...]:
    out = []
    for number, cols in _rows(path):
        if len(cols) < 6:
            raise LexiconError(f"{path}:{number}: expected 6 columns "
                               "(relation, form, phrase, preps, strength, frame)")
        relation, form, phrase, preps, strength, frame = cols[:6]
        prep_list = [] if preps in ("-", "") else preps.split("|")
        direct = not prep_list or "-" in prep_list
        try:
            value = float(strength)
        except ValueError as exc:
            raise LexiconError(f"{path}:{number}: strength {strength!r} is not a number") from exc
        out.append(Trigger(relation, form, phrase_tokens(phrase),
                           tuple(normalize_arabic(p) for p in prep_list if p != "-"), value, frame, direct))
    return tuple(out)


def _load_classes(path: Path) -> dict[str, frozenset[tuple[str, ...]]]:
    classes: dict[str, set[tuple[str, ...]]] = {}
    for _, cols in _rows(path):
        classes.setdefault(cols[0], set()).update(phrase_tokens(c) for c in cols[1:] if c)
    return {k: frozenset(v) for k, v in classes.items()}


def _load_dates(path: Path) -> DateWords:
    words = DateWords()
    markers: dict[str, set[tuple[str, ...]]] = {}
    for number, cols in _rows(path):
        kind, value, phrases = cols[0], cols[1] if len(cols) > 1 else "", cols[2:]
        for phrase in phrases:
            key = phrase_tokens(phrase)
            if kind == "month":
                words.months[key] = int(value)
            elif kind == "weekday":
                words.weekdays[key] = int(value)
            elif kind == "relative":
                unit, _, offset = value.partition(":")
                words.relative[key] = (unit, int(offset))
            elif kind == "unit":
                words.units[key[0]] = value
            elif kind in ("ago", "ago_after", "past", "next", "approx", "day_word", "since"):
                markers.setdefault(kind, set()).add(key)
            else:
                raise LexiconError(f"{path}:{number}: unknown date word kind {kind!r}")
    words.markers.update({k: frozenset(v) for k, v in markers.items()})
    for name in ("months", "weekdays", "relative"):
        table: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for key, value in getattr(words, name).items():
            table.setdefault(key[0], []).append((key, value))
        for items in table.values():
            items.sort(key=lambda item: -len(item[0]))
        words.index[name] = table
    return words


@lru_cache(maxsize=16)
def load_lexicon(lang: str, data_dir: Path = DATA_DIR) -> Lexicon:
    """Load the language data of ``lang`` (cached per folder; the files are read-only data)."""
    folder = data_dir / lang
    if not folder.is_dir():
        raise LexiconError(f"no language data for {lang!r} (looked in {folder})")
    modality = []
    for number, cols in _rows(folder / "modality.tsv"):
        if len(cols) < 3:
            raise LexiconError(f"{folder / 'modality.tsv'}:{number}: expected status, scope, phrases")
        modality += [ModalityCue(cols[0], cols[1], phrase_tokens(p)) for p in cols[2:] if p]
    furniture = []
    for _, cols in _rows(folder / "furniture.tsv"):
        furniture += [FurnitureRule(cols[0], p) for p in cols[1:] if p]
    office_sets: dict[tuple[str, ...], set[str]] = {}
    for _, cols in _rows(folder / "offices.tsv"):
        for phrase in cols[1:]:
            if phrase:
                office_sets.setdefault(phrase_tokens(phrase), set()).add(cols[0])
    offices = {k: frozenset(v) for k, v in office_sets.items()}
    properties = {cols[0]: tuple(c for c in cols[1:] if c) for _, cols in _rows(folder / "language.tsv")}
    seats = {phrase_tokens(p): cols[0] for _, cols in _rows(folder / "seats.tsv") for p in cols[1:] if p}
    return Lexicon(
        lang=lang,
        triggers=_load_triggers(folder / "triggers.tsv"),
        modality=tuple(modality),
        titles=_load_classes(folder / "titles.tsv"),
        dates=_load_dates(folder / "dates.tsv"),
        furniture=tuple(furniture),
        words=_load_classes(folder / "words.tsv"),
        offices=offices,
        properties=properties,
        seats=seats,
    )


@lru_cache(maxsize=4)
def available_languages(data_dir: Path = DATA_DIR) -> tuple[str, ...]:
    """The languages with data under ``data_dir`` (listed once per folder)."""
    return tuple(sorted(p.name for p in data_dir.iterdir() if p.is_dir() and (p / "triggers.tsv").exists()))


# --- gazetteer ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    id: str
    label: str
    type: str
    kind: str
    labels: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    demonyms: dict[str, tuple[str, ...]]
    ambiguous_demonyms: dict[str, tuple[str, ...]]
    country: str | None = None
    capital_of: str | None = None
    parent: str | None = None
    wikidata: str | None = None
    geo: Geo | None = None  # a place's coordinates and GeoNames id
    codes: tuple[str, ...] = ()  # a country's ISO 3166 codes (alpha-2, alpha-3, numeric)
    ambiguous: str | None = None  # why a built place's name may be a word or a person ("ambiguity")
    curated: bool = True  # from the hand-curated entities.jsonl, not built from a data package

    def ambiguous_in(self, lang: str | None, proclitics: bool = False) -> bool:
        """Is the name ambiguous in texts of ``lang``? The build states, for each reason, the
        languages whose name it concerns ("ar 'عمان' is also the name of Oman": Amman is a plain
        name in English and French); a reason naming no language holds in all of them, and in a
        language whose words carry proclitics the build does not read, every reason holds."""
        if self.ambiguous is None:
            return False
        if proclitics:
            return True
        for reason in self.ambiguous.split("; "):
            head = reason.split(" ", 1)[0]
            langs = head.split("/")
            if not all(len(code) == 2 and code.isalpha() for code in langs) or lang in langs:
                return True
        return False


@dataclass(frozen=True, slots=True)
class Geo:
    """Where a place is: WGS84 latitude and longitude, GeoNames id, first-level region."""

    lat: float
    long: float
    geonames: int | None = None
    admin1: str | None = None
    population: int | None = None


@dataclass(frozen=True, slots=True)
class Office:
    office: str
    of: str
    holder: str
    start: str | None
    end: str | None
    leads: bool


@dataclass(frozen=True, slots=True)
class Seat:
    """A government seated in a place (or region) over a period."""

    seat: str
    government: str
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class RulingCouncil:
    """A military council ruling a country over a period (a junta: "Niger's junta" in 2024)."""

    country: str
    council: str
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class GazetteerData:
    entries: dict[str, GazetteerEntry]
    offices: tuple[Office, ...]
    seats: tuple[Seat, ...] = ()
    generic: dict[str, GenericActor] = field(default_factory=dict)  # category -> unnamed side
    councils: tuple[RulingCouncil, ...] = ()


@dataclass(frozen=True, slots=True)
class GenericActor:
    """An unnamed side as event data codes it ("Unidentified Armed Group (Niger)"): its category
    (the word classes ``generic_<category>`` name it in each language), type and labels."""

    category: str
    type: str
    labels: dict[str, str]


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[union-attr]


BUILT_ENTITY_FILES = ("countries.jsonl", "places.jsonl")  # scripts/build_gazetteer.py writes them


@lru_cache(maxsize=4)
def load_gazetteer(folder: Path = DATA_DIR / "gazetteer") -> GazetteerData:
    """Load the entities (the curated entities.jsonl, then the files built from CLDR and GeoNames by
    scripts/build_gazetteer.py, merged into it by id: curated values win, names are added),
    offices.jsonl, seats.jsonl and ruling_councils.jsonl from ``folder``."""
    entries: dict[str, GazetteerEntry] = {}
    path = folder / "entities.jsonl"
    if not path.exists():
        raise LexiconError(f"gazetteer not found: {path}")
    for number, rec in _records(path):
        try:
            entry = _entry(rec, curated=True)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise LexiconError(f"{path}:{number}: bad entity record ({exc})") from exc
        entries[entry.id] = entry
    capitals: dict[str, str] = {}  # capital place id -> country id, from the built countries
    for name in BUILT_ENTITY_FILES:
        built = folder / name
        if not built.exists():
            continue
        for number, rec in _records(built):
            try:
                known = entries.get(rec["id"])
                entry = _entry(rec, curated=False) if known is None else _merged(known, rec)
                if rec.get("capital") and rec.get("type") == "Country":
                    capitals[str(rec["capital"])] = entry.id
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise LexiconError(f"{built}:{number}: bad entity record ({exc})") from exc
            entries[entry.id] = entry
    for place, country in capitals.items():
        entry = entries.get(place)
        if entry is not None and not entry.curated and entry.capital_of is None:
            entries[place] = replace(entry, capital_of=country)
    offices = []
    office_path = folder / "offices.jsonl"
    if office_path.exists():
        for number, line in enumerate(office_path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                offices.append(Office(rec["office"], rec["of"], rec["holder"], rec.get("from"),
                                      rec.get("to"), bool(rec.get("leads", False))))
            except (ValueError, KeyError, TypeError) as exc:
                raise LexiconError(f"{office_path}:{number}: bad office record ({exc})") from exc
    seats = []
    seat_path = folder / "seats.jsonl"
    if seat_path.exists():
        for number, line in enumerate(seat_path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                seats.append(Seat(rec["seat"], rec["government"], rec.get("from"), rec.get("to")))
            except (ValueError, KeyError, TypeError) as exc:
                raise LexiconError(f"{seat_path}:{number}: bad seat record ({exc})") from exc
    councils = []
    council_path = folder / "ruling_councils.jsonl"
    if council_path.exists():
        for number, rec in _records(council_path):
            try:
                councils.append(RulingCouncil(str(rec["country"]), str(rec["council"]), rec.get("from"),
                                              rec.get("to")))
            except (KeyError, TypeError) as exc:
                raise LexiconError(f"{council_path}:{number}: bad ruling council record ({exc})") from exc
    generic: dict[str, GenericActor] = {}
    generic_path = folder / "generic_actors.jsonl"
    if generic_path.exists():
        for number, rec in _records(generic_path):
            try:
                actor = GenericActor(str(rec["category"]), str(rec["type"]), dict(rec["labels"]))
                if "en" not in actor.labels:
                    raise ValueError("no English label")
            except (ValueError, KeyError, TypeError) as exc:
                raise LexiconError(f"{generic_path}:{number}: bad generic actor ({exc})") from exc
            generic[actor.category] = actor
    return GazetteerData(entries, tuple(offices), tuple(seats), generic, tuple(councils))


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise LexiconError(f"{path}:{number}: bad entity record ({exc})") from exc
        if not isinstance(rec, dict):
            raise LexiconError(f"{path}:{number}: bad entity record (not a JSON object)")
        yield number, rec


def _geo(rec: dict[str, Any]) -> Geo | None:
    if rec.get("lat") is None or rec.get("long") is None:
        return None
    return Geo(float(rec["lat"]), float(rec["long"]), int(rec["geonames"]) if rec.get("geonames") else None,
               rec.get("admin1") or None, int(rec["population"]) if rec.get("population") else None)


def _codes(rec: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(rec[k]) for k in ("iso2", "iso3", "numeric") if rec.get(k))


def _entry(rec: dict[str, Any], curated: bool) -> GazetteerEntry:
    return GazetteerEntry(
        id=rec["id"], label=rec["label"], type=rec["type"], kind=rec.get("kind", ""),
        labels=dict(rec.get("labels") or {}),
        aliases={k: _strings(v) for k, v in (rec.get("aliases") or {}).items()},
        demonyms={k: _strings(v) for k, v in (rec.get("demonyms") or {}).items()},
        ambiguous_demonyms={k: _strings(v) for k, v in (rec.get("ambiguous_demonyms") or {}).items()},
        country=rec.get("country"), capital_of=rec.get("capital_of"), parent=rec.get("parent"),
        wikidata=rec.get("wikidata"), geo=_geo(rec), codes=_codes(rec),
        ambiguous=(rec.get("ambiguity") or "ambiguous") if rec.get("ambiguous") else None,
        curated=curated,
    )


def _union(a: dict[str, tuple[str, ...]], b: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    out = dict(a)
    for lang, names in b.items():
        out[lang] = tuple(dict.fromkeys([*out.get(lang, ()), *_strings(names)]))
    return out


def _merged(known: GazetteerEntry, rec: dict[str, Any]) -> GazetteerEntry:
    """A curated entry completed by a built record with the same id: its values win; the built
    record adds names, coordinates, codes and the demonyms the curated entry lacks (the build
    leaves out every form the curated entry lists, so the curated entry still says which of its
    forms are ambiguous, "نيجيري" for Niger and Nigeria; a built form ambiguous with a common
    word, "مالي" for Malian and financial, stays ambiguous)."""
    extra_labels = {lang: label for lang, label in (rec.get("labels") or {}).items()
                    if lang not in known.labels}
    names = {lang: (label,) for lang, label in (rec.get("labels") or {}).items()
             if lang in known.labels and label != known.labels[lang]}
    return replace(
        known,
        labels={**known.labels, **extra_labels},
        aliases=_union(_union(known.aliases, rec.get("aliases") or {}), names),
        demonyms=_union(known.demonyms, rec.get("demonyms") or {}),
        ambiguous_demonyms=_union(known.ambiguous_demonyms, rec.get("ambiguous_demonyms") or {}),
        wikidata=known.wikidata or rec.get("wikidata"),
        country=known.country or rec.get("country") if known.type != "Country" else known.country,
        geo=known.geo or _geo(rec),
        codes=known.codes or _codes(rec),
    )
