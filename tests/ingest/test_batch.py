"""extract_files: articles extracted in batches, in file order; unreadable files, bad records and
articles whose extraction fails are reported and skipped while the rest goes on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from sahelkg.ingest.job.batch import extract_files
from sahelkg.ingest.job.extract import Extractor, build_extractor

from sahelkg.records import Article, ExtractedArticle
from sahelkg.settings import Settings

VISIT = "زار المشير خليفة حفتر النيجر يوم الثلاثاء."


class FailingOn(Extractor):
    """The real extractor, except that extracting one given article raises."""

    def __init__(self, inner: Extractor, failing_id: str) -> None:
        self.__dict__.update(inner.__dict__)
        self.failing_id = failing_id
        self.batches: list[int] = []

    def extract_many(self, articles: Iterable[Article], batch: int = 16) -> Iterator[ExtractedArticle]:
        chunk = list(articles)
        self.batches.append(len(chunk))
        if any(a.id == self.failing_id for a in chunk):
            raise RuntimeError("boom")
        return super().extract_many(chunk, batch)

    def extract(self, article: Article) -> ExtractedArticle:
        if article.id == self.failing_id:
            raise RuntimeError("boom")
        return super().extract(article)


def _corpus(tmp_path: Path) -> list[Path]:
    (tmp_path / "a.txt").write_text(VISIT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    records = [{"id": "r1", "text": VISIT}, {"id": "bad", "text": VISIT}, {"id": "r3", "text": VISIT}]
    (tmp_path / "c.jsonl").write_text("\n".join([json.dumps(r, ensure_ascii=False) for r in records]
                                                + ["{not json"]), encoding="utf-8")
    return [tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.jsonl"]


def test_files_come_back_in_order_with_their_problems(tmp_path: Path) -> None:
    extractor = FailingOn(build_extractor(Settings(data_dir=tmp_path, nlp_backend="builtin")), "bad")
    problems: list[str] = []
    done = list(extract_files(_corpus(tmp_path), extractor, problems.append, batch_articles=2))
    assert [d.path.name for d in done] == ["a.txt", "b.txt", "c.jsonl"]
    assert [[e.article.id for e in d.articles] for d in done] == [["a"], [], ["r1", "r3"]]
    assert [d.problems for d in done] == [0, 1, 2]  # the binary file; the bad JSON line and 'bad'
    assert all(line.startswith("skipped ") for line in problems) and len(problems) == 3
    assert any("extraction failed (RuntimeError: boom)" in line for line in problems)
    triples = {(r.subject.id, r.relation, r.object.id) for r in done[0].articles[0].relations}
    assert triples == {("Khalifa_Haftar", "visit", "Niger")}
    assert extractor.batches == [4]  # the articles of the files read so far go as one batch
