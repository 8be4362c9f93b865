"""Clause bounds and member lists of a sentence: where a clause starts and ends (punctuation, the
language's ``clause_boundary`` phrases, the dash closing a dateline), where a trigger starts, and
the spans that list a delegation's members ("وفد ... يضم A وB", "يتكون الوفد من A")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView


def boundaries(s: SentenceView) -> list[int]:
    """Positions of the words that end a clause."""
    marks = []
    for k, token in enumerate(s.tokens):
        if s.cover[k] is not None:
            continue
        if token in (";", "؛", ":", "?", "؟", "!") or s.w.boundary.match(s.tokens, k)[0]:
            marks.append(k)
        elif token in DASHES and _dateline_end(s, k):
            marks.append(k)  # "طرابلس (رويترز) - وصل ...": the dateline names no actor
    return marks


DASHES = ("-", "–", "—", "")  # "" is the Arabic tatweel dash ("ـ") once normalised
MAX_DATELINE = 10  # words of a dateline ("BAMAKO, Mali, July 15 (Reuters)")


def _dateline_end(s: SentenceView, k: int) -> bool:
    """Does the dash at k close a dateline at the very start of the sentence, before any trigger:
    a place, perhaps a country or a date, then perhaps an agency in brackets ("طرابلس (رويترز) -",
    "BAMAKO, Mali (AP) -", "Niamey, 29 Sept (ANP) -"), or an outlet with its place in brackets
    ("الأخبار (نيامي) ـ"), or a country alone ("ليبيا – التقى")? It names nothing but places and
    countries."""
    if k > MAX_DATELINE or any(is_trigger_start(s, j) for j in range(k)):
        return False
    named = [s.cover[j] for j in range(k) if s.cover[j] is not None]
    if not named or any(m.type not in ("Place", "Country") for m in named):
        return False
    if not any(m.type == "Place" for m in named) and (len(named) > 1 or named[0].start or named[0].end != k):
        return False  # a country alone stands as a dateline only right before the dash
    first = s.starts.get(0)
    if s.tokens[k - 1] == ")" and "(" in s.tokens[:k - 1]:
        return True
    return first is not None and first.end == k  # "طرابلس - وصل", "ليبيا – التقى"


def clause(s: SentenceView, p: int) -> tuple[int, int]:
    """The clause [start, end) of the word at p."""
    start, end = 0, len(s.tokens)
    for b in s.boundaries:
        if b < p:
            start = b + 1
        elif b > p:
            end = b
            break
    return start, end


def member_lists(s: SentenceView) -> list[tuple[int, int]]:
    """Spans of delegation member lists: "وفد ... يضم A وB", "يتكون الوفد من A"."""
    spans = []
    for k in range(len(s.tokens)):
        n, _, _ = s.w.members.match(s.tokens, k)
        if not n:
            continue
        window = range(max(0, k - 8), min(len(s.tokens), k + n + 3))
        if any(s.w.delegation.match(s.tokens, j)[0] or
               ((c := s.cover[j]) is not None and c.kind == "delegation") for j in window):
            end = k + n
            stop = clause(s, k)[1]
            while end < stop and s.tokens[end] not in ("الي", "to", "à") and \
                    not is_trigger_start(s, end):
                end += 1
            spans.append((k, end))
    return spans


def is_trigger_start(s: SentenceView, k: int) -> bool:
    return any(t.start == k for t in s.triggers)


def in_member_list(s: SentenceView, k: int) -> bool:
    return any(start <= k < end for start, end in s.member_lists)


def is_member_trigger(s: SentenceView, t: TriggerMatch) -> bool:
    return any(start == t.start for start, _ in s.member_lists)
