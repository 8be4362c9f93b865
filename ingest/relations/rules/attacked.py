"""Forces attacked with no attacker named: "أن قوات من الجيش المالي تعرضت للهجوم", "l'armée
malienne a été attaquée près de Tombouctou", "Nigerien troops came under attack near Diffa".

A phrase of the ``attacked_passive`` class of words.tsv ("تعرضت لهجوم", "a été attaquée", "came
under attack"; in a verb-first language the force may stand inside a two-word phrase: "تعرضت دورية
للجيش النيجري لهجوم"), not negated (``negation_word``), with no agent after it in its clause ("par ...",
"by ...", "من قبل": the frames read that one), and the force attacked the nearest party before
it in its clause: an army, an armed group, a militia, an operation or a UN mission. A clause
closed by a question mark says nothing.

The attacker is the unnamed side the article names last up to the phrase ("عشرات من المسلحين
الإسلاميين ... هاجموا بلدة ... وأضاف مصدر أن قوات من الجيش المالي تعرضت للهجوم": the Islamist
gunmen, Jihadists (Mali)); when it names none, the Unidentified Armed Group of the country where
it happened (a place in the clause, else the force's country), as event data codes an attack by
unknown men; except when the article names an insurgent group or a militia, which may be the
attacker: then nothing is said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import word_table
from sahelkg.ingest.entities.generic import register_generic
from sahelkg.ingest.language.lexicon import GenericActor, Lexicon
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT
from sahelkg.ingest.relations.rules.withdrawals import FORCE_KINDS

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

UNNAMED = "unidentified"
ATTACKED = FORCE_KINDS | {"un_mission"}  # kinds of the parties whose attack this rule reads
INSURGENTS = frozenset({"armed_group", "militia"})  # kinds an article's attack may be told of
MAX_TO_FORCE = 8  # words between the force and the phrase ("قوات من الجيش المالي" ... "تعرضت")
MAX_AFTER = 10  # words after the phrase searched for its agent or its place


def attacked_forces(s: SentenceView, out: Proposals) -> None:
    """"قوات من الجيش المالي تعرضت للهجوم": the unnamed side of the article fights the army."""
    table = word_table(s.doc.lexicon, "attacked_passive")
    actor = s.g.data.generic.get(UNNAMED)
    if not table.by_first or actor is None:
        return
    negation = s.doc.lexicon.single_words("negation_word")
    split = _split_phrases(s.doc.lexicon) if s.w.verb_first else {}
    for k in range(len(s.tokens)):
        n = table.match(s.tokens, k)[0] if s.cover[k] is None else 0
        inside = None
        if not n and s.cover[k] is None and s.tokens[k] in split:
            # "تعرضت دورية للجيش النيجري لهجوم": the subject between, a few words before the force
            inside = next((s.starts[j] for j in range(k + 1, min(len(s.tokens), k + MAX_TO_FORCE))
                           if j in s.starts), None)
            if inside is None or inside.end >= len(s.tokens) or \
                    s.tokens[inside.end] not in split[s.tokens[k]]:
                inside = None
            else:
                n = inside.end + 1 - k
        if not n or not (inside or k) or any(s.tokens[j] in negation for j in range(max(0, k - 2), k + n)):
            continue
        cs, ce = s.clause(k)
        if ce < len(s.tokens) and s.tokens[ce] in ("?", "؟"):
            continue
        force = inside or s.nearest_before(k, max(cs, k - MAX_TO_FORCE))
        if force is None or not force.entity or not _a_force(s, force):
            continue
        end = min(ce, k + n + MAX_AFTER)
        if any(s.w.passive_agent.match(s.tokens, j)[0] and s.cover[j] is None for j in range(k + n, end)):
            continue  # "a été attaquée par des jihadistes": the frames read the agent
        if any(c.relation == "fight" and c.object == force.entity for c in out.candidates):
            continue
        attacker = _unnamed_side(s, k) or _unidentified(s, actor, force, k + n, end)
        if attacker is not None and attacker != force.entity:
            out.add([attacker], None, "fight", [force], CLAUSE_AGENT, source="attacked")


_SPLIT: dict[int, tuple[Lexicon, dict[str, frozenset[str]]]] = {}


def _split_phrases(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The two-word phrases of ``attacked_passive`` as verb -> nouns, for a verb-first language,
    where the force attacked may stand between them ("تعرضت قوات ... لهجوم"); built once per
    lexicon."""
    hit = _SPLIT.get(id(lexicon))
    if hit is None or hit[0] is not lexicon:
        pairs: dict[str, set[str]] = {}
        for phrase in lexicon.word_class("attacked_passive"):
            if len(phrase) == 2:
                pairs.setdefault(phrase[0], set()).add(phrase[1])
        hit = _SPLIT[id(lexicon)] = (lexicon, {verb: frozenset(nouns) for verb, nouns in pairs.items()})
    return hit[1]


def _a_force(s: SentenceView, m: Mention) -> bool:
    """Is the mention a force: of a kind of ``ATTACKED``, or a country's troops ("Nigerien
    troops", "قوات نيجرية")?"""
    return s.g.kind_of(m.entity or "") in ATTACKED or \
        (m.kind == "demonym" and s.names_troops(m)) or s.troops_of(m)


def _unnamed_side(s: SentenceView, k: int) -> str | None:
    """The unnamed side the article names last before position k of this sentence."""
    for index in range(s.index, -1, -1):
        for m in reversed(s.doc.mentions[index]):
            if index == s.index and m.start >= k:
                continue
            if m.kind == "generic" and m.entity:
                return m.entity
    return None


def _unidentified(s: SentenceView, actor: GenericActor, force: Mention, start: int, end: int) -> str | None:
    """The Unidentified Armed Group of the country where the attack was, when the article names
    no insurgent group or militia."""
    if any(m.entity and m.entity != force.entity and s.g.kind_of(m.entity) in INSURGENTS
           for mentions in s.doc.mentions for m in mentions):
        return None
    country = None
    for j in range(start, end):
        if s.tokens[j] in s.w.located and s.cover[j] is None:
            place = s.mention_after(j + 1, end)
            if place is not None and place.entity and s.type_of(place.entity) in ("Place", "Country"):
                country = s.g.country_of(place.entity) or place.entity
                break
    country = country or s.g.country_of(force.entity or "")
    if country is None:
        return None
    return register_generic(s.doc.entities, actor, country, s.g)
