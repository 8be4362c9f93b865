"""No input can crash a batch: malformed records are named and skipped, a sentence the rules cannot
read loses that sentence only, over-long text is cut so time grows linearly, an article over its
time budget is reported and skipped, and workers leave when a killed ingest leaves them behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sahelkg.ingest.job.batch import extract_files
from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.nlp.builtin import MAX_SENTENCE_TOKENS, split_sentences
from sahelkg.ingest.reading.reading import ArticleReadError, read_articles

from sahelkg.records import Article
from sahelkg.settings import Settings

GOOD = "زار المشير خليفة حفتر النيجر."


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Settings(nlp_backend="builtin"))


def _cli(*args: str, **kw) -> subprocess.CompletedProcess[str]:  # noqa: ANN003
    return subprocess.run([sys.executable, "-m", "sahelkg", *args], capture_output=True, text=True,
                          timeout=600, **kw)


def test_malformed_records_are_named_and_the_good_files_of_the_batch_go_on(tmp_path: Path) -> None:
    deep = "[" * 1000 + "]" * 1000
    (tmp_path / "deep.json").write_text(deep, encoding="utf-8")
    (tmp_path / "deep.jsonl").write_text('{"id": "d", "text": ' + deep + "}\n", encoding="utf-8")
    (tmp_path / "types.jsonl").write_text(
        json.dumps({"id": "t", "title": 5, "text": GOOD}) + "\n"
        + json.dumps({"id": "u", "url": ["x"], "text": GOOD}) + "\n"
        + json.dumps({"id": "o", "outlet": {"a": 1}, "lang": "ar", "text": GOOD}) + "\n", encoding="utf-8")
    (tmp_path / "surrogate.jsonl").write_text('{"id": "s", "text": "Haftar \\ud800 visited Niamey."}\n',
                                              encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    done = _cli("extract", str(tmp_path), "--nlp", "builtin")
    assert "Traceback" not in done.stderr
    assert [json.loads(line)["doc"] for line in done.stdout.splitlines()] == ["good"]
    problems = sorted(line for line in done.stderr.splitlines() if line.startswith("skipped"))
    assert problems == sorted([
        f"skipped {tmp_path / 'deep.json'}: invalid JSON (nested too deeply)",
        f"skipped {tmp_path / 'deep.jsonl'}: line 1: invalid JSON (nested too deeply)",
        f"skipped {tmp_path / 'surrogate.jsonl'}: line 1: field 'text' is not valid Unicode "
        "(a lone surrogate at character 7)",
        f"skipped {tmp_path / 'types.jsonl'}: line 1: field 'title' is not a string (int)",
        f"skipped {tmp_path / 'types.jsonl'}: line 2: field 'url' is not a string (list)",
        f"skipped {tmp_path / 'types.jsonl'}: line 3: field 'outlet' is not a string (dict)",
    ])
    data = tmp_path / "data"
    ingest = _cli("ingest", str(tmp_path), "--data-dir", str(data), "--workers", "1")
    assert ingest.returncode == 0 and "Traceback" not in ingest.stderr + ingest.stdout


@pytest.mark.parametrize("text", ["استقبل حفتر نائب", "وصل وفد نيجري برئاسة", "التقى الرئيس مساعد",
                                  "Le président", "the deputy", "نظيره", "بين"])
def test_an_article_ending_in_the_middle_of_a_phrase_keeps_what_came_before(extractor: Extractor,
                                                                            text: str) -> None:
    extracted = extractor.extract(Article(id="t", text=GOOD + " " + text, lang="ar" if text > "z" else None))
    assert extracted.problems == () and extracted.skipped is None
    if text > "z":
        assert ("Khalifa_Haftar", "visit", "Niger") in {(r.subject.id, r.relation, r.object.id)
                                                       for r in extracted.relations}


def test_a_rule_failing_on_one_sentence_loses_that_sentence_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from sahelkg.ingest.relations.rules import kinship

    real = kinship.possessive_kin

    def failing(s, out) -> None:  # noqa: ANN001
        if "بنغازي" in s.tokens:
            raise RuntimeError("a rule gave up")
        real(s, out)

    monkeypatch.setattr(kinship, "possessive_kin", failing)
    extractor = Extractor(Settings(nlp_backend="builtin"))
    text = "زار المشير خليفة حفتر النيجر. والتقى حفتر بنجله صدام في بنغازي. وزار حفتر تشاد."
    extracted = extractor.extract(Article(id="k", text=text, lang="ar"))
    assert extracted.problems == ("sentence 2: arguments failed (RuntimeError: a rule gave up)",)
    assert {(r.subject.id, r.relation, r.object.id) for r in extracted.relations} == {
        ("Khalifa_Haftar", "visit", "Niger"), ("Khalifa_Haftar", "visit", "Chad")}
    lines: list[str] = []
    source = Path(__file__).parent / "data_sentence_failure.txt"
    try:
        source.write_text(text, encoding="utf-8")
        [done] = list(extract_files([source], extractor, lines.append))
    finally:
        source.unlink()
    assert lines == [f"warning {source}: sentence 2: arguments failed (RuntimeError: a rule gave up)"]
    assert len(done.articles) == 1 and done.problems == 0


def test_a_megabyte_on_one_line_is_cut_into_bounded_sentences_and_extracted(extractor: Extractor) -> None:
    words = ("استقبل المشير خليفة حفتر في بنغازي رئيس النيجر محمد بازوم وبحث معه التعاون ، "
             "وزار وفد نيجري").split()
    text = " ".join(words[k % len(words)] for k in range(200_000))
    assert len(text.encode("utf-8")) > 1_000_000
    sentences = split_sentences(text)
    assert max(len(s.tokens) for s in sentences) <= MAX_SENTENCE_TOKENS
    assert sum(len(s.tokens) for s in sentences) == 200_000  # every word in exactly one sentence
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
    started = time.monotonic()
    extracted = extractor.extract(Article(id="big", text=text, lang="ar"))
    assert extracted.skipped is None and len(extracted.relations) > 1000
    assert time.monotonic() - started < 300  # linear: seconds here, not the hours a quadratic cost takes


def test_an_article_over_its_time_budget_is_reported_and_skipped(tmp_path: Path) -> None:
    extractor = Extractor(Settings(nlp_backend="builtin", article_budget=0.001))
    text = " ".join([GOOD] * 400)
    extracted = extractor.extract(Article(id="slow", text=text, lang="ar"))
    assert extracted.relations == ()
    assert extracted.skipped == "extraction took longer than its budget of 0.001 s (article 'slow')"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "slow.txt").write_text(" ".join([GOOD] * 8000), encoding="utf-8")
    (tmp_path / "in" / "quick.txt").write_text(GOOD, encoding="utf-8")
    done = _cli("ingest", str(tmp_path / "in"), "--data-dir", str(tmp_path / "data"), "--workers", "1",
                env={**os.environ, "SAHELKG_NLP_BACKEND": "builtin", "SAHELKG_ARTICLE_BUDGET": "0.3",
                     "COLUMNS": "400"})
    assert done.returncode == 0, done.stderr
    assert "longer than its budget of 0.3 s (article 'slow')" in done.stdout + done.stderr
    assert "written" in done.stdout


_VALUES = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.booleans(),
                    st.text(max_size=30), st.lists(st.integers(), max_size=3),
                    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=300) | \
    st.sampled_from([GOOD, "وصل وفد نيجري برئاسة", "Haftar met Tchiani in Niamey.", "\x00\x01\u202e"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=st.fixed_dictionaries({}, optional={"id": _VALUES, "title": _VALUES, "url": _VALUES,
                                                  "lang": _VALUES, "outlet": _VALUES, "date": _VALUES,
                                                  "text": _TEXT | _VALUES}))
def test_any_record_is_read_or_named_and_never_crashes_extraction(record: dict, extractor: Extractor,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    try:
        result = read_articles(path)
    except ArticleReadError as exc:
        assert str(exc).startswith(str(path))
        return
    assert len(result.articles) + len(result.problems) == 1
    for problem in result.problems:
        assert str(problem).startswith(f"{path}: line 1: ")
    for article in result.articles:
        extracted = extractor.extract(article)
        for relation in extracted.relations:
            ev = relation.evidence
            assert ev is not None and article.text[ev.start:ev.end] == ev.sentence
        json.dumps([r.to_json() for r in extracted.relations], ensure_ascii=False).encode("utf-8")


def _processes_marked(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if f"SAHELKG_TEST_RUN={marker}".encode() in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc to find the workers")
def test_workers_leave_when_a_killed_ingest_leaves_them(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(400):
        (corpus / f"a{n:04d}.txt").write_text(f"{GOOD} وزار حفتر تشاد يوم {n % 28 + 1} مارس 2019.",
                                              encoding="utf-8")
    marker = f"{os.getpid()}-{time.monotonic_ns()}"
    env = {**os.environ, "SAHELKG_NLP_BACKEND": "builtin", "SAHELKG_TEST_RUN": marker}
    process = subprocess.Popen([sys.executable, "-m", "sahelkg", "ingest", str(corpus), "--data-dir",
                                str(tmp_path / "data"), "--workers", "2", "--batch-size", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 120
        while len(_processes_marked(marker)) < 3 and time.monotonic() < deadline:  # ingest + 2 workers
            assert process.poll() is None, "ingest finished before its workers could be seen"
            time.sleep(0.1)
        assert len(_processes_marked(marker)) >= 3
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    deadline = time.monotonic() + 30
    while _processes_marked(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_marked(marker) == []
