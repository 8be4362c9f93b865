"""Scoring extracted relations against gold lines: ``evaluate`` and ``sahelkg evaluate``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.job.evaluation import EntityNames, GoldError, evaluate, read_gold
from sahelkg.ingest.language.lexicon import load_gazetteer
from typer.testing import CliRunner

from sahelkg.cli import app
from sahelkg.records import Entity, Relation

REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(load_gazetteer())


def known(gazetteer: Gazetteer, ident: str) -> Entity:
    entity = gazetteer.entity(ident)
    assert entity is not None, ident
    return entity


def rel(doc: str, subject: Entity, relation: str, obj: Entity) -> Relation:
    return Relation(doc=doc, subject=subject, relation=relation, object=obj)


def line(doc: str, subject: str, relation: str, obj: str, **extra: object) -> dict:
    return {"doc": doc, "subject": subject, "relation": relation, "object": obj, **extra}


def test_names_resolve_through_ids_labels_and_aliases(gazetteer: Gazetteer) -> None:
    names = EntityNames(gazetteer)
    for name in ("حفتر", "خليفة حفتر", "Khalifa Haftar", "Khalifa_Haftar", "khalifa  haftar", "Haftar"):
        assert names.resolve(name) == "Khalifa_Haftar", name
    assert names.resolve("النيجر") == "Niger"
    assert names.resolve("نيجر") == "Niger"  # article added or dropped
    assert names.resolve("Molly Phee") == "Molly_Phee"  # unknown: its own entity id
    assert names.resolve_any({"id": "Niger", "label": "ignored"}) == "Niger"
    assert names.resolve_any({"id": "x:unknown", "labels": {"ar": "حفتر"}}) == "Khalifa_Haftar"


def test_exact_scores_with_symmetry_optional_aliases_and_unscored_documents(gazetteer: Gazetteer) -> None:
    haftar, niger, libya = (known(gazetteer, i) for i in ("Khalifa_Haftar", "Niger", "Libya"))
    niamey, issoufou = known(gazetteer, "Niamey"), known(gazetteer, "Mahamadou_Issoufou")
    phee = Entity(id="Molly_Phee", label="Molly Phee", type="Person")
    gold = [
        line("a", "حفتر", "visit", "Niger"),                      # alias on the gold side
        line("a", "Niger", "cooperate", "Libya"),                 # symmetric, predicted reversed
        line("a", "Khalifa_Haftar", "visit", "Niamey", optional=True),
        line("a", "Mahamadou Issoufou", "invite", "Khalifa Haftar"),  # missed
        line("a", "Mahamadou Issoufou", "leads", "Niger", optional=True),  # optional, not predicted
        line("b.txt", "Molly Phee", "visit", "Niamey"),           # gazetteer lacks the person
        line("b", "Libya", "meet", "Niger"),
    ]
    predicted = [
        rel("a", haftar, "visit", niger),
        rel("a", haftar, "visit", niger),                          # duplicate: counted once
        rel("a", libya, "cooperate", niger),
        rel("a", haftar, "visit", niamey),                         # optional: neither right nor wrong
        rel("a", niger, "visit", haftar),                          # reversed asymmetric: wrong
        rel("b", phee, "visit", niamey),
        rel("b", niger, "meet", libya),
        rel("b", issoufou, "leads", niger),                        # false positive
        rel("c", haftar, "visit", niger),                          # no gold for c: not scored
    ]
    report = evaluate(predicted, gold, gazetteer)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (4, 2, 1)
    assert report.micro.precision == pytest.approx(4 / 6)
    assert report.micro.recall == pytest.approx(4 / 5)
    assert report.micro.f1 == pytest.approx(2 * (4 / 6) * (4 / 5) / (4 / 6 + 4 / 5))
    scores = {r: (s.tp, s.fp, s.fn) for r, s in report.per_relation.items()}
    assert scores == {"visit": (2, 1, 0), "cooperate": (1, 0, 0), "meet": (1, 0, 0),
                      "invite": (0, 0, 1), "leads": (0, 1, 0)}
    assert report.documents == ["a", "b"]
    assert report.unscored == ["c"]
    assert [(m.doc, m.subject_label, m.relation, m.object_label) for m in report.misses] == [
        ("a", "Mahamadou Issoufou", "invite", "Khalifa Haftar")]
    assert sorted((m.doc, m.subject, m.relation, m.object) for m in report.false_positives) == [
        ("a", "Niger", "visit", "Khalifa_Haftar"), ("b", "Mahamadou_Issoufou", "leads", "Niger")]


def test_scoring_can_be_restricted_to_the_articles_read(gazetteer: Gazetteer) -> None:
    gold = [line("a", "Niger", "visit", "Libya"), line("b", "Libya", "visit", "Niger")]
    predicted = [rel("a", known(gazetteer, "Niger"), "visit", known(gazetteer, "Libya"))]
    everything = evaluate(predicted, gold, gazetteer)
    assert (everything.micro.tp, everything.micro.fp, everything.micro.fn) == (1, 0, 1)
    only_a = evaluate(predicted, gold, gazetteer, documents=["a"])
    assert (only_a.micro.tp, only_a.micro.fp, only_a.micro.fn) == (1, 0, 0)
    assert only_a.documents == ["a"]


def test_a_document_with_only_optional_gold_is_scored(gazetteer: Gazetteer) -> None:
    gold = [line("a", "Niger", "visit", "Libya", optional=True)]
    predicted = [rel("a", known(gazetteer, "Niger"), "visit", known(gazetteer, "Libya")),
                 rel("a", known(gazetteer, "Libya"), "visit", known(gazetteer, "Niger"))]
    report = evaluate(predicted, gold, gazetteer)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 1, 0)
    assert report.micro.f1 == 0.0


def test_a_statement_one_line_requires_stays_required(gazetteer: Gazetteer) -> None:
    """A meeting annotated both ways, the second way as optional, is one statement, and a line
    requires it: found, it is right; missed, it is missed."""
    haftar, sisi = known(gazetteer, "Khalifa_Haftar"), known(gazetteer, "Abdel_Fattah_el-Sisi")
    gold = [line("a", "Khalifa Haftar", "meet", "Abdel Fattah el-Sisi"),
            line("a", "Abdel Fattah el-Sisi", "meet", "Khalifa Haftar", optional=True),
            line("b", "Khalifa Haftar", "visit", "Niger"),
            line("b", "Khalifa Haftar", "visit", "Niger", optional=True)]
    found = evaluate([rel("a", sisi, "meet", haftar)], gold, gazetteer)
    assert (found.micro.tp, found.micro.fp, found.micro.fn) == (1, 0, 1)
    assert [(m.doc, m.relation) for m in found.misses] == [("b", "visit")]


def test_bad_gold_lines_are_reported_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line("a", "Niger", "visit", "Libya")) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.jsonl:3: invalid JSON"):
        read_gold(path)
    path.write_text(json.dumps(line("a", "Niger", "visits", "Libya")) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.jsonl:1: unknown relation 'visits'"):
        read_gold(path)
    no_object = {"doc": "a", "subject": "Niger", "relation": "visit"}
    path.write_text(json.dumps(no_object) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.jsonl:1: gold line has no 'object'"):
        read_gold(path)
    with pytest.raises(GoldError, match="no such gold file"):
        read_gold(tmp_path / "missing.jsonl")


def test_cli_scores_only_articles_read_and_rejects_bad_gold(tmp_path: Path) -> None:
    article = tmp_path / "visit_note.txt"
    article.write_text("زار المشير خليفة حفتر النيجر يوم الثلاثاء.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in (
        line("visit_note", "Khalifa Haftar", "visit", "Niger"),
        line("visit_note", "Niger", "invite", "Khalifa Haftar"),
        line("elsewhere", "Libya", "visit", "Niger"),
    )) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", str(tmp_path), "--gold", str(gold), "--nlp", "builtin",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.stderr  # the gold file in the same folder is not read as articles
    report = json.loads(result.stdout)
    assert report["documents"] == ["visit_note"]
    micro = report["micro"]
    assert micro["tp"] + micro["fn"] == 2  # the two gold lines of the article read, not "elsewhere"
    assert {(m["subject"], m["relation"], m["object"]) for m in report["misses"]} <= {
        ("Khalifa_Haftar", "visit", "Niger"), ("Niger", "invite", "Khalifa_Haftar")}
    gold.write_text('{"doc": "visit_note", "subject": "Niger"}\n', encoding="utf-8")
    bad = runner.invoke(app, ["evaluate", str(article), "--gold", str(gold), "--nlp", "builtin"])
    assert bad.exit_code == 2
    assert bad.output.strip().splitlines() == [f"error: {gold}:1: gold line has no 'relation'"]


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="shared scorer not present")
def test_same_micro_figures_as_the_reference_scorer_on_the_seeds(tmp_path: Path,
                                                                  gazetteer: Gazetteer) -> None:
    from sahelkg.ingest.job.extract import Extractor
    from sahelkg.ingest.reading.reading import iter_article_files, read_articles

    from sahelkg.settings import Settings

    extractor = Extractor(Settings(nlp_backend="builtin"))
    relations = [r for path in iter_article_files([REPO / "seeds"])
                 for article in read_articles(path).articles
                 for r in extractor.extract(article).relations]
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in relations),
                    encoding="utf-8")
    gold_path = SHARED_EVAL / "seeds.gold.jsonl"
    out = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), "--gold", str(gold_path),
                          "--pred", str(pred)], capture_output=True, text=True, check=True).stdout
    micro_line = next(ln for ln in out.splitlines() if ln.startswith("micro "))
    fields = dict(part.split("=") for part in micro_line.split()[1:4])
    report = evaluate(relations, read_gold(gold_path), gazetteer)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (
        int(fields["tp"]), int(fields["fp"]), int(fields["fn"]))
