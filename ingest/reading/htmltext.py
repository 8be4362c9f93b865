"""Main text of an HTML page: navigation, header, footer, aside, scripts, styles and forms go."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lxml import etree, html
from sahelkg.ingest.language.lexicon import DateWords
from sahelkg.ingest.reading.detect import detect_language
from sahelkg.ingest.relations.dates import header_date

from sahelkg.records import Article

DROPPED_TAGS = ("nav", "header", "footer", "aside", "script", "style", "form", "noscript", "iframe",
                "button", "svg", "select", "template")
BLOCK_TAGS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section",
                        "article", "main", "blockquote", "figcaption", "ul", "ol", "table", "dd", "dt"})


def _text_of(root: html.HtmlElement) -> str:
    parts: list[str] = []

    def walk(el: html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in BLOCK_TAGS:
            parts.append("\n")

    walk(root)
    lines = [" ".join(line.split()) for line in "".join(parts).splitlines()]
    return "\n".join(line for line in lines if line)


def _meta_date(root: html.HtmlElement) -> str | None:
    for xpath in ('//meta[@property="article:published_time"]/@content',
                  '//meta[@name="date"]/@content', '//meta[@itemprop="datePublished"]/@content',
                  '//time/@datetime'):
        found = root.xpath(xpath)
        if found:
            return str(found[0])
    return None


def html_article(path: Path, source: str, date_words: Sequence[DateWords]) -> Article:
    """An article from an HTML page (raises ArticleReadError when it has no text)."""
    from sahelkg.ingest.reading.reading import ArticleReadError, _parse_date

    try:
        root = html.document_fromstring(source)
    except (etree.ParserError, ValueError) as exc:
        raise ArticleReadError(path, f"cannot parse HTML ({exc})") from None
    title_el = root.find(".//title")
    title = " ".join(title_el.text_content().split()) if title_el is not None else None
    published = None
    meta = _meta_date(root)
    if meta:
        try:
            published = _parse_date(meta)[0]
        except ValueError:
            published = None
    lang = (root.get("lang") or "").split("-")[0] or None
    for tag in DROPPED_TAGS:
        for el in root.iter(tag):
            el.drop_tree()
    candidates = (root.find(".//article"), root.find(".//main"), root.find(".//body"))
    main = next((el for el in candidates if el is not None), root)
    text = _text_of(main)
    if not text.strip():
        raise ArticleReadError(path, "HTML page has no main text")
    if published is None:
        published = header_date(text.splitlines()[:15], date_words)
    h1 = main.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        title = " ".join(h1.text_content().split())
    return Article(id=path.stem, text=text, title=title or None, published=published,
                   lang=lang or detect_language(text), source=str(path))
