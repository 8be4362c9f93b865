"""The rule families as registered components: chosen by name, switched off by name or family,
each relation naming the rule that produced it, in the JSONL, on the RDF event and in evaluation."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pyoxigraph import Literal, NamedNode
from sahelkg.graph.mapping import article_quads
from sahelkg.ingest.job.evaluation import evaluate
from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.relations.registry import RULE_NAMES, RULES, RuleSelectionError, select_rules

from sahelkg.records import Article
from sahelkg.settings import Settings

KIN_AR = "التقى المشير خليفة حفتر بنجله صدام في بنغازي."
KIN_EN = "Niger's president Mohamed Bazoum met Khalifa Haftar and his son Saddam Haftar in Niamey."
CHARTER_AR = "وقعت مالي والنيجر وبوركينا فاسو ميثاقا لتأسيس تحالف دول الساحل."


def _extract(text: str, lang: str, rules: str = "") -> list[tuple[str, str, str, str]]:
    extractor = Extractor(Settings(nlp_backend="builtin", rules=rules))
    relations = extractor.extract(Article(id="t", text=text, lang=lang)).relations
    return [(r.subject.id, r.relation, r.object.id, r.rule) for r in relations]


def test_the_registry_lists_every_rule_once_with_frames_first() -> None:
    assert len(set(RULE_NAMES)) == len(RULE_NAMES) == len(RULES)
    assert RULE_NAMES == ("frames/tree", "frames/withdrawal", "frames/opposition", "frames/verbal",
                          "frames/paired-demonyms", "frames/nominal", "frames/discourse", "alliances",
                          "organisations", "kin-suffix",
                          "invitations",
                          "kin-determiner", "members", "bracketed-members", "pacts", "member-verbs",
                          "grouped-members",
                          "republic-heads", "regime-heads", "possessed-by-leaders", "listed-heads",
                          "targeted-attacks",
                          "authored-attacks", "attack-targets", "repelled-attacks", "described-supporters",
                          "fought-alongside", "renounced-pacts",
                          "expelled-forces", "ordered-departures", "recalled-envoys",
                          "presence", "heads-of-state", "national-troops", "troops-held", "received-visitors",
                          "meeting-places", "sent-envoys", "visit-phrases", "visits-made-by",
                          "support-sources",
                          "held-forces", "unnamed-soldiers", "companions", "joint-undertakings",
                          "operations-abroad", "paired-countries", "passive-arrests",
                          "unnamed-kidnappers", "killed-in-strikes", "unnamed-killers", "based-forces",
                          "attacked-forces",
                          "apposed-supporters", "backed-compounds", "war-sides", "claimed-attacks",
                          "ambush-authors", "downed-aircraft", "founders", "arms-supplies", "arms-sent",
                          "controlled-places", "military-bases", "named-bases",
                          "titled-bodies", "possessed-governments", "undated-titles", "appointed-holders",
                          "delegations",
                          "hosts")
    assert [r.name for r in RULES if r.is_frame] == list(RULE_NAMES[:6])  # the frames run first
    for spec in RULES:
        assert callable(spec.load()), spec.name
        assert not spec.is_frame or callable(spec.load_takes()), spec.name


def test_a_selection_drops_rules_or_families_and_keeps_registry_order() -> None:
    assert select_rules("") == RULES
    assert [r.name for r in select_rules("-kinship")] == [
        n for n in RULE_NAMES if n not in ("kin-suffix", "kin-determiner")]
    assert [r.name for r in select_rules("-pacts, -presence")] == [
        n for n in RULE_NAMES if n not in ("pacts", "presence")]
    assert [r.name for r in select_rules("members,frames")] == [*RULE_NAMES[:7], "members"]
    assert [r.name for r in select_rules("groups")] == ["alliances", "organisations"]
    assert [r.name for r in select_rules("-frames/verbal")] == [n for n in RULE_NAMES if n != "frames/verbal"]
    assert [r.name for r in select_rules("-verbal_frames")] == [n for n in RULE_NAMES if n != "frames/verbal"]
    assert [r.name for r in select_rules("-frames")] == list(RULE_NAMES[7:])


def test_an_unknown_rule_is_named_with_the_known_ones() -> None:
    with pytest.raises(RuleSelectionError, match=r"unknown rule 'kinshp'.*kin-suffix"):
        select_rules("-kinshp")


def test_every_relation_names_its_rule() -> None:
    assert _extract(KIN_AR, "ar") == [("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "kin-suffix")]
    assert _extract(KIN_EN, "en") == [
        ("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "kin-determiner"),
        ("Mohamed_Bazoum", "leads", "Niger", "roles"),
        ("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "frames/verbal"),
        ("Mohamed_Bazoum", "meet", "Saddam_Haftar", "frames/verbal"),
        ("Khalifa_Haftar", "visit", "Niamey", "meeting-places"),
        ("Saddam_Haftar", "visit", "Niamey", "meeting-places"),
    ]


def test_a_family_switched_off_proposes_nothing_and_the_others_go_on() -> None:
    assert _extract(KIN_AR, "ar", "-kinship") == []
    assert _extract(KIN_EN, "en", "-kinship") == [
        ("Mohamed_Bazoum", "leads", "Niger", "roles"),
        ("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "frames/verbal"),
        ("Mohamed_Bazoum", "meet", "Saddam_Haftar", "frames/verbal"),
        ("Khalifa_Haftar", "visit", "Niamey", "meeting-places"),
        ("Saddam_Haftar", "visit", "Niamey", "meeting-places"),
    ]


def test_a_rule_tested_alone_against_what_the_rules_after_frames_make_of_it() -> None:
    # frames alone reads the charter as an agreement between its signatories; the alliances rule
    # (reading what frames proposed) makes it the founding of an alliance and its members
    alone = _extract(CHARTER_AR, "ar", "frames")
    assert {(s, r, o) for s, r, o, _ in alone} == {
        ("Mali", "agree", "Niger"), ("Mali", "agree", "Burkina_Faso"), ("Niger", "agree", "Burkina_Faso")}
    both = _extract(CHARTER_AR, "ar", "frames,alliances")
    assert ("Niger", "member_of", "Alliance_of_Sahel_States", "alliances") in both
    assert {r for _, r, _, _ in both} == {"ally", "member_of"}


def test_the_rule_is_on_the_relation_event_next_to_the_extractor_version() -> None:
    extractor = Extractor(Settings(nlp_backend="builtin"))
    extracted = extractor.extract(Article(id="kin", text=KIN_AR, lang="ar"))
    quads = list(article_quads(extracted))
    rule = NamedNode("https://sahelkg.org/ontology#extractionRule")
    version = NamedNode("https://sahelkg.org/ontology#extractorVersion")
    assert [q.object for q in quads if q.predicate == rule] == [Literal("kin-suffix")]
    assert len([q for q in quads if q.predicate == version]) == 1


def test_evaluation_groups_false_positives_and_near_misses_by_rule() -> None:
    extractor = Extractor(Settings(nlp_backend="builtin"))
    relations = list(extractor.extract(Article(id="d", text=KIN_EN, lang="en")).relations)
    gold = [{"doc": "d", "subject": "Saddam Haftar", "relation": "relative_of", "object": "Khalifa Haftar"},
            {"doc": "d", "subject": "Mohamed Bazoum", "relation": "meet", "object": "Khalifa Haftar"},
            {"doc": "d", "subject": "Mohamed Bazoum", "relation": "meet", "object": "Niger"}]
    report = evaluate(relations, gold, extractor.gazetteer)
    assert report.per_rule["kin-determiner"].to_json()["tp"] == 1
    frames = report.per_rule["frames/verbal"]
    assert (frames.tp, frames.fp, frames.fn) == (1, 1, 1)  # Bazoum-Saddam wrong; Bazoum-Niger missed
    assert [(m.object, m.rule) for m in report.false_positives] == [
        ("Niamey", "meeting-places"), ("Niger", "roles"), ("Saddam_Haftar", "frames/verbal"),
        ("Niamey", "meeting-places")]
    assert [(m.object, m.rule) for m in report.misses] == [("Niger", "frames/verbal")]


def test_the_cli_takes_a_rule_selection_and_refuses_an_unknown_one(tmp_path) -> None:  # noqa: ANN001
    article = tmp_path / "kin.txt"
    article.write_text(KIN_AR, encoding="utf-8")
    cli = [sys.executable, "-m", "sahelkg", "extract", str(article), "--nlp", "builtin"]
    full = subprocess.run(cli, capture_output=True, text=True, check=True)
    assert [json.loads(line)["rule"] for line in full.stdout.splitlines()] == ["kin-suffix"]
    off = subprocess.run([*cli, "--rules", "-kinship"], capture_output=True, text=True, check=True)
    assert off.stdout == ""
    bad = subprocess.run([*cli, "--rules", "-kinshp"], capture_output=True, text=True)
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "unknown rule 'kinshp'" in bad.stderr
