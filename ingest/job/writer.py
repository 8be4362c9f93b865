"""The single writer of an ingest job: every article's outcome goes through it, in this process.

It keeps the summary, skips an article id already met in this run (the first file read wins),
and writes ``settings.batch_size`` articles per ``store.write_articles`` call: one atomic step
per batch, so a crash keeps the batches committed before it and a re-run skips them as unchanged.
"""

from __future__ import annotations

from sahelkg.graph.store.protocol import ArticleWrite, GraphStore
from sahelkg.ingest.job.outcomes import Outcome, Unchanged
from sahelkg.ingest.job.report import IngestReport, JobProgress, ProgressCallback
from sahelkg.ingest.job.worker import TaskResult


class Writer:
    def __init__(self, store: GraphStore, batch_size: int, report: IngestReport,
                 progress: ProgressCallback | None = None, total_bytes: int = 0) -> None:
        self.store = store
        self.batch_size = max(1, batch_size)
        self.report = report
        self.progress = progress
        self.total_bytes = total_bytes
        self.done_bytes = 0
        self._seen: dict[str, str] = {}  # article id -> where it was first read
        self._batch: list[ArticleWrite] = []
        self._relations = 0

    def admit(self, article_id: str, source: str) -> bool:
        """Count an article read; False (and the reason in the summary) when its id was already
        read in this run."""
        self.report.articles += 1
        first = self._seen.get(article_id)
        if first is not None:
            self.report.skipped.append((source, f"duplicate article id {article_id!r} (already read from "
                                                f"{first})"))
            return False
        self._seen[article_id] = source
        return True

    def unchanged(self) -> None:
        self.report.unchanged += 1

    def outcome(self, outcome: Outcome) -> None:
        self.report.warnings.extend((outcome.source, problem) for problem in outcome.problems)
        if outcome.nquads is None:
            self.report.skipped.append((outcome.source, outcome.error or "extraction failed"))
            return
        self._batch.append(outcome.write())
        self._relations += outcome.relations
        if len(self._batch) >= self.batch_size:
            self.flush()

    def item(self, item: Outcome | Unchanged) -> None:
        if not self.admit(item.article_id, item.source):
            return
        if isinstance(item, Unchanged):
            self.unchanged()
        else:
            self.outcome(item)

    def problems(self, problems: list[tuple[str, str]]) -> None:
        self.report.skipped.extend(problems)

    def task(self, result: TaskResult) -> None:
        """Everything a read task gave, then the progress."""
        self.problems(result.problems)
        for item in result.items:
            self.item(item)
        self.advance(result.size)

    def advance(self, size: int) -> None:
        self.done_bytes += size
        if self.progress:
            done = min(self.done_bytes, self.total_bytes)
            self.progress(JobProgress(done, self.total_bytes, self.report.articles))

    def flush(self) -> None:
        if self._batch:
            self.report.written += self.store.write_articles(self._batch)
            self.report.relations += self._relations
            self._batch = []
            self._relations = 0
