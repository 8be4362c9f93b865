"""/docs and /redoc in-process: pages that load only this server's assets (packaged Swagger UI and
ReDoc), the assets served from the package, and a policy that keeps the browser on this server."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sahelkg.api.docs import CONTENT_SECURITY_POLICY, assets_dir

ASSET_REFERENCES = re.compile(r"""(?:src|href|spec-url)=["']([^"']+)["']|url: *'([^']+)'""")


@pytest.mark.parametrize(("page", "expected"), [
    ("/docs", ["/docs/assets/swagger-ui.css", "/docs/assets/favicon.png", "/docs/assets/swagger-ui-bundle.js",
               "/openapi.json"]),
    ("/redoc", ["/docs/assets/favicon.png", "/openapi.json", "/docs/assets/redoc.standalone.js"]),
])
def test_pages_reference_only_local_assets(client: TestClient, page: str, expected: list[str]) -> None:
    response = client.get(page)
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    found = [a or b for a, b in ASSET_REFERENCES.findall(response.text)]
    assert sorted(found) == sorted(expected)
    assert "fonts.googleapis" not in response.text and "cdn." not in response.text


@pytest.mark.parametrize("asset", ["swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js",
                                   "favicon.png"])
def test_assets_are_served_from_the_package(client: TestClient, asset: str) -> None:
    response = client.get(f"/docs/assets/{asset}")
    assert response.status_code == 200
    with open(f"{assets_dir()}/{asset}", "rb") as packaged:
        assert response.content == packaged.read()


def test_the_docs_pages_stay_out_of_the_openapi_document(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p.startswith(("/docs", "/redoc"))]
