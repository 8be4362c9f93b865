"""People kidnapped with no kidnapper named: "deux Français ont été enlevés à Niamey", "trois
ingénieurs ont été enlevés à Arlit".

A passive of kidnapping (word class ``kidnapped_passive`` of words.tsv: "ont été enlevés", "a
été kidnappé", "was abducted", "تم اختطاف", an adverb inside allowed: "ont également été
enlevés"), or a kidnapping noun (class ``kidnapping_noun``: "après leur enlèvement à Dakoro",
"the kidnapping in Abalak") in a sentence that names no armed group, not negated (class
``negation_word``: "n'a pas été enlevé"), with no agent after it in its clause ("par ...": the
frames read that one), then a located preposition and a place named in the same clause (the
first located phrase that names a place: "à son domicile à Niamey"), says an unnamed armed group
attacked that place: the Unidentified Armed Group of the place's country fights the place, as
event data codes a kidnapping by unknown men (a capital is the city, not its country). A clause
closed by a question mark says nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.entities.generic import register_generic
from sahelkg.ingest.relations.certainty import CLAUSE_AGENT

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

UNNAMED = "unidentified"
MAX_PHRASE = 8  # words of the passive with the adverbs inside it
MAX_TO_PLACE = 8  # words between the passive and the place ("le 14 octobre dans la région d'")


def _place_after(s: SentenceView, k: int, ce: int) -> str | None:
    """The place of the first located phrase that names one ("à son domicile à Niamey", "on
    Friday night in Abalak": the phrases before it name none); None once an actor is named."""
    for j in range(k, min(ce, k + MAX_TO_PLACE)):
        if s.w.passive_agent.match(s.tokens, j)[0] and s.cover[j] is None:
            return None  # "enlevés par des hommes armés": the agent is named
        m = s.cover[j]
        if m is not None and m.entity and s.type_of(m.entity) != "Place":
            return None  # "enlevés avec le préfet": another party in between
        if s.tokens[j] in s.w.located and m is None:
            place = s.mention_after(j + 1, ce)
            if place is not None and place.entity and s.type_of(place.entity) == "Place":
                return place.entity
    return None


def _passive_at(s: SentenceView, table: PhraseTable, gap: frozenset[str], k: int) -> int:
    """The words of a kidnapping passive at k, adverbs of the ``trigger_gap`` class inside it
    allowed ("ont également été enlevés"); 0 if there is none."""
    kept = [j for j in range(k, min(len(s.tokens), k + MAX_PHRASE)) if j == k or s.tokens[j] not in gap]
    n = table.match([s.tokens[j] for j in kept], 0)[0]
    return kept[n - 1] - k + 1 if n else 0


def unnamed_kidnappers(s: SentenceView, out: Proposals) -> None:
    """"Deux Français ont été enlevés à Niamey": the Unidentified Armed Group (Niger) fights
    Niamey."""
    phrases = s.doc.lexicon.words.get("kidnapped_passive")
    actor = s.g.data.generic.get(UNNAMED)
    if not phrases or actor is None:
        return
    table = word_table(s.doc.lexicon, "kidnapped_passive")
    nouns = s.doc.lexicon.single_words("kidnapping_noun")
    armed = any(m.entity and s.type_of(m.entity) == "ArmedGroup" for m in s.mentions)
    gap = s.doc.lexicon.single_words("trigger_gap")
    negation = s.doc.lexicon.single_words("negation_word")
    k = 0
    while k < len(s.tokens):
        n = _passive_at(s, table, gap, k) or (1 if s.tokens[k] in nouns and not armed else 0)
        if not n or s.cover[k] is not None:
            k += 1
            continue
        if any(s.tokens[j] in negation for j in range(max(0, k - 2), k + n)):
            k += n
            continue  # "n'a pas été enlevé"
        _, ce = s.clause(k)
        k += n
        if ce < len(s.tokens) and s.tokens[ce] in ("?", "؟"):
            continue
        place = _place_after(s, k, ce)
        country = s.g.country_of(place) if place else None
        if place is None or country is None:
            continue
        if any(c.relation == "fight" and c.object == place for c in out.candidates):
            continue
        side = register_generic(s.doc.entities, actor, country, s.g)
        out.add([side], None, "fight", [place], CLAUSE_AGENT, source="kidnapping", keep_city=True)
