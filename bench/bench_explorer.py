"""First paint of the explorer on a store of about a million quads, in headless Chromium.

Builds (or reuses, under --cache-dir, git-ignored by default) an on-disk store from the generated
articles of ``bench/bench_api.py`` (same generator), serves it with ``sahelkg serve`` (uvicorn) in a
separate process and opens ``/explore`` in headless Chromium (Debian's chromium, driven by
Playwright, as the browser tests do) on the biggest hub entity (the one with the most edges). Each
run is a fresh page: it searches the hub's label, picks it among the suggestions and reads the
first paint of the graph (from picking the entity to the frame after cytoscape drew it, the figure
``tests/api/test_explorer_browser.py`` prints), then opens the hub's most-supported edge and reads
the first paint of the edge view (from picking the edge to the frame after its evidence is drawn).
Figures are printed (median, min and max of --runs), nothing is asserted.

    .venv/bin/python bench/bench_explorer.py                  # 1M quads, 5 runs
    .venv/bin/python bench/bench_explorer.py --runs 9 --cache-dir /tmp/sahelkg-bench-explorer
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx
from bench_api import _free_port, build_store, wait_until_up, warm
from sahelkg.graph import vocab
from sahelkg.graph.store.oxigraph import OxigraphStore

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "api"))
from browser_support import CHROMIUM_NAMES  # noqa: E402

VIEWPORT = {"width": 1400, "height": 1000}
FIRST_PAINT = ("window.sahelkgExplorer && window.sahelkgExplorer.timings.graphFirstPaint !== undefined"
               " && window.sahelkgExplorer.timings")

_HUB = """SELECT ?e (COUNT(?x) AS ?n) WHERE {{
  GRAPH <{edges}> {{ ?x a skg:Edge . {{ ?x rdf:subject ?e }} UNION {{ ?x rdf:object ?e }} }}
}} GROUP BY ?e ORDER BY DESC(?n) LIMIT 1"""


def hub_entity(store_path: Path) -> tuple[str, int]:
    """The entity with the most edges (in or out) and that number, read from the edge resources."""
    store = OxigraphStore(store_path, read_only=True)
    try:
        sparql = vocab.sparql_prefixes() + _HUB.format(edges=vocab.EDGES_GRAPH)
        row = next(iter(store.query(sparql)))  # type: ignore[call-overload]
        return vocab.entity_id_of(row["e"].value), int(row["n"].value)
    finally:
        store.close()


def _chromium() -> str:
    import shutil

    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("no Chromium found (looked for " + ", ".join(CHROMIUM_NAMES) + ")")


def _wait(page: object, expression: str, timeout: float = 300.0) -> object:
    """Poll ``expression`` until truthy (the page's CSP refuses Playwright's wait_for_function)."""
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression)  # type: ignore[attr-defined]
        if value:
            return value
        if time.monotonic() > deadline:
            raise SystemExit(f"still false after {timeout} s: {expression}")
        time.sleep(0.02)


def one_run(browser: object, base: str, hub: str, label: str, edge_key: str) -> dict[str, float]:
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[attr-defined]
    try:
        page = context.new_page()
        page.goto(f"{base}/explore")
        page.fill("#search", label)
        page.wait_for_selector(f"#suggestions li[data-id='{hub}']", timeout=300_000).click()
        timings = _wait(page, FIRST_PAINT)
        graph = timings["graphFirstPaint"]  # type: ignore[index]
        nodes, edges = timings["graphNodes"], timings["graphEdges"]  # type: ignore[index]
        page.evaluate("location.hash = location.hash + '&edge=' + " + repr(quote(edge_key, safe="")))
        edge_timings = _wait(page, f"window.sahelkgExplorer.timings.edgeKey === {edge_key!r}"
                                   " && window.sahelkgExplorer.timings")
        triggers = page.locator("#edge-events mark.trigger").count()
        return {"graph": graph, "nodes": nodes, "edges": edges, "edge": edge_timings["edgeFirstPaint"],  # type: ignore[index]
                "evidence": edge_timings["edgeEvidence"], "triggers": triggers}  # type: ignore[index]
    finally:
        context.close()


def _spread(values: list[float]) -> str:
    return f"median {statistics.median(values):,.0f} ms (min {min(values):,.0f}, max {max(values):,.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache-dir", type=Path, default=REPO / "bench" / ".cache" / "explorer-1m",
                        help="where the generated store is kept and reused (git-ignored by default)")
    parser.add_argument("--quads", type=int, default=1_000_000, help="minimum quads in the store")
    parser.add_argument("--runs", type=int, default=5, help="page loads measured (after one warm-up)")
    args = parser.parse_args()

    quads, articles, built = build_store(args.cache_dir, args.quads)
    print(f"store: {quads:,} quads, {articles:,} articles at {args.cache_dir / 'store'}"
          + (f" (built in {built:.0f} s)" if built else " (reused)"))
    hub, hub_edges = hub_entity(args.cache_dir / "store")

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "sahelkg", "serve", "--data-dir", str(args.cache_dir),
               "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(base, process)
        print(f"server up; entity index warm in {warm(base, '/entities/' + hub):.1f} s")
        entity = httpx.get(f"{base}/entities/{quote(hub)}", params={"relation_limit": 1}, timeout=120).json()
        label = entity["label"]
        top = httpx.get(f"{base}/relations", params={"subject": hub, "limit": 1, "evidence_limit": 0},
                        timeout=120).json()["results"][0]
        edge_key = f"{top['subject']['id']}|{top['relation']}|{top['object']['id']}"
        print(f"hub entity {hub} ({label!r}, {hub_edges:,} edges); edge view of {edge_key} "
              f"({top['article_count']} articles, {top['event_count']} events); {os.cpu_count()} cores "
              "shared by Chromium and the server")
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=_chromium(), headless=True,
                                                 args=["--no-sandbox", "--disable-dev-shm-usage"])
            try:
                one_run(browser, base, hub, label, edge_key)  # warm-up: the server's caches, Chromium's
                runs = []
                for index in range(args.runs):
                    measured = one_run(browser, base, hub, label, edge_key)
                    runs.append(measured)
                    print(f"  run {index + 1}: graph {measured['graph']:,.0f} ms ({measured['nodes']} nodes, "
                          f"{measured['edges']} edges), edge view {measured['edge']:,.0f} ms "
                          f"({measured['evidence']} evidence, {measured['triggers']} triggers marked)",
                          flush=True)
            finally:
                browser.close()
        print(f"first paint of the graph (pick entity -> frame after the graph is drawn): "
              f"{_spread([r['graph'] for r in runs])}")
        print(f"first paint of the edge view (pick edge -> frame after its evidence is drawn): "
              f"{_spread([r['edge'] for r in runs])}")
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
