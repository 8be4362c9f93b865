#!/usr/bin/env python3
"""The real-news corpus: merge annotators' batches, split by outlet, check the cache.

The repository holds the index (bench/realnews/index.jsonl: url, language, date, outlet, the
query that finds the page again, sha256 of the text) and the gold (bench/realnews/gold.jsonl,
gold.dev.jsonl, gold.test.jsonl); the article texts are third-party and live in the git-ignored
bench/realnews/cache/<id>.json (see bench/realnews/ANNOTATION.md).

    python scripts/realnews.py merge    # parts/*.{index,gold}.jsonl -> index.jsonl, gold*.jsonl
    python scripts/realnews.py split    # (re)assign dev/test by outlet, 1/3 of each language to test
    python scripts/realnews.py check    # which cached texts are missing or differ from the index
    python scripts/realnews.py restore ID FILE  # cache the excerpt in FILE if it is the one annotated

``merge`` drops an article whose URL, or most of whose text, another article already has (the
same wire story on two sites counts once), and one that shares text with the seeds. ``split`` puts
whole outlets on one side, so the test split measures text from outlets the rules never saw;
it is deterministic (outlets in order of a hash of their name). ``check`` exits 1 when an
article of the index is missing from the cache or its text no longer matches its sha256, and
says how to get it back (the index's query finds the page again in the stored news pages).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "realnews"
CACHE = CORPUS / "cache"
PARTS = CORPUS / "parts"
INDEX = CORPUS / "index.jsonl"
GOLD = CORPUS / "gold.jsonl"
DROPPED = PARTS / "dropped.tsv"  # id<TAB>reason: articles a merge left out, left out by every later one
SPLITS = ("dev", "test")
TEST_SHARE = 1 / 3
DUPLICATE_SHARE = 0.5  # share of an article's word 8-grams found in an earlier one: a duplicate
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shingles(text: str, n: int = 8) -> set[str]:
    t = _DIACRITICS.sub("", unicodedata.normalize("NFKC", text).casefold())
    words = re.findall(r"\w+", t.translate(str.maketrans("أإآٱةى", "ااااهي")))
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def cached_text(article_id: str) -> str | None:
    path = CACHE / f"{article_id}.json"
    if not path.exists():
        return None
    return str(json.loads(path.read_text(encoding="utf-8")).get("text", ""))


def merge(_: argparse.Namespace) -> int:
    """Merge the annotators' batches into index.jsonl and gold.jsonl, dropping duplicates."""
    seeds = set().union(*(shingles(p.read_text(encoding="utf-8")) for p in (ROOT / "seeds").glob("*.txt")))
    old_split = {r["id"]: r.get("split") for r in read_jsonl(INDEX)}
    # a decision once made stays: the duplicate an article was dropped for may since have left the
    # cache (its page gone from the stored pages), which would let the copy in
    dropped_before = dict(line.split("\t", 1) for line in DROPPED.read_text(encoding="utf-8").splitlines()
                          if line.strip() and not line.startswith("#")) if DROPPED.exists() else {}
    index: list[dict[str, Any]] = []
    gold: list[dict[str, Any]] = []
    seen_urls: set[str] = set()
    seen_text: set[str] = set()
    dropped: list[str] = []
    for part in sorted(PARTS.glob("*.index.jsonl")):
        batch_gold = defaultdict(list)
        for line in read_jsonl(part.with_name(part.name.replace(".index.", ".gold."))):
            batch_gold[line["doc"]].append(line)
        for rec in read_jsonl(part):
            if rec["id"] in dropped_before:
                dropped.append(f"{rec['id']}: {dropped_before[rec['id']]}")
                continue
            text = cached_text(rec["id"])
            url = re.sub(r"^https?://(www\.)?", "", rec["url"]).rstrip("/").lower()
            grams = shingles(text) if text is not None else set()
            overlap = len(grams & seen_text) / len(grams) if grams else 0.0
            reason = ("its URL is another article's" if url in seen_urls else
                      "most of its text is another article's" if overlap > DUPLICATE_SHARE else
                      "it shares text with a seed" if grams and len(grams & seeds) / len(grams) > 0.2 else
                      "it has no gold lines" if not batch_gold.get(rec["id"]) else None)
            if reason:
                dropped.append(f"{rec['id']}: {reason}")
                continue
            seen_urls.add(url)
            seen_text |= grams
            index.append({**rec, "split": old_split.get(rec["id"])})
            gold.extend(batch_gold[rec["id"]])
    write_jsonl(INDEX, index)
    write_jsonl(GOLD, gold)
    DROPPED.write_text("# id<TAB>reason: articles left out of the corpus by scripts/realnews.py merge\n" +
                       "".join(f"{line.replace(': ', chr(9), 1)}\n" for line in dropped), encoding="utf-8")
    for line in dropped:
        print(f"dropped {line}")
    print(f"{len(index)} articles, {len(gold)} gold lines")
    return split(argparse.Namespace(reassign=False))


def split(args: argparse.Namespace) -> int:
    """Assign dev/test by outlet. Articles already assigned keep their side (so that nothing tuned
    on moves into the test split), unless ``--reassign``; a new article of a known outlet goes
    where its outlet is; new outlets fill the test split up to a third of each language."""
    index = read_jsonl(INDEX)
    if getattr(args, "reassign", False):
        for rec in index:
            rec["split"] = None
    by_lang: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for rec in index:
        by_lang[rec["lang"]][rec["outlet"]].append(rec)
    for lang, outlets in sorted(by_lang.items()):
        total = sum(len(v) for v in outlets.values())
        side_of = {o: next((r["split"] for r in recs if r["split"]), None) for o, recs in outlets.items()}
        in_test = sum(len(outlets[o]) for o, side in side_of.items() if side == "test")
        for outlet in sorted(outlets, key=lambda o: hashlib.sha256(f"{lang}:{o}".encode()).hexdigest()):
            if side_of[outlet] is None:
                fits = in_test + len(outlets[outlet]) <= round(total * TEST_SHARE)
                side_of[outlet] = "test" if fits else "dev"
                in_test += len(outlets[outlet]) if side_of[outlet] == "test" else 0
            for rec in outlets[outlet]:
                rec["split"] = side_of[outlet]
        test_outlets = sum(1 for side in side_of.values() if side == "test")
        print(f"{lang}: {total} articles; test {in_test} from {test_outlets} outlets, "
              f"dev {total - in_test} from {len(outlets) - test_outlets}")
    write_jsonl(INDEX, index)
    return _write_split_gold(index)


def _write_split_gold(index: list[dict[str, Any]]) -> int:
    side_of = {r["id"]: r["split"] for r in index}
    gold = read_jsonl(GOLD)
    for side in SPLITS:
        lines = [g for g in gold if side_of.get(g["doc"]) == side]
        write_jsonl(CORPUS / f"gold.{side}.jsonl", lines)
        print(f"gold.{side}.jsonl: {len(lines)} lines")
    return 0


def check(_: argparse.Namespace) -> int:
    """Which cached texts are missing or differ from the index."""
    index = read_jsonl(INDEX)
    missing, changed = [], []
    for rec in index:
        text = cached_text(rec["id"])
        if text is None:
            missing.append(rec)
        elif sha256(text) != rec["sha256"]:
            changed.append(rec)
    for rec in missing:
        print(f"missing {rec['id']}: {rec['url']} (search the stored news pages for: {rec['query']!r})")
    for rec in changed:
        print(f"changed {rec['id']}: the cached text is not the one annotated (sha256 differs)")
    print(f"{len(index) - len(missing) - len(changed)} of {len(index)} articles cached and intact")
    return 1 if missing or changed else 0


def _candidates(text: str) -> list[str]:
    """The text as given, then with the line ends and edges a copy through an editor may change."""
    variants = [text, text.rstrip("\n"), text.replace("\r\n", "\n"), text.replace("\r\n", "\n").rstrip("\n")]
    for base in list(variants):
        variants += [base.strip(), " " + base.strip(), "\n" + base.strip(), base.lstrip(), base.rstrip()]
    return list(dict.fromkeys(variants))


def restore(args: argparse.Namespace) -> int:
    """Put one article's excerpt, found again in the stored news pages, back in the cache."""
    rec = next((r for r in read_jsonl(INDEX) if r["id"] == args.id), None)
    if rec is None:
        print(f"restore: no article {args.id!r} in {INDEX}", file=sys.stderr)
        return 2
    given = Path(args.file).read_text(encoding="utf-8")
    text = next((t for t in _candidates(given) if sha256(t) == rec["sha256"]), None)
    if text is None:
        print(
            f"restore: {args.file} is not the text annotated as {args.id} ({len(given)} characters, "
            f"the annotated one has {rec.get('chars')}; sha256 differs)",
            file=sys.stderr,
        )
        return 1
    title = text.strip().split("\n", 1)[0] if args.title else None
    record = {"id": rec["id"], "url": rec["url"], "title": title, "date": rec.get("date"),
              "lang": rec["lang"], "outlet": rec.get("outlet"), "text": text}
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / f"{rec['id']}.json").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"restored {rec['id']} ({len(text)} characters)")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, fn in (("merge", merge), ("split", split), ("check", check), ("restore", restore)):
        command = commands.add_parser(name, help=(fn.__doc__ or "").split("\n")[0])
        command.set_defaults(run=fn)
        if name == "split":
            command.add_argument("--reassign", action="store_true", help="assign every article afresh")
        if name == "restore":
            command.add_argument("id", help="the article's id in the index")
            command.add_argument("file", help="a file holding the excerpt, copied from the stored page")
            command.add_argument("--title", action="store_true", help="the first line is the headline")
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
