"""The input of an ingest job cut into read tasks: the unit a worker reads, extracts and returns.

Listing the files is all the parent does with them (a folder is searched recursively; a size
is one ``stat``). Consecutive files are grouped into a task of up to :data:`TASK_FILES` files or
:data:`TASK_BYTES` bytes. A JSON Lines file larger than :data:`SPLIT_BYTES` (a dump of many
records) is cut at line ends into parts of about :data:`TASK_BYTES`, one task each, so its
records are spread over the workers too; the parent reads such a file's bytes to find the line
ends, nothing more (no decoding, no JSON, no language detection).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sahelkg.ingest.reading.reading import (
    ArticleReadError,
    decode_bytes,
    iter_article_files,
    read_articles,
    read_jsonl_text,
)

from sahelkg.records import Article

TASK_FILES = 16
TASK_BYTES = 64 * 1024
SPLIT_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class FilePart:
    """A whole file (``end`` None) or the bytes [start, end) of a JSON Lines file, whose first
    line is line ``first_line`` of the file."""

    path: str
    size: int  # bytes this part covers
    start: int = 0
    end: int | None = None
    first_line: int = 1


@dataclass(frozen=True, slots=True)
class ReadTask:
    seq: int
    parts: tuple[FilePart, ...]

    @property
    def size(self) -> int:
        return sum(part.size for part in self.parts)


Problem = tuple[str, str]  # (file or record, reason)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _jsonl_parts(path: Path, size: int) -> list[FilePart]:
    """A large JSON Lines file cut at line ends; the whole file when it cannot be cut safely
    (unreadable, UTF-16 or binary: reading it whole reports the problem)."""
    whole = [FilePart(str(path), size)]
    try:
        data = path.read_bytes()
    except OSError:
        return whole
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        return whole
    parts: list[FilePart] = []
    start, line = 0, 1
    while start < len(data):
        cut = data.find(b"\n", start + TASK_BYTES)
        end = len(data) if cut < 0 else cut + 1
        parts.append(FilePart(str(path), end - start, start, end, line))
        line += data.count(b"\n", start, end)
        start = end
    return parts


def file_parts(paths: Iterable[Path]) -> Iterator[FilePart]:
    """The parts to read under ``paths``, in the order of the files."""
    for path in iter_article_files([Path(p) for p in paths]):
        size = _size(path)
        if path.suffix.lower() == ".jsonl" and size > SPLIT_BYTES:
            yield from _jsonl_parts(path, size)
        else:
            yield FilePart(str(path), size)


def plan_tasks(parts: list[FilePart], spread: int = 1) -> list[ReadTask]:
    """The read tasks for ``parts``: at least ``spread`` of them where there are enough files (so
    every worker gets some), otherwise up to :data:`TASK_FILES` files or :data:`TASK_BYTES` a task."""
    whole = sum(1 for part in parts if part.end is None)
    per_task = max(1, min(TASK_FILES, whole // max(1, spread)))
    tasks: list[ReadTask] = []
    group: list[FilePart] = []

    def close() -> None:
        if group:
            tasks.append(ReadTask(len(tasks), tuple(group)))
            group.clear()

    for part in parts:
        if part.end is not None:  # a part of a large file: a task of its own
            close()
            group.append(part)
            close()
            continue
        group.append(part)
        if len(group) >= per_task or sum(p.size for p in group) >= TASK_BYTES:
            close()
    close()
    return tasks


def read_part(part: FilePart) -> tuple[list[Article], list[Problem]]:
    """The readable articles of a part and the problems met (the file itself, bad records)."""
    path = Path(part.path)
    try:
        if part.end is None:
            if not path.exists():
                raise ArticleReadError(path, "no such file or folder")
            result = read_articles(path)
        else:
            with path.open("rb") as handle:
                handle.seek(part.start)
                data = handle.read(part.end - part.start)
            result = read_jsonl_text(path, decode_bytes(data, path), part.first_line)
    except ArticleReadError as exc:
        return [], [(str(exc.path), exc.reason)]
    except OSError as exc:
        return [], [(str(path), f"cannot read file ({exc.strerror or exc})")]
    return result.articles, [(str(p.path), p.reason) for p in result.problems]


def read_files(paths: Iterable[Path]) -> tuple[int, list[Article], list[Problem]]:
    """(number of files, their readable articles, the problems met) for ``paths``, read here."""
    parts = list(file_parts(paths))
    articles: list[Article] = []
    problems: list[Problem] = []
    for part in parts:
        found, met = read_part(part)
        articles.extend(found)
        problems.extend(met)
    return len({part.path for part in parts}), articles, problems
