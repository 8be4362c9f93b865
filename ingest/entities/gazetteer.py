"""The gazetteer as a matching index: canonical entities, their aliases and demonyms in every
language, capitals, and time-bounded offices ("رئيس النيجر" in 2018 vs 2024)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from sahelkg.ingest.language.lexicon import (
    GazetteerData,
    GazetteerEntry,
    Office,
    RulingCouncil,
    Seat,
    phrase_tokens,
)
from sahelkg.ingest.language.normalize import normalize_token, noun_stems

from sahelkg.records import Entity

if TYPE_CHECKING:
    from sahelkg.ingest.language.lexicon import Lexicon


@lru_cache(maxsize=200_000)
def _readings(token: str, article_ok: bool) -> tuple[tuple[str, str], ...]:
    """(proclitic, stem) readings of a token a phrase may start with: no pronoun suffix, and the
    article ال only where ``article_ok`` or the phrase itself starts with it."""
    return tuple((prefix, stem) for prefix, stem, suffix in noun_stems(token)
                 if not suffix and (article_ok or "ال" not in prefix or stem.startswith("ال")))


class _Node:
    """A trie node: the phrases that end here (their values, in the order they were added) and the
    next tokens."""

    __slots__ = ("next", "values")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.values: list[object] = []


INNER_QUOTES = frozenset('"«»“”')  # quote marks a phrase may span (not the apostrophe of "l'")
_NO_MATCH: tuple[int, object, str] = (0, None, "")
# a token's last two letters, kept: the tables ask for them at every word of every sentence, and a
# slice is a new string to hash each time
_TAILS: dict[str, str] = {}
MAX_TAILS = 200_000


def _tail(token: str) -> str:
    if len(_TAILS) >= MAX_TAILS:
        _TAILS.clear()
    tail = _TAILS[token] = token[-2:]
    return tail


PREFIX = 3  # letters a one-word name is indexed by, to find its spellings

NAME_ARTICLES = frozenset({"al", "el", "ad", "ag", "as", "ash", "at", "az", "ben", "bin", "ould"})


def name_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words of a person's name that tell it from another, for spellings to be compared:
    hyphens, articles and links off ("Fayez el-Sarraz", "fayez el - sarraz" and "Fayez al-Sarraj"
    give "fayez", "sarraz"/"sarraj"; "السراج" gives "سراج")."""
    out = []
    for word in words:
        for part in word.split("-"):
            if not part or part in NAME_ARTICLES:
                continue
            out.append(part[2:] if part.startswith("ال") and len(part) > 4 else part)
    return tuple(out)


class PhraseTable:
    """Phrases (tuples of normalised tokens) looked up at a token position; the first token may
    carry proclitics (و ف ب ل ك and, where ``article_ok``, ال).

    A trie over tokens: a lookup walks as far as the text matches a phrase, so its cost does not
    grow with the number of phrases (thousands of place names share first words such as "بئر" or
    "al"). ``by_first`` maps each first token to its subtrie (for "can a phrase start here?")."""

    def __init__(self, phrases: Iterable[tuple[tuple[str, ...], object]]) -> None:
        self.by_first: dict[str, _Node] = {}
        for phrase, value in phrases:
            if not phrase:
                continue
            node = self.by_first.get(phrase[0])
            if node is None:
                node = self.by_first[phrase[0]] = _Node()
            for token in phrase[1:]:
                child = node.next.get(token)
                if child is None:
                    child = node.next[token] = _Node()
                node = child
            node.values.append(value)
        # the last two letters of every first token: a reading of a token only strips its
        # proclitics (or contracts "لل" to "ال") and keeps at least two letters, so a token whose
        # last two letters are none of these starts no phrase (a one-letter token is its own tail)
        self.tails = frozenset(first[-2:] for first in self.by_first)

    def _ends(self, stem: str, tokens: list[str], i: int) -> list[tuple[int, _Node]]:
        """(length, node) of every phrase starting with ``stem`` that the tokens after i continue,
        longest first."""
        node = self.by_first.get(stem)
        if node is None:
            return []
        found = [(1, node)] if node.values else []
        k = i + 1
        while node.next and k < len(tokens):
            if tokens[k] in INNER_QUOTES and k + 1 < len(tokens) and tokens[k + 1] in node.next:
                k += 1  # a quote mark inside a name: 'حكومة "الوفاق الوطني"', 'forces "Barkhane"'
            node = node.next.get(tokens[k])  # type: ignore[assignment]
            if node is None:
                break
            k += 1
            if node.values:
                found.append((k - i, node))
        found.reverse()
        return found

    def _readings(self, token: str, article_ok: bool) -> tuple[tuple[str, str], ...]:
        return _readings(token, article_ok)

    def stem(self, token: str, prefix: str, article_ok: bool = True) -> str:
        """The token less ``prefix`` as the reading that starts a phrase has it: "للجيش" with
        prefix "ل" is "الجيش" (the contracted article restored), not "لجيش"."""
        starts = (st for pre, st in _readings(token, article_ok) if pre == prefix and st in self.by_first)
        return next(starts, token[len(prefix):])

    def _longest(self, node: _Node, tokens: list[str], i: int) -> tuple[int, _Node | None]:
        """(length, node) of the longest phrase starting at ``node`` (the first token's) that the
        tokens after i continue, as the first of :meth:`_ends`; (0, None) if none."""
        best: tuple[int, _Node | None] = (1, node) if node.values else (0, None)
        k = i + 1
        n = len(tokens)
        while node.next and k < n:
            token = tokens[k]
            if token in INNER_QUOTES and k + 1 < n and tokens[k + 1] in node.next:
                k += 1
                token = tokens[k]
            node = node.next.get(token)  # type: ignore[assignment]
            if node is None:
                break
            k += 1
            if node.values:
                best = (k - i, node)
        return best

    def match(self, tokens: list[str], i: int, article_ok: bool = False) -> tuple[int, object, str]:
        """(length, value, proclitic) of the longest phrase at ``i``; (0, None, "") if none (also
        past the end of the sentence, where a finder may look after its last word)."""
        if not 0 <= i < len(tokens):
            return _NO_MATCH
        token = tokens[i]
        if (_TAILS.get(token) or _tail(token)) not in self.tails:
            return _NO_MATCH
        best: tuple[int, object, str] = _NO_MATCH
        first = self.by_first
        for prefix, stem in _readings(token, article_ok):
            node = first.get(stem)
            if node is None:
                continue
            length, end = self._longest(node, tokens, i)
            if length > best[0]:
                best = (length, end.values[0], prefix)  # type: ignore[union-attr]
        return best

    def values(self, tokens: list[str], i: int, article_ok: bool = False) -> tuple[int, list[object]]:
        """Length of the longest phrase at ``i`` and every value listed under it."""
        n, _, _ = self.match(tokens, i, article_ok)
        if not n:
            return 0, []
        found: list[object] = []
        for _, stem in self._readings(tokens[i], article_ok):
            for length, node in self._ends(stem, tokens, i):
                if length == n:
                    found.extend(v for v in node.values if v not in found)
        return n, found

    def match_all(self, tokens: list[str], i: int, article_ok: bool = False) -> list[tuple[int, object, str]]:
        """Every phrase at ``i`` (longest first), as (length, value, proclitic)."""
        found: dict[int, tuple[int, object, str]] = {}
        if not 0 <= i < len(tokens):
            return []
        for prefix, stem in self._readings(tokens[i], article_ok):
            for length, node in self._ends(stem, tokens, i):
                found.setdefault(length, (length, node.values[0], prefix))
        return [found[n] for n in sorted(found, reverse=True)]

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        node = self.by_first.get(phrase[0]) if phrase else None
        for token in phrase[1:]:
            if node is None:
                return False
            node = node.next.get(token)
        return node is not None and bool(node.values)


_WORD_TABLES: dict[tuple[int, str], tuple[object, PhraseTable]] = {}


def word_table(lexicon: Lexicon, name: str) -> PhraseTable:
    """The phrases of one word class of a lexicon's words.tsv as a PhraseTable, built once per
    lexicon and class (the rules ask for theirs sentence after sentence)."""
    key = (id(lexicon), name)
    hit = _WORD_TABLES.get(key)
    if hit is None or hit[0] is not lexicon:
        hit = _WORD_TABLES[key] = (lexicon, PhraseTable((p, p) for p in lexicon.word_class(name)))
    return hit[1]


MAX_CAPITALS_ONLY = 2  # letters of an acronym that is also a word when written small ("US", "UN")


def capitals_only(form: str) -> bool:
    """Is this name a short acronym ("US", "EU") that names the entity only in capitals, since in
    small letters it is a common word ("us", "un", "au")?"""
    letters = form.replace(".", "")
    return 0 < len(letters) <= MAX_CAPITALS_ONLY and letters.isalpha() and letters.isupper()


NISBA_ENDINGS = ("ه", "ين", "ون", "ا", "ان", "يين", "يون", "تين", "تان", "ات")
# of a nisba "روسي": feminine "روسية" (ة written ه once normalised), plural or dual "روسيين",
# "روسيون", accusative "روسيا", dual "روسيان", feminine dual "روسيتين"/"روسيتان", feminine plural


def _arabic_demonym_forms(form: str) -> list[tuple[str, bool]]:
    """Inflected forms of an Arabic nisba adjective, (form, plural), from any of its forms: the
    masculine "مالي", the feminine "مالية", the plural "الماليين" all give every other one (an
    article is dropped: the matcher reads it, and clitics, on any form). A listed form that is
    no nisba is a broken plural ("الروس", "الأتراك", "المغاربة")."""
    base = form[2:] if form.startswith("ال") and len(form) > 4 else form
    broken = not base.endswith(("ي", "يه", "ين", "ون", "ا"))
    out = [(form, broken or form.endswith(("ين", "ون")))]
    if base.endswith("يه"):
        base = base[:-1]
    elif base.endswith(("يين", "يون")):
        base = base[:-2]
    if base.endswith("ي") and len(base) > 2:
        out.append((base, False))
        out += [(base + ending, ending in ("ين", "ون", "يين", "يون", "ات")) for ending in NISBA_ENDINGS]
    return out


def _french_demonym_forms(word: str) -> list[str]:
    """The feminine and plural forms of a French nationality adjective written in the masculine
    singular (tokens are without accents: "nigerien", "malien", "senegalais", "belge"); a form
    already feminine or plural gives its plural or nothing."""
    if word.endswith(("ien", "een")):
        return [word + "ne", word + "s", word + "nes"]
    if word.endswith(("ais", "ois")):
        return [word + "e", word + "es"]
    if word.endswith("e"):
        return [word + "s"]
    if word.endswith(("ain", "in", "an", "ol", "and", "i", "ite")):
        return [word + "e", word + "s", word + "es"]
    return []


def _english_demonym_forms(word: str) -> list[str]:
    """The plural of an English nationality noun ("Malian", "Emirati"); "Chinese", "French"
    and the like have none."""
    return [word + "s"] if word.endswith(("an", "i")) else []


def _demonym_phrases(lang: str, word: str) -> list[tuple[tuple[str, ...], bool]]:
    """Every inflected phrase of a listed demonym, with its plural flag."""
    tokens = phrase_tokens(word)
    if not tokens:
        return []
    if lang == "ar":
        if len(tokens) == 1:
            return [((form,), plural) for form, plural in _arabic_demonym_forms(tokens[0])]
        return [(tokens, tokens[-1].endswith(("ين", "ون")))]
    if capitals_only(word):
        return [(tokens, False)]
    more = _french_demonym_forms(tokens[-1]) if lang == "fr" else \
        _english_demonym_forms(tokens[-1]) if lang == "en" else []
    return [(phrase, phrase[-1].endswith("s"))
            for phrase in (tokens, *(tokens[:-1] + (last,) for last in more))]


class Gazetteer:
    """Entities, aliases, demonyms, capitals and offices, indexed for matching."""

    def __init__(self, data: GazetteerData) -> None:
        self.data = data
        self.entries = data.entries
        self._names_by_type: dict[str, dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]] = {}
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
            # a form listed ambiguous stays so, whatever other listed form also gives it
            shady = {phrase for lang, words in entry.ambiguous_demonyms.items() for word in words
                     for phrase, _ in _demonym_phrases(lang, word)}
            for table, ambiguous in ((entry.demonyms, False), (entry.ambiguous_demonyms, True)):
                seen: set[tuple[str, ...]] = set()
                for lang, words in table.items():
                    for word in words:
                        if capitals_only(word):
                            capitals.add(phrase_tokens(word))
                        for phrase, plural in _demonym_phrases(lang, word):
                            if phrase in seen or not ambiguous and phrase in shady:
                                continue
                            seen.add(phrase)
                            demonyms.append((phrase, (entry.id, plural, ambiguous)))
        # an inflected form that is another entity's name is that name ("نيجيريا" is Nigeria,
        # not the accusative of "نيجيري" for Niger)
        named: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for phrase, ident in names:
            named[phrase].add(str(ident))
        demonyms = [(phrase, value) for phrase, value in demonyms
                    if not named.get(phrase, set()) - {value[0]}]  # type: ignore[index]
        self.names = PhraseTable(names)
        self._bodies: dict[tuple[str, bool], dict[tuple[tuple[str, ...], str], set[str]]] = {}
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
        self._rival: dict[str, bool] = {}
        self.councils: dict[str, list[RulingCouncil]] = defaultdict(list)
        for council in data.councils:
            self.councils[council.country].append(council)
        self._entities: dict[str, Entity] = {}
        armies: dict[str, list[str]] = defaultdict(list)
        for entry in data.entries.values():
            if entry.kind == "armed_forces" and entry.country and entry.parent is None:
                armies[entry.country].append(entry.id)
        self._armies = {country: ids[0] for country, ids in armies.items() if len(ids) == 1}

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

    def home_body(self, lang: str, phrase: tuple[str, ...], country: str,
                  head_last: bool = False) -> str | None:
        """The one curated organisation of ``country`` with a name in ``lang`` that opens with
        ``phrase`` and goes on ("الجيش" opens "الجيش النيجري"; "armee" opens "armee nigerienne"),
        or, where nouns come after their qualifiers (``head_last``), that ends with it ("army"
        ends "Sudanese army"); leading determiners of the name aside. Among several, the
        country's armed forces; None when none or still several."""
        index = self._bodies.get((lang, head_last))
        if index is None:
            index = self._bodies[(lang, head_last)] = self._body_index(lang, head_last)
        found = index.get((phrase, country), set())
        if len(found) > 1:  # "the army" of Sudan: its armed forces, not the SPLA
            found = {e for e in found
                     if self.entries[e].kind == "armed_forces" and self.entries[e].parent is None}
        return next(iter(found)) if len(found) == 1 else None

    def _body_index(self, lang: str, head_last: bool) -> dict[tuple[tuple[str, ...], str], set[str]]:
        skip = {"the", "le", "la", "les", "l'"}
        index: dict[tuple[tuple[str, ...], str], set[str]] = defaultdict(set)
        for entry in self.entries.values():
            if not entry.curated or not entry.country or entry.type not in ("Organization", "ArmedGroup"):
                continue
            names = [entry.labels.get(lang, ""), *entry.aliases.get(lang, ())]
            for name in names:
                tokens = phrase_tokens(name)
                while tokens and tokens[0] in skip:
                    tokens = tokens[1:]
                for k in range(1, len(tokens)):
                    index[(tokens[-k:] if head_last else tokens[:k], entry.country)].add(entry.id)
        return index

    def names_like(self, type: str, words: int, first: str) -> list[tuple[tuple[str, ...], str]]:
        """The names of known entities of ``type`` of ``words`` words opening with ``first``
        (their :func:`name_words`), with their ids; a negative ``words``: ending with ``first``;
        ``words`` 0: one-word names opening with the ``PREFIX`` letters ``first``. Indexed on
        first use, per type."""
        index = self._names_by_type.get(type)
        if index is None:
            index = self._names_by_type[type] = {}
            for entry in self.entries.values():
                if entry.type != type:
                    continue
                names = [*entry.labels.values(), *(a for forms in entry.aliases.values() for a in forms)]
                for name in names:
                    key = name_words(normalize_token(w) for w in name.split())
                    if key:
                        index.setdefault((len(key), key[0]), []).append((key, entry.id))
                        index.setdefault((-len(key), key[-1]), []).append((key, entry.id))
                    if len(key) == 1:
                        index.setdefault((0, key[0][:PREFIX]), []).append((key, entry.id))
        return index.get((words, first), [])

    def type_of(self, entity_id: str) -> str:
        entry = self.entries.get(entity_id)
        return entry.type if entry else "Person"

    def national_army(self, country: str | None) -> str | None:
        """The armed forces of ``country`` (the one entry of kind ``armed_forces`` without a
        parent), if it has one."""
        return self._armies.get(country) if country else None

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

    def country_weights(self, salience: Mapping[str, int]) -> dict[str, int]:
        """Mentions of each country in an article's mention counts, its places and people included."""
        by_country: dict[str, int] = {}
        for entity, n in salience.items():
            country = self.country_of(entity)
            if country:
                by_country[country] = by_country.get(country, 0) + n
        return by_country

    def home_country(self, salience: Mapping[str, int]) -> str | None:
        """The country an article is about so far, from its entities' mention counts, when one
        clearly stands out: it, its places and its people named at least three times, and at
        least twice as often as any other."""
        by_country = self.country_weights(salience)
        counts = sorted(((n, e) for e, n in by_country.items()), reverse=True)
        if not counts or counts[0][0] < 3 or len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
            return None
        return counts[0][1]

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


    def government_headed(self, person: str, when: date | None) -> str | None:
        """The one government (an entity of kind "government") the person heads at ``when``, else
        the one he headed last before it: "Sarraj's administration", "حكومة السراج" in an
        undated article is the GNA."""
        heads = [o for o in self.offices_held.get(person, ())
                 if o.leads and o.office == "head_of_government" and self.kind_of(o.of) == "government"]
        now = {o.of for o in heads if when is None or _within(when, o.start, o.end)}
        if when is not None and now:
            return next(iter(now)) if len(now) == 1 else None
        before = [o for o in heads if when is None or (o.start or "") <= when.isoformat()]
        if when is None:
            return before[0].of if len({o.of for o in before}) == 1 else None
        latest = max(before, key=lambda o: o.start or "", default=None)
        return latest.of if latest is not None else None

    def seated_government(self, seat: str, when: date | None) -> str | None:
        """The government seated in ``seat`` at ``when`` ("the Tripoli government"), if one is known
        (with no date, only when the place has had a single one)."""
        found = {s.government for s in self.seats.get(seat, ())
                 if when is not None and _within(when, s.start, s.end) or when is None}
        return found.pop() if len(found) == 1 else None

    def rival_governments(self, country: str) -> bool:
        """Has ``country`` had governments seated in different places (seats.jsonl: Libya)?"""
        found = self._rival.get(country)
        if found is None:
            seats = {s.seat for seated in self.seats.values() for s in seated
                     if self.country_of(s.government) == country}
            found = self._rival[country] = len(seats) > 1
        return found

    def ruling_council(self, country: str, when: date | None) -> str | None:
        """The military council ruling ``country`` at ``when`` (its junta), if one did; None
        without a date."""
        if when is None:
            return None
        found = {c.council for c in self.councils.get(country, ()) if _within(when, c.start, c.end)}
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
