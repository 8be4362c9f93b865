"""The real-news corpus as committed: index and gold agree, whole outlets on one side of the
split, no third-party text beyond short evidence spans (the texts stay in the git-ignored cache)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from sahelkg.records import RELATION_TYPES, STATUSES

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "realnews"


def _lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line]


def test_the_index_covers_three_languages_many_outlets_and_every_relation() -> None:
    index = _lines("index.jsonl")
    langs = Counter(r["lang"] for r in index)
    assert len(index) >= 200 and langs["ar"] >= 120 and langs["fr"] >= 40 and langs["en"] >= 40
    assert len({r["outlet"] for r in index}) >= 30
    assert len({r["id"] for r in index}) == len(index) and len({r["url"] for r in index}) == len(index)
    for r in index:
        assert set(r) >= {"id", "url", "lang", "date", "outlet", "query", "sha256", "chars", "split"}, r["id"]
        assert len(r["sha256"]) == 64 and r["query"] and r["split"] in ("dev", "test"), r["id"]
    gold = _lines("gold.jsonl")
    assert {g["relation"] for g in gold if not g.get("optional")} == set(RELATION_TYPES)


def test_outlets_stay_on_one_side_and_the_test_split_is_a_third_of_each_language() -> None:
    index = _lines("index.jsonl")
    sides: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in index:
        sides[(r["lang"], r["outlet"])].add(r["split"])
    assert all(len(s) == 1 for s in sides.values())
    for lang in ("ar", "fr", "en"):
        here = [r for r in index if r["lang"] == lang]
        share = sum(r["split"] == "test" for r in here) / len(here)
        assert 0.25 <= share <= 0.4, (lang, share)


def test_gold_lines_follow_the_schema_and_the_split_files() -> None:
    side = {r["id"]: r["split"] for r in _lines("index.jsonl")}
    gold = _lines("gold.jsonl")
    for g in gold:
        assert g["doc"] in side and g["relation"] in RELATION_TYPES and g["status"] in STATUSES, g
        assert len(str(g.get("evidence", "")).split()) <= 12, g  # short spans only
        assert g["subject"] and g["object"] and g["subject"] != g["object"], g
    for name in ("dev", "test"):
        assert _lines(f"gold.{name}.jsonl") == [g for g in gold if side[g["doc"]] == name]


def _realnews_script(tmp_path: Path, monkeypatch, text: str):
    """scripts/realnews.py loaded with its index and cache in tmp_path; one article annotated."""
    import hashlib
    import importlib.util

    script = CORPUS.parents[1] / "scripts" / "realnews.py"
    spec = importlib.util.spec_from_file_location("realnews_script", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    index = tmp_path / "index.jsonl"
    record = {"id": "en9-001", "url": "https://example.org/a", "lang": "en", "date": "2024-05-01",
              "outlet": "example.org", "query": "q", "chars": len(text),
              "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "split": "dev"}
    index.write_text(json.dumps(record) + "\n", encoding="utf-8")
    monkeypatch.setattr(module, "INDEX", index)
    monkeypatch.setattr(module, "CACHE", tmp_path / "cache")
    return module


def test_restore_caches_the_annotated_text_after_an_editor_changed_its_line_ends(
    tmp_path, monkeypatch
) -> None:
    text = "Niger recalls envoy\nNiger recalled its ambassador on Monday."
    realnews = _realnews_script(tmp_path, monkeypatch, text)
    copied = tmp_path / "copied.txt"
    copied.write_bytes((text.replace("\n", "\r\n") + "\r\n").encode("utf-8"))
    assert realnews.main(["restore", "en9-001", str(copied), "--title"]) == 0
    cached = json.loads((tmp_path / "cache" / "en9-001.json").read_text(encoding="utf-8"))
    assert cached == {"id": "en9-001", "url": "https://example.org/a", "title": "Niger recalls envoy",
                      "date": "2024-05-01", "lang": "en", "outlet": "example.org", "text": text}


def test_restore_refuses_another_text_and_an_unknown_id_and_caches_nothing(
    tmp_path, monkeypatch, capsys
) -> None:
    realnews = _realnews_script(tmp_path, monkeypatch, "Niger recalled its ambassador on Monday.")
    other = tmp_path / "other.txt"
    other.write_text("Niger recalled its ambassador on Tuesday.", encoding="utf-8")
    assert realnews.main(["restore", "en9-001", str(other)]) == 1
    assert "is not the text annotated as en9-001" in capsys.readouterr().err
    assert realnews.main(["restore", "en9-404", str(other)]) == 2
    assert "no article 'en9-404'" in capsys.readouterr().err
    assert not (tmp_path / "cache").exists()
