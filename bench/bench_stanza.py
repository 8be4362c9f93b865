"""Throughput of the stanza backend, and how much of the time is ours rather than stanza's.

Articles are built from the sentences of UD Arabic-PUD (news text) and annotated in batches.
The time spent inside stanza's pipeline (``bulk_process``) is measured apart from the rest:
our conversion of stanza's documents into Sentence/Token records and, when the extractor runs
the stanza backend, the extractor's own work. Goal: our share under 15% of stanza's time.

    .venv/bin/python bench/bench_stanza.py --sentences 500 --batch 10
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_MODELS = REPO.parent / "shared" / "models" / "stanza-ar-small"
DEFAULT_PUD = REPO.parent / "shared" / "data" / "ud-arabic-pud" / "ar_pud-ud-test.conllu"


@dataclass
class StanzaClock:
    """Wraps a stanza pipeline's bulk_process and adds up the time spent inside it."""

    seconds: float = 0.0
    calls: int = 0

    def wrap(self, pipeline: Any) -> Callable[[], None]:
        original = pipeline.bulk_process

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
                self.calls += 1

        pipeline.bulk_process = timed

        def restore() -> None:
            pipeline.bulk_process = original

        return restore


def pud_sentences(path: Path, count: int) -> list[str]:
    texts = re.findall(r"^# text = (.+)$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    if not texts:
        raise SystemExit(f"error: no '# text =' lines in {path}")
    out: list[str] = []
    while len(out) < count:
        out.extend(texts[: count - len(out)])
    return out


def build_articles(sentences: list[str], per_article: int, separator: str) -> list[str]:
    return [separator.join(sentences[i:i + per_article]) for i in range(0, len(sentences), per_article)]


def bench_backend(backend: Any, articles: list[str], batch: int, clock: StanzaClock) -> tuple[float, int]:
    """Annotate ``articles`` in batches; returns (wall seconds, sentences found)."""
    found = 0
    started = time.perf_counter()
    for i in range(0, len(articles), batch):
        for sentences in backend.annotate(articles[i:i + batch], "ar"):
            found += len(sentences)
    return time.perf_counter() - started, found


def bench_extractor(model_dir: Path, articles: list[str], clock: StanzaClock,
                    split: str) -> tuple[float, int] | None:
    """Run the extractor (stanza backend forced) over the articles; None when it cannot run."""
    try:
        from sahelkg.ingest.job.extract import build_extractor
    except ImportError:
        return None
    from sahelkg.records import Article
    from sahelkg.settings import Settings

    settings = Settings(nlp_backend="stanza", model_dir=model_dir, workers=1, stanza_sentences=split)
    extractor = build_extractor(settings)
    records = [Article(id=f"bench-{i}", text=text, lang="ar") for i, text in enumerate(articles)]
    started = time.perf_counter()
    relations = sum(len(done.relations) for done in extractor.extract_many(records))
    return time.perf_counter() - started, relations


def share(ours: float, stanza: float) -> str:
    return f"{100 * ours / stanza:.1f}% of stanza's time" if stanza > 0 else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500,
                        help="input sentences (PUD, repeated if needed)")
    parser.add_argument("--join", choices=("paragraph", "space"), default="paragraph",
                        help="one paragraph per sentence (blank line between), or all on one line")
    parser.add_argument("--per-article", type=int, default=10, help="sentences per article")
    parser.add_argument("--batch", type=int, default=10, help="articles per stanza batch")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 = one worker process)")
    parser.add_argument("--split", choices=("builtin", "stanza"), default="builtin",
                        help="sentence boundaries: the built-in splitter (each sentence parsed as one) "
                             "or stanza's tokenizer model (the stanza_sentences setting)")
    parser.add_argument("--model-dir", type=Path, default=DEFAULT_MODELS, help="stanza model directory")
    parser.add_argument("--pud", type=Path, default=DEFAULT_PUD, help="UD Arabic-PUD CoNLL-U file")
    parser.add_argument("--no-extractor", action="store_true", help="skip the end-to-end extractor run")
    args = parser.parse_args(argv)

    from sahelkg.ingest.nlp.stanza_backend import StanzaBackend, StanzaUnavailable

    try:
        backend = StanzaBackend(args.model_dir, "ar", threads=args.threads, sentences=args.split)
    except StanzaUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    pipeline = backend.pipeline
    load_s = time.perf_counter() - started
    sentences = pud_sentences(args.pud, args.sentences)
    articles = build_articles(sentences, args.per_article, "\n\n" if args.join == "paragraph" else " ")
    backend.annotate(articles[:1], "ar")  # warm-up

    clock = StanzaClock()
    restore = clock.wrap(pipeline)
    try:
        wall, found = bench_backend(backend, articles, args.batch, clock)
        stanza_s = clock.seconds
        ours = wall - stanza_s
        print(f"stanza backend, models {args.model_dir}, processors {','.join(backend.processors)}, "
              f"torch threads {args.threads}, sentence boundaries: {args.split}")
        print(f"pipeline load: {load_s:.2f} s")
        print(f"{len(sentences)} sentences in {len(articles)} articles, batches of {args.batch} articles "
              f"({clock.calls} stanza calls; stanza found {found} sentences)")
        print(f"throughput: {len(sentences) / wall:.1f} sentences/s ({wall:.2f} s)")
        print(f"  inside stanza: {stanza_s:.3f} s")
        print(f"  ours (sentence split and conversion to Sentence/Token): {ours:.3f} s = "
              f"{share(ours, stanza_s)}")

        if not args.no_extractor:
            clock.seconds, clock.calls = 0.0, 0
            result = bench_extractor(args.model_dir, articles, clock, args.split)
            if result is None:
                print("extractor: not available")
            elif clock.calls == 0:
                print(f"extractor: {result[0]:.2f} s, {result[1]} relations, but it did not run stanza "
                      "(no annotations to time it against)")
            else:
                e_wall, relations = result
                e_ours = e_wall - clock.seconds
                print(f"extractor end to end: {len(sentences) / e_wall:.1f} sentences/s ({e_wall:.2f} s, "
                      f"{relations} relations, {clock.calls} stanza calls)")
                print(f"  inside stanza: {clock.seconds:.3f} s")
                print(f"  ours (conversion + extraction): {e_ours:.3f} s = {share(e_ours, clock.seconds)}")
    finally:
        restore()
    return 0


if __name__ == "__main__":
    sys.exit(main())
