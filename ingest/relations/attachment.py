"""How the registered rules run over one sentence, and where their conflicts are settled.

1. *Claims*: a rule with ``claims`` marks the triggers it attaches itself (``Proposals.claim``);
   no frame attaches them.
2. *Frames*, trigger by trigger in sentence order: each trigger not claimed goes to the first
   registered frame whose ``takes`` accepts it, and to that one only. A frame switched off
   keeps its triggers all the same (switching off ``frames/verbal`` does not hand verbs to
   ``frames/nominal``); a frame that ``yields`` (``frames/tree``) passes a trigger on to the
   next frame that takes it when it proposes nothing for it, or when it is switched off.
3. *Sentence rules*, in registry order, each seeing what was proposed before it.
4. Event dates: each candidate that is an event gets the date nearest its trigger.

Type constraints and the other settlements every candidate goes through are
:meth:`~sahelkg.ingest.relations.proposals.Proposals.add`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import STATE_RELATIONS
from sahelkg.ingest.relations.registry import RULES, Claim, Frame, Rule, RuleSpec

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Candidate, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals


@dataclass(frozen=True, slots=True)
class LoadedFrame:
    """A registered frame with its functions imported; ``attach`` is None when switched off."""

    spec: RuleSpec
    takes: Claim
    attach: Frame | None


@dataclass(frozen=True, slots=True)
class LoadedRules:
    """A rule selection with its functions imported, once per step."""

    claims: tuple[Claim, ...]
    frames: tuple[LoadedFrame, ...]  # every registered frame, in registry order
    rules: tuple[tuple[RuleSpec, Rule], ...]  # the selected sentence rules, in registry order

    @classmethod
    def of(cls, selected: tuple[RuleSpec, ...]) -> LoadedRules:
        names = {spec.name for spec in selected}
        frames = tuple(LoadedFrame(spec, spec.load_takes(), spec.load_frame() if spec.name in names else None)
                       for spec in RULES if spec.is_frame)
        return cls(claims=tuple(c for spec in selected if (c := spec.load_claim()) is not None),
                   frames=frames,
                   rules=tuple((spec, spec.load()) for spec in selected if not spec.is_frame))


def attach_sentence(s: SentenceView, out: Proposals, rules: LoadedRules) -> None:
    """Run the rules over one sentence (see the module docstring) and hand its candidates to
    the document."""
    for t in s.triggers:
        if any(claim(s, t) for claim in rules.claims):
            out.claim(t)
    for t in s.triggers:
        if not out.is_claimed(t):
            attach_trigger(s, out, t, rules.frames)
    for spec, rule in rules.rules:
        out.rule = spec.name
        rule(s, out)
    date_events(s, out.candidates)
    s.doc.candidates.extend(out.candidates)
    for c in out.candidates:
        if c.source == "trigger":
            out.state.last_subject = c.subject


def attach_trigger(s: SentenceView, out: Proposals, t: TriggerMatch, frames: tuple[LoadedFrame, ...]) -> None:
    """The one frame that attaches trigger t: the first that takes it, past those that yield."""
    for frame in frames:
        if not frame.takes(s, t):
            continue
        if frame.attach is not None:
            before = len(out.candidates)
            out.rule = frame.spec.name
            frame.attach(s, out, t)
            if len(out.candidates) != before:
                return
        if not frame.spec.yields:
            return


def date_events(s: SentenceView, candidates: list[Candidate]) -> None:
    """Each event gets the date nearest its trigger in the sentence (a membership or a role is
    a state, not an event with a date)."""
    dates = [d for d in s.doc.dates[s.index] if d.value and not d.since]
    if not dates:
        return
    for c in candidates:
        if c.relation in STATE_RELATIONS:
            continue
        anchor = c.trigger.start if c.trigger else 0
        best = min(dates, key=lambda d: abs(d.start - anchor))
        c.date, c.date_precision = best.value, best.precision
