"""Headless Chromium for the browser tests (Debian's chromium, driven by Playwright for Python):
where it is, and one page visit that blocks and records every request outside 127.0.0.1, the
requests the page's Content-Security-Policy refused, and console errors."""

from __future__ import annotations

import shutil
import time
from typing import Any
from urllib.parse import urlsplit

import pytest

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium_path() -> str:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium on this machine (looked for chromium, chromium-browser, google-chrome): "
                "scripts/test.sh installs Debian's chromium with apt-get when run as root")


class Visit:
    """One page load: every request the page made, and those that would have left 127.0.0.1."""

    def __init__(self, browser: object, url: str, **context_options: Any) -> None:
        self.context = browser.new_context(**context_options)  # type: ignore[attr-defined]
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

    def wait_until(self, expression: str, timeout: float = 30.0) -> Any:
        """Poll ``expression`` in the page until it is truthy; its value. (Playwright's own
        wait_for_function evaluates a string, which a page without 'unsafe-eval' refuses.)"""
        deadline = time.monotonic() + timeout
        while True:
            value = self.page.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"still false after {timeout} s: {expression}")
            time.sleep(0.05)

    def close(self) -> None:
        self.context.close()
