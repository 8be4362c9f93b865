"""Founders of an organisation are its members: "Mali, Burkina Faso and Niger established the
Alliance of Sahel States", "Instead, they formed their own Alliance of Sahel States", "These three
nations, founding members of ECOWAS", "Grouped within the AES, Niger, Mali and Burkina Faso ...".

A founding phrase (the class ``founding_verb`` in words.tsv: "established", "formed", "joined
forces in", "came together to create") right before an organisation's name (only determiners,
quotes and ``founding_gap`` words between: "their own", "a new") makes members of it the
coordinated countries right before the phrase, or, for a plural anaphor (``plural_anaphor``:
"they", "the countries", "these three nations") that opens the clause, the last list of two or
more countries named in the sentences just before (of the size the anaphor counts, when it
counts: "the three countries"). "X, founding members of ORG"
(``founding_member``) and "grouped within ORG, A, B and C" (``grouped_within``) read the same way.
Where the verb comes first, the countries follow it ("أسست بوركينا فاسو والنيجر ومالي كونفدرالية
دول الساحل"); a founding noun (``founding_noun``: "تأسيس", "la création", "the creation") takes
its founders after the organisation and a passive agent ("إعلان تأسيس كونفدرالية الساحل من قبل
بوركينا فاسو والنيجر ومالي", "la création de l'AES par le Mali, le Burkina Faso et le Niger").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.relations.certainty import ADJACENT, CARRIED, SVO

if TYPE_CHECKING:
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

FOUNDED = frozenset({"Organization"})
MEMBERS = frozenset({"Country"})
COMMAS = frozenset({",", "،"})
QUOTES = frozenset('"“”«»‘’\'')
MAX_TO_ORGANISATION = 6  # words between the founding phrase and the name ("a military coalition tagged")
MAX_TO_VERB = 4  # words between the founders and the founding phrase ("previously", "have")
LOOK_BACK = 4  # sentences searched for the list a plural anaphor stands for
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


class _Tables:
    def __init__(self, lexicon: Lexicon) -> None:
        def table(name: str) -> PhraseTable:
            return PhraseTable((p, p) for p in lexicon.words.get(name, frozenset()))

        self.founding = table("founding_verb")
        self.noun = table("founding_noun")
        self.agent = table("passive_agent")
        self.anaphor = table("plural_anaphor")
        self.founding_member = table("founding_member")
        self.grouped = table("grouped_within")
        self.gap = lexicon.single_words("founding_gap")


_TABLES: dict[int, _Tables] = {}


def _tables(lexicon: Lexicon) -> _Tables:
    if id(lexicon) not in _TABLES:
        _TABLES[id(lexicon)] = _Tables(lexicon)
    return _TABLES[id(lexicon)]


def founding_members(s: SentenceView, out: Proposals) -> None:
    t = _tables(s.doc.lexicon)
    if not t.founding.by_first and not t.grouped.by_first and not t.noun.by_first:
        return
    tokens = s.tokens
    for k in range(len(tokens)):
        if s.cover[k] is not None:
            continue
        n = t.founding.match(tokens, k)[0]
        if n:
            founded = _organisation_after(s, t, k + n)
            if founded is not None:
                founders, certainty = _founders_before(s, t, k)
                if founders:
                    out.add(founders, None, "member_of", [founded], certainty, source="role")
                    continue
            if s.w.verb_first:
                listed = _countries_at(s, k + n)
                founded = _organisation_after(s, t, listed[-1].end) if listed else None
                if founded is not None:  # "أسست بوركينا فاسو والنيجر ومالي كونفدرالية دول الساحل"
                    out.add(listed, None, "member_of", [founded], SVO, source="role")
            continue
        n = t.noun.match(tokens, k)[0]
        if n:
            n += s.w.genitive_link.match(tokens, k + n)[0] if k + n < len(tokens) else 0  # "de l'", "of"
            founded = _organisation_after(s, t, k + n)
            if founded is not None and founded.end < len(tokens):
                an = t.agent.match(tokens, founded.end)[0]
                listed = _countries_at(s, founded.end + an) if an else []
                if listed:  # "تأسيس كونفدرالية الساحل من قبل بوركينا فاسو والنيجر ومالي"
                    out.add(listed, None, "member_of", [founded], ADJACENT, source="role")
                    continue
        n = t.founding_member.match(tokens, k)[0]
        if n and k and tokens[k - 1] in COMMAS:
            founded = _organisation_after(s, t, k + n)
            if founded is not None:
                founders, certainty = _founders_before(s, t, k - 1)
                if founders:
                    out.add(founders, None, "member_of", [founded], certainty, source="role")
            continue
        n = t.grouped.match(tokens, k)[0]
        if n:
            founded = _organisation_after(s, t, k + n)
            if founded is None:
                continue
            j = founded.end
            while j < len(tokens) and (tokens[j] in COMMAS or tokens[j] in ("(", ")") or
                                       s.cover[j] is founded or
                                       s.cover[j] is not None and s.cover[j].entity == founded.entity):
                j += 1
            first = s.starts.get(j)
            if first is not None and first.type in MEMBERS:
                listed = [m for m in s.group(first) if m.type in MEMBERS and m.entity]
                if len(listed) >= 2:
                    out.add(listed, None, "member_of", [founded], ADJACENT, source="role")


def _countries_at(s: SentenceView, k: int) -> list[Mention]:
    """Two or more coordinated countries starting at k (past determiners)."""
    while k < len(s.tokens) and s.cover[k] is None and s.tokens[k] in s.w.determiner:
        k += 1
    first = s.starts.get(k)
    if first is None or first.type not in MEMBERS or not first.entity:
        return []
    listed = [m for m in s.group(first) if m.type in MEMBERS and m.entity]
    return listed if len(listed) >= 2 else []


def _organisation_after(s: SentenceView, t: _Tables, k: int) -> Mention | None:
    """The organisation named after k, with only determiners, quotes, ``founding_gap`` words
    ("own", "new") and a date before it."""
    for j in range(k, min(len(s.tokens), k + MAX_TO_ORGANISATION + 1)):
        m = s.starts.get(j)
        if m is not None:
            return m if m.entity and m.type in FOUNDED and m.kind == "name" else None
        token = s.tokens[j]
        if j in s.date_cover:
            continue  # "ont créé en septembre dernier l'Alliance"
        if s.cover[j] is not None or not (token in s.w.determiner or token in QUOTES or token in t.gap):
            return None
    return None


def _founders_before(s: SentenceView, t: _Tables, k: int) -> tuple[list[Mention] | list[str], float]:
    """The coordinated countries right before k, or the list a plural anaphor there stands for."""
    cs, _ = s.clause(k)
    tokens = s.tokens
    j = k - 1
    gap = 0
    while j >= cs and s.cover[j] is None and gap <= MAX_TO_VERB and tokens[j] not in COMMAS:
        j -= 1
        gap += 1
    if j >= cs and tokens[j] in COMMAS and gap == 0:
        j -= 1  # "These three nations, founding members of"
    last = s.cover[j] if j >= cs else None
    if last is not None and last.kind == "pair":  # "both countries", "the two sides"
        return (list(last.pair) or _last_list(s, 2)), CARRIED
    if last is not None and last.type in MEMBERS and last.entity:
        listed = [m for m in s.group_ending(last) if m.type in MEMBERS and m.entity]
        return (listed, SVO) if len(listed) >= 2 else ([], 0.0)
    # a plural anaphor opening the clause ("Instead, they formed"; "The countries previously came")
    for a in range(cs, k):
        n = t.anaphor.match(tokens, a)[0]
        if not n or a + n > k or any(s.cover[x] is not None for x in range(a, k)):
            continue
        count = next((COUNTS[w] for w in tokens[a:a + n] if w in COUNTS), None)
        return _last_list(s, count), CARRIED
    return [], 0.0


def _last_list(s: SentenceView, count: int | None) -> list[str]:
    """The countries of the last list of two or more (``count`` of them, when given) named in the
    sentences before this one."""
    for index in range(s.index - 1, max(-1, s.index - LOOK_BACK - 1), -1):
        tokens = s.doc.norm[index]
        mentions = s.doc.mentions[index]
        lists: list[list[str]] = []
        run: list[str] = []
        end = -1
        for m in mentions:
            # ", le", "et du": a French list joins its names through determiners
            joined = bool(run) and all(w in COMMAS or w in s.w.coordination or w in s.w.determiner or
                                       w in s.w.genitive_first for w in tokens[end:m.start])
            if m.type in MEMBERS and m.entity and (not run or joined):
                if m.entity not in run:
                    run.append(m.entity)
            else:
                if len(run) >= 2:
                    lists.append(run)
                run = [m.entity] if m.type in MEMBERS and m.entity else []
            end = m.end
        if len(run) >= 2:
            lists.append(run)
        for found in reversed(lists):
            if count is None or len(found) == count:
                return found
    return []
