"""Supporters named in an apposition or a predicate: "X, soutien du maréchal Haftar", "la Russie
est le principal soutien de Haftar", "Russia is Haftar's main backer".

A name, a comma or a copula (word class ``copula`` of words.tsv: "est", "is", "remains"), perhaps a
determiner and a few describing words ("grand", "principal", "main"), then a supporter noun (word
class ``supporter_noun``: "soutien", "parrain", "backer") and a genitive link before an actor —
or, in English, the actor with the possessive ending before the describing words ("Haftar's main
backer"): the one named before the comma or the copula supports that actor. The supporter noun
must be a support trigger, so that its modality is read as for any trigger; a clause closed by a
question mark says nothing. An ally named by its noun (``ally_noun``: "Russia is Mali's main
ally", "Mali's ally Russia") is read the same way, as an alliance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import CLAUSE_AGENT
from sahelkg.ingest.relations.marks import ACTORS

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MAX_DESCRIPTION = 2  # describing words between the determiner and the noun ("principal")
_COMMAS = frozenset({",", "،"})


def apposed_supporters(s: SentenceView, out: Proposals) -> None:
    """"Al-Sissi, soutien du maréchal Haftar": Al-Sissi supports Haftar."""
    nouns = {"support": s.doc.lexicon.single_words("supporter_noun"),
             "ally": s.doc.lexicon.single_words("ally_noun")}
    if not nouns["support"] and not nouns["ally"]:
        return
    copula = s.doc.lexicon.single_words("copula")
    for t in s.triggers:
        nominal = t.form == "noun" or t.start > 0 and s.tokens[t.start - 1] in s.w.possessive  # "Mali's ally"
        if t.relation not in nouns or not nominal or t.end - t.start != 1 or \
                s.tokens[t.start] not in nouns[t.relation] or any(c.trigger is t for c in out.candidates):
            continue
        k = t.start - 1
        described = 0
        possessor = None
        while k > 0 and s.cover[k] is None and described <= MAX_DESCRIPTION and \
                s.tokens[k] not in _COMMAS and s.tokens[k] not in copula and s.tokens[k][:1].isalpha() and \
                not any(x.start == k for x in s.triggers) and \
                (s.tokens[k] in s.w.determiner or s.tokens[k] not in s.w.stop | s.w.whose):
            described += s.tokens[k] not in s.w.determiner
            k -= 1
        if k >= 1 and s.tokens[k] in s.w.possessive:
            possessor = s.cover[k - 1]  # "Haftar's main backer"
            if possessor is None or possessor.end != k:
                continue
            k = possessor.start - 1
        named_after = s.starts.get(t.end)
        if possessor is not None and named_after is not None and named_after.entity and \
                s.type_of(named_after.entity) in ACTORS:
            # "Mali's ally Russia": the noun is the title of the name after it
            out.add([named_after], t, t.relation, [possessor], CLAUSE_AGENT)
            continue
        opened = k > 0 and (s.tokens[k] in _COMMAS or s.tokens[k] in copula)
        if not opened or described > MAX_DESCRIPTION:
            continue
        supporter = s.cover[k - 1]
        if supporter is None or not supporter.entity or supporter.end != k or \
                s.type_of(supporter.entity) not in ACTORS:
            continue
        _, ce = s.clause(t.start)
        if ce < len(s.tokens) and s.tokens[ce] in ("?", "؟"):
            continue  # "X, soutien de Y ?": asked, not said
        if possessor is not None:
            supported = possessor
        else:
            n = s.w.genitive_link.match(s.tokens, t.end)[0] if t.end < ce else 0
            if not n:
                continue
            supported = s.mention_after(t.end + n, ce)
        if supported is None or not supported.entity or s.type_of(supported.entity) not in ACTORS:
            continue
        out.add([supporter], t, t.relation, [supported], CLAUSE_AGENT)
