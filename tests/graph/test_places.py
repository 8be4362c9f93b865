"""Places carry their coordinates from GeoNames into the graph, the API and the network exports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx as nx
from fastapi.testclient import TestClient
from sahelkg.api.app import create_app

from sahelkg.settings import Settings

TEXT = "Khalifa Haftar visited Agadez and Kabul on Monday, and met officials of the Pakistani army.\n"


def _ingest(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "visit.txt").write_text(TEXT, encoding="utf-8")
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "sahelkg", "ingest", str(tmp_path / "in"), "--data-dir", str(data),
                    "--workers", "1"], check=True, capture_output=True, text=True)
    return data


def test_a_place_s_coordinates_reach_the_api_and_the_exports(tmp_path: Path) -> None:
    data = _ingest(tmp_path)
    with TestClient(create_app(Settings(data_dir=data))) as client:
        kabul = client.get("/entities/Kabul").json()
        assert (kabul["type"], kabul["country"], kabul["geonames"]) == ("Place", "Afghanistan", "1138958")
        assert (round(kabul["lat"], 3), round(kabul["long"], 3)) == (34.528, 69.172)
        assert kabul["labels"] == {"ar": "كابول", "en": "Kabul", "fr": "Kaboul"}
        found = client.get("/entities", params={"q": "كابول"}).json()["results"]
        assert [e["id"] for e in found] == ["Kabul"]
        french = client.get("/entities", params={"q": "Kaboul"}).json()["results"]
        assert [e["id"] for e in french] == ["Kabul"]
        agadez = client.get("/entities/Agadez").json()
        assert agadez["country"] == "Niger" and agadez["geonames"] == "2448085"
    for fmt in ("gexf", "graphml"):
        out = tmp_path / f"graph.{fmt}"
        subprocess.run([sys.executable, "-m", "sahelkg", "export", "-f", fmt, "-o", str(out),
                        "--data-dir", str(data)], check=True, capture_output=True)
        graph = nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out)
        node = graph.nodes["Kabul"]
        assert (round(node["latitude"], 3), round(node["longitude"], 3)) == (34.528, 69.172)
        if fmt == "gexf":
            assert node["viz"]["position"]["x"] == 10 * node["longitude"]
            assert node["viz"]["position"]["y"] == 10 * node["latitude"]
