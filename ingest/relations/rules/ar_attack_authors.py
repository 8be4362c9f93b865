"""The author of an attack named apart from the attack's verb: by a claim of responsibility or
in a relative clause after the attack noun.

- ``claimed-attacks``: "أعلنت جماعة X مسؤوليتها عن هجوم على Y", "تبنى تنظيم X المسؤولية عن
  الهجوم الذي تعرض له Y", "تبنت X هجوما على Y": a claim (word classes ``claim_responsibility``,
  ``claim_verb``) names the clause's first party as the author of the attack noun (class
  ``attack_noun``) right after it; the side attacked is the party after "على" / "ضد" (a post of
  a party is the party: "على ثلاثة مواقع للجيش المالي") or after "الذي تعرض له" (class
  ``suffered``).
- ``ambush-authors``: "قتل 11 جنديا من جيش النيجر في كمين نصبه مسلحون مجهولون": an attack
  noun, a verb naming its author with a pronoun (class ``author_verb``: "نصبه", "نفذه", "شنته")
  and the author after it. The side attacked is the one the attack was "على" (as above), else the
  armed force named before the noun in the clause ("من جيش النيجر"), else, when soldiers
  (class ``soldier_noun``) were killed, the national army of the country where it happened (the
  first place after the author, else the last before the noun). An unnamed author scoped by no
  country ("مسلحون مجهولون") is scoped by that country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.entities.generic import register_generic
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT, SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

AUTHORS = frozenset({"Country", "Organization", "ArmedGroup"})
TARGETS = frozenset({"Country", "Organization", "ArmedGroup", "Person"})
MAX_TO_NOUN = 3  # words between a claim and the attack noun ("أمس الأحد")
MAX_TO_AUTHOR_VERB = 3  # words between the attack noun and the verb naming its author ("مسلح", "منسقين")
MAX_TO_TARGET = 6  # words between the attack and "على" ("يوم الجمعة 14 نوفمبر")
ON = ("علي", "ضد")


def _table(s: SentenceView, name: str) -> PhraseTable:
    return word_table(s.doc.lexicon, name)


def _attack_noun(s: SentenceView, k: int) -> bool:
    nouns = s.doc.lexicon.single_words("attack_noun")
    return s.cover[k] is None and any(stem in nouns for _, stem, suffix in noun_stems(s.tokens[k])
                                      if not suffix)


def _target(s: SentenceView, k: int, ce: int) -> Mention | None:
    """The side attacked, named after the attack at k: "على Y", "ضد Y", "الذي تعرض له Y"."""
    suffered = _table(s, "suffered")
    for j in range(k, min(ce, k + MAX_TO_TARGET + 1)):
        n = suffered.match(s.tokens, j)[0]
        if n:
            m = s.mention_after(j + n, ce)
            return m if m is not None and m.entity and s.type_of(m.entity) in TARGETS else None
        if s.tokens[j] in ON and s.cover[j] is None:
            m = s.mention_after(j + 1, ce)
            return m if m is not None and m.entity and s.type_of(m.entity) in TARGETS else None
        if s.cover[j] is not None and s.cover[j].type != "Place":
            return None
    return None


def claimed_attacks(s: SentenceView, out: Proposals) -> None:
    """"أعلنت جماعة X مسؤوليتها عن هجوم على Y": X fights Y."""
    cues = _table(s, "claim_responsibility")
    verbs = s.doc.lexicon.single_words("claim_verb")
    for k, token in enumerate(s.tokens):
        if s.cover[k] is not None:
            continue
        is_verb = token in verbs or token[:1] in ("و", "ف") and token[1:] in verbs
        n = cues.match(s.tokens, k)[0] or (1 if is_verb else 0)
        if not n:
            continue
        cs, ce = s.clause(k)
        author = _first_party(s, cs, ce, verb_at=k if is_verb else None)
        if author is None:
            continue
        noun = next((j for j in range(k + n, min(ce, k + n + MAX_TO_NOUN + 1)) if _attack_noun(s, j)), None)
        if noun is None:
            continue
        target = _target(s, noun + 1, ce)
        if target is not None and target.entity != author.entity:
            _propose(s, out, author, target.entity or "", CLAUSE_AGENT, "claimed-attack")


def _first_party(s: SentenceView, cs: int, ce: int, verb_at: int | None) -> Mention | None:
    """The clause's first party (not behind a preposition); for a claim verb, the one right
    after it ("تبنت جماعة X هجوما")."""
    start = verb_at + 1 if verb_at is not None else cs
    end = ce if verb_at is not None else ce
    for m in s.mentions:
        if m.start < start or m.start >= end or not m.entity:
            continue
        if verb_at is not None and m.start > verb_at + 2:
            return None
        before = s.tokens[m.start - 1] if m.start else ""
        placed = before[:1] in ("و", "ف") and before[1:] in s.w.preposition  # "وفي بوركينا فاسو"
        if s.prep_clitic(m) or s.governed(m) or placed or s.type_of(m.entity) not in AUTHORS:
            if verb_at is not None:
                return None
            continue
        return m
    return None


def ambush_authors(s: SentenceView, out: Proposals) -> None:
    """"قتل 11 جنديا من جيش النيجر في كمين نصبه مسلحون مجهولون": the gunmen fight Niger's army."""
    verbs = s.doc.lexicon.single_words("author_verb")
    soldiers = s.doc.lexicon.single_words("soldier_noun")
    if not verbs:
        return
    for k in range(len(s.tokens)):
        if not _attack_noun(s, k):
            continue
        cs, ce = s.clause(k)
        v = next((j for j in range(k + 1, min(ce, k + MAX_TO_AUTHOR_VERB + 1))
                  if s.tokens[j] in verbs and s.cover[j] is None), None)
        if v is None:
            continue
        author = s.mention_after(v + 1, ce)
        if author is None or not author.entity or s.type_of(author.entity) not in AUTHORS or \
                author.end < ce and s.tokens[author.end] in s.w.partitive:
            continue  # "مسلحون من تنظيم X": the men of a party the gazetteer does not name
        target = _target(s, author.end, ce)
        if target is not None:
            victim: str | None = target.entity
        else:
            victim = _force_before(s, cs, k) or _army_where(s, author.end, k, ce, soldiers, cs)
        if victim and victim != author.entity:
            _propose(s, out, author, victim, SVO, "ambush")


def _force_before(s: SentenceView, cs: int, k: int) -> str | None:
    """An armed force named in the clause before the attack noun ("جنديا من جيش النيجر")."""
    for m in s.mentions:
        if cs <= m.start < k and m.entity and s.g.kind_of(m.entity) == "armed_forces":
            return m.entity
    return None


def _army_where(s: SentenceView, after: int, k: int, ce: int, soldiers: frozenset[str],
                cs: int) -> str | None:
    """The national army of the country where soldiers were killed."""
    noun = next((j for j in range(cs, k)
                 if any(stem in soldiers for _, stem, _ in noun_stems(s.tokens[j]))), None)
    if noun is None:
        return None
    n, value, _ = s.g.demonyms.match(s.tokens, noun + 1, article_ok=True)
    if n and isinstance(value, tuple):
        country: str | None = value[0]  # "جنديا نيجريا"
    else:
        country = _country_where(s, after, k, ce)
    return s.g.national_army(country)


def _country_where(s: SentenceView, after: int, k: int, ce: int) -> str | None:
    """The country of the first place named after the author, else of the last before the
    attack noun; a country across a border ("الحدود مع مالي") is not where it happened."""
    border = _table(s, "border_with")
    places = [(m, _country(s, m.entity)) for m in s.mentions if m.entity and not any(
        border.match(s.tokens, j)[0] == m.start - j for j in range(max(0, m.start - 3), m.start))]
    places = [(m, c) for m, c in places if c is not None]
    country = next((c for m, c in places if after <= m.start < ce), None) or \
        next((c for m, c in reversed(places) if m.end <= k), None)
    return country


def _country(s: SentenceView, entity: str) -> str | None:
    """The country a place or country mention names; None for a region of several."""
    kind = s.type_of(entity)
    if kind == "Country":
        return entity
    return s.g.country_of(entity) if kind == "Place" else None


def _propose(s: SentenceView, out: Proposals, author: Mention, victim: str, certainty: float,
             source: str) -> None:
    entity = author.entity or ""
    scoped = s.doc.entities.get(entity)
    if author.kind == "generic" and scoped is not None and scoped.country is None:
        country = s.g.country_of(victim) or (victim if s.type_of(victim) == "Country" else None)
        actor = next((a for a in s.g.data.generic.values() if scoped.label == a.labels.get("en")), None)
        if country is not None and actor is not None:
            entity = register_generic(s.doc.entities, actor, country, s.g)
    if any(c.relation == "fight" and {c.subject, c.object} == {entity, victim} for c in out.candidates):
        return
    out.add([entity], None, "fight", [victim], certainty, source=source)
