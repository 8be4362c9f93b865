"""Extraction quality on the real-news corpus: P/R/F1 and entity coverage per split and language.

Reads bench/realnews/index.jsonl and the texts from the git-ignored bench/realnews/cache/ (see
bench/realnews/ANNOTATION.md and ``python scripts/realnews.py check``), extracts every article with
the built-in backend and scores it against bench/realnews/gold.{dev,test}.jsonl. Tune on dev; the
test split is for reporting.

    .venv/bin/python bench/bench_realnews.py                       # dev, per language
    .venv/bin/python bench/bench_realnews.py --split test --relations
    .venv/bin/python bench/bench_realnews.py --format json > report.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sahelkg.ingest.job.evaluation import EvaluationReport, evaluate, read_gold
from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.reading.reading import read_articles

from sahelkg.settings import Settings

CORPUS = Path(__file__).resolve().parent / "realnews"
LANGS = ("ar", "fr", "en")


def score(split: str, lang: str | None, extractor: Extractor,
          strict: bool = False) -> tuple[EvaluationReport, int]:
    index = [json.loads(line) for line in (CORPUS / "index.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    wanted = [r for r in index if r["split"] == split and (lang is None or r["lang"] == lang)]
    missing = [r["id"] for r in wanted if not (CORPUS / "cache" / f"{r['id']}.json").exists()]
    if missing and strict:
        sys.exit(f"{len(missing)} article(s) missing from bench/realnews/cache (first: {missing[0]}); "
                 "run: python scripts/realnews.py check")
    if missing:
        print(f"{split}/{lang or 'all'}: {len(missing)} article(s) missing from bench/realnews/cache, "
              f"scored without them and their gold: {', '.join(missing)}", file=sys.stderr)
    wanted = [r for r in wanted if r["id"] not in missing]
    relations, documents, mentioned = [], [], {}
    for rec in wanted:
        for article in read_articles(CORPUS / "cache" / f"{rec['id']}.json").articles:
            extracted = extractor.extract(article)
            relations.extend(extracted.relations)
            documents.append(article.id)
            mentioned[article.id] = extracted.mentioned
    gold = read_gold(CORPUS / f"gold.{split}.jsonl")
    report = evaluate(relations, gold, extractor.gazetteer, documents=documents, mentioned=mentioned)
    return report, len(wanted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--lang", choices=LANGS, action="append",
                        help="one language (repeatable); default all")
    parser.add_argument("--relations", action="store_true", help="also P/R/F1 per relation type")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--rules", default="", help="rule selection, as sahelkg extract --rules")
    parser.add_argument("--strict", action="store_true",
                        help="refuse to score when an article is missing from the cache (by default "
                             "the missing ones are named and left out, with their gold)")
    args = parser.parse_args()
    extractor = Extractor(Settings(nlp_backend="builtin", rules=args.rules))
    out = {}
    for lang in [*(args.lang or LANGS), None]:
        if lang is None and args.lang and len(args.lang) == 1:
            continue
        report, articles = score(args.split, lang, extractor, args.strict)
        out[lang or "all"] = (report, articles)
    if args.format == "json":
        json.dump({k: {"articles": n, **r.to_json()} for k, (r, n) in out.items()}, sys.stdout,
                  ensure_ascii=False, indent=2)
        return
    print(f"split {args.split}: built-in backend, {extractor.version}")
    print(f"{'':6} {'articles':>8} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6} {'entities':>9}")
    for key, (report, articles) in out.items():
        m, c = report.micro, report.coverage
        share = f"{c.share:.1%}" if c and c.statements else "-"
        print(f"{key:6} {articles:8d} {m.tp:5d} {m.fp:5d} {m.fn:5d} {m.precision:6.3f} {m.recall:6.3f} "
              f"{m.f1:6.3f} {share:>9}")
        if args.relations:
            for relation, s in sorted(report.per_relation.items()):
                print(f"  {relation:12} {s.tp:5d} {s.fp:5d} {s.fn:5d} "
                      f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    print("entities: required gold statements whose two entities were recognised in their article")


if __name__ == "__main__":
    main()
