"""The exported GEXF read by graphology-gexf (the GEXF reader of sigma.js and Gephi Lite), run by
node on a real file: labels, attributes, colour, size and position as graphology sees them.

Skips only when node is absent; the npm packages (tests/graph/js/package.json, locked) are
installed by scripts/test.sh with ``npm ci``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sahelkg.graph.export import export
from sahelkg.graph.store.oxigraph import OxigraphStore

JS = Path(__file__).resolve().parent / "js"


def read_with_graphology(path: Path) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is absent: graphology-gexf needs Node.js")
    if not (JS / "node_modules" / "graphology-gexf").is_dir():
        pytest.fail(f"graphology-gexf is not installed: run 'npm ci --prefix {JS}' (scripts/test.sh does)")
    result = subprocess.run([node, str(JS / "read_gexf.mjs"), str(path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_graphology_reads_the_export(placed: OxigraphStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    with path.open("wb") as out:
        export(placed, "gexf", out)
    graph = read_with_graphology(path)
    assert (graph["type"], graph["multi"]) == ("directed", True)
    assert graph["attributes"]["creator"] == "sahelkg"
    assert sorted(graph["nodes"]) == ["Khalifa_Haftar", "Libya", "Libyan_National_Army", "Niamey", "Niger"]
    assert graph["nodes"]["Niamey"] == {
        "label": "Niamey", "type": "Place", "label_ar": "نيامي", "label_en": "Niamey", "colour": "#756bb1",
        "articles": 1, "latitude": 13.5116, "longitude": 2.1254,
        "color": "rgb(117,107,177)", "size": 14, "x": 21.254, "y": 135.116, "z": 0}
    haftar = graph["nodes"]["Khalifa_Haftar"]
    assert (haftar["color"], haftar["size"], haftar["wikidata"]) == ("rgb(230,85,13)", 16.928, "Q1140367")
    assert "x" not in haftar
    edges = {(e["source"], e["attributes"]["relation"], e["target"]): e["attributes"] for e in graph["edges"]}
    assert sorted(edges) == [
        ("Khalifa_Haftar", "leads", "Libyan_National_Army"), ("Khalifa_Haftar", "visit", "Niamey"),
        ("Khalifa_Haftar", "visit", "Niger"), ("Libya", "meet", "Niger")]
    assert edges["Khalifa_Haftar", "visit", "Niger"] == {
        "label": "visit", "weight": 2, "relation": "visit", "events": 2, "statuses": "occurred,planned",
        "confidence": 0.9, "first_date": "2018-08-07", "last_date": "2019-03-01",
        "first_published": "2018-08-08"}
