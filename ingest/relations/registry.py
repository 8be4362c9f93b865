"""The rules, registered by name in the order they run over a sentence.

Two kinds of rule read a sentence through the read-only
:class:`~sahelkg.ingest.relations.layout.SentenceView` and propose candidates through
:class:`~sahelkg.ingest.relations.proposals.Proposals`, where type constraints are settled:

- a *frame* (``takes`` set) attaches one trigger to its own arguments: ``frame(view, proposals,
  trigger)``. The frames come first: each trigger goes to the first frame whose ``takes``
  accepts it (the tree where there is one, withdrawals, oppositions, verbs, then nouns);
- a *sentence rule* reads phrases beyond one trigger, and some read what the frames proposed:
  ``rule(view, proposals)``. ``frames/discourse`` settles the triggers the frames left with a
  subject and no object.

A rule may also *claim* triggers before the frames run (a member list claims its "member of"
trigger), so that no trigger is attached twice. How these meet is
:mod:`sahelkg.ingest.relations.attachment`. Rules are imported lazily from their
"module:function" targets, so a registry entry is all it takes to add one, and nothing registers
itself by being imported.

A selection (``--rules`` / ``SAHELKG_RULES``) names rules, families (the module a rule lives in)
or the group before a "/" (``frames``): ``-kinship,-frames/tree`` runs all but those;
``frames,members`` runs only those.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

Rule = Callable[["SentenceView", "Proposals"], None]
Frame = Callable[["SentenceView", "Proposals", "TriggerMatch"], None]
Claim = Callable[["SentenceView", "TriggerMatch"], bool]  # also a frame's ``takes``

_RULES_PACKAGE = "sahelkg.ingest.relations.rules"


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A registered rule: its name, its family (the module it lives in), its function, what it
    reads of the sentence, and optionally the triggers it claims before the frames run. A frame
    has ``takes``: which triggers it attaches; one that ``yields`` passes a trigger on to the
    next frame that takes it when it proposes nothing for it."""

    name: str
    family: str
    target: str  # "module:function"
    reads: frozenset[str]
    claims: str | None = None  # "module:function" deciding which triggers the rule claims
    takes: str | None = None  # "module:function" deciding which triggers the frame attaches
    yields: bool = False

    @property
    def is_frame(self) -> bool:
        return self.takes is not None

    def load(self) -> Rule:
        return _load(self.target)

    def load_frame(self) -> Frame:
        return _load(self.target)

    def load_takes(self) -> Claim:
        return _load(self.takes or "")

    def load_claim(self) -> Claim | None:
        return _load(self.claims) if self.claims else None


def _load(target: str) -> Any:
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def _spec(name: str, family: str, function: str, reads: str, claims: str | None = None) -> RuleSpec:
    module = f"{_RULES_PACKAGE}.{family}"
    return RuleSpec(name, family, f"{module}:{function}", frozenset(reads.split()),
                    f"{module}:{claims}" if claims else None)


def _frame(name: str, family: str, function: str, takes: str, reads: str, yields: bool = False) -> RuleSpec:
    module = f"{_RULES_PACKAGE}.{family}"
    return RuleSpec(name, family, f"{module}:{function}", frozenset(reads.split()),
                    takes=f"{module}:{takes}", yields=yields)


RULES: tuple[RuleSpec, ...] = (
    _frame("frames/tree", "tree_frames", "tree_frame", "parsed_trigger", "tree mentions triggers",
           yields=True),
    _frame("frames/withdrawal", "withdrawals", "withdrawal", "withdrawal_trigger",
           "tokens mentions triggers clauses proposals"),
    _frame("frames/opposition", "oppositions", "opposed", "opposition_trigger",
           "tokens mentions triggers clauses"),
    _frame("frames/verbal", "verbal_frames", "verbal_frame", "verb_trigger",
           "tokens mentions triggers clauses dates proposals discourse"),
    _frame("frames/paired-demonyms", "paired_demonyms", "paired_demonyms", "paired_demonym_trigger",
           "tokens mentions triggers clauses"),
    _frame("frames/nominal", "nominal_frames", "nominal_frame", "any_trigger",
           "tokens mentions triggers clauses dates proposals discourse"),
    _spec("frames/discourse", "discourse", "unresolved_objects", "pending proposals"),
    _spec("alliances", "groups", "founded_alliances", "triggers mentions proposals"),
    _spec("organisations", "groups", "headed_organisations", "tokens mentions"),
    _spec("kin-suffix", "kinship", "possessive_kin", "tokens mentions"),
    _spec("invitations", "invitations", "verbal_invitations", "tokens mentions clauses"),
    _spec("kin-determiner", "kinship", "determiner_kin", "tokens mentions"),
    _spec("members", "memberships", "listed_members", "tokens mentions member_lists",
          claims="claims_member_trigger"),
    _spec("bracketed-members", "memberships", "bracketed_members", "tokens mentions"),
    _spec("pacts", "memberships", "light_verb_pacts", "tokens triggers clauses proposals"),
    _spec("member-verbs", "enumerations", "enumerated_members", "tokens mentions"),
    _spec("grouped-members", "enumerations", "grouped_members", "tokens mentions"),
    _spec("republic-heads", "state_heads", "republic_heads", "tokens mentions"),
    _spec("regime-heads", "state_heads", "regime_heads", "tokens mentions"),
    _spec("possessed-by-leaders", "state_heads", "possessed_by_leaders", "tokens mentions"),
    _spec("listed-heads", "state_heads", "listed_heads", "tokens mentions"),
    _spec("targeted-attacks", "attacks", "targeted_attacks", "tokens mentions triggers clauses",
          claims="claims_targeted_attack"),
    _spec("authored-attacks", "attacks", "authored_attacks", "tokens mentions triggers clauses",
          claims="claims_authored_attack"),
    _spec("attack-targets", "attack_targets", "attack_targets", "tokens mentions triggers clauses",
          claims="claims_attack_target"),
    _spec("repelled-attacks", "repelled_attacks", "repelled_attacks",
          "tokens mentions triggers clauses proposals"),
    _spec("described-supporters", "supporters", "described_supporters", "tokens mentions triggers proposals"),
    _spec("fought-alongside", "comrades", "fought_alongside", "tokens mentions triggers clauses proposals"),
    _spec("renounced-pacts", "renunciations", "renounced_pacts", "tokens mentions triggers clauses",
          claims="claims_renounced_pact"),
    _spec("expelled-forces", "renunciations", "expelled_forces", "tokens mentions"),
    _spec("ordered-departures", "departures", "ordered_departures", "tokens mentions clauses"),
    _spec("recalled-envoys", "renunciations", "recalled_envoys", "tokens mentions clauses"),
    _spec("presence", "presence", "presence", "tokens mentions"),
    _spec("heads-of-state", "heads_of_state", "titled_heads_of_state", "tokens mentions"),
    _spec("national-troops", "troops_abroad", "national_troops", "tokens mentions triggers"),
    _spec("troops-held", "troops_abroad", "troops_held", "tokens mentions"),
    _spec("received-visitors", "receptions", "received_visitors", "tokens mentions proposals"),
    _spec("meeting-places", "receptions", "meeting_places", "tokens mentions proposals"),
    _spec("sent-envoys", "envoys", "sent_envoys", "tokens mentions clauses"),
    _spec("visit-phrases", "visit_phrases", "visit_phrases", "tokens mentions triggers clauses proposals"),
    _spec("visits-made-by", "visit_phrases", "visits_made_by", "tokens mentions triggers clauses proposals"),
    _spec("support-sources", "support_sources", "support_sources",
          "tokens mentions triggers clauses proposals"),
    _spec("held-forces", "holdings", "held_forces", "tokens mentions"),
    _spec("unnamed-soldiers", "casualties", "unnamed_soldiers", "tokens mentions triggers clauses"),
    _spec("companions", "companions", "companions", "tokens mentions triggers"),
    _spec("joint-undertakings", "joint_undertakings", "joint_undertakings",
          "tokens mentions triggers clauses"),
    _spec("operations-abroad", "holdings", "operations_abroad", "tokens mentions"),
    _spec("paired-countries", "pairs", "paired_countries", "tokens mentions triggers clauses proposals"),
    _spec("passive-arrests", "passive_arrests", "passive_arrests", "tokens mentions proposals"),
    _spec("unnamed-kidnappers", "kidnappings", "unnamed_kidnappers", "tokens mentions clauses"),
    _spec("killed-in-strikes", "killings", "killed_in_strikes", "tokens mentions triggers clauses"),
    _spec("unnamed-killers", "killings", "unnamed_killers", "tokens mentions clauses proposals"),
    _spec("based-forces", "stationed", "based_forces", "tokens mentions clauses proposals"),
    _spec("attacked-forces", "attacked", "attacked_forces", "tokens mentions clauses proposals"),
    _spec("apposed-supporters", "apposed_supporters", "apposed_supporters",
          "tokens mentions triggers clauses"),
    _spec("backed-compounds", "backed_compounds", "backed_compounds", "tokens mentions clauses"),
    _spec("war-sides", "war_sides", "war_sides", "tokens mentions triggers clauses"),
    _spec("claimed-attacks", "attack_authors", "claimed_attacks", "tokens mentions clauses"),
    _spec("ambush-authors", "attack_authors", "ambush_authors", "tokens mentions clauses"),
    _spec("downed-aircraft", "ar_downed_aircraft", "downed_aircraft", "tokens mentions clauses"),
    _spec("founders", "founders", "founding_members", "tokens mentions clauses discourse"),
    _spec("arms-supplies", "arms_supplies", "arms_supplies", "tokens mentions clauses"),
    _spec("arms-sent", "arms_supplies", "arms_sent", "tokens mentions clauses"),
    _spec("controlled-places", "ar_control", "controlled_places", "tokens mentions clauses"),
    _spec("military-bases", "military_bases", "military_bases", "tokens mentions triggers clauses"),
    _spec("named-bases", "military_bases", "named_bases", "tokens mentions"),
    _spec("titled-bodies", "titles", "titled_bodies", "tokens mentions"),
    _spec("possessed-governments", "titles", "possessed_governments", "tokens mentions"),
    _spec("undated-titles", "titles", "undated_titles", "tokens mentions"),
    _spec("appointed-holders", "appointments", "appointed_holders", "tokens mentions"),
    _spec("delegations", "delegations", "delegation_members", "mentions member_lists proposals discourse"),
    _spec("hosts", "delegations", "host_objects", "proposals discourse"),
)
RULE_NAMES: tuple[str, ...] = tuple(r.name for r in RULES)


class RuleSelectionError(ValueError):
    """A rule selection names a rule or family that does not exist."""


def _named(spec: RuleSpec, words: set[str]) -> bool:
    """Is the rule named by one of the words: its name, its family, or its group ("frames")?"""
    return spec.name in words or spec.family in words or spec.name.partition("/")[0] in words


def select_rules(selection: str | None) -> tuple[RuleSpec, ...]:
    """The rules a selection keeps, in registry order: empty keeps all; ``-name`` drops a rule,
    a family or a group; plain names keep only those."""
    words = [w for w in (selection or "").replace(",", " ").split() if w]
    if not words:
        return RULES
    known = set(RULE_NAMES) | {r.family for r in RULES} | {r.name.partition("/")[0] for r in RULES}
    for word in words:
        if word.lstrip("-+") not in known:
            raise RuleSelectionError(f"unknown rule {word.lstrip('-+')!r} in rule selection "
                                     f"{selection!r} (rules: {', '.join(RULE_NAMES)}; families: "
                                     f"{', '.join(sorted({r.family for r in RULES}))})")
    dropped = {w[1:] for w in words if w.startswith("-")}
    kept = {w.lstrip("+") for w in words if not w.startswith("-")}
    return tuple(r for r in RULES if (not kept or _named(r, kept)) and not _named(r, dropped))
