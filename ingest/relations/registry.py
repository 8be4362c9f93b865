"""The rule families, registered by name in the order they run over a sentence.

Each rule is a function ``rule(view, proposals)``: it reads the sentence through the read-only
:class:`~sahelkg.ingest.relations.layout.SentenceView` (tokens, mentions, triggers, clause
bounds and finders) and proposes candidates through
:class:`~sahelkg.ingest.relations.proposals.Proposals`, where conflicts and type constraints are
settled. Rules are imported lazily from their "module:function" target, so a registry entry is
all it takes to add one, and nothing registers itself by being imported.

``frames`` attaches each trigger to its own arguments (verbal and nominal frames, withdrawals,
oppositions, subjects carried from the sentence before, the dependency tree where there is one);
the rules after it read phrases beyond one trigger, and some read what ``frames`` proposed. A
rule may also *claim* triggers before ``frames`` runs (a member list claims its "member of"
trigger), so that no trigger is attached twice.

A selection (``--rules`` / ``SAHELKG_RULES``) names rules or families: ``-kinship,-pacts`` runs
all but those; ``frames,members`` runs only those.
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
Claim = Callable[["SentenceView", "TriggerMatch"], bool]

_RULES_PACKAGE = "sahelkg.ingest.relations.rules"


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A registered rule: its name, its family (the module it lives in), its function, what it
    reads of the sentence, and optionally the triggers it claims before ``frames`` runs."""

    name: str
    family: str
    target: str  # "module:function"
    reads: frozenset[str]
    claims: str | None = None  # "module:function" deciding which triggers the rule claims

    def load(self) -> Rule:
        return _load(self.target)

    def load_claim(self) -> Claim | None:
        return _load(self.claims) if self.claims else None


def _load(target: str) -> Any:
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def _spec(name: str, family: str, function: str, reads: str, claims: str | None = None) -> RuleSpec:
    module = f"{_RULES_PACKAGE}.{family}"
    return RuleSpec(name, family, f"{module}:{function}", frozenset(reads.split()),
                    f"{module}:{claims}" if claims else None)


RULES: tuple[RuleSpec, ...] = (
    RuleSpec("frames", "frames", "sahelkg.ingest.relations.arguments:attach_frames",
             frozenset({"tokens", "mentions", "triggers", "clauses", "dates", "tree"})),
    _spec("alliances", "groups", "founded_alliances", "triggers mentions proposals"),
    _spec("organisations", "groups", "headed_organisations", "tokens mentions"),
    _spec("kin-suffix", "kinship", "possessive_kin", "tokens mentions"),
    _spec("invitations", "invitations", "verbal_invitations", "tokens mentions clauses"),
    _spec("kin-determiner", "kinship", "determiner_kin", "tokens mentions"),
    _spec("members", "memberships", "listed_members", "tokens mentions member_lists",
          claims="claims_member_trigger"),
    _spec("pacts", "memberships", "light_verb_pacts", "tokens triggers clauses proposals"),
    _spec("member-verbs", "enumerations", "enumerated_members", "tokens mentions"),
    _spec("grouped-members", "enumerations", "grouped_members", "tokens mentions"),
    _spec("republic-heads", "state_heads", "republic_heads", "tokens mentions"),
    _spec("regime-heads", "state_heads", "regime_heads", "tokens mentions"),
    _spec("possessed-by-leaders", "state_heads", "possessed_by_leaders", "tokens mentions"),
    _spec("targeted-attacks", "attacks", "targeted_attacks", "tokens mentions triggers clauses",
          claims="claims_targeted_attack"),
    _spec("authored-attacks", "attacks", "authored_attacks", "tokens mentions triggers clauses",
          claims="claims_authored_attack"),
    _spec("described-supporters", "supporters", "described_supporters", "tokens mentions triggers proposals"),
    _spec("renounced-pacts", "renunciations", "renounced_pacts", "tokens mentions triggers clauses",
          claims="claims_renounced_pact"),
    _spec("expelled-forces", "renunciations", "expelled_forces", "tokens mentions"),
    _spec("presence", "presence", "presence", "tokens mentions"),
    _spec("heads-of-state", "heads_of_state", "titled_heads_of_state", "tokens mentions"),
    _spec("national-troops", "troops_abroad", "national_troops", "tokens mentions triggers"),
    _spec("troops-held", "troops_abroad", "troops_held", "tokens mentions"),
    _spec("received-visitors", "receptions", "received_visitors", "tokens mentions proposals"),
    _spec("held-forces", "holdings", "held_forces", "tokens mentions"),
    _spec("unnamed-soldiers", "casualties", "unnamed_soldiers", "tokens mentions triggers clauses"),
    _spec("companions", "companions", "companions", "tokens mentions triggers"),
    _spec("joint-undertakings", "joint_undertakings", "joint_undertakings",
          "tokens mentions triggers clauses"),
    _spec("operations-abroad", "holdings", "operations_abroad", "tokens mentions"),
    _spec("paired-countries", "pairs", "paired_countries", "tokens mentions triggers clauses proposals"),
    _spec("unnamed-kidnappers", "kidnappings", "unnamed_kidnappers", "tokens mentions clauses"),
    _spec("apposed-supporters", "apposed_supporters", "apposed_supporters",
          "tokens mentions triggers clauses"),
    _spec("war-sides", "ar_war_sides", "war_sides", "tokens mentions triggers clauses"),
    _spec("claimed-attacks", "ar_attack_authors", "claimed_attacks", "tokens mentions clauses"),
    _spec("ambush-authors", "ar_attack_authors", "ambush_authors", "tokens mentions clauses"),
    _spec("founders", "founders", "founding_members", "tokens mentions clauses discourse"),
    _spec("titled-bodies", "titles", "titled_bodies", "tokens mentions"),
    _spec("possessed-governments", "titles", "possessed_governments", "tokens mentions"),
    _spec("undated-titles", "titles", "undated_titles", "tokens mentions"),
    _spec("delegations", "delegations", "delegation_members", "mentions member_lists proposals discourse"),
    _spec("hosts", "delegations", "host_objects", "proposals discourse"),
)
RULE_NAMES: tuple[str, ...] = tuple(r.name for r in RULES)


class RuleSelectionError(ValueError):
    """A rule selection names a rule or family that does not exist."""


def select_rules(selection: str | None) -> tuple[RuleSpec, ...]:
    """The rules a selection keeps, in registry order: empty keeps all; ``-name`` drops a rule
    or a family; plain names keep only those rules or families."""
    words = [w for w in (selection or "").replace(",", " ").split() if w]
    if not words:
        return RULES
    known = set(RULE_NAMES) | {r.family for r in RULES}
    for word in words:
        if word.lstrip("-+") not in known:
            raise RuleSelectionError(f"unknown rule {word.lstrip('-+')!r} in rule selection "
                                     f"{selection!r} (rules: {', '.join(RULE_NAMES)}; families: "
                                     f"{', '.join(sorted({r.family for r in RULES}))})")
    dropped = {w[1:] for w in words if w.startswith("-")}
    kept = {w.lstrip("+") for w in words if not w.startswith("-")}
    return tuple(r for r in RULES if (not kept or r.name in kept or r.family in kept)
                 and r.name not in dropped and r.family not in dropped)
