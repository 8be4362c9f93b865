"""Real-sized article files for the ingest benchmark: variants of the seeds and of the development
set (Arabic, French and English, about 1,540 characters each).

Variant ``n`` of a base article keeps its first two lines (headline and dateline), shuffles the
paragraphs after them and redraws the day numbers (1–28), so every file has its own content hash
and the texts stay news-shaped.

    .venv/bin/python bench/ingest_corpus.py OUT_DIR [--articles 5000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from sahelkg.ingest.reading.reading import iter_article_files, read_articles

ROOT = Path(__file__).resolve().parent.parent
BASES = (ROOT / "seeds", ROOT / "bench" / "devset")
_SMALL_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def base_texts() -> list[str]:
    texts: list[str] = []
    for path in iter_article_files(BASES):
        if path.name == "gold.jsonl":
            continue
        texts.extend(article.text for article in read_articles(path).articles)
    return texts


def variant(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    head, body = lines[:2], lines[2:]
    rng.shuffle(body)
    body = [_SMALL_NUMBER.sub(lambda _: str(rng.randint(1, 28)), line) for line in body]
    return "\n".join(head + body) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7, prefix: str = "v") -> int:
    """Write ``count`` article files under ``folder`` (100 per sub-folder, named ``<prefix><n>.txt``:
    the file stem is the article id); returns their characters."""
    rng = random.Random(seed)
    bases = base_texts()
    chars = 0
    for n in range(count):
        text = variant(bases[n % len(bases)], rng)
        path = folder / f"part{n // 100:03d}" / f"{prefix}{n:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the article files into")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    chars = write_corpus(args.out, args.articles, args.seed)
    average = chars / max(1, args.articles)
    print(f"{args.articles} articles, {average:.0f} characters on average, in {args.out}")


if __name__ == "__main__":
    main()
