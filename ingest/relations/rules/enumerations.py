"""Members enumerated by a verb of composition, around their organisation.

An organisation's verb of composition with the list of its member states after it: "l'AES,
qui regroupe le Mali, le Niger et le Burkina Faso", "le G5 Sahel, constitué de la Mauritanie, du
Niger, du Tchad et du Burkina Faso", "la Cédéao comptait 15 pays membres, à savoir le Bénin, ..."
— each country of the list (two or more) is a member of the organisation. The verbs are the class
``member_verb`` of words.tsv; between the verb and the list may stand determiners, counts, member
nouns and the words of ``list_intro`` ("actuellement", "à savoir"). The organisation is the
nearest one named just before the verb; when a group noun (``group_noun``: "cette alliance",
"l'organisation régionale qui ...") stands for it, the last organisation named before, in the
sentence or in the two sentences before it.

In a verb-first language the organisation (or its group noun) may stand right after the verb,
before the list ("ويضم التجمع ليبيا ومصر"); a pronoun of ``group_noun`` ("وهو يضم") stands for
the organisation named last.

A list of states before a participle of grouping (``grouped_within``): "le Mali, le Burkina Faso
et le Niger, regroupés au sein de l'AES" — each is a member of the organisation after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.relations.certainty import ADJACENT, SVO
from sahelkg.ingest.relations.marks import SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

ORGANISATIONS = frozenset({"Organization", "ArmedGroup"})
MAX_BEFORE_VERB = 4  # words between the organisation (or its group noun) and the verb
MAX_INTRO = 8  # words between the verb and the first member ("15 pays membres, à savoir, le")
SENTENCES_BACK = 2  # how far back a group noun finds its organisation


_TABLES: dict[int, tuple[PhraseTable, PhraseTable, PhraseTable]] = {}


def _tables(lexicon: Lexicon) -> tuple[PhraseTable, PhraseTable, PhraseTable]:
    """The language's composition verbs, list openers and grouping participles."""
    if id(lexicon) not in _TABLES:
        def table(name: str) -> PhraseTable:
            return PhraseTable((p, p) for p in lexicon.word_class(name))

        _TABLES[id(lexicon)] = (table("member_verb"), table("list_intro"), table("grouped_within"))
    return _TABLES[id(lexicon)]


def enumerated_members(s: SentenceView, out: Proposals) -> None:
    """"l'AES, qui regroupe le Mali, le Niger et le Burkina Faso": each a member of the AES."""
    verbs, intro, _ = _tables(s.doc.lexicon)
    if not verbs.by_first:
        return
    k = 0
    while k < len(s.tokens):
        n = verbs.match(s.tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            k += 1
            continue
        members = _listed_after(s, k + n, intro)
        group = _organisation_before(s, k) if members else None
        if group is None and s.w.verb_first:
            group, members = _organisation_after(s, k + n, intro)
        if group is not None:
            out.add(members, None, "member_of", [group], ADJACENT, source="role")
        k += n


def _listed_after(s: SentenceView, k: int, intro: PhraseTable) -> list[Mention]:
    """The countries listed from k on (two or more), after the words that introduce them."""
    start = k
    while k < len(s.tokens) and k - start <= MAX_INTRO and s.cover[k] is None:
        token = s.tokens[k]
        n = intro.match(s.tokens, k)[0]
        if n:
            k += n
        elif token in SKIPPABLE or token == ":" or token.isdigit() or token in s.w.determiner or \
                token in s.w.member_noun or token in s.w.list_count or token in s.w.preposition:
            k += 1
        else:
            break
    first = s.starts.get(k)
    if first is None or not first.entity or first.type != "Country":
        return []
    return enumerated_countries(s, first)


def enumerated_countries(s: SentenceView, first: Mention) -> list[Mention]:
    """The countries listed from ``first`` on, joined by commas and a last coordination, each
    perhaps with a determiner or a repeated preposition ("de la Mauritanie, du Niger et du
    Tchad") and a place in brackets ("la Guinée (Conakry)"); [] unless two or more."""
    members = [first]
    joined = False
    k = first.end
    while k < len(s.tokens):
        if s.tokens[k] == "(" and (inner := s.starts.get(k + 1)) is not None and inner.type == "Place" \
                and inner.end < len(s.tokens) and s.tokens[inner.end] == ")":
            k = inner.end + 1  # "la Guinée (Conakry)"
            continue
        gap = k
        while gap < len(s.tokens) and s.cover[gap] is None and (
                s.tokens[gap] in (",", "،") or s.tokens[gap] in s.w.coordination or
                s.tokens[gap] in s.w.determiner or s.tokens[gap] in s.w.preposition):
            gap += 1
        words = s.tokens[k:gap]
        nxt = s.starts.get(gap)
        glued = nxt is not None and nxt.clitic[:1] in s.w.coordination  # Arabic "ومصر"
        if nxt is None or not nxt.entity or nxt.type != "Country" or \
                not (glued or any(t in (",", "،") or t in s.w.coordination for t in words)):
            break
        joined = joined or glued or any(t in s.w.coordination for t in words)
        members.append(nxt)
        k = nxt.end
    return members if len(members) >= 3 or len(members) == 2 and joined else []


def _organisation_before(s: SentenceView, verb: int) -> Mention | str | None:
    """The organisation the verb at ``verb`` speaks of (see the module docstring)."""
    groups = s.doc.lexicon.single_words("group_noun")
    k = verb - 1
    while k >= 0 and verb - k <= MAX_BEFORE_VERB:
        m = s.cover[k]
        if m is not None:
            return m if m.entity and m.type in ORGANISATIONS else None
        if s.tokens[k] in groups:
            return _last_organisation(s, k)
        if not (s.tokens[k] in SKIPPABLE or s.tokens[k] in s.w.relative or s.tokens[k].isalpha()
                and s.tokens[k] not in s.w.stop):
            return None
        k -= 1
    return None


def _organisation_after(s: SentenceView, k: int,
                        intro: PhraseTable) -> tuple[Mention | str | None, list[Mention]]:
    """Verb first: the organisation right after the verb (or its group noun), then its members
    ("ويضم تجمع دول الساحل والصحراء 23 دولة هي ليبيا ومصر", "ويضم التجمع ليبيا ومصر")."""
    m = s.starts.get(k)
    if m is not None and m.entity and m.type in ORGANISATIONS:
        group: Mention | str | None = m
        end = m.end
    elif k < len(s.tokens) and s.cover[k] is None and s.tokens[k] in s.doc.lexicon.single_words("group_noun"):
        group, end = _last_organisation(s, k), k + 1
    else:
        return None, []
    members = _listed_after(s, end, intro) if group is not None else []
    return (group, members) if members else (None, [])


def _last_organisation(s: SentenceView, k: int) -> str | None:
    """The organisation named last before token k, in this sentence or the two before it; one
    that states join ("cette coalition": an organisation, never an armed group it fights)."""
    for m in reversed([m for m in s.mentions if m.end <= k]):
        if m.entity and m.type == "Organization":
            return m.entity
    for back in range(1, SENTENCES_BACK + 1):
        i = s.index - back
        if i < 0:
            break
        for m in reversed(s.doc.mentions[i]):
            if m.entity and m.type == "Organization":
                return m.entity
    return None


def grouped_members(s: SentenceView, out: Proposals) -> None:
    """"le Mali, le Burkina Faso et le Niger, regroupés au sein de l'AES": each a member."""
    _, _, grouped = _tables(s.doc.lexicon)
    if not grouped.by_first:
        return
    for k in range(1, len(s.tokens)):
        n = grouped.match(s.tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        j = k + n
        while j < len(s.tokens) and s.cover[j] is None and s.tokens[j] in s.w.determiner:
            j += 1
        group = s.starts.get(j)
        if group is None or not group.entity or group.type not in ORGANISATIONS:
            continue
        b = k - 1
        while b > 0 and s.cover[b] is None and s.tokens[b] in SKIPPABLE:
            b -= 1
        last = s.cover[b]
        if last is None or not last.entity or last.type != "Country":
            continue
        members = s.group_ending(last)
        if len(members) >= 2 and all(m.type == "Country" and m.entity for m in members):
            out.add(members, None, "member_of", [group], SVO, source="role")
