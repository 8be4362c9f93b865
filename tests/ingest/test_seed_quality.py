"""The seed development set scored with ../shared/eval/score.py's own logic (imported from there):
precision >= 0.85 and F1 >= 0.80."""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.reading.reading import iter_article_files, read_articles


def _score_module(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_seed_precision_and_f1(shared_dir: Path, seeds_dir: Path, extractor: Extractor) -> None:
    score = _score_module(shared_dir)
    table = score.load_aliases([str(shared_dir / "eval" / "aliases.tsv")])
    gold, optional = defaultdict(set), defaultdict(set)
    for line in (shared_dir / "eval" / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            key = score.key(score.canon(g["subject"], table), g["relation"], score.canon(g["object"], table))
            (optional if g.get("optional") else gold)[score.doc_id(g["doc"])].add(key)
    pred = defaultdict(set)
    for path in iter_article_files([seeds_dir]):
        for article in read_articles(path).articles:
            for r in extractor.extract(article).relations:
                p = r.to_json()
                pred[score.doc_id(p["doc"])].add(
                    score.key(
                        score.canon(p["subject"], table), p["relation"], score.canon(p["object"], table)
                    )
                )
    tp = fp = fn = 0
    for doc in set(gold) | set(optional):
        predicted = pred[doc] - optional[doc]
        tp += len(predicted & gold[doc])
        fp += len(predicted - gold[doc])
        fn += len(gold[doc] - predicted)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert precision >= 0.85, (tp, fp, fn)
    assert f1 >= 0.80, (tp, fp, fn)
