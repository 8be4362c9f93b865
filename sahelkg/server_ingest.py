"""Ingest through a running server: read article files here, send each article to the server's
``POST /articles`` with the write token, and count what the server did with it.

This is the way to add articles while ``sahelkg serve`` holds the embedded store open (a second
process cannot open it for writing). The server extracts and writes each article as it does for
any submission; the summary has the same shape as a local ingest's.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx

from sahelkg.ingest.job.report import IngestReport, JobProgress, ProgressCallback
from sahelkg.ingest.job.tasks import read_files
from sahelkg.records import Article

LANGUAGES = ("ar", "fr", "en")  # what POST /articles accepts as lang; others are detected there


class ServerIngestError(Exception):
    """The server cannot take the articles at all (unreachable, refuses the token, not sahelkg)."""


def submission(article: Article) -> dict[str, Any]:
    """The ``POST /articles`` body for an article read from a file."""
    body: dict[str, Any] = {"id": article.id, "text": article.text}
    for key, value in (("title", article.title), ("url", article.url), ("outlet", article.outlet),
                       ("date", article.published.isoformat() if article.published else None),
                       ("lang", article.lang if article.lang in LANGUAGES else None)):
        if value is not None:
            body[key] = value
    return body


def _error_text(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"])
    except (ValueError, KeyError, TypeError):
        return response.text.strip().splitlines()[0] if response.text.strip() else response.reason_phrase


def ingest_via_server(paths: Iterable[Path], server: str, token: str | None, *,
                      timeout: float = 300.0, progress: ProgressCallback | None = None,
                      client: httpx.Client | None = None) -> IngestReport:
    """Send the articles under ``paths`` to ``server``'s ``POST /articles``, one request each.

    An article the server refuses (422: not a valid article) is skipped with the server's reason;
    a refused token (403), an unreachable server or an answer that is not sahelkg's raise
    :class:`ServerIngestError` at the first article.
    """
    started = time.perf_counter()
    report = IngestReport(engine=f"the server at {server.rstrip('/')}")
    report.files, articles, problems = read_files(paths)
    report.skipped.extend(problems)
    base = server.rstrip("/")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    seen: dict[str, str] = {}
    try:
        for done, article in enumerate(articles, 1):
            report.articles += 1
            source = article.source or article.id
            if article.id in seen:
                report.skipped.append((source, f"duplicate article id {article.id!r} (already read from "
                                               f"{seen[article.id]})"))
                continue
            seen[article.id] = source
            try:
                response = http.post(f"{base}/articles", json=submission(article), headers=headers)
            except httpx.HTTPError as exc:
                raise ServerIngestError(f"cannot reach the server at {base}: {exc}") from None
            if response.status_code in (200, 201):
                answer = response.json()
                if answer.get("status") == "unchanged":
                    report.unchanged += 1
                else:
                    report.written += 1
                    report.relations += len(answer.get("relations", []))
            elif response.status_code in (413, 422):
                report.skipped.append((source, f"the server refused it ({response.status_code}): "
                                               f"{_error_text(response)}"))
            elif response.status_code == 403:
                raise ServerIngestError(f"the server at {base} refused the write ({_error_text(response)}); "
                                        "give its write token with --token or SAHELKG_WRITE_TOKEN")
            else:
                raise ServerIngestError(f"the server at {base} answered POST /articles with "
                                        f"{response.status_code}: {_error_text(response)}")
            if progress:
                progress(JobProgress(done, len(articles), report.articles))
    finally:
        if own:
            http.close()
        report.seconds = time.perf_counter() - started
    return report
