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
