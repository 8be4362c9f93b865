"""Reading articles from files: .txt, .html/.htm (main text only), .json and .jsonl records.

Encodings: UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such. A file that is
not valid UTF-8 is accepted as Windows-1256 only when that decoding yields mostly Arabic
letters (old Arabic news dumps); anything else is reported as wrongly encoded. Files with NUL
bytes and no UTF-16 BOM are reported as binary.

A whole-file problem raises :class:`ArticleReadError`; a bad record inside a JSON Lines file is
reported in ``ReadResult.problems`` (with its line number) and the other records are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sahelkg.ingest.language.lexicon import available_languages, load_lexicon
from sahelkg.ingest.reading.detect import detect_language
from sahelkg.ingest.relations.dates import header_date

from sahelkg.records import Article, DatePrecision

ARTICLE_SUFFIXES: frozenset[str] = frozenset({".txt", ".html", ".htm", ".json", ".jsonl"})
HEADER_LINES = 15


class ArticleReadError(Exception):
    """An article file (or one record in it) cannot be read. ``str()`` is "<path>: <reason>"."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


@dataclass(slots=True)
class ReadResult:
    """The readable articles of one file and the problems met on the way (bad records)."""

    articles: list[Article] = field(default_factory=list)
    problems: list[ArticleReadError] = field(default_factory=list)


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Article files under ``paths``: a folder is searched recursively (sorted, article suffixes
    only); a file is yielded as given, so that reading it can report what is wrong with it."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            yield path


def decode_bytes(data: bytes, path: Path | str) -> str:
    """Decode an article file's bytes (see the module docstring for the accepted encodings)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data, "utf-8-sig", path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16", path)
    if b"\x00" in data:
        raise ArticleReadError(path, "binary file (contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            text = ""
        letters = [ch for ch in text if ch.isalpha()]
        arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
        if letters and arabic / len(letters) >= 0.6:
            return text
        raise ArticleReadError(path, f"not UTF-8 text (invalid byte at offset {exc.start})") from None


def _decode(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleReadError(path, f"not valid {encoding} text (byte offset {exc.start})") from None


def _header_dates() -> list:
    return [load_lexicon(lang).dates for lang in available_languages()]


HEADLINE_MIN_WORDS = 4  # a line of fewer words before the headline is a section label ("العالم العربي")


def headline(text: str, lang: str | None) -> str | None:
    """The article's headline: the first line of at least four words once page furniture ("تخطي
    إلى المحتوى الرئيسي", "logo", navigation) is blanked out with the language's furniture rules;
    else the first line with text. The text is cleaned line by line up to the headline only."""
    from sahelkg.ingest.reading.cleaning import clean_lines

    cleaned: Iterator[str] = iter(text.splitlines())
    if lang in available_languages():
        lines = clean_lines(text[:4000], load_lexicon(lang))
        cleaned = (part for line in lines for part in line.splitlines())
    first = None
    for raw in cleaned:
        line = raw.strip()
        if not line:
            continue
        if len(line.split()) >= HEADLINE_MIN_WORDS:
            return line
        first = first if first is not None else line
    return first if first is not None else next((line.strip() for line in text.splitlines() if line.strip()),
                                                None)


def _parse_date(value: object) -> tuple[date | None, DatePrecision | None]:
    """A record's date and its precision: a full ISO date or datetime, or a partial one ("2023-07",
    "2018"), which keeps the article with the precision the record gives."""
    if value in (None, ""):
        return None, None
    if not isinstance(value, str):
        raise ValueError(f"date {value!r} is not a string")
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date(), "day"
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    try:
        if match:
            return date(int(match[1]), int(match[2]), int(match[3])), "day"
        match = re.fullmatch(r"(\d{4})-(\d{2})", text)
        if match:
            return date(int(match[1]), int(match[2]), 1), "month"
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1), "year"
    except ValueError:
        pass
    raise ValueError(f"date {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")


def read_articles(path: Path) -> ReadResult:
    """Read the articles in one file.

    Raises :class:`ArticleReadError` when the file as a whole cannot be read (missing,
    unreadable, empty, binary, wrongly encoded, unsupported type, invalid JSON document).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleReadError(path, f"unsupported file type {suffix or '(none)'!r} "
                                     f"(expected one of {', '.join(sorted(ARTICLE_SUFFIXES))})")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleReadError(path, "no such file") from None
    except OSError as exc:
        raise ArticleReadError(path, f"cannot read file ({exc.strerror or exc})") from None
    if not data.strip():
        raise ArticleReadError(path, "empty file")
    text = decode_bytes(data, path)
    if not text.strip():
        raise ArticleReadError(path, "empty file")
    if suffix == ".txt":
        return ReadResult([_text_article(path, text)])
    if suffix in (".html", ".htm"):
        from sahelkg.ingest.reading.htmltext import html_article

        return ReadResult([html_article(path, text, _header_dates())])
    if suffix == ".json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArticleReadError(path, f"invalid JSON (line {exc.lineno}: {exc.msg})") from None
        except RecursionError:
            raise ArticleReadError(path, "invalid JSON (nested too deeply)") from None
        records = doc if isinstance(doc, list) else [doc]
        result = ReadResult()
        for number, record in enumerate(records, 1):
            try:
                result.articles.append(record_article(record, path, number))
            except ValueError as exc:
                result.problems.append(ArticleReadError(path, f"record {number}: {exc}"))
        if not result.articles and result.problems and len(records) == 1:
            raise result.problems[0]
        return result
    return read_jsonl_text(path, text)


def read_jsonl_text(path: Path, text: str, first_line: int = 1) -> ReadResult:
    """The records of JSON Lines text read from ``path`` (all of it, or a part of it that starts at
    line ``first_line``: problems name the file's own line numbers)."""
    result = ReadResult()
    for number, line in enumerate(text.splitlines(), first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            result.problems.append(ArticleReadError(path, f"line {number}: invalid JSON ({exc.msg})"))
            continue
        except RecursionError:
            result.problems.append(ArticleReadError(path, f"line {number}: invalid JSON (nested too deeply)"))
            continue
        try:
            result.articles.append(record_article(record, path, number))
        except ValueError as exc:
            result.problems.append(ArticleReadError(path, f"line {number}: {exc}"))
    return result


def record_article(record: object, path: Path, number: int) -> Article:
    """An article from one JSON record (fields id, url, title, date, lang, text, outlet)."""
    if not isinstance(record, dict):
        raise ValueError("record is not a JSON object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise ValueError("record has no text")
    fields = {name: record.get(name) for name in ("id", "title", "url", "lang", "outlet")}
    for name, value in fields.items():
        if value is not None and not isinstance(value, str) and not (name == "id" and isinstance(value, int)):
            raise ValueError(f"field {name!r} is not a string ({type(value).__name__})")
    for name, value in (("text", body), *fields.items()):
        if isinstance(value, str):
            bad = next((k for k, ch in enumerate(value) if "\ud800" <= ch <= "\udfff"), None)
            if bad is not None:
                raise ValueError(f"field {name!r} is not valid Unicode (a lone surrogate at character {bad})")
    ident = fields["id"]
    article_id = str(ident) if ident not in (None, "") else f"{path.stem}-{number}"
    published, precision = _parse_date(record.get("date") or record.get("published"))
    lang = fields["lang"] or detect_language(body)
    return Article(id=article_id, text=body, title=fields["title"], url=fields["url"],
                   published=published, lang=lang, source=str(path), outlet=fields["outlet"],
                   published_precision=precision if precision != "day" else None)


def _text_article(path: Path, text: str) -> Article:
    lines = text.splitlines()[:HEADER_LINES]
    lang = detect_language(text)
    return Article(id=path.stem, text=text, title=headline(text, lang),
                   published=header_date(lines, _header_dates()), lang=lang, source=str(path))
