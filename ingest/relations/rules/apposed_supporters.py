"""Supporters named in an apposition: "X, soutien du maréchal Haftar", "X, fidèle allié de Y".

A name, a comma, perhaps a determiner and a few describing words ("grand", "principal"), then a
supporter noun (word class ``supporter_noun`` of words.tsv: "soutien", "parrain") and a genitive
link before an actor: the one named before the comma supports the one after the link. The
supporter noun must be a support trigger, so that its modality is read as for any trigger; a
clause closed by a question mark says nothing.
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
    nouns = s.doc.lexicon.single_words("supporter_noun")
    if not nouns:
        return
    for t in s.triggers:
        if t.relation != "support" or t.form != "noun" or t.end - t.start != 1 or \
                s.tokens[t.start] not in nouns or any(c.trigger is t for c in out.candidates):
            continue
        k = t.start - 1
        described = 0
        while k > 0 and s.cover[k] is None and described <= MAX_DESCRIPTION and \
                s.tokens[k] not in _COMMAS and s.tokens[k][:1].isalpha() and \
                not any(x.start == k for x in s.triggers) and \
                (s.tokens[k] in s.w.determiner or s.tokens[k] not in s.w.stop | s.w.whose):
            described += s.tokens[k] not in s.w.determiner
            k -= 1
        if k <= 0 or s.tokens[k] not in _COMMAS or described > MAX_DESCRIPTION:
            continue
        supporter = s.cover[k - 1]
        if supporter is None or not supporter.entity or supporter.end != k or \
                s.type_of(supporter.entity) not in ACTORS:
            continue
        _, ce = s.clause(t.start)
        if ce < len(s.tokens) and s.tokens[ce] in ("?", "؟"):
            continue  # "X, soutien de Y ?": asked, not said
        n = s.w.genitive_link.match(s.tokens, t.end)[0] if t.end < ce else 0
        if not n:
            continue
        supported = s.mention_after(t.end + n, ce)
        if supported is None or not supported.entity or s.type_of(supported.entity) not in ACTORS:
            continue
        out.add([supporter], t, "support", [supported], CLAUSE_AGENT)
