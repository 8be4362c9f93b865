"""The extraction pipeline: a sequence of named steps over one document.

Each step declares the annotation layers it needs (``requires``) and those it adds
(``provides``); :class:`Pipeline` checks the order once, when it is built. Steps are looked up
by name in :data:`STEPS` ("module:attr" strings, imported lazily), so an alternative step
replaces another by name, without import side effects ("arguments" reads the dependency tree
where a sentence is parsed and word order elsewhere; "arguments-positional" reads word order
only). A batch of documents goes through each step in turn (:meth:`Pipeline.run_many`), so the
NLP backend annotates the whole batch in one call.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from time import perf_counter
from typing import Any, Protocol

from sahelkg.ingest.language.lexicon import Lexicon
from sahelkg.ingest.nlp.base import Sentence, Token

from sahelkg.records import Article, Entity

# Layers a document carries once the steps have run.
CLEAN = "clean"
SENTENCES = "sentences"
TOKENS = "tokens"
NORMALISED = "normalised"
MENTIONS = "mentions"
DATES = "dates"
TRIGGERS = "triggers"
ARGUMENTS = "arguments"
MODALITY = "modality"
ROLES = "roles"
DEPS = "deps"

STEPS: dict[str, str] = {
    "clean": "sahelkg.ingest.job.steps:CleanStep",
    "segment": "sahelkg.ingest.job.steps:SegmentStep",
    "mentions": "sahelkg.ingest.entities.mentions:MentionStep",
    "dates": "sahelkg.ingest.job.steps:DateStep",
    "triggers": "sahelkg.ingest.relations.triggers:TriggerStep",
    "anaphora": "sahelkg.ingest.entities.anaphora:AnaphoraStep",
    "targets": "sahelkg.ingest.entities.targets:TargetStep",
    "arguments": "sahelkg.ingest.relations.arguments_tree:ArgumentStep",
    "arguments-positional": "sahelkg.ingest.relations.arguments:PositionalArgumentStep",
    "modality": "sahelkg.ingest.relations.modality:ModalityStep",
    "roles": "sahelkg.ingest.relations.roles:RoleStep",
}
DEFAULT_STEPS: tuple[str, ...] = ("clean", "segment", "dates", "mentions", "triggers", "anaphora",
                                  "targets", "arguments", "modality", "roles")


@dataclass(slots=True)
class Mention:
    """An actor or place named in a sentence: tokens [start, end) of the sentence.

    ``entity`` is None for a mention that names an actor the extractor cannot identify (an
    office whose holder is unknown at the article date): it still occupies its place in the
    sentence, so no relation is attached to a wrong neighbour instead.
    """

    start: int
    end: int
    entity: str | None
    type: str
    kind: str  # name | demonym | office | titled | delegation | capital | new | pair | anaphor | home | owned
    plural: bool = False
    head: int = -1  # first token of the core name (after titles)
    leads: str | None = None  # entity this actor leads, stated by its title ("رئيس النيجر")
    member_of: str | None = None  # entity this actor belongs to ("القيادي في تنظيم داعش")
    members: tuple[str, ...] = ()  # delegation members named with it
    pair: tuple[str, ...] = ()  # for "البلدين": the two parties it stands for
    relative: str | None = None  # "نجل X": the relative
    clitic: str = ""  # proclitics on the first word ("وب" in "وبالنيجر")
    offices: frozenset[str] = frozenset()  # for an unresolved office: what it may be
    office_of: str | None = None
    led_by: str | None = None  # "Haftar's LNA": the person who commands this force
    delegation_of: str | None = None  # the head of a delegation: the country it speaks for


@dataclass(slots=True)
class TriggerMatch:
    """A relation trigger found at tokens [start, end) of a sentence."""

    start: int
    end: int
    relation: str
    form: str
    preps: tuple[str, ...]
    direct: bool
    strength: float
    frame: str
    suffix: str = ""  # pronoun suffix on a noun trigger: masc | fem | plural | dual; on a verb: object
    future: bool = False  # verb with the future prefix سـ


@dataclass(slots=True)
class Candidate:
    """A relation found in a sentence, before it becomes a :class:`~sahelkg.records.Relation`."""

    sentence: int
    subject: str
    relation: str
    object: str
    trigger: TriggerMatch | None
    attachment: float  # how surely the arguments are the right ones (0-1)
    status: str = "occurred"
    date: str | None = None
    date_precision: str | None = None
    source: str = "trigger"  # trigger | participle (a fronted passive) | role | inherited | delegation
    rule: str = ""  # the registered rule that proposed it (relations/registry.py), or the step

    @property
    def confidence(self) -> float:
        strength = self.trigger.strength if self.trigger else 0.9
        return round(strength * self.attachment, 3)


@dataclass(slots=True)
class Doc:
    """One article as it goes through the pipeline."""

    article: Article
    lang: str
    lexicon: Lexicon
    published: date | None
    text: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    words: list[list[Token]] = field(default_factory=list)  # surface words (clitics joined back)
    word_of: list[list[int]] = field(default_factory=list)  # token index -> surface word index
    content: list[list[Token | None]] = field(default_factory=list)  # the token carrying each word's
    # meaning (its lemma, part of speech): "النيجر" of "وبالنيجر"
    norm: list[list[str]] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)
    dates: list[list[Any]] = field(default_factory=list)
    triggers: list[list[TriggerMatch]] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)  # every entity mentioned
    layers: set[str] = field(default_factory=set)
    # discourse state, filled as sentences are read
    office_holders: dict[tuple[str, str], str] = field(default_factory=dict)  # (office, of) -> holder
    salience: dict[str, int] = field(default_factory=dict)  # entity -> mentions so far
    anaphors: dict[str, str] = field(default_factory=dict)  # "الكونفدرالية" -> entity
    problems: list[str] = field(default_factory=list)  # sentences a step could not read, and why
    budget: float | None = None  # seconds of extraction the article may take (None: no bound)
    spent: float = 0.0  # seconds its steps took so far
    step_started: float = 0.0
    over_budget: bool = False

    def check_budget(self) -> None:
        """Raise :class:`ArticleOverBudget` once the article has taken more than its budget; steps
        call it between sentences."""
        if self.budget is not None and self.spent + perf_counter() - self.step_started > self.budget:
            raise ArticleOverBudget(self.article.id, self.budget)

    def sentence_failed(self, step: str, index: int, exc: Exception) -> None:
        """Record that ``step`` failed on sentence ``index``: that sentence gives nothing for the
        step, the rest of the article goes on."""
        self.problems.append(f"sentence {index + 1}: {step} failed ({type(exc).__name__}: {exc})")


class Step(Protocol):
    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Doc) -> None: ...


class PipelineError(ValueError):
    pass


class ArticleOverBudget(RuntimeError):
    """An article took longer to extract than its time budget (``Settings.article_budget``)."""

    def __init__(self, article_id: str, budget: float) -> None:
        super().__init__(f"extraction took longer than its budget of {budget:g} s (article {article_id!r})")
        self.article_id = article_id
        self.budget = budget


def load_step(name: str, **options: Any) -> Step:
    """Instantiate the step registered under ``name``."""
    try:
        target = STEPS[name]
    except KeyError:
        raise PipelineError(f"unknown pipeline step {name!r} (known: {', '.join(STEPS)})") from None
    module_name, _, attr = target.partition(":")
    factory = getattr(importlib.import_module(module_name), attr)
    return factory(**options)


class Pipeline:
    """Steps run in order; built once, checked once."""

    def __init__(self, steps: Sequence[Step], initial: frozenset[str] = frozenset()) -> None:
        have = set(initial)
        for step in steps:
            missing = step.requires - have
            if missing:
                raise PipelineError(f"step {step.name!r} needs {sorted(missing)}, "
                                    "which no earlier step provides")
            have |= step.provides
        self.steps = list(steps)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def __call__(self, doc: Doc) -> Doc:
        return self.run_many([doc])[0]

    def run_many(self, docs: Sequence[Doc]) -> list[Doc]:
        """Run every step over all of ``docs`` before the next step; a step with a ``run_many``
        method (segmentation: one backend call per language) gets them all at once."""
        for step in self.steps:
            batched = getattr(step, "run_many", None)
            if batched is not None:
                batched([doc for doc in docs if not doc.over_budget])
            else:
                for doc in docs:
                    if doc.over_budget:
                        continue
                    doc.step_started = perf_counter()
                    try:
                        step(doc)
                    except ArticleOverBudget:
                        doc.over_budget = True
                    doc.spent += perf_counter() - doc.step_started
            for doc in docs:
                doc.layers |= step.provides
        return list(docs)
