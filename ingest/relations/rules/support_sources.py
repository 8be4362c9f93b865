"""Support told from the side that gets it: the supporter after a word of origin.

A support noun followed (past a word or two describing it) by a word of origin (class
``support_source`` of words.tsv, "من") and a party says the party supports someone: the subject
of a verb of receiving before the noun ("تلقت قوات X دعما عسكريا من Y", "حصل X على دعم من Y":
``receive_verb``), else, for the noun taken as a manner ("بدعم من Y", class ``support_by``), the
actor of the clause — the first actor after the phrase when it opens its clause ("وبدعم من Y،
تمكنت X من ..."), else the nearest actor a few words before it. A participle of support after a party
("قوات X المدعومة من Y": ``supported_participle``) says the same of the party before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import CLAUSE_AGENT
from sahelkg.ingest.relations.marks import COMMAS

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

ACTORS = frozenset({"Person", "Country", "Organization", "ArmedGroup"})
MAX_DESCRIBING = 2  # words between the noun and "من" ("دعما عسكريا ولوجستيا من")
MAX_TO_RECEIVER = 6  # words between a verb of receiving and the noun (its subject, "على")
MAX_BRACKET = 10  # tokens of a bracketed abbreviation between a party and its participle ("(يو.إف.دي.دي)")
MAX_OPENING = 2  # words before a phrase that still opens its clause ("و", "كما")
OPENERS = frozenset({",", "،", ":", '"', "«", "“"})  # marks a phrase opens its clause after
MAX_TO_AGENT = 5  # words between the actor and the phrase after it ("تقدمت قوات X نحو Y بدعم من")


def _actor(m: Mention | None) -> bool:
    return m is not None and bool(m.entity) and m.type in ACTORS


def _source(s: SentenceView, k: int, ce: int, origin: frozenset[str]) -> Mention | None:
    """The party after "من" a few plain words after token k, else None."""
    for j in range(k, min(ce - 1, k + MAX_DESCRIBING + 1)):
        if s.cover[j] is not None:
            return None
        if s.tokens[j] in origin:
            if j + 1 < ce and s.tokens[j + 1] in s.doc.lexicon.single_words("source_link"):
                j += 1  # "المدعوم من طرف X", "من قبل X"
            m = s.mention_after(j + 1, ce)
            return m if _actor(m) else None
    return None


def _receiver(s: SentenceView, k: int, cs: int, verbs: frozenset[str]) -> Mention | None:
    """The subject of a verb of receiving a few words before token k: the actor between the verb
    and k (verb first), else the nearest actor before the verb in the clause."""
    for j in range(k - 1, max(cs, k - MAX_TO_RECEIVER) - 1, -1):
        if s.tokens[j] in verbs and s.cover[j] is None:
            between = [m for m in s.mentions if j < m.start and m.end <= k and _actor(m)]
            if between:
                return between[0]
            before = [m for m in s.mentions if cs <= m.start and m.end <= j and _actor(m)]
            return before[-1] if before else None
    return None


def _add(s: SentenceView, out: Proposals, trigger: TriggerMatch | None, supported: Mention | None,
         source: Mention, sources: list[Mention] | None = None) -> None:
    """``sources`` (the group of ``source``, unless given) support the group of ``supported``."""
    if supported is None:
        return
    objects = [m for m in s.group(supported) if m.entity != source.entity]
    if objects:
        givers = sources if sources is not None else s.group(source)
        out.add(givers, trigger, "support", objects, CLAUSE_AGENT)


def supporters_after(s: SentenceView, m: Mention, ce: int) -> list[Mention]:
    """The parties of a participle of support right after m ("الجيش المالي المدعوم من طرف مجموعة
    فاغنر", "the army, backed by Wagner"), [] if none follows it."""
    participles = s.doc.lexicon.single_words("supported_participle")
    k = m.end
    while k < ce and s.tokens[k] in COMMAS:
        k += 1
    if k >= ce or s.tokens[k] not in participles or s.cover[k] is not None:
        return []
    source = _source(s, k + 1, ce, s.doc.lexicon.single_words("support_source"))
    return s.group(source) if source is not None else []


def _between_before(s: SentenceView, m: Mention) -> bool:
    """Is m the first side after "بين", "between" ("بين الجيش المالي المدعوم من فاغنر وبين ...")?"""
    j = m.start - 1
    while j >= 0 and s.tokens[j] in s.w.determiner:
        j -= 1
    return j >= 0 and s.tokens[j] in s.w.between


def support_sources(s: SentenceView, out: Proposals) -> None:
    """"تلقى X دعما من Y", "بدعم من Y، ... X", "X المدعومة من Y": Y supports X."""
    origin = s.doc.lexicon.single_words("support_source")
    if not origin:
        return
    receive = s.doc.lexicon.single_words("receive_verb")
    manner = s.doc.lexicon.single_words("support_by")
    for t in s.triggers:
        if t.relation != "support" or t.form != "noun" or t.suffix:
            continue
        if any(c.trigger is t and c.relation == "support" for c in out.candidates):
            continue
        cs, ce = s.clause(t.start)
        source = _source(s, t.end, ce, origin)
        if source is None:
            continue
        supported = _receiver(s, t.start, cs, receive)
        if supported is None and s.tokens[t.start] in manner:
            if t.start - cs <= MAX_OPENING or s.tokens[t.start - 1] in OPENERS:
                after = [m for m in s.mentions if m.start >= max(x.end for x in s.group(source))
                         and _actor(m)]
                supported = after[0] if after else None
            else:
                before = [m for m in s.mentions if cs <= m.start and m.end <= t.start and _actor(m)
                          and t.start - m.end <= MAX_TO_AGENT]
                supported = before[-1] if before else None
        _add(s, out, t, supported, source)
    participles = s.doc.lexicon.single_words("supported_participle")
    for k, token in enumerate(s.tokens):
        if token not in participles or s.cover[k] is not None or k == 0:
            continue
        j = k - 1
        if s.tokens[j] in COMMAS and j > 0:
            j -= 1  # "l'armée malienne, appuyée par Wagner"
        if s.tokens[j] in (")", "]"):  # "اتحاد قوى X (UFDD) المدعومة من Y": past the bracket
            opening = [i for i in range(max(0, j - MAX_BRACKET), j) if s.tokens[i] in ("(", "[")]
            j = opening[-1] - 1 if opening else j
        supported = s.cover[j] if j >= 0 else None
        if not _actor(supported):
            continue
        _, ce = s.clause(k)
        source = _source(s, k + 1, ce, origin)
        if source is not None:
            sources = s.group(source)
            if len(sources) >= 2 and _between_before(s, supported):
                sources = sources[:-1]  # "بين الجيش المدعوم من مصر وقوات الدعم السريع": the other side
            _add(s, out, None, supported, source, sources)
