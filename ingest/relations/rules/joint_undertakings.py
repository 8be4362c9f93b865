"""Coordinated countries that undertake something jointly cooperate with each other: "Mali,
Burkina Faso and Niger have launched a joint military force", "... deepening their security
cooperation".

Two or more coordinated countries (or national armies) before, in the same clause, a joint
undertaking (the class ``joint_undertaking`` in words.tsv: "joint force", "joint military
operations", "joint patrols") or a plural possessive (``plural_possessive``: "their") right
before a cooperation trigger noun (a qualifying word between allowed: "their security
cooperation") cooperate, each with each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import word_table
from sahelkg.ingest.relations.certainty import SVO

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MAX_SPAN = 14  # words between the last country and the undertaking
MAX_QUALIFIERS = 2  # words between "their" and the cooperation noun


def joint_undertakings(s: SentenceView, out: Proposals) -> None:
    lexicon = s.doc.lexicon
    joint = word_table(lexicon, "joint_undertaking")
    theirs = lexicon.single_words("plural_possessive")
    if not joint.by_first and not theirs:
        return
    cooperation = {t.start: t for t in s.triggers if t.relation == "cooperate" and t.form == "noun"}
    done: set[int] = set()
    for m in s.mentions:
        if m.start in done or not _party(s, m):
            continue
        group = [x for x in s.group(m) if _party(s, x)]
        done.update(x.start for x in group)
        if len({x.entity for x in group}) < 2:
            continue
        _, ce = s.clause(group[-1].end)
        end = min(ce, group[-1].end + MAX_SPAN)
        found = False
        trigger = None
        for k in range(group[-1].end, end):
            if (covering := s.cover[k]) is not None and _party(s, covering):
                break  # another party: the undertaking may be with it
            if joint.match(s.tokens, k)[0]:
                found = True
                break
            if s.tokens[k] in theirs:
                trigger = next((cooperation[j] for j in range(k + 1, k + 2 + MAX_QUALIFIERS)
                                if j in cooperation), None)
                if trigger is not None:
                    found = True
                    break
        if not found:
            continue
        parties = {x.entity for x in group}
        if any(c.relation == "cooperate" and {c.subject, c.object} <= parties for c in out.candidates):
            continue  # the cooperation is read already ("will strengthen their cooperation")
        for i, a in enumerate(group):
            others = [b for b in group[i + 1:] if b.entity != a.entity]
            if others:
                out.add([a], trigger, "cooperate", others, SVO)


def _party(s: SentenceView, m: Mention) -> bool:
    """A country, or a national army ("les forces armées du Burkina Faso et du Mali")."""
    return m.entity is not None and m.entity != "" and (
        m.type == "Country" or s.g.kind_of(m.entity) == "armed_forces")
