"""The extractor's output on seeds/, bench/devset and bench/testset, pinned.

A change that is meant to leave extraction alone (a refactoring, a faster data structure) must
leave this snapshot as it is. A change that improves the rules changes it on purpose: rewrite it
with ``SAHELKG_UPDATE_SNAPSHOT=1 .venv/bin/python -m pytest tests/ingest/test_extract_snapshot.py``
and commit the new file with the rules, so the diff shows every relation gained and lost.

One line per relation: document, subject id, relation, object id, status, date, evidence offsets,
confidence and the rule that produced it (the built-in backend, so the result does not depend on
which stanza models are installed).
"""

from __future__ import annotations

import os
from pathlib import Path

from sahelkg.ingest.job.batch import extract_files
from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.reading.reading import iter_article_files

from sahelkg.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).parent / "snapshots" / "extract.tsv"
CORPORA = ("seeds", "bench/devset", "bench/testset")


def snapshot_lines() -> list[str]:
    extractor = Extractor(Settings(nlp_backend="builtin"))
    lines = []
    for corpus in CORPORA:
        files = [f for f in iter_article_files([ROOT / corpus]) if f.name != "gold.jsonl"]
        for done in extract_files(files, extractor, lambda _line: None):
            for extracted in done.articles:
                for r in extracted.relations:
                    ev = r.evidence
                    lines.append("\t".join([
                        corpus, r.doc, r.subject.id, r.relation, r.object.id, r.status, r.date or "-",
                        f"{ev.start}-{ev.end}" if ev else "-", f"{r.confidence:.3f}", r.rule]))
    return lines


def test_extraction_on_the_regression_corpora_is_as_pinned() -> None:
    lines = snapshot_lines()
    assert len(lines) > 300
    if os.environ.get("SAHELKG_UPDATE_SNAPSHOT") == "1":
        SNAPSHOT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pinned = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    gained = sorted(set(lines) - set(pinned))
    lost = sorted(set(pinned) - set(lines))
    assert not gained and not lost and lines == pinned, (
        f"extraction changed: {len(gained)} line(s) new, {len(lost)} gone "
        f"(first new: {gained[:3]}; first gone: {lost[:3]}); if that is intended, rewrite the "
        "snapshot with SAHELKG_UPDATE_SNAPSHOT=1 (see the module docstring)")
