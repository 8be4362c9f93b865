"""What an ingest job tells its caller: the summary at the end and the progress on the way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0  # articles read
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file or article id, reason)
    unchanged: int = 0
    written: int = 0
    relations: int = 0  # relation events added by the written articles
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (article, sentence it lost)
    engine: str = ""  # "in-process", "2 worker processes", "dask tcp://..."
    seconds: float = 0.0  # wall time of the whole job

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"files": self.files, "articles": self.articles,
                "skipped": [{"source": source, "reason": reason} for source, reason in self.skipped],
                "unchanged": self.unchanged, "written": self.written, "relations": self.relations,
                "warnings": [{"source": source, "problem": problem} for source, problem in self.warnings],
                "engine": self.engine, "seconds": round(self.seconds, 3)}


@dataclass(frozen=True, slots=True)
class JobProgress:
    """Where a job stands: ``done`` units of work out of ``total`` (input bytes whose articles are
    all dealt with, for a job that reads files here or in workers; articles, for one that sends
    them to a server), and the articles dealt with so far (written, unchanged or skipped)."""

    done: int
    total: int
    articles: int


ProgressCallback = Callable[[JobProgress], None]


class IngestError(Exception):
    """The job cannot go on (a scheduler unreachable, worker processes dying); ``str()`` is the
    one line to show. What was written before stays, and a re-run goes on from there."""
