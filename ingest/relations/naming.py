"""How a mention is named, read from the words around it: through the troops it has ("قوات X",
"Russian troops"), a post of it after its name ("the SSA headquarters"), a place noun ("العاصمة
طرابلس"), a heading phrase after an unnamed force ("قوة ... بقيادة فرنسا"); and the invitation
cues ("دعا", "وجه دعوة") that make a visit noun what is asked for rather than a visit made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.normalize import stem_in
from sahelkg.ingest.relations.clauses import is_trigger_start
from sahelkg.ingest.relations.marks import COMMAS, HEADS, MAX_UNNAMED_HEAD

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView


def names_troops(s: SentenceView, m: Mention) -> bool:
    """Does a nationality adjective qualify troops ("Russian troops", "des soldats russes")?
    Then it names the country acting through them, not its people."""
    return any(s.tokens[k] in s.w.forces for k in range(max(0, m.start - 1), m.end))


def names_army(s: SentenceView, m: Mention) -> bool:
    """Does a nationality adjective qualify an army (word class ``army_word``: "the Algerian
    military", "l'armée malienne", "الجيش السوداني")?"""
    army = s.doc.lexicon.single_words("army_word")
    after = range(m.start, min(len(s.tokens), m.end + 1))
    return m.kind == "demonym" and any(s.tokens[k] in army for k in after)


def troops_of(s: SentenceView, m: Mention) -> bool:
    """Is the mention named through the troops it has ("قوات X", "وحدات من X")?"""
    k = m.start - 1
    while k > 1 and s.tokens[k] in s.w.determiner and s.tokens[k - 1] in s.w.partitive:
        k -= 1  # "soldiers from the Africa Corps"
    if k > 0 and s.tokens[k] in s.w.partitive:
        k -= 1
    if k >= 0 and forces_word(s, k) or forces_word(s, m.start):
        return True
    if s.w.verb_first:
        return False
    # "Wagner forces", "LNA fighters"; "troops of the LNA", "des éléments de l'ANL"
    if m.end < len(s.tokens) and s.tokens[m.end] in s.w.forces:
        return True
    j = m.start - 1
    while j > 0 and s.tokens[j] in s.w.determiner:
        j -= 1
    return j > 0 and s.tokens[j] in s.w.genitive_first and s.tokens[j - 1] in s.w.forces


def target_after(s: SentenceView, m: Mention) -> bool:
    """Does a post or base of the party follow its name ("the SSA headquarters")?"""
    return not s.w.verb_first and m.end < len(s.tokens) and s.tokens[m.end] in s.w.target


def named_as_city(s: SentenceView, m: Mention) -> bool:
    """Is the mention named with a place noun ("العاصمة طرابلس", "مدينة طرابلس")?"""
    if s.w.place_noun.match(s.tokens, m.start)[0]:
        return True
    start = m.start
    while start > 0 and s.tokens[start - 1] in COMMAS:
        start -= 1  # "la capitale, Tripoli"
    return any(s.w.place_noun.match(s.tokens, k)[0] == start - k
               for k in range(max(0, start - 3), start))


def forces_word(s: SentenceView, k: int) -> bool:
    return stem_in(s.tokens[k], s.w.forces)


def headed_by_after(s: SentenceView, q: int, ce: int) -> Mention | None:
    """"قوة متعددة الجنسيات بقيادة فرنسا": a force or body the gazetteer does not name, then a
    heading phrase and a country or person, acts as the one heading it (up to
    ``MAX_UNNAMED_HEAD`` words of its own before the heading phrase)."""
    k = q
    while k < ce and k - q <= MAX_UNNAMED_HEAD:
        n = s.w.head.match(s.tokens, k)[0]
        if n and k > q:
            head = s.starts.get(k + n)
            if head is not None and head.entity and head.type in HEADS and head.kind != "demonym":
                return head
            return None
        token = s.tokens[k]
        if s.cover[k] is not None or not token[:1].isalpha() or token in s.w.stop or \
                is_trigger_start(s, k):
            return None
        k += 1
    return None


def invited(s: SentenceView, p: int, cs: int) -> bool:
    """Is the visit noun at p what an invitation earlier in the clause asks for?"""
    return any(inviting(s, k) is not None or s.w.invite_noun.match(s.tokens, k)[0]
               for k in range(cs, p))


def inviting(s: SentenceView, k: int) -> str | None:
    """"verb" for an inviting verb at k, "light" for a light verb, None otherwise."""
    if s.cover[k] is not None:
        return None
    token = s.tokens[k]
    for word in (token, token[1:] if token[:1] in ("و", "ف") else ""):
        if word in s.w.invite_verb:
            return "verb"
        if word in s.w.invite_light:
            return "light"
    return None
