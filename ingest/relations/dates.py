"""Dates stated in a text: explicit (Arabic or Latin digits, both Arabic month-name series,
"مارس/آذار"), weekdays, and relative words resolved against the publication date.

Every date comes with its precision (day, month, year). Without a publication date, relative
expressions stay unresolved (``value`` None): a date is never invented.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sahelkg.ingest.language.lexicon import DateWords, phrase_tokens

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression covering tokens [start, end) of a sentence."""

    start: int
    end: int
    value: str | None  # ISO YYYY-MM-DD / YYYY-MM / YYYY; None when it cannot be resolved
    precision: str | None  # day | month | year
    relative: bool = False
    since: bool = False  # "منذ 2018": the start of a period, not the date of an event


def to_ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


def _number(token: str) -> int | None:
    token = to_ascii_digits(token)
    return int(token) if token.isdigit() and len(token) <= 4 else None


def _match(tokens: Sequence[str], i: int, words: DateWords, name: str) -> tuple[int, object]:
    """Longest phrase of the ``name`` table starting at token i (also after a و/ب/ف/ل proclitic)."""
    index = words.index.get(name, {})
    first = tokens[i]
    for head in (first, first[1:] if first[:1] in "وبفل" else None):
        if not head:
            continue
        for key, value in index.get(head, ()):
            n = len(key)
            if i + n <= len(tokens) and tuple(tokens[i + 1:i + n]) == key[1:]:
                return n, value
    return 0, None


def _numbered(tokens: Sequence[str], i: int, words: DateWords, name: str) -> tuple[int, int]:
    """A phrase of a numbered table (``months``, ``weekdays``) at token i, and its number."""
    n, value = _match(tokens, i, words, name)
    return n, value if isinstance(value, int) else 0


def _relative(tokens: Sequence[str], i: int, words: DateWords) -> tuple[int, tuple[str, int]]:
    """A relative word at token i ("أمس", "last week"), and its unit and offset."""
    n, value = _match(tokens, i, words, "relative")
    if n and isinstance(value, tuple):
        return n, (str(value[0]), int(value[1]))
    return 0, ("", 0)


def _has(tokens: Sequence[str], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    for key in sorted(phrases, key=len, reverse=True):
        if tuple(tokens[i:i + len(key)]) == key:
            return len(key)
    return 0


def _shift_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _resolve_relative(unit: str, offset: int, published: date | None) -> tuple[str | None, str]:
    precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    if published is None:
        return None, precision
    if unit == "day":
        return (published + timedelta(days=offset)).isoformat(), "day"
    if unit == "week":
        if offset == 0:
            return published.strftime("%Y-%m"), "month"
        return (published + timedelta(weeks=offset)).strftime("%Y-%m"), "month"
    if unit == "month":
        return _shift_months(published, offset).strftime("%Y-%m"), "month"
    return str(published.year + offset), "year"


def _month_year(month: int, published: date | None, past: bool) -> str | None:
    """A month named without a year: the latest such month not after publication (``past``:
    strictly before the publication month)."""
    if published is None:
        return None
    year = published.year
    if month > published.month or (past and month == published.month):
        year -= 1
    return f"{year:04d}-{month:02d}"


_STARTS: dict[int, tuple[DateWords, frozenset[str]]] = {}


def _start_words(words: DateWords) -> frozenset[str]:
    """Words a date expression can start with (digits aside), built once per language's words."""
    hit = _STARTS.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1]
    cached = words.index.get("_starts")
    if cached is None:
        first = set()
        for name in ("months", "weekdays", "relative"):
            first.update(words.index.get(name, {}))
        for phrases in words.markers.values():
            first.update(p[0] for p in phrases if p)
        cached = words.index["_starts"] = {w: [] for w in first}
    starts = frozenset(cached)
    _STARTS[id(words)] = (words, starts)
    return starts


@lru_cache(maxsize=100_000)
def _ascii_token(token: str) -> str:
    """``to_ascii_digits`` of one token (cached: tokens repeat)."""
    return token.translate(_DIGITS)


def find_dates(tokens: Sequence[str], words: DateWords, published: date | None) -> list[DateMention]:
    """Date expressions in a sequence of normalised tokens, left to right, not overlapping."""
    toks = [_ascii_token(t) for t in tokens]
    out: list[DateMention] = []
    i = 0
    markers = words.markers
    starts = _start_words(words)
    while i < len(toks):
        token = toks[i]
        if not (token[:1].isdigit() or token in starts or token[1:] in starts):
            i += 1
            continue
        found = _date_at(toks, i, words, markers, published)
        if found is None:
            i += 1
            continue
        since = markers.get("since", frozenset())
        if any(tuple(toks[max(0, found.start - k - len(p)):found.start - k]) == p
               for p in since for k in (0, 1)):
            found = DateMention(found.start, found.end, found.value, found.precision, found.relative, True)
        out.append(found)
        i = found.end
    return out


def _date_at(toks: list[str], i: int, words: DateWords, markers: dict, published: date | None
             ) -> DateMention | None:
    n = len(toks)
    # ISO date: 2024 - 08 - 18 ; day / month / year: 18 / 08 / 2024
    if i + 4 < n and toks[i + 1] in "-/." and toks[i + 3] == toks[i + 1]:
        a, b, c = _number(toks[i]), _number(toks[i + 2]), _number(toks[i + 4])
        if a and b and c:
            y, m, d = (a, b, c) if a > 31 else (c, b, a)
            if 1900 < y < 2100 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]:
                return DateMention(i, i + 5, date(y, m, d).isoformat(), "day")
    # relative words ("أمس", "الأسبوع الماضي"), optionally followed by a weekday ("أمس الثلاثاء")
    size, (unit, offset) = _relative(toks, i, words)
    if size:
        end = i + size
        wsize, _ = _match(toks, end, words, "weekdays") if end < n else (0, None)
        end += wsize
        value, precision = _resolve_relative(unit, offset, published)
        return DateMention(i, end, value, precision if value else None, relative=True)
    # "قبل (نحو) 4 أسابيع", "il y a 3 jours", "3 weeks ago"
    ago = _has(toks, i, markers.get("ago", frozenset()))
    if ago:
        j = i + ago
        j += _has(toks, j, markers.get("approx", frozenset()))
        count = _number(toks[j]) if j < n else None
        if count is not None and j + 1 < n and toks[j + 1] in words.units:
            unit = words.units[toks[j + 1]]
            return _ago(i, j + 2, unit, count, published)
    count = _number(toks[i])
    if count is not None and i + 2 < n and toks[i + 1] in words.units and \
            _has(toks, i + 2, markers.get("ago_after", frozenset())):
        return _ago(i, i + 3, words.units[toks[i + 1]], count, published)
    # day month [year]
    start = i
    j = i
    day = _number(toks[j])
    if day is not None and 1 <= day <= 31:
        msize, month = _numbered(toks, j + 1, words, "months") if j + 1 < n else (0, 0)
        if msize:
            j = j + 1 + msize
            j = _skip_alt_month(toks, j, words)
            year = _number(toks[j]) if j < n else None
            if year and year > 1900:
                if day <= calendar.monthrange(year, month)[1]:
                    return DateMention(start, j + 1, date(year, month, day).isoformat(), "day")
                return None
            past = bool(j < n and _has(toks, j, markers.get("past", frozenset())))
            end = j + (_has(toks, j, markers.get("past", frozenset())) if past else 0)
            ym = _month_year(month, published, past)
            if ym is None:
                return DateMention(start, end, None, None, relative=True)
            value = f"{ym}-{day:02d}"
            try:
                date.fromisoformat(value)
            except ValueError:
                return None
            return DateMention(start, end, value, "day")
    # month [/ month] [year | الماضي]
    msize, month = _numbered(toks, i, words, "months")
    if msize:
        j = _skip_alt_month(toks, i + msize, words)
        day = _number(toks[j]) if j < n else None
        if day is not None and 1 <= day <= 31 and not (j + 1 < n and toks[j + 1] in words.units):
            # "March 14, 2023", "March 14"
            k = j + 2 if j + 2 < n and toks[j + 1] == "," else j + 1
            year = _number(toks[k]) if k < n else None
            if year and year > 1900:
                if day <= calendar.monthrange(year, month)[1]:
                    return DateMention(i, k + 1, date(year, month, day).isoformat(), "day")
                return None
            ym = _month_year(month, published, False)
            if ym is None:
                return DateMention(i, j + 1, None, None, relative=True)
            try:
                return DateMention(i, j + 1, date.fromisoformat(f"{ym}-{day:02d}").isoformat(), "day")
            except ValueError:
                return None
        year = _number(toks[j]) if j < n else None
        if year and year > 1900:
            return DateMention(i, j + 1, f"{year:04d}-{month:02d}", "month")
        past = _has(toks, j, markers.get("past", frozenset())) if j < n else 0
        prev = toks[i - 1] if i else ""
        if past or prev in ("شهر", "خلال", "في", "mois", "en", "in"):
            ym = _month_year(month, published, bool(past))
            return DateMention(i, j + past, ym, "month" if ym else None, relative=True)
        return None
    # year alone after a year word: "عام 2015", "en 2015", "in 2015"
    year = _number(toks[i])
    if year and 1900 < year < 2100 and i and toks[i - 1] in (set(w for w, u in words.units.items()
                                                               if u == "year") | {"in", "en"}):
        return DateMention(i, i + 1, str(year), "year")
    # weekday: the latest such day up to publication ("المقبل" -> the next one); "last Tuesday"
    ahead = _has(toks, i, markers.get("next", frozenset()))
    before = _has(toks, i, markers.get("past", frozenset())) or ahead
    wsize, weekday = _numbered(toks, i + before, words, "weekdays") if i + before < n else (0, 0)
    if wsize and before:
        past, nxt = (0, ahead) if ahead else (before, 0)
        end = i + before + wsize
        return _weekday(i, end, weekday, bool(past), bool(nxt), published)
    if wsize:
        end = i + wsize
        at = end + 1 if end + 1 < n and toks[end] == "," else end  # "Tuesday, March 14, 2023"
        explicit = _date_at(toks, at, words, markers, published) if at < n else None
        if explicit is not None and not explicit.relative and explicit.precision == "day":
            return DateMention(i, explicit.end, explicit.value, explicit.precision)
        nxt = _has(toks, end, markers.get("next", frozenset())) if end < n else 0
        past = _has(toks, end, markers.get("past", frozenset())) if end < n else 0
        return _weekday(i, end + nxt + past, weekday, bool(past), bool(nxt), published)
    return None


def _weekday(start: int, end: int, weekday: int, past: bool, nxt: bool, published: date | None
             ) -> DateMention:
    """The latest such weekday up to publication (strictly before it after "last"/"الماضي"),
    or the next one after "next"/"المقبل"."""
    if published is None:
        return DateMention(start, end, None, None, relative=True)
    delta = (published.weekday() - weekday) % 7
    if nxt:
        target = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    else:
        target = published - timedelta(days=delta if not past or delta else 7)
    return DateMention(start, end, target.isoformat(), "day", relative=True)


def _skip_alt_month(toks: list[str], j: int, words: DateWords) -> int:
    """Skip the second name of a month given in both series: "مارس/آذار", "مايو أيار"."""
    k = j + 1 if j < len(toks) and toks[j] in ("/", "-", "(") else j
    size, _ = _match(toks, k, words, "months") if k < len(toks) else (0, None)
    if size:
        j = k + size
        if j < len(toks) and toks[j] == ")":
            j += 1
    return j


def _ago(start: int, end: int, unit: str, count: int, published: date | None) -> DateMention:
    if published is None:
        return DateMention(start, end, None, None, relative=True)
    if unit == "day":
        return DateMention(start, end, (published - timedelta(days=count)).isoformat(), "day", True)
    if unit == "week":
        return DateMention(start, end, (published - timedelta(weeks=count)).strftime("%Y-%m"), "month", True)
    if unit == "month":
        return DateMention(start, end, _shift_months(published, -count).strftime("%Y-%m"), "month", True)
    return DateMention(start, end, str(published.year - count), "year", True)


_HEADER_TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640']+|[^\w\s]", re.UNICODE)


def header_date(lines: Sequence[str], date_words: Sequence[DateWords]) -> date | None:
    """The publication date written in an article's header lines ("18 أغسطس 2024، 7:56 ص")."""
    for line in lines:
        tokens = phrase_tokens(line) if line.strip() else ()
        if not tokens or len(tokens) > 25:
            continue
        for words in date_words:
            for mention in find_dates(tokens, words, None):
                if mention.precision == "day" and mention.value:
                    return date.fromisoformat(mention.value)
    return None
