"""The ingest engines on real files and a real on-disk store: a pool of worker processes and a Dask
cluster (a real LocalCluster of worker processes on 127.0.0.1) store exactly what one process
stores; re-runs skip, changes replace, killed workers lose nothing."""

from __future__ import annotations

import json
import os
import signal
import socket
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from distributed import Client, LocalCluster
from pyoxigraph import NamedNode
from sahelkg.graph import vocab
from sahelkg.graph.store.oxigraph import OxigraphStore
from sahelkg.graph.store.protocol import GraphStore
from sahelkg.graph.store.sparql_endpoint import SparqlEndpointStore
from sahelkg.ingest.job import dask_engine, tasks
from sahelkg.ingest.job.pool import IngestError, IngestReport, JobProgress, default_workers, ingest_paths
from sahelkg.ingest.job.pool import cores as machine_cores
from typer.testing import CliRunner

from sahelkg.cli import app
from sahelkg.settings import Settings

LINES = (
    "وصل رئيس المجلس الرئاسي الليبي إلى نيامي يوم {day} مارس 2021 والتقى رئيس النيجر محمد بازوم.",
    "وبحث الجانبان تأمين الحدود المشتركة ومكافحة تهريب السلاح في الجنوب الليبي.",
    "وأعلنت تشاد والنيجر تعاونهما في مراقبة الطرق الصحراوية منذ {day} أبريل 2022.",
    "Le ministre nigérien de la Défense s'est rendu à Tripoli le {day} mai 2023.",
)


def _text(number: int) -> str:
    day = 1 + number % 28
    body = "\n".join(line.format(day=day) for line in LINES[number % 2:])
    return f"خبر تجريبي رقم {number}\n{body}\n"


def write_corpus(folder: Path, files: int, records: int = 0) -> Path:
    """``files`` article files in two folders, and a JSON Lines dump of ``records`` records (one bad
    line among them, and records without an id) when asked."""
    for number in range(files):
        path = folder / f"d{number % 2}" / f"n{number:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_text(number), encoding="utf-8")
    if records:
        lines = [json.dumps({"text": _text(1000 + n), "date": "2022-05-01", "lang": "ar",
                             **({"id": f"r{n}"} if n % 3 else {})}, ensure_ascii=False)
                 for n in range(records)]
        lines.insert(6, "{not json")
        (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _ingest(paths: list[Path], settings: Settings, **options: object) -> tuple[IngestReport, set[ox.Quad]]:
    with OxigraphStore(settings.store_path) as store:
        report = ingest_paths(paths, settings, store, **options)  # type: ignore[arg-type]
        return report, set(store.quads())


def _settings(folder: Path, **fields: object) -> Settings:
    return Settings(data_dir=folder, nlp_backend="builtin", **{"batch_size": 7, **fields})


def _counts(report: IngestReport) -> tuple[int, int, int, int, int]:
    return report.files, report.articles, report.unchanged, report.written, len(report.skipped)


def test_the_default_is_one_worker_per_core_but_this_process_for_a_small_input() -> None:
    assert default_workers(10_000) == 1
    assert default_workers(10_000_000) == machine_cores()


def test_a_pool_stores_what_one_process_stores_with_a_dump_cut_into_parts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(tmp_path / "in", 30, records=40)
    single, expected = _ingest([corpus], _settings(tmp_path / "one", workers=1))
    assert _counts(single) == (31, 70, 0, 70, 1)
    assert single.skipped == [(str(corpus / "dump.jsonl"), "line 7: invalid JSON (Expecting property name "
                                                             "enclosed in double quotes)")]
    monkeypatch.setattr(tasks, "SPLIT_BYTES", 4_000)  # the dump (about 20 KB) is read in parts
    monkeypatch.setattr(tasks, "TASK_BYTES", 2_000)
    parts = [p for p in tasks.file_parts([corpus]) if p.end is not None]
    assert len(parts) > 4 and sum(p.size for p in parts) == (corpus / "dump.jsonl").stat().st_size
    pooled, quads = _ingest([corpus], _settings(tmp_path / "two", workers=2))
    assert pooled.engine == "2 worker processes"
    assert (_counts(pooled), pooled.skipped, pooled.relations) == (_counts(single), single.skipped,
                                                                   single.relations)
    assert quads == expected
    with OxigraphStore(tmp_path / "two" / "store", read_only=True) as store:
        ids = store.article_ids()
    assert len(ids) == 70 and "dump-1" in ids and "dump-4" in ids and "r2" in ids  # "dump-N": line N


def test_a_rerun_through_the_pool_skips_unchanged_articles_and_replaces_a_changed_one(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 24)
    settings = _settings(tmp_path / "data", workers=2)
    first, _ = _ingest([corpus], settings)
    assert _counts(first) == (24, 24, 0, 24, 0)
    again, _ = _ingest([corpus], settings)
    assert _counts(again) == (24, 24, 24, 0, 0)
    changed = corpus / "d1" / "n0005.txt"
    changed.write_text("وزار وزير الدفاع التشادي طرابلس يوم 3 يونيو 2024.\n", encoding="utf-8")
    third, quads = _ingest([corpus], settings)
    assert _counts(third) == (24, 24, 23, 1, 0)
    _, expected = _ingest([corpus], _settings(tmp_path / "reference", workers=1))
    assert quads == expected  # nothing of the old n0005 is left
    assert not any(q.object == ox.Literal("خبر تجريبي رقم 5") for q in quads)


def _pool_workers() -> list[int]:
    """The worker processes of this process's pool: children of its forkserver."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    servers = [pid for pid in children.get(os.getpid(), [])
               if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    return [worker for server in servers for worker in children.get(server, [])]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
def test_a_killed_worker_process_loses_no_article(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 120)
    killed: list[int] = []

    def kill_one(state: JobProgress) -> None:
        if not killed and state.articles >= 10:
            workers = _pool_workers()
            assert workers, "no worker process found"
            os.kill(workers[0], signal.SIGKILL)
            killed.append(workers[0])

    report, quads = _ingest([corpus], _settings(tmp_path / "data", workers=2), progress=kill_one)
    assert killed
    assert _counts(report) == (120, 120, 0, 120, 0)
    _, expected = _ingest([corpus], _settings(tmp_path / "reference", workers=1))
    assert quads == expected


def test_worker_results_come_back_as_files_that_are_removed(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    corpus = write_corpus(tmp_path / "in", 60)
    report, quads = _ingest([corpus], _settings(tmp_path / "data", workers=2))
    assert _counts(report)[:2] == (60, 60)
    assert quads
    assert list(scratch.iterdir()) == []  # the job's result folder and its files are gone


# ---------------------------------------------------------------------------------------- Dask


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(processes=True, host="127.0.0.1", n_workers=2, threads_per_worker=1,
                      dashboard_address=None) as running:
        yield running


def test_a_dask_cluster_stores_what_a_local_ingest_stores(cluster: LocalCluster, seeds_dir: Path,
                                                          tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 40, records=12)
    paths = [seeds_dir, corpus]
    local, expected = _ingest(paths, _settings(tmp_path / "local", workers=1))
    seen: list[JobProgress] = []
    settings = _settings(tmp_path / "dask", scheduler=cluster.scheduler_address)
    report, quads = _ingest(paths, settings, progress=seen.append)
    assert report.engine == f"Dask cluster at {cluster.scheduler_address}"
    assert (_counts(report), report.relations, report.skipped) == (_counts(local), local.relations,
                                                                   local.skipped)
    assert quads == expected
    assert seen[-1].done == seen[-1].total and seen[-1].articles == local.articles
    again, _ = _ingest(paths, settings)
    assert (again.unchanged, again.written) == (local.written, 0)


def test_a_dask_worker_killed_mid_run_loses_no_article(cluster: LocalCluster, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 160)
    with Client(cluster.scheduler_address) as client:
        pids = list(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_one(state: JobProgress) -> None:
        if not killed and state.articles >= 16:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    settings = _settings(tmp_path / "dask", scheduler=cluster.scheduler_address)
    report, quads = _ingest([corpus], settings, progress=kill_one)
    assert killed
    assert _counts(report) == (160, 160, 0, 160, 0)
    _, expected = _ingest([corpus], _settings(tmp_path / "local", workers=1))
    assert quads == expected


def test_a_dask_cluster_feeds_a_remote_sparql_store(cluster: LocalCluster, oxigraph_server: str,
                                                    tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 20)
    _, expected = _ingest([corpus], _settings(tmp_path / "local", workers=1))
    remote: GraphStore = SparqlEndpointStore(oxigraph_server + "/query")
    try:
        remote.update("DROP SILENT ALL")
        settings = _settings(tmp_path / "unused", scheduler=cluster.scheduler_address, store="sparql",
                             store_url=oxigraph_server + "/query")
        report = ingest_paths([corpus], settings, remote)
        assert (report.written, report.skipped) == (20, [])
        assert set(remote.quads()) == expected
        shared = {NamedNode(g) for g in (vocab.ENTITIES_GRAPH, vocab.EDGES_GRAPH, vocab.LAYOUT_GRAPH)}
        articles = {vocab.article_graph(f"n{n:04d}") for n in range(20)}
        assert {q.graph_name for q in remote.quads()} == articles | shared
    finally:
        remote.close()


def test_the_cli_ingests_through_a_scheduler_and_prints_the_summary(cluster: LocalCluster, seeds_dir: Path,
                                                                    tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(seeds_dir), "--data-dir", str(tmp_path / "data"),
                                      "--scheduler", cluster.scheduler_address],
                                env={"SAHELKG_NLP_BACKEND": "builtin"})
    assert result.exit_code == 0, result.output
    assert f"Dask cluster at {cluster.scheduler_address}" in result.output
    assert "articles/s" in result.output and "Ingesting" not in result.output  # no bar off a terminal


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              seeds_dir: Path) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{sock.getsockname()[1]}"
    with pytest.raises(IngestError, match=f"^cannot reach the Dask scheduler at {address}: ") as caught:
        _ingest([seeds_dir], _settings(tmp_path / "data", scheduler=address))
    assert "\n" not in str(caught.value)


def test_the_progress_bar_shows_on_request_with_the_rate(seeds_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(seeds_dir), "--data-dir", str(tmp_path / "data"),
                                      "--workers", "1", "--progress"], env={"SAHELKG_NLP_BACKEND": "builtin"})
    assert result.exit_code == 0, result.output
    assert "Ingesting" in result.output and "5 articles" in result.output
