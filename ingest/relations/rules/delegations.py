"""Delegations across sentences: members named in a delegation's member list do what the
delegation does ("ويتكون الوفد من ..."), and the places a delegation visited are remembered for
the sentences after (``Proposals.state``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import MEMBER

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals


def delegation_members(s: SentenceView, out: Proposals) -> None:
    """Members named in a delegation's member list do what the delegation does."""
    if not s.member_lists:
        return
    members = [m for m in s.mentions if m.entity and m.type == "Person"
               and s.in_member_list(m.start)]
    if not members:
        return
    visits = [c for c in out.candidates if c.relation == "visit"]
    for c in visits:
        for m in members:
            if m.entity != c.subject:
                out.add([m], c.trigger, "visit", [c.object], MEMBER, source="delegation")
    if not visits:
        # "ويتكون الوفد النيجري من ...": the delegation's visits told earlier
        for start, _ in s.member_lists:
            window = [m for m in s.mentions if m.kind == "delegation" and abs(m.start - start) <= 4]
            for d in window:
                for obj, earlier in out.state.delegation_visits.get(d.entity or "", []):
                    for m in members:
                        out.add([m], earlier.trigger, "visit", [obj], MEMBER, source="delegation")
    for c in visits:
        m = out.subject_mentions.get(id(c))
        if m is not None and m.kind == "delegation":
            out.state.delegation_visits.setdefault(c.subject, []).append((c.object, c))


def host_objects(s: SentenceView, out: Proposals) -> None:
    for c in out.candidates:
        m = out.subject_mentions.get(id(c))
        if c.relation == "visit" and m is not None and m.kind == "delegation":
            entry = out.state.delegation_visits.setdefault(c.subject, [])
            if all(obj != c.object for obj, _ in entry):
                entry.append((c.object, c))
