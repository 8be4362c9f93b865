"""The author of an attack named apart from the attack's verb: by a claim of responsibility or
in a relative clause after the attack noun.

- ``claimed-attacks``: "أعلنت جماعة X مسؤوليتها عن هجوم على Y", "تبنى تنظيم X المسؤولية عن
  الهجوم الذي تعرض له Y", "تبنت X هجوما على Y", "AQMI a revendiqué l'enlèvement de deux
  Français à Niamey", "JNIM claimed the attack on the army in Djibo": a claim (word classes
  ``claim_responsibility``, ``claim_verb``) names its party as the author of the attack noun
  (class ``attack_noun``) right after it — in Arabic the clause's first party, or the one right
  after the verb; in French and English the subject before the verb. The side attacked is the
  party after "على" / "ضد" / "contre" / "on" (class ``attack_on``; a post of a party is the
  party: "على ثلاثة مواقع للجيش المالي") or after "الذي تعرض له" (class ``suffered``); with no
  party named, the town or country where the attack happened ("الهجوم الذي وقع بمطار نيامي",
  "l'enlèvement ... à Arlit"), as event data codes an attack on a place.
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
from sahelkg.ingest.relations.rules.attack_targets import attack_targets_of

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

AUTHORS = frozenset({"Country", "Organization", "ArmedGroup"})
TARGETS = frozenset({"Country", "Organization", "ArmedGroup", "Person"})
MAX_TO_NOUN = 3  # words between a claim and the attack noun ("أمس الأحد")
MAX_TO_AUTHOR_VERB = 3  # words between the attack noun and the verb naming its author ("مسلح", "منسقين")
MAX_TO_TARGET = 6  # words between the attack and "على" ("يوم الجمعة 14 نوفمبر")
MAX_TO_PLACE = 8  # words between the attack and where it happened ("de cinq employés d'Areva à")


def _table(s: SentenceView, name: str) -> PhraseTable:
    return word_table(s.doc.lexicon, name)


def _attack_noun(s: SentenceView, k: int) -> bool:
    nouns = s.doc.lexicon.single_words("attack_noun")
    return s.cover[k] is None and any(stem in nouns for _, stem, suffix in noun_stems(s.tokens[k])
                                      if not suffix)


def _target(s: SentenceView, k: int, ce: int) -> Mention | None:
    """The side attacked, named after the attack at k: "على Y", "ضد Y", "contre Y", "الذي تعرض له Y"."""
    suffered = _table(s, "suffered")
    on = s.doc.lexicon.single_words("attack_on")
    for j in range(k, min(ce, k + MAX_TO_TARGET + 1)):
        n = suffered.match(s.tokens, j)[0]
        if n:
            m = s.mention_after(j + n, ce)
            return m if m is not None and m.entity and s.type_of(m.entity) in TARGETS else None
        if s.tokens[j] in on and s.cover[j] is None:
            m = s.mention_after(j + 1, ce)
            named = m is not None and m.entity and (s.type_of(m.entity) in TARGETS or _where(s, m))
            return m if named else None
        if s.cover[j] is not None and s.cover[j].type != "Place":
            return None
    return None


def _where(s: SentenceView, m: Mention) -> bool:
    """Can an attack be told by the place it struck: a town, a country, a region of one country
    ("Katsina State"), not one that spans several ("the Sahel")?"""
    kind = s.type_of(m.entity or "")
    return kind == "Country" or kind == "Place" and (
        s.g.kind_of(m.entity or "") != "region" or s.g.country_of(m.entity or "") is not None)


def _place_where(s: SentenceView, k: int, ce: int) -> Mention | None:
    """Where the attack at k happened: the first town or country after it behind a locative
    ("à Arlit", "in Djibo", "في تمبكتو", "بمطار نيامي"), before any other party is named."""
    for m in s.mentions:
        if m.start < k or not m.entity or m.kind == "demonym":
            continue  # "l'enlèvement de deux Français à Niamey": the victims' nationality
        if m.start >= min(ce, k + MAX_TO_PLACE) or not _where(s, m) or s.type_of(m.entity) == "Country":
            return None  # "هجوما في مالي": a town says where, a country says less
        return m if _placed_after_attack(s, m, k) else None
    return None


def _placed_after_attack(s: SentenceView, m: Mention, k: int) -> bool:
    """Is the place m, named after the attack noun ending at k, where it happened?"""
    before = s.tokens[m.start - 1] if m.start else ""
    if before in s.w.located or s.prep_clitic(m):
        return True  # "à Arlit", "in Djibo", "في تمبكتو"
    if m.start == k + 1 and (before in s.w.genitive_first or s.w.place_noun.match(s.tokens, k)[0]):
        return True  # "l'attentat de Niamey", "هجوم مطار نيامي"
    if not (m.start >= 2 and s.w.place_noun.match(s.tokens, m.start - 1)[0]):
        return False
    # "بمطار نيامي": a place noun with the preposition on it; "à la ville de", "in the town of"
    return s.w.verb_first and before[:1] in s.w.located or s.tokens[m.start - 2] in s.w.located


def claimed_attacks(s: SentenceView, out: Proposals) -> None:
    """"أعلنت جماعة X مسؤوليتها عن هجوم على Y", "X a revendiqué l'attaque contre Y": X fights Y."""
    cues = _table(s, "claim_responsibility")
    verbs = _table(s, "claim_verb")
    if not verbs.by_first:
        return
    for k, token in enumerate(s.tokens):
        if s.cover[k] is not None:
            continue
        verb = verbs.match(s.tokens, k)[0] or (
            1 if s.w.verb_first and token[:1] in ("و", "ف") and verbs.match([token[1:]], 0)[0] == 1 else 0)
        n = cues.match(s.tokens, k)[0] or verb
        if not n:
            continue
        cs, ce = s.clause(k)
        author = _first_party(s, cs, ce, verb_at=k if verb else None)
        if author is None:
            continue
        begin = author.end if author.start > k else k + n  # "تبنى تنظيم داعش الهجوم"
        noun = next((j for j in range(begin, min(ce, begin + MAX_TO_NOUN + 1)) if _attack_noun(s, j)), None)
        if noun is None:
            continue
        for victim in _claimed_targets(s, noun, author, ce):
            _propose(s, out, author, victim, CLAUSE_AGENT, "claimed-attack")


def _claimed_targets(s: SentenceView, noun: int, author: Mention, ce: int) -> list[str]:
    """What the claimed attack at noun struck: what the attack noun's own targets are when it is
    a trigger ("l'attaque contre le camp militaire de Djibo": the army of Djibo's country), else
    the side after it, else the town where it happened."""
    t = next((t for t in s.triggers if t.start == noun and t.relation == "fight" and t.form == "noun"), None)
    if t is not None:
        found = [o if isinstance(o, str) else o.entity or "" for o in attack_targets_of(s, t, author)[0]]
        if found:
            return [o for o in found if o and o != author.entity]
    target = _target(s, noun + 1, ce) or _place_where(s, noun + 1, ce)
    if target is None or not target.entity or target.entity == author.entity:
        return []
    if target.kind == "demonym" and s.names_troops(target):
        return [s.g.national_army(target.entity) or target.entity]  # "the attack on Malian troops"
    return [target.entity]


def _first_party(s: SentenceView, cs: int, ce: int, verb_at: int | None) -> Mention | None:
    """Who makes the claim: in Arabic the clause's first party (not behind a preposition), for a
    claim verb the one right after it ("تبنت جماعة X هجوما"); in French and English the subject
    before the verb ("le JNIM a revendiqué")."""
    if not s.w.verb_first:
        m = s.nearest_before(verb_at if verb_at is not None else ce, cs)
        return m if m is not None and (s.type_of(m.entity or "") in AUTHORS or m.kind == "generic") else None
    start = verb_at + 1 if verb_at is not None else cs
    groups = s.doc.lexicon.single_words("group_word")
    for m in s.mentions:
        if m.start < start or m.start >= ce or not m.entity:
            continue
        if verb_at is not None and any(tok.isalpha() and tok not in groups
                                       for tok in s.tokens[verb_at + 1:m.start]):
            return _headline_subject(s, cs, verb_at)  # "تبنى تنظيم “داعش”" passes; else none
        before = s.tokens[m.start - 1] if m.start else ""
        placed = before[:1] in ("و", "ف") and before[1:] in s.w.preposition  # "وفي بوركينا فاسو"
        if s.prep_clitic(m) or s.governed(m) or placed or s.type_of(m.entity) not in AUTHORS:
            if verb_at is not None:
                return None
            continue
        return m
    return _headline_subject(s, cs, verb_at) if verb_at is not None else None


def _headline_subject(s: SentenceView, cs: int, verb_at: int) -> Mention | None:
    """A headline's subject before its verb ("“داعش” يتبنى هجوم مطار نيامي")."""
    k = verb_at - 1
    while k >= cs and not s.tokens[k].isalpha():
        k -= 1
    m = s.cover[k] if k >= cs else None
    first = m is not None and not any(tok.isalpha() for tok in s.tokens[cs:m.start])  # past quotes only
    return m if first and m.entity and s.type_of(m.entity) in AUTHORS else None


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
