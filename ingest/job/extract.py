"""The extractor: an article in, its relations out (with evidence, status, date, confidence).

One extractor for every NLP backend and language: it runs the pipeline of named steps (see
:mod:`sahelkg.ingest.job.pipeline`) over the article and turns the relations found into records.

Confidence = trigger strength (how surely the word states the relation, from triggers.tsv) ×
attachment certainty (how directly the arguments were found: 0.95 next to the trigger, 0.9
subject and object read from the dependency tree, 0.9 verb-subject order, 0.85 subject-verb
order, 0.8 a possessive suffix, 0.75 the clause's actor, 0.6 a subject carried over from the
previous sentence). Role relations from titles get 0.9 × 0.9.
Relations under :data:`MIN_CONFIDENCE` are not emitted: when unsure, say nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.job.pipeline import (
    DEFAULT_STEPS,
    ArticleOverBudget,
    Candidate,
    Doc,
    Pipeline,
    Step,
    load_step,
)
from sahelkg.ingest.language.lexicon import DATA_DIR, Lexicon, LexiconError, load_gazetteer, load_lexicon
from sahelkg.ingest.nlp.base import NlpBackend
from sahelkg.ingest.reading.detect import detect_language

from sahelkg.records import Article, Entity, Evidence, ExtractedArticle, Relation
from sahelkg.settings import Settings

EXTRACTOR_VERSION = "sahelkg-extract/1.0"
MIN_CONFIDENCE = 0.45
ANNOTATION_BATCH = 16  # articles per NLP backend call in extract_many


class Extractor:
    """Extracts relations from articles. Build it with :func:`build_extractor`."""

    def __init__(self, settings: Settings, *, backend_for: Callable[[str], NlpBackend] | None = None,
                 data_dir: Path = DATA_DIR, steps: Iterable[str] = DEFAULT_STEPS) -> None:
        self.settings = settings
        self.data_dir = data_dir
        self.gazetteer = Gazetteer(load_gazetteer(data_dir / "gazetteer"))
        if backend_for is None:
            from sahelkg.ingest.nlp.builtin import BuiltinBackend

            builtin = BuiltinBackend()
            backend_for = lambda lang: builtin  # noqa: E731
        self.backend_for = backend_for
        built: list[Step] = []
        for name in steps:
            options: dict[str, object] = {}
            if name in ("mentions", "anaphora", "targets", "arguments", "arguments-positional"):
                options["gazetteer"] = self.gazetteer
            if name in ("arguments", "arguments-positional"):
                options["rules"] = settings.rules
            if name == "segment":
                options["backend_for"] = backend_for
            built.append(load_step(name, **options))
        self.pipeline = Pipeline(built)
        self.version = f"{EXTRACTOR_VERSION} ({'+'.join(self.pipeline.names)})"
        self._lexicons: dict[str, Lexicon | None] = {}

    def lexicon(self, lang: str) -> Lexicon | None:
        if lang not in self._lexicons:
            try:
                self._lexicons[lang] = load_lexicon(lang, self.data_dir)
            except LexiconError:
                self._lexicons[lang] = None
        return self._lexicons[lang]

    def _doc(self, article: Article) -> Doc | None:
        lang = (article.lang or detect_language(article.text)).split("-")[0].lower()
        lexicon = self.lexicon(lang)
        if lexicon is None:
            return None
        return Doc(article=article, lang=lang, lexicon=lexicon, published=article.published,
                   budget=self.settings.article_budget)

    def analyse(self, article: Article) -> Doc | None:
        """Run the pipeline over ``article``; None when there is no data for its language."""
        return self.analyse_many([article])[0]

    def analyse_many(self, articles: Sequence[Article]) -> list[Doc | None]:
        """Run the pipeline over a batch of articles (the NLP backend annotates each language's
        articles in one call); None for an article without data for its language."""
        docs = [self._doc(article) for article in articles]
        self.pipeline.run_many([doc for doc in docs if doc is not None])
        return docs

    def extract(self, article: Article) -> ExtractedArticle:
        return self._extracted(article, self.analyse(article))

    def extract_many(self, articles: Iterable[Article],
                     batch: int = ANNOTATION_BATCH) -> Iterator[ExtractedArticle]:
        """Extract articles in batches of ``batch`` (one NLP backend call per language per batch);
        results come in the order of ``articles``."""
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= max(1, batch):
                yield from self._extract_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._extract_chunk(chunk)

    def _extract_chunk(self, chunk: list[Article]) -> Iterator[ExtractedArticle]:
        for article, doc in zip(chunk, self.analyse_many(chunk), strict=True):
            yield self._extracted(article, doc)

    def _extracted(self, article: Article, doc: Doc | None) -> ExtractedArticle:
        if doc is None:
            return ExtractedArticle(article=article, relations=())
        if doc.over_budget:
            return ExtractedArticle(article=article, relations=(),
                                    skipped=str(ArticleOverBudget(article.id, doc.budget or 0.0)))
        relations = tuple(self._relations(doc))
        mentioned = tuple(sorted(_recognised(doc, relations, self.gazetteer)))
        return ExtractedArticle(article=article, relations=relations, mentioned=mentioned,
                                problems=tuple(doc.problems))

    def _entity(self, doc: Doc, entity_id: str) -> Entity:
        found = doc.entities.get(entity_id) or self.gazetteer.entity(entity_id)
        if found is None:
            found = Entity(id=entity_id, label=entity_id.replace("_", " "), type="Person")
        return found

    def _relations(self, doc: Doc) -> list[Relation]:
        best: dict[tuple[str, str, str, int], Candidate] = {}
        for c in doc.candidates:
            if c.confidence < MIN_CONFIDENCE:
                continue
            key = (c.subject, c.relation, c.object, c.sentence)
            if key not in best or c.confidence > best[key].confidence:
                best[key] = c
        text = doc.article.text
        out = []
        for c in sorted(best.values(), key=lambda c: (c.sentence, c.trigger.start if c.trigger else -1)):
            sentence = doc.sentences[c.sentence]
            evidence = Evidence(text[sentence.start:sentence.end], sentence.start, sentence.end,
                                trigger=_trigger_span(doc, c))
            out.append(Relation(
                doc=doc.article.id,
                subject=self._entity(doc, c.subject),
                relation=c.relation,
                object=self._entity(doc, c.object),
                status=c.status,
                date=c.date,
                date_precision=c.date_precision,  # type: ignore[arg-type]
                evidence=evidence,
                confidence=c.confidence,
                extractor=self.version,
                rule=c.rule,
            ))
        return out


def _trigger_span(doc: Doc, candidate: Candidate) -> tuple[int, int] | None:
    """Character offsets in the article of the words of the candidate's trigger."""
    t = candidate.trigger
    if t is None or candidate.sentence >= len(doc.words):
        return None
    words = doc.words[candidate.sentence]
    if not 0 <= t.start < t.end <= len(words):
        return None
    return words[t.start].start, words[t.end - 1].end


def _recognised(doc: Doc, relations: tuple[Relation, ...], gazetteer: Gazetteer) -> set[str]:
    """The entities the article's mentions name, with those their titles name ("the commander of
    the LNA" names the LNA as well as its commander), the national army of a country whose
    troops the text names by their nationality ("Chadian troops", "جنود تشاديين": word class
    ``national_troops``; the rules read them as the army or the country by what they do), and the
    entities its relations name where a rule read a phrase as one no mention holds ("gunmen" as
    the unidentified armed group of the country where they struck)."""
    found: set[str] = {e for r in relations for e in (r.subject.id, r.object.id)}
    troops = doc.lexicon.single_words("national_troops")
    for tokens, mentions in zip(doc.norm, doc.mentions, strict=False):
        for m in mentions:
            for entity in (m.entity, m.leads, m.member_of, m.office_of, m.led_by, m.delegation_of,
                           m.relative, *m.members, *m.pair):
                if entity:
                    found.add(entity)
            if m.kind == "demonym" and m.entity and _near_troops_word(tokens, m.start, m.end, troops):
                army = gazetteer.national_army(m.entity)
                if army:
                    found.add(army)
    return found


def _near_troops_word(tokens: list[str], start: int, end: int, troops: frozenset[str]) -> bool:
    """Does a word of troops stand right before, inside or right after the words [start, end)?"""
    return any(tokens[k] in troops for k in range(max(0, start - 1), min(len(tokens), end + 1)))


def build_extractor(settings: Settings, *, announce: Callable[[str], None] | None = None) -> Extractor:
    """The extractor configured by ``settings``: the NLP backend per article language follows
    ``settings.nlp_backend`` (auto | stanza | builtin); ``announce`` hears, once, which backend
    runs when "auto" falls back to the built-in one."""
    if settings.nlp_backend == "builtin":
        return Extractor(settings)
    from sahelkg.ingest.nlp.registry import BackendsByLanguage

    backends = BackendsByLanguage(settings, announce=announce)
    return Extractor(settings, backend_for=backends.for_language)
