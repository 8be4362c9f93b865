import json
from datetime import date
from pathlib import Path

import pytest
from sahelkg.ingest.reading.reading import ArticleReadError, iter_article_files, read_articles

TEXT = "18 أغسطس 2024، 7:56 ص\nزار حفتر نيامي.\n"


def test_txt_article(tmp_path: Path) -> None:
    path = tmp_path / "haftar-niamey.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = read_articles(path)
    assert result.problems == []
    [article] = result.articles
    assert (article.id, article.published, article.lang, article.text) == (
        "haftar-niamey",
        date(2024, 8, 18),
        "ar",
        TEXT,
    )


def test_txt_with_bom_and_utf16(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(TEXT.encode("utf-16"))
    assert read_articles(tmp_path / "a.txt").articles[0].text == TEXT
    assert read_articles(tmp_path / "b.txt").articles[0].text == TEXT


def test_windows_1256_arabic_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes("زار حفتر نيامي أمس واجتمع بالرئيس".encode("cp1256"))
    assert read_articles(tmp_path / "old.txt").articles[0].text == "زار حفتر نيامي أمس واجتمع بالرئيس"


def test_html_keeps_main_text_only(tmp_path: Path) -> None:
    page = """<html lang="ar"><head><title>عنوان الصفحة</title>
    <meta property="article:published_time" content="2024-09-03T10:00:00Z">
    <script>var x = "زار حفتر باريس";</script><style>p {color: red}</style></head>
    <body><nav><a href="/">الرئيسية</a> <a>زار حفتر روما</a></nav><header>شعار الموقع</header>
    <article><h1>حفتر في نيامي</h1><p>زار حفتر نيامي.</p><p>واستقبله الرئيس.</p>
    <aside>اقرأ أيضا: زار حفتر موسكو</aside><form>اشترك</form></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [article] = read_articles(path).articles
    assert article.text == "حفتر في نيامي\nزار حفتر نيامي.\nواستقبله الرئيس."
    assert (article.id, article.title, article.published, article.lang) == (
        "page",
        "حفتر في نيامي",
        date(2024, 9, 3),
        "ar",
    )


def test_json_record_and_list(tmp_path: Path) -> None:
    record = {
        "id": "r1",
        "url": "https://example.org/r1",
        "title": "T",
        "date": "2024-08-18",
        "lang": "ar",
        "text": "زار حفتر نيامي.",
    }
    (tmp_path / "one.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([record, {**record, "id": None}]), encoding="utf-8")
    [article] = read_articles(tmp_path / "one.json").articles
    assert (article.id, article.url, article.published, article.lang) == (
        "r1",
        "https://example.org/r1",
        date(2024, 8, 18),
        "ar",
    )
    assert [a.id for a in read_articles(tmp_path / "many.json").articles] == ["r1", "many-2"]


def test_jsonl_bad_lines_are_reported_and_others_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "زار حفتر نيامي.", "date": "2018-08-07"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"id": "c", "text": "Haftar visited Niamey.", "date": "yesterday"}),
        json.dumps({"text": "Haftar visited Rome."}),
        "",
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_articles(path)
    assert [a.id for a in result.articles] == ["a", "feed-5"]
    assert [a.lang for a in result.articles] == ["ar", "en"]
    assert [str(p) for p in result.problems] == [
        f"{path}: line 2: invalid JSON (Expecting property name enclosed in double quotes)",
        f"{path}: line 3: record has no text",
        f"{path}: line 4: date 'yesterday' is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)",
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file"),
        (
            "binary.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "binary file (contains NUL bytes), not a text article",
        ),
        (
            "latin1.txt",
            "Le général a visité Niamey.".encode("latin-1"),
            "not UTF-8 text (invalid byte at offset 4)",
        ),
        (
            "bad.json",
            b'{"id": 1,',
            "invalid JSON (line 1: Expecting property name enclosed in double quotes)",
        ),
        (
            "notes.pdf",
            b"%PDF-1.4",
            "unsupported file type '.pdf' (expected one of .htm, .html, .json, .jsonl, .txt)",
        ),
    ],
)
def test_unreadable_files_raise_one_line_errors(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleReadError) as info:
        read_articles(path)
    assert str(info.value) == f"{path}: {reason}"
    assert info.value.reason == reason


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleReadError, match="no such file"):
        read_articles(tmp_path / "gone.txt")


def test_folders_are_searched_for_article_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.html", "sub/c.jsonl", "sub/d.json", "e.csv", "sub/f.htm"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_files([tmp_path])]
    assert found == ["a.html", "b.txt", "sub/c.jsonl", "sub/d.json", "sub/f.htm"]
    assert list(iter_article_files([tmp_path / "e.csv"])) == [tmp_path / "e.csv"]


def test_the_title_is_the_headline_not_the_page_furniture_before_it() -> None:
    from sahelkg.ingest.reading.reading import read_articles

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    titles = {p.stem[:3]: read_articles(p).articles[0].title for p in sorted(seeds.glob("*.txt"))}
    assert titles["001"] == "خليفة حفتر طرف في تعاون عسكري واستخباراتي ضخم في النيجر"
    assert titles["002"] == 'مصادر لـ"إرم نيوز": تحركات من ليبيا تمهد لانضمامها إلى كونفدرالية الساحل'
    assert titles["000"] == "حفتر في النيجر.. زيارة لتأمين الجنوب الليبي"


def test_a_record_with_a_partial_date_is_kept_with_its_precision(tmp_path: Path) -> None:
    from pyoxigraph import Literal, NamedNode
    from sahelkg.graph.mapping import article_quads
    from sahelkg.ingest.reading.reading import read_articles

    from sahelkg.records import ExtractedArticle

    path = tmp_path / "partial.jsonl"
    rows = [{"id": "m", "date": "2023-07", "lang": "en", "text": "Haftar visited Niamey."},
            {"id": "y", "date": "2018", "lang": "en", "text": "Haftar visited Niamey."},
            {"id": "bad", "date": "2023-13", "lang": "en", "text": "Haftar visited Niamey."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = read_articles(path)
    by_id = {a.id: a for a in result.articles}
    assert (by_id["m"].published_iso, by_id["m"].published_precision) == ("2023-07", "month")
    assert (by_id["y"].published_iso, by_id["y"].published_precision) == ("2018", "year")
    assert [str(p) for p in result.problems] == [
        f"{path}: line 3: date '2023-13' is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"]
    issued = NamedNode("http://purl.org/dc/terms/issued")
    quads = article_quads(ExtractedArticle(article=by_id["m"], relations=()))
    assert [q.object for q in quads if q.predicate == issued] == [
        Literal("2023-07", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#gYearMonth"))]
