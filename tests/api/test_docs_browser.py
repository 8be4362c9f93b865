"""/docs and /redoc render offline: a real uvicorn on 127.0.0.1, loaded in headless Chromium
(Debian's chromium, driven by Playwright for Python) with every request outside 127.0.0.1
blocked and recorded. The pages must render the API's operations from the packaged assets alone.

Skips only when no Chromium is installed (scripts/test.sh installs Debian's chromium as root).
"""

from __future__ import annotations

import httpx
import pytest
from browser_support import Visit

pytestmark = pytest.mark.server


def _operations(server: str) -> list[tuple[str, str]]:
    spec = httpx.get(server + "/openapi.json").json()
    return sorted((method.upper(), path) for path, item in spec["paths"].items() for method in item)


def test_swagger_ui_renders_every_operation_offline(browser: object, sample_server: str) -> None:
    visit = Visit(browser, sample_server + "/docs")
    try:
        visit.page.wait_for_selector(".opblock-summary", timeout=30_000)
        rendered = visit.page.eval_on_selector_all(
            ".opblock-summary", "els => els.map(e => [e.querySelector('.opblock-summary-method').textContent,"
                                " e.querySelector('.opblock-summary-path').getAttribute('data-path')])")
        assert sorted((m, p) for m, p in rendered) == _operations(sample_server)
        assert visit.page.title() == "sahelkg - Swagger UI"
        assert (visit.outside, visit.refused, visit.errors) == ([], [], [])
        assert f"{sample_server}/docs/assets/swagger-ui-bundle.js" in visit.requests
        assert f"{sample_server}/openapi.json" in visit.requests
    finally:
        visit.close()


def test_redoc_renders_the_operations_offline(browser: object, sample_server: str) -> None:
    visit = Visit(browser, sample_server + "/redoc")
    try:
        visit.page.wait_for_selector("[data-section-id^='tag/SPARQL/operation']", timeout=30_000)
        sections = visit.page.eval_on_selector_all(
            "[data-section-id*='/operation/']", "els => els.map(e => e.getAttribute('data-section-id'))")
        assert len(set(sections)) == len(_operations(sample_server))
        assert "SPARQL 1.1 query (GET)" in visit.page.inner_text("body")
        assert visit.outside == []
        # ReDoc's bundle asks for its logo from its CDN: the page's policy refuses, ReDoc drops it
        assert len(visit.refused) == 1 and "https://cdn.redoc.ly/redoc/logo-mini.svg" in visit.refused[0]
        assert visit.page.locator("img[alt='redocly logo']").count() == 0
        assert visit.errors == []
        assert f"{sample_server}/docs/assets/redoc.standalone.js" in visit.requests
    finally:
        visit.close()
