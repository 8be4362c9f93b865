"""The gold entities the extractor does not recognise in their article, per language.

For every required gold statement of a real-news split whose subject or object is not among the
entities recognised in its article (the entity coverage of ``bench_realnews.py``), counts the
missing entity, and lists per language the entities most often missing, with the number of
statements each is missing from, whether the gazetteer knows it, and the ids of the articles.
Prints ids and counts only, never article text.

    .venv/bin/python bench/coverage_misses.py                 # dev, every language, top 40
    .venv/bin/python bench/coverage_misses.py --lang ar --top 80
    .venv/bin/python bench/coverage_misses.py --format json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from sahelkg.ingest.job.evaluation import EntityNames, document_id, read_gold
from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.reading.reading import read_articles

from sahelkg.settings import Settings

CORPUS = Path(__file__).resolve().parent / "realnews"
LANGS = ("ar", "fr", "en")


def misses(split: str, langs: tuple[str, ...], extractor: Extractor) -> dict[str, dict[str, list[str]]]:
    """language -> missing entity id -> the article id of each statement it is missing from."""
    index = [json.loads(line) for line in (CORPUS / "index.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    names = EntityNames(extractor.gazetteer)
    gold: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for line in read_gold(CORPUS / f"gold.{split}.jsonl"):
        if line.get("optional"):
            continue
        subject, obj = names.resolve_any(line["subject"]), names.resolve_any(line["object"])
        gold[document_id(line["doc"])].add((subject, line["relation"], obj))
    out: dict[str, dict[str, list[str]]] = {lang: defaultdict(list) for lang in langs}
    absent_files = []
    for rec in index:
        if rec["split"] != split or rec["lang"] not in langs:
            continue
        path = CORPUS / "cache" / f"{rec['id']}.json"
        if not path.exists():
            absent_files.append(rec["id"])
            continue
        for article in read_articles(path).articles:
            doc = document_id(article.id)
            seen = {names.resolve(e) for e in extractor.extract(article).mentioned}
            for subject, _, obj in sorted(gold.get(doc, ())):
                for entity in (subject, obj):
                    if entity not in seen:
                        out[rec["lang"]][entity].append(doc)
    if absent_files:
        print(f"{len(absent_files)} article(s) not in the cache, left out: {', '.join(absent_files)}",
              file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--lang", choices=LANGS, action="append", help="one language (repeatable)")
    parser.add_argument("--top", type=int, default=40, help="entities per language (0: all)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args()
    extractor = Extractor(Settings(nlp_backend="builtin"))
    found = misses(args.split, tuple(args.lang or LANGS), extractor)
    known = set(extractor.gazetteer.entries)
    ranked = {lang: sorted(by_entity.items(), key=lambda kv: (-len(kv[1]), kv[0]))
              for lang, by_entity in found.items()}
    if args.top:
        ranked = {lang: rows[:args.top] for lang, rows in ranked.items()}
    if args.format == "json":
        json.dump({lang: [{"entity": e, "statements": len(docs), "known": e in known,
                           "articles": sorted(set(docs))} for e, docs in rows]
                   for lang, rows in ranked.items()}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    for lang, rows in ranked.items():
        total = sum(len(d) for d in found[lang].values())
        print(f"== {lang} ({args.split}): {total} missing entity slots, {len(found[lang])} entities")
        for entity, docs in rows:
            articles = sorted(set(docs))
            tag = "known" if entity in known else "new"
            print(f"{len(docs):4d} {tag:5} {entity}  [{len(articles)}] {' '.join(articles)}")


if __name__ == "__main__":
    main()
