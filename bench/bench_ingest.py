"""Benchmark of `sahelkg ingest` end to end: articles/s and peak memory.

Generates real-sized article files (variants of the seeds and the development set, see
bench/ingest_corpus.py), then runs the real command line on them, each run into its own copy of
the store:

- into a fresh store, and into a store already holding about --prepared-quads quads (other
  articles, prepared once with `sahelkg ingest` and copied for each run);
- with --workers 1 and --workers 2, and through a 2-worker Dask LocalCluster (--scheduler).

Peak memory is the largest sum of the resident set sizes of every process under this one (the
command, its worker processes, the cluster's workers), sampled every 0.1 s.

    .venv/bin/python bench/bench_ingest.py [--articles 5000] [--prepared-quads 1000000]
        [--runs w1,w2,dask] [--stores fresh,prepared] [--command 'OTHER/.venv/bin/sahelkg']

--command runs another checkout's command line on the same files (figures before a change);
runs it does not support (dask) are left out by --runs.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_corpus import write_corpus  # noqa: E402

QUADS_PER_ARTICLE = 250  # measured: a generated article gives about 250 quads


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry.name))
    out, todo = [], list(children.get(root, []))
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _rss_mib(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


class PeakMemory:
    """The largest summed RSS of this process's descendants while it runs."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.wait(0.1):
            self.peak = max(self.peak, _rss_mib(_descendants(os.getpid())))

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _ingest(command: list[str], corpus: Path, data: Path, extra: list[str]) -> tuple[float, str]:
    env = {**os.environ, "SAHELKG_NLP_BACKEND": "builtin"}
    started = time.perf_counter()
    done = subprocess.run([*command, "ingest", str(corpus), "--data-dir", str(data), *extra],
                          capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"ingest failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return elapsed, done.stdout


def _written(summary: str) -> int:
    match = re.search(r"written\D+(\d+)", summary)
    return int(match[1]) if match else -1


def _prepare(work: Path, command: list[str], quads: int) -> Path:
    """A store holding about ``quads`` quads (other articles than the measured ones), made once."""
    store = work / f"prepared-{quads}"
    if (store / "store" / "CURRENT").is_file():
        return store
    corpus = work / f"background-{quads}"
    if not corpus.is_dir():
        write_corpus(corpus, max(1, quads // QUADS_PER_ARTICLE), seed=99, prefix="bg")
    started = time.perf_counter()
    _ingest(command, corpus, store, ["--workers", "2", "--batch-size", "200"])
    print(f"prepared {store} in {time.perf_counter() - started:.0f} s", flush=True)
    return store


def _quads(store: Path) -> int:
    import pyoxigraph

    return len(pyoxigraph.Store.read_only(str(store / "store")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--prepared-quads", type=int, default=1_000_000)
    parser.add_argument("--runs", default="w1,w2,dask", help="w1, w2, dask (comma-separated)")
    parser.add_argument("--stores", default="fresh,prepared", help="fresh, prepared (comma-separated)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/sahelkg-bench-ingest"))
    parser.add_argument("--command", default=str(Path(sys.executable).parent / "sahelkg"),
                        help="the sahelkg command line to run (default: this checkout's)")
    args = parser.parse_args()
    command = shlex.split(args.command)
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / f"corpus-{args.articles}"
    if not corpus.is_dir():
        chars = write_corpus(corpus, args.articles)
        print(f"{args.articles} articles, {chars / args.articles:.0f} characters on average", flush=True)
    stores = args.stores.split(",")
    prepared = _prepare(args.work, [sys.executable, "-m", "sahelkg"], args.prepared_quads) \
        if "prepared" in stores else None
    if prepared is not None:
        print(f"prepared store: {_quads(prepared):,} quads", flush=True)
    print(f"{'store':<10} {'run':<6} {'articles':>8} {'seconds':>8} {'articles/s':>10} {'peak MiB':>9}")
    for store in stores:
        for run in args.runs.split(","):
            data = args.work / "run"
            shutil.rmtree(data, ignore_errors=True)
            if store == "prepared" and prepared is not None:
                shutil.copytree(prepared, data)
            extra = {"w1": ["--workers", "1"], "w2": ["--workers", "2"]}.get(run, [])
            with PeakMemory() as memory:
                if run == "dask":
                    from distributed import LocalCluster

                    with LocalCluster(processes=True, host="127.0.0.1", n_workers=2, threads_per_worker=1,
                                      dashboard_address=None) as cluster:
                        address = ["--scheduler", cluster.scheduler_address]
                        elapsed, out = _ingest(command, corpus, data, address)
                else:
                    elapsed, out = _ingest(command, corpus, data, extra)
            written = _written(out)
            print(f"{store:<10} {run:<6} {written:>8} {elapsed:>8.1f} {written / elapsed:>10.1f} "
                  f"{memory.peak:>9.0f}", flush=True)
    shutil.rmtree(args.work / "run", ignore_errors=True)


if __name__ == "__main__":
    main()
