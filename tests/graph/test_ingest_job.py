"""The ingest job end to end on real files, a real on-disk store and the real CLI."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from gexf_schema import assert_valid_gexf
from layout_expectation import expected_shared, stored_shared
from lxml import etree
from sahelkg.graph import vocab
from sahelkg.graph.export import export
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.ingest.job.pool import IngestReport, ingest_paths
from typer.testing import CliRunner

from sahelkg.cli import app
from sahelkg.settings import Settings

P = vocab.sparql_prefixes()
SHARED_GRAPHS = {ox.NamedNode(g) for g in (vocab.ENTITIES_GRAPH, vocab.EDGES_GRAPH, vocab.LAYOUT_GRAPH)}
SENTENCES = (
    "زار المشير خليفة حفتر النيجر يوم الثلاثاء {day} أغسطس 2018 والتقى رئيس النيجر محمد بازوم.",
    "استقبل رئيس المجلس الرئاسي الليبي وفدا نيجريا في طرابلس لبحث التعاون الأمني على الحدود.",
    "أعلنت مالي والنيجر وبوركينا فاسو انضمامها إلى تحالف دول الساحل في {day} سبتمبر 2023.",
)


def write_article(folder: Path, name: str, number: int) -> Path:
    lines = [f"خبر رقم {number}", f"نيامي - {number} أغسطس 2018"]
    lines += [s.format(day=1 + number % 28) for s in SENTENCES]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    write_article(folder, "a.txt", 1)
    write_article(folder, "b.txt", 2)
    write_article(folder / "sub", "c.txt", 3)
    (folder / "sub" / "d.jsonl").write_text(
        json.dumps({"id": "d1", "text": SENTENCES[1], "date": "2024-01-15", "lang": "ar",
                    "url": "https://news.example/d1", "outlet": "Example"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")  # ignored: not an article suffix
    return folder


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    return Settings(data_dir=tmp_path / "data", **{"workers": 1, "batch_size": 2, **overrides})


def _ingest(paths: list[Path], settings: Settings) -> tuple[IngestReport, set[ox.Quad]]:
    with OxigraphStore(settings.store_path) as store:
        report = ingest_paths(paths, settings, store)
        return report, set(store.quads())


def _graph_quads(settings: Settings, article_id: str) -> set[ox.Quad]:
    with OxigraphStore(settings.store_path, read_only=True) as store:
        return set(store.quads(vocab.article_graph(article_id)))


def test_ingesting_the_same_files_twice_writes_nothing_the_second_time(corpus: Path, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    first, quads = _ingest([corpus], settings)
    assert (first.files, first.articles, first.unchanged, first.written, first.skipped) == (4, 4, 0, 4, [])
    second, again = _ingest([corpus], settings)
    counts = (second.files, second.articles, second.unchanged, second.written, second.relations)
    assert counts == (4, 4, 4, 0, 0)
    assert again == quads
    with OxigraphStore(settings.store_path) as store:
        assert store.article_ids() == ["a", "b", "c", "d1"]


def test_a_pool_of_workers_gives_the_same_graph_as_one_process(corpus: Path, tmp_path: Path) -> None:
    _, single = _ingest([corpus], _settings(tmp_path / "one", workers=1))
    report, pooled = _ingest([corpus], _settings(tmp_path / "two", workers=2, batch_size=3))
    assert report.written == 4
    assert pooled == single


def test_a_changed_file_replaces_only_its_own_graph(corpus: Path, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _ingest([corpus], settings)
    before_b, before_a = _graph_quads(settings, "b"), _graph_quads(settings, "a")
    path = corpus / "a.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nوأكد حفتر دعمه للنيجر.\n", encoding="utf-8")
    report, _ = _ingest([corpus], settings)
    assert (report.written, report.unchanged) == (1, 3)
    after_a = _graph_quads(settings, "a")
    assert after_a != before_a
    assert _graph_quads(settings, "b") == before_b
    hashes = [q.object.value for q in after_a if q.predicate == vocab.ont("contentHash")]
    assert len(hashes) == 1 and hashes[0] != next(
        q.object.value for q in before_a if q.predicate == vocab.ont("contentHash"))


def test_withdrawn_article_is_gone_and_comes_back_on_reingest(corpus: Path, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _, everything = _ingest([corpus], settings)
    with OxigraphStore(settings.store_path) as store:
        assert store.withdraw_article("b") is True
        assert store.article_ids() == ["a", "c", "d1"]
        assert not any(q.graph_name == vocab.article_graph("b") for q in store.quads())
    report, restored = _ingest([corpus], settings)
    assert (report.written, report.unchanged) == (1, 3)
    assert restored == everything


def test_bad_inputs_are_reported_by_name_and_the_rest_goes_in(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (bad / "latin1.txt").write_bytes("Le président a visité Niamey, café crème.".encode("latin-1"))
    (bad / "mixed.jsonl").write_text(
        json.dumps({"id": "good-line", "text": SENTENCES[0].format(day=3)}, ensure_ascii=False)
        + "\n{not json\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    settings = _settings(tmp_path)
    report, _ = _ingest([corpus, bad, missing], settings)
    reasons = {Path(source).name: reason for source, reason in report.skipped}
    assert set(reasons) == {"empty.txt", "binary.txt", "latin1.txt", "mixed.jsonl", "missing.txt"}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert reasons["mixed.jsonl"].startswith("line 2: invalid JSON")
    assert reasons["missing.txt"] == "no such file or folder"
    assert report.written == 5  # the four good files and the good JSON line
    with OxigraphStore(settings.store_path, read_only=True) as store:
        assert store.article_ids() == ["a", "b", "c", "d1", "good-line"]
        assert _complete_graphs(store) == store.article_ids()


def test_an_unreadable_file_is_reported(corpus: Path, tmp_path: Path) -> None:
    locked = corpus / "locked.txt"
    write_article(corpus, "locked.txt", 9)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running with privileges that ignore file permissions (root)")
        report, _ = _ingest([corpus], _settings(tmp_path))
    finally:
        locked.chmod(0o644)
    skipped = [(Path(source).name, reason) for source, reason in report.skipped]
    assert skipped == [("locked.txt", "cannot read file (Permission denied)")]
    assert report.written == 4


def _complete_graphs(store: OxigraphStore) -> list[str]:
    """Ids of the article graphs that are complete: relationCount equals the events in the graph."""
    rows = store.query(P + """
        SELECT ?id ?count (COUNT(DISTINCT ?event) AS ?events) WHERE {
          GRAPH ?g { ?article skg:articleId ?id ; skg:relationCount ?count ; skg:contentHash ?hash .
                     OPTIONAL { ?event a skg:RelationEvent } }
        } GROUP BY ?id ?count""")
    return sorted(r["id"].value for r in rows if int(r["count"].value) == int(r["events"].value))


def _store_article_count(path: Path) -> int:
    try:
        with OxigraphStore(path, read_only=True) as store:
            return len(store.article_ids())
    except Exception:
        return 0


@pytest.mark.parametrize("batch", ["1", "10"])  # one update per article; journaled bulk loads of 10
def test_a_killed_ingest_leaves_only_complete_articles_and_a_rerun_completes(tmp_path: Path,
                                                                            batch: str) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    total = 200
    for number in range(total):
        write_article(corpus, f"n{number:05d}.txt", number)
    data = tmp_path / "data"
    command = [sys.executable, "-m", "sahelkg", "ingest", str(corpus), "--data-dir", str(data),
               "--workers", "1", "--batch-size", batch]
    env = {**os.environ, "SAHELKG_NLP_BACKEND": "builtin"}  # the fast backend: this is about storage
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 60
        while _store_article_count(data / "store") < 20 and time.monotonic() < deadline:
            assert process.poll() is None, "ingest finished before it could be interrupted"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    with OxigraphStore(data / "store") as store:  # a writer opening it undoes a cut-off bulk load
        present = store.article_ids()
        assert 0 < len(present) < total
        assert _complete_graphs(store) == present
        graphs = {q.graph_name for q in store.quads()}
        assert graphs == {vocab.article_graph(i) for i in present} | SHARED_GRAPHS
        stored, expected = stored_shared(store), expected_shared(store)
        assert all(stored[graph] == expected[graph] for graph in expected)

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert rerun.returncode == 0, rerun.stderr
    with OxigraphStore(data / "store") as store:
        ids = store.article_ids()
        assert len(ids) == total
        assert _complete_graphs(store) == ids


def test_export_round_trips_through_turtle_and_trig(corpus: Path, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _ingest([corpus], settings)
    with OxigraphStore(settings.store_path, read_only=True) as store:
        quads = set(store.quads())
        ttl, trig = io.BytesIO(), io.BytesIO()
        export(store, "ttl", ttl)
        export(store, "trig", trig)
    assert set(ox.parse(trig.getvalue(), ox.RdfFormat.TRIG)) == quads
    back = {ox.Triple(q.subject, q.predicate, q.object)
            for q in ox.parse(ttl.getvalue(), ox.RdfFormat.TURTLE)}
    assert back == {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    graphs = {q.graph_name for q in ox.parse(trig.getvalue(), ox.RdfFormat.TRIG)}
    assert graphs == {vocab.article_graph(i) for i in ("a", "b", "c", "d1")} | SHARED_GRAPHS


def test_cli_end_to_end_on_the_seeds(seeds_dir: Path, tmp_path: Path, shared_dir: Path) -> None:
    runner = CliRunner()
    data = tmp_path / "data"
    result = runner.invoke(app, ["ingest", str(seeds_dir), "--data-dir", str(data), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "articles read" in result.output and "written" in result.output

    result = runner.invoke(app, ["stats", "--json", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert counts["articles"] == len(list(seeds_dir.glob("*.txt")))
    with OxigraphStore(data / "store", read_only=True) as store:
        quads = set(store.quads())
    assert counts["quads"] == len(quads)

    for fmt in ("ttl", "trig", "nt", "nq", "jsonld", "rdfxml", "gexf", "graphml"):
        out = tmp_path / f"graph.{fmt}"
        result = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--data-dir", str(data)])
        assert result.exit_code == 0, result.output
        body = out.read_bytes()
        if fmt in ("trig", "nq"):
            assert set(ox.parse(body, ox.RdfFormat.from_extension(fmt))) == quads
        elif fmt == "gexf":
            assert_valid_gexf(etree.fromstring(body), shared_dir, tmp_path)
        elif fmt == "graphml":
            nx.read_graphml(out, force_multigraph=True)
        else:
            rdf = {"rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}.get(fmt) \
                or ox.RdfFormat.from_extension(fmt)
            parsed = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, rdf)}
            assert parsed == {ox.Triple(q.subject, q.predicate, q.object) for q in quads}

    first_id = sorted(p.stem for p in seeds_dir.glob("*.txt"))[0]
    result = runner.invoke(app, ["withdraw", first_id, "--data-dir", str(data)])
    assert result.exit_code == 0 and f"withdrew {first_id}" in result.output
    result = runner.invoke(app, ["withdraw", first_id, "--data-dir", str(data)])
    assert result.exit_code == 1 and f"no article '{first_id}' in the store" in result.output


def test_cli_exit_codes_for_unreadable_input(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(bad), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert "empty file" in result.output and f"no article could be read from {bad}" in result.output
    assert "Traceback" not in result.output

    result = runner.invoke(app, ["export", "--format", "csv", "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 2 and "unknown format 'csv'" in result.output
