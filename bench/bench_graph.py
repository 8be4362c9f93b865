"""Benchmark of whole-graph work on a store of at least a million quads: ``graph_stats``, the
networkx projection (``project``) and the ttl, nt, trig, gexf and graphml exports, each written
to a byte-counting sink.

The store is the one ``bench/bench_api.py`` builds (same generator, same cache dir): it is reused
when it already holds enough quads, opened read-only, so a benchmark server running on it is not
disturbed. Each step runs in a fresh child process, so its peak resident memory (VmHWM) is its
own; the baseline line is a child that only opens the store.

    .venv/bin/python bench/bench_graph.py                       # all steps, default cache dir
    .venv/bin/python bench/bench_graph.py --steps stats project gexf
    .venv/bin/python bench/bench_graph.py --cache-dir /tmp/sahelkg-bench --quads 2000000
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench_api import build_store
from sahelkg.graph.export import export
from sahelkg.graph.projection import project
from sahelkg.graph.stats import graph_stats
from sahelkg.graph.store.oxigraph import OxigraphStore

EXPORT_FORMATS = ("ttl", "nt", "trig", "gexf", "graphml")
STEPS = ("open", "stats", "project", *EXPORT_FORMATS)


class ByteCounter(io.RawIOBase):
    """A write-only sink that keeps nothing but the number of bytes written."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.size += len(data)
        return len(data)


def _peak_mib() -> float:
    """Peak resident memory of this process. Linux's ru_maxrss survives exec, so a child would
    report its parent's peak when larger: VmHWM (this address space only) is read first."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def run_step(step: str, store_path: Path) -> dict[str, object]:
    """One step in this process: its seconds, peak memory and a short description of its result."""
    store = OxigraphStore(store_path, read_only=True)
    try:
        started = time.monotonic()
        if step == "open":
            result = f"{len(store):,} quads"
        elif step == "stats":
            stats = graph_stats(store)
            result = (f"{stats.articles} articles, {stats.entities} entities, {stats.relations} events, "
                      f"{stats.edges} edges")
        elif step == "project":
            graph = project(store)
            result = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
        else:
            sink = ByteCounter()
            export(store, step, sink)
            result = f"{sink.size / 2 ** 20:,.1f} MiB written"
        seconds = time.monotonic() - started
    finally:
        store.close()
    return {"step": step, "seconds": seconds, "peak_mib": _peak_mib(), "result": result}


def run_in_child(step: str, store_path: Path) -> dict[str, object]:
    command = [sys.executable, __file__, "--child-step", step, "--child-store", str(store_path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"step": step, "seconds": float("nan"), "peak_mib": float("nan"), "result": f"FAILED: {last}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def ensure_store(cache_dir: Path, min_quads: int) -> tuple[int, int]:
    """(quads, articles) of the cached store, building or topping it up only when too small."""
    store_path = cache_dir / "store"
    if (store_path / "CURRENT").is_file():
        store = OxigraphStore(store_path, read_only=True)
        try:
            quads, articles = len(store), len(store.article_ids())
        finally:
            store.close()
        if quads >= min_quads:
            return quads, articles
    quads, articles, built = build_store(cache_dir, min_quads)
    print(f"built in {built:.0f} s", file=sys.stderr)
    return quads, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    default_cache = Path(os.environ.get("SAHELKG_BENCH_DIR", "/tmp/sahelkg-bench-api"))
    parser.add_argument("--cache-dir", type=Path, default=default_cache,
                        help="where the generated store is kept and reused (shared with bench_api.py)")
    parser.add_argument("--quads", type=int, default=1_050_000, help="minimum quads in the store")
    parser.add_argument("--steps", nargs="+", choices=STEPS, default=list(STEPS),
                        help="what to measure (open = opening the store only, the memory baseline)")
    parser.add_argument("--child-step", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("--child-store", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child_step:
        print(json.dumps(run_step(args.child_step, args.child_store)))
        return

    quads, articles = ensure_store(args.cache_dir, args.quads)
    print(f"store: {quads:,} quads, {articles:,} articles at {args.cache_dir / 'store'}")
    print(f"{'step':<10} {'seconds':>8} {'peak MiB':>9}  result")
    for step in args.steps:
        measured = run_in_child(step, args.cache_dir / "store")
        print(f"{step:<10} {measured['seconds']:>8.2f} {measured['peak_mib']:>9.0f}  {measured['result']}",
              flush=True)


if __name__ == "__main__":
    main()
