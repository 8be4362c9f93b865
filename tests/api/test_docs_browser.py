"""/docs and /redoc render offline: a real uvicorn on 127.0.0.1, loaded in headless Chromium
(Debian's chromium, driven by Playwright for Python) with every request outside 127.0.0.1
blocked and recorded. The pages must render the API's operations from the packaged assets alone.

Skips only when no Chromium is installed (scripts/test.sh installs Debian's chromium as root).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

pytestmark = pytest.mark.server

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium_path() -> str:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium on this machine (looked for chromium, chromium-browser, google-chrome): "
                "scripts/test.sh installs Debian's chromium with apt-get when run as root")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True,
                                              args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield launched
        launched.close()


class Visit:
    """One page load: every request the page made, and those that would have left 127.0.0.1."""

    def __init__(self, browser: object, url: str) -> None:
        self.context = browser.new_context()  # type: ignore[attr-defined]
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.outside: list[str] = []
        self.refused: list[str] = []  # what the page's Content-Security-Policy stopped
        self.errors: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.route("**/*", self._route)
        self.page.goto(url)

    def _console(self, message: object) -> None:
        text = message.text  # type: ignore[attr-defined]
        if "Content Security Policy" in text:
            self.refused.append(text)
        elif message.type == "error":  # type: ignore[attr-defined]
            self.errors.append(text)

    def _route(self, route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        self.requests.append(url)
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).hostname == "127.0.0.1":
            route.continue_()  # type: ignore[attr-defined]
        else:
            self.outside.append(url)
            route.abort()  # type: ignore[attr-defined]

    def close(self) -> None:
        self.context.close()


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
