"""The two sides of a war or a clash named after "between": "اندلعت مواجهات في الخرطوم بين قوات
الدعم السريع بقيادة X، والجيش السوداني بقيادة Y", "الحرب الدائرة بين الجيش وقوات الدعم السريع",
"the war between Sudan's army and the RSF", "des affrontements entre l'armée et les FSR".

A war noun (word class ``war_noun`` of words.tsv: "حرب", "الصراع", "اشتباكات", "war", "guerre" ...,
with its clitics and possessive suffixes) followed, within ``MAX_TO_BETWEEN`` words that name no
party (an adjective, a date, a place: "مواجهات عسكرية واسعة في الخرطوم"), by "بين" (class
``between``) names two sides: the first party right after "بين" fights the next party joined to it
by "و", past what the text says of the first (its commander after a heading phrase "بقيادة X",
"الذي يقوده X", commas). A bare "the army" (class ``army_noun``: "الجيش", "the army", "l'armée") stands for
the national army (gazetteer kind ``armed_forces``) of the other side's country, or else of the
country the sentence names. The first side fights the second, as the text orders them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import PAIR

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

SIDES = frozenset({"Country", "Organization", "ArmedGroup"})
MAX_TO_BETWEEN = 6  # words between the war noun and "بين" ("عسكرية واسعة في الخرطوم")
MAX_TO_SECOND = 14  # words between the first side and the second ("بقيادة محمد حمدان دقلو، ")
APPOSITION = frozenset({"،", ",", ":", "-", "–"})  # between "the two warring parties" and the parties
ARMY = "army"  # a bare "the army", resolved once the other side is known


def war_sides(s: SentenceView, out: Proposals) -> None:
    """"مواجهات بين قوات الدعم السريع بقيادة X والجيش السوداني": the first side fights the second;
    "طرفا الصراع، الجيش وقوات الدعم السريع", "the two warring parties, the army and the RSF":
    the two parties a phrase of the class ``warring_parties`` names."""
    nouns = s.doc.lexicon.single_words("war_noun")
    army = word_table(s.doc.lexicon, "army_noun")
    if nouns and s.w.between:
        for k, token in enumerate(s.tokens):
            if s.cover[k] is not None or not any(stem in nouns for _, stem, _ in noun_stems(token)):
                continue
            _, ce = s.clause(k)
            b = _between_after(s, k + 1, ce)
            if b is not None:
                trigger = next((t for t in s.triggers if t.start == k and t.relation == "fight"), None)
                _sides_from(s, out, army, b + 1, ce, trigger)
    parties = word_table(s.doc.lexicon, "warring_parties")
    if parties.by_first:
        for k in range(len(s.tokens)):
            n = parties.match(s.tokens, k)[0] if s.cover[k] is None else 0
            if not n:
                continue
            start = k + n
            while start < len(s.tokens) and s.tokens[start] in APPOSITION:
                start += 1
            _sides_from(s, out, army, start, s.clause(start)[1], None)


def _sides_from(s: SentenceView, out: Proposals, army: PhraseTable, start: int, ce: int,
                trigger: TriggerMatch | None) -> None:
    """The first side named at ``start`` fights the one joined to it."""
    first, end = _side_at(s, army, start, ce, joined=False)
    if first is None:
        return
    second = _second_side(s, army, end, ce)
    if second is None:
        return
    a, z = _resolve(s, first, second), _resolve(s, second, first)
    if a is None or z is None or a == z:
        return
    if any(c.relation == "fight" and {c.subject, c.object} == {a, z} for c in out.candidates):
        return
    out.add([a], trigger, "fight", [z], PAIR, source="war-sides")


def _between_after(s: SentenceView, k: int, ce: int) -> int | None:
    """Where "بين" follows the war noun, past words naming no party but places and dates."""
    counted = 0
    for j in range(k, ce):
        if s.tokens[j] in s.w.between and s.cover[j] is None:
            return j
        m = s.cover[j]
        if m is not None and m.type != "Place" or any(t.start == j and t.form == "verb" for t in s.triggers):
            return None
        counted += j not in s.date_cover and s.tokens[j][:1].isalpha()
        if counted > MAX_TO_BETWEEN:
            return None
    return None


def _side_at(s: SentenceView, army: PhraseTable, k: int, ce: int,
             joined: bool) -> tuple[Mention | str | None, int]:
    """The party named at k (a mention, or ``ARMY`` for a bare "the army") and where it ends;
    ``joined``: it must be joined by "و" (as a clitic or a word before it)."""
    if k < ce and joined and s.tokens[k] in s.w.coordination:
        k, joined = k + 1, False
    if k >= ce:
        return None, k
    if not joined:
        n = _army_at(s, army, s.tokens[k], k, ce)
        if n:
            return ARMY, k + n
    m = s.starts.get(k) if joined else s.mention_after(k, ce)  # "بين عناصر من الكتيبة 459"
    if m is not None:
        if not m.entity or s.type_of(m.entity) not in SIDES or joined and not m.clitic.startswith("و"):
            return None, k
        return m, m.end
    token = s.tokens[k]
    if joined:
        if not token.startswith("و"):
            return None, k
        token = token[1:]
        served = _served(s, token, k + 1, ce)
        if served is not None:
            return served, served.end
    n = _army_at(s, army, token, k, ce)
    return (ARMY, k + n) if n else (None, k)


def _army_at(s: SentenceView, army: PhraseTable, token: str, k: int, ce: int) -> int:
    """The words of a bare "the army" at k (its first word read as ``token``), not followed by
    the party it belongs to ("الجيش الوطني الليبي" is a name); 0 if there is none."""
    if s.cover[k] is not None:
        return 0
    n = army.match([token, *s.tokens[k + 1:ce]], 0)[0]
    after = s.starts.get(k + n) if n and k + n < ce else None
    return n if n and (after is None or after.clitic.startswith("و")) else 0


def _served(s: SentenceView, token: str, k: int, ce: int) -> Mention | None:
    """"وقوات تابعة لجهاز الدعم والاستقرار": forces, a word of allegiance, and the party they
    serve (word class ``serving``)."""
    if token not in s.w.forces or k + 1 >= ce or s.tokens[k] not in s.doc.lexicon.single_words("serving"):
        return None
    m = s.starts.get(k + 1)
    return m if m is not None and m.entity and s.type_of(m.entity) in SIDES else None


def _second_side(s: SentenceView, army: PhraseTable, k: int, ce: int) -> Mention | str | None:
    """The party joined to the first by "و", past its commander and commas."""
    limit = min(ce, k + MAX_TO_SECOND)
    while k < limit:
        side, end = _side_at(s, army, k, ce, joined=True)
        if side is not None:
            return side
        n = s.w.head.match(s.tokens, k)[0]
        if n:
            m = s.starts.get(k + n)
            k = m.end if m is not None else k + n  # "بقيادة محمد حمدان دقلو"
            continue
        m = s.starts.get(k)
        if m is not None and m.type in SIDES:
            return None  # another party not joined by "و": not a pair of sides
        if any(t.start == k and t.form == "verb" for t in s.triggers):
            return None
        k = m.end if m is not None else k + 1
    return None


def _resolve(s: SentenceView, side: Mention | str, other: Mention | str) -> str | None:
    if not isinstance(side, str):
        return side.entity
    country = s.g.country_of(other.entity or "") if not isinstance(other, str) else None
    if country is None:
        country = next((m.entity for m in s.mentions if m.entity and s.type_of(m.entity) == "Country"), None)
    return s.g.national_army(country)
