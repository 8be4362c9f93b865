"""The gazetteer as a matching index: canonical entities, their aliases and demonyms in every
language, capitals, and time-bounded offices ("رئيس النيجر" in 2018 vs 2024)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sahelkg.ingest.language.lexicon import GazetteerData, GazetteerEntry, Office, Seat, phrase_tokens
from sahelkg.ingest.language.normalize import noun_stems

from sahelkg.records import Entity


class PhraseTable:
    """Phrases (tuples of normalised tokens) looked up at a token position; the first token may
    carry proclitics (و ف ب ل ك and, where ``article_ok``, ال)."""

    def __init__(self, phrases: Iterable[tuple[tuple[str, ...], object]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], object]]] = defaultdict(list)
        for phrase, value in phrases:
            if phrase:
                self.by_first[phrase[0]].append((phrase, value))
        for items in self.by_first.values():
            items.sort(key=lambda item: -len(item[0]))

    def match(self, tokens: list[str], i: int, article_ok: bool = False) -> tuple[int, object, str]:
        """(length, value, proclitic) of the longest phrase at ``i``; (0, None, "") if none."""
        best: tuple[int, object, str] = (0, None, "")
        for prefix, stem, suffix in noun_stems(tokens[i]):
            if suffix:
                continue
            for phrase, value in self.by_first.get(stem, ()):
                n = len(phrase)
                if n <= best[0]:
                    break
                if "ال" in prefix and not article_ok and not phrase[0].startswith("ال"):
                    continue
                if tuple(tokens[i + 1:i + n]) == phrase[1:]:
                    best = (n, value, prefix)
                    break
        return best

    def values(self, tokens: list[str], i: int, article_ok: bool = False) -> tuple[int, list[object]]:
        """Length of the longest phrase at ``i`` and every value listed under it."""
        n, _, _ = self.match(tokens, i, article_ok)
        if not n:
            return 0, []
        found: list[object] = []
        for prefix, stem, suffix in noun_stems(tokens[i]):
            if suffix:
                continue
            for phrase, value in self.by_first.get(stem, ()):
                if len(phrase) == n and tuple(tokens[i + 1:i + n]) == phrase[1:] and value not in found \
                        and ("ال" not in prefix or article_ok or phrase[0].startswith("ال")):
                    found.append(value)
        return n, found

    def match_all(self, tokens: list[str], i: int, article_ok: bool = False) -> list[tuple[int, object, str]]:
        """Every phrase at ``i`` (longest first), as (length, value, proclitic)."""
        found: dict[int, tuple[int, object, str]] = {}
        for prefix, stem, suffix in noun_stems(tokens[i]):
            if suffix:
                continue
            for phrase, value in self.by_first.get(stem, ()):
                n = len(phrase)
                if n in found:
                    continue
                if "ال" in prefix and not article_ok and not phrase[0].startswith("ال"):
                    continue
                if tuple(tokens[i + 1:i + n]) == phrase[1:]:
                    found[n] = (n, value, prefix)
        return [found[n] for n in sorted(found, reverse=True)]

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return any(p == phrase for p, _ in self.by_first.get(phrase[0], ())) if phrase else False


MAX_CAPITALS_ONLY = 2  # letters of an acronym that is also a word when written small ("US", "UN")


def capitals_only(form: str) -> bool:
    """Is this name a short acronym ("US", "EU") that names the entity only in capitals, since in
    small letters it is a common word ("us", "un", "au")?"""
    letters = form.replace(".", "")
    return 0 < len(letters) <= MAX_CAPITALS_ONLY and letters.isalpha() and letters.isupper()


def _arabic_demonym_forms(form: str) -> list[tuple[str, bool]]:
    """Inflected forms of an Arabic nisba adjective: (form, plural)."""
    out = [(form, form.endswith(("ين", "ون")))]
    if form.endswith("ي"):
        out += [(form + "ه", False), (form + "ين", True), (form + "ون", True), (form + "ا", False),
                (form + "يين", True), (form + "يون", True)]
    return out


class Gazetteer:
    """Entities, aliases, demonyms, capitals and offices, indexed for matching."""

    def __init__(self, data: GazetteerData) -> None:
        self.data = data
        self.entries = data.entries
        names: list[tuple[tuple[str, ...], object]] = []
        demonyms: list[tuple[tuple[str, ...], object]] = []
        capitals: set[tuple[str, ...]] = set()
        for entry in data.entries.values():
            forms = {entry.label, *entry.labels.values()}
            for aliases in entry.aliases.values():
                forms.update(aliases)
            for form in forms:
                tokens = phrase_tokens(form)
                if tokens:
                    names.append((tokens, entry.id))
                    if capitals_only(form):
                        capitals.add(tokens)
            for table, ambiguous in ((entry.demonyms, False), (entry.ambiguous_demonyms, True)):
                for lang, words in table.items():
                    for word in words:
                        tokens = phrase_tokens(word)
                        if not tokens:
                            continue
                        if lang == "ar" and len(tokens) == 1:
                            for inflected, plural in _arabic_demonym_forms(tokens[0]):
                                demonyms.append(((inflected,), (entry.id, plural, ambiguous)))
                        else:
                            plural = tokens[-1].endswith(("s", "ين", "ون")) and not capitals_only(word)
                            demonyms.append((tokens, (entry.id, plural, ambiguous)))
                            if capitals_only(word):
                                capitals.add(tokens)
        self.names = PhraseTable(names)
        self.demonyms = PhraseTable(demonyms)
        self.capitals_only: frozenset[tuple[str, ...]] = frozenset(capitals)  # "US", not "us"
        self.capital_of: dict[str, str] = {}
        self.capital: dict[str, str] = {}
        for entry in data.entries.values():
            if entry.capital_of:
                self.capital_of[entry.id] = entry.capital_of
                self.capital.setdefault(entry.capital_of, entry.id)
        self.offices_of: dict[str, list[Office]] = defaultdict(list)
        self.offices_held: dict[str, list[Office]] = defaultdict(list)
        for office in data.offices:
            self.offices_of[office.of].append(office)
            self.offices_held[office.holder].append(office)
        self.seats: dict[str, list[Seat]] = defaultdict(list)
        for seat in data.seats:
            self.seats[seat.seat].append(seat)
        self._entities: dict[str, Entity] = {}

    def entry(self, entity_id: str) -> GazetteerEntry | None:
        return self.entries.get(entity_id)

    def entity(self, entity_id: str) -> Entity | None:
        """The :class:`Entity` record of a gazetteer entry."""
        cached = self._entities.get(entity_id)
        if cached is not None:
            return cached
        entry = self.entries.get(entity_id)
        if entry is None:
            return None
        aliases: list[str] = []
        for words in entry.aliases.values():
            aliases.extend(words)
        labels = dict(entry.labels) or {"en": entry.label}
        geo = entry.geo
        entity = Entity(id=entry.id, label=entry.label, type=entry.type, labels=labels,
                        aliases=tuple(aliases), wikidata=entry.wikidata,
                        country=self.country_of(entry.id) if entry.type != "Country" else None,
                        lat=geo.lat if geo else None, long=geo.long if geo else None,
                        geonames=geo.geonames if geo else None, iso=entry.codes)
        self._entities[entity_id] = entity
        return entity

    def type_of(self, entity_id: str) -> str:
        entry = self.entries.get(entity_id)
        return entry.type if entry else "Person"

    def kind_of(self, entity_id: str) -> str:
        entry = self.entries.get(entity_id)
        return entry.kind if entry else ""

    def country_of(self, entity_id: str) -> str | None:
        entry = self.entries.get(entity_id)
        if entry is None:
            return None
        if entry.type == "Country":
            return entry.id
        return entry.capital_of or entry.country

    def holders(self, of: str, offices: Iterable[str] | None, when: date | None,
                leading_only: bool = False) -> list[Office]:
        """Offices of ``of`` (restricted to the names in ``offices``) held at ``when``."""
        found = []
        wanted = set(offices) if offices is not None else None
        for office in self.offices_of.get(of, ()):
            if wanted is not None and office.office not in wanted:
                continue
            if leading_only and not office.leads:
                continue
            if when is not None and not _within(when, office.start, office.end):
                continue
            found.append(office)
        return found

    def office_held(self, holder: str, offices: Iterable[str] | None, when: date | None) -> list[Office]:
        wanted = set(offices) if offices is not None else None
        return [o for o in self.offices_held.get(holder, ())
                if (wanted is None or o.office in wanted) and (when is None or _within(when, o.start, o.end))]


    def seated_government(self, seat: str, when: date | None) -> str | None:
        """The government seated in ``seat`` at ``when`` ("the Tripoli government"), if one is known
        (with no date, only when the place has had a single one)."""
        found = {s.government for s in self.seats.get(seat, ())
                 if when is not None and _within(when, s.start, s.end) or when is None}
        return found.pop() if len(found) == 1 else None


def _bound(value: str | None, end: bool) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    day = int(parts[2]) if len(parts) > 2 else (28 if end else 1)
    return date(year, month, day)


def _within(when: date, start: str | None, end: str | None) -> bool:
    lo, hi = _bound(start, False), _bound(end, True)
    return (lo is None or lo <= when) and (hi is None or when <= hi)
