"""sahelkg installs as one distribution whose packages import as sahelkg.graph, sahelkg.ingest and
sahelkg.api, with their data files, from a regular (non-editable) install too. The test suite
itself runs against the editable install, so both layouts are exercised."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs a git checkout to list the tracked files")
    source = tmp_path_factory.mktemp("source")
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, check=True, capture_output=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        if (REPO / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(source)], check=True, capture_output=True)
    (built,) = out.glob("sahelkg-*.whl")
    return built


def test_the_wheel_holds_every_package_and_the_language_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("sahelkg/cli.py", "sahelkg/graph/ontology.ttl", "sahelkg/graph/store/oxigraph.py",
                     "sahelkg/ingest/data/gazetteer/entities.jsonl", "sahelkg/ingest/data/ar/triggers.tsv",
                     "sahelkg/ingest/nlp/builtin.py", "sahelkg/api/app.py", "sahelkg/api/routers/sparql.py",
                     "sahelkg/api/static/explore/index.html", "sahelkg/api/static/explore/explore.js",
                     "sahelkg/api/static/explore/vendor/cytoscape.min.js",
                     "sahelkg/api/static/explore/vendor/cytoscape.LICENSE"):
        assert required in names
    assert not any(name.startswith(("graph/", "ingest/", "api/", "tests/")) for name in names)
    for package_dir in {Path(n).parent.as_posix() for n in names if n.endswith(".py")}:
        assert f"{package_dir}/__init__.py" in names, f"{package_dir} is not a package in the wheel"


def test_a_regular_install_extracts_from_a_seed(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target), "SAHELKG_DATA_DIR": str(tmp_path / "data"),
           "SAHELKG_NLP_BACKEND": "builtin"}
    where = subprocess.run(
        [sys.executable, "-c", "import sahelkg.graph, sahelkg.ingest, sahelkg.api; "
         "print(sahelkg.graph.__file__); print(sahelkg.ingest.__file__); print(sahelkg.api.__file__)"],
        env=env, cwd=tmp_path, check=True, capture_output=True, text=True).stdout.split()
    assert all(Path(path).is_relative_to(target) for path in where)
    seed = REPO / "seeds" / "001_0f4681632fbd4e5c.txt"
    extracted = subprocess.run([sys.executable, "-m", "sahelkg", "extract", str(seed)], env=env,
                               cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    relations = [json.loads(line) for line in extracted.splitlines()]
    triples = {(r["doc"], r["subject"]["id"], r["relation"], r["object"]["id"]) for r in relations}
    assert ("001_0f4681632fbd4e5c", "Mahamadou_Issoufou", "invite", "Khalifa_Haftar") in triples
