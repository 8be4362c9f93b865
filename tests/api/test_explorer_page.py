"""/explore in-process: the page and its assets come from the package, reference nothing outside this
server, carry their licences, and add nothing to the API (the page uses the REST API only)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sahelkg.api.routers.explore import CONTENT_SECURITY_POLICY, static_dir

REPO = Path(__file__).resolve().parents[2]
REFERENCES = re.compile(r"""(?:src|href)=["']([^"']+)["']""")
VENDORED = ("cytoscape.min.js", "topojson-client.min.js", "countries-110m.json")
LICENCES = ("cytoscape.LICENSE", "topojson-client.LICENSE", "world-atlas.LICENSE", "NOTICE.md")


def test_the_root_redirects_to_the_explorer(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/explore"


def test_the_page_loads_only_local_assets_under_a_same_origin_policy(client: TestClient) -> None:
    response = client.get("/explore")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY and "connect-src 'self'" in CONTENT_SECURITY_POLICY
    found = REFERENCES.findall(response.text)
    external = [url for url in found if re.match(r"^[a-z]+:", url) and not url.startswith("data:")]
    assert external == []
    scripts = re.findall(r"""<script src=["']([^"']+)""", response.text)
    assert scripts == ["explore/assets/vendor/cytoscape.min.js",
                       "explore/assets/vendor/topojson-client.min.js", "explore/assets/explore.js"]
    for url in found:
        if url.startswith("explore/assets/"):
            assert client.get("/" + url).status_code == 200, url


@pytest.mark.parametrize(("name", "media_type"), [
    ("explore.js", "text/javascript"), ("explore.css", "text/css"),
    ("vendor/cytoscape.min.js", "text/javascript"), ("vendor/countries-110m.json", "application/json"),
    ("vendor/cytoscape.LICENSE", "text/plain"), ("vendor/NOTICE.md", "text/markdown"),
])
def test_assets_are_served_from_the_package(client: TestClient, name: str, media_type: str) -> None:
    response = client.get(f"/explore/assets/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.content == (static_dir() / name).read_bytes()


@pytest.mark.parametrize("name", ["../routers/explore.py", "..%2F..%2Fpyproject.toml", "%2e%2e/app.py",
                                  "vendor", "missing.js", "index.html"])
def test_nothing_else_is_served_as_an_asset(client: TestClient, name: str) -> None:
    response = client.get(f"/explore/assets/{name}")
    assert response.status_code == 404


def test_every_vendored_file_has_its_licence_beside_it() -> None:
    vendor = static_dir() / "vendor"
    for name in VENDORED + LICENCES:
        assert (vendor / name).is_file(), name
    assert "Permission is hereby granted" in (vendor / "cytoscape.LICENSE").read_text(encoding="utf-8")
    for isc in ("topojson-client.LICENSE", "world-atlas.LICENSE"):
        assert "Permission to use, copy, modify" in (vendor / isc).read_text(encoding="utf-8")
    notice = (vendor / "NOTICE.md").read_text(encoding="utf-8")
    assert "Natural Earth" in notice and "public domain" in notice
    for name in VENDORED:
        assert f"`{name}`" in notice


def test_the_vendored_files_are_the_locked_npm_packages() -> None:
    if not (REPO / "scripts" / "explorer_js" / "node_modules").is_dir():
        if shutil.which("npm") is None:
            pytest.skip("npm is absent: scripts/test.sh installs scripts/explorer_js where npm is")
        pytest.skip("scripts/explorer_js/node_modules is absent: run npm ci --prefix scripts/explorer_js")
    script = REPO / "scripts" / "vendor_explorer.py"
    check = subprocess.run([sys.executable, str(script), "--check", "--no-install"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_the_page_adds_nothing_to_the_openapi_document(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p == "/" or p.startswith("/explore")]
