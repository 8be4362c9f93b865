"""The stanza NLP backend: sentence splitting, word segmentation (mwt), lemmas, POS, dependency
parses and, where the language has a model on disk, named entities.

The pipeline is built offline (never downloads) from the models in a model directory (see
:mod:`sahelkg.ingest.nlp.models` for the layouts), once per process, and documents are annotated in
batches. Every stanza word becomes a :class:`Token` with character offsets into the original
text; the words of a multi-word token (Arabic clitics) share the span of their surface word.

Sentence boundaries come from one of two places (``sentences``, the ``stanza_sentences``
setting): "builtin" cuts each text with the built-in splitter
(:func:`sahelkg.ingest.nlp.builtin.split_sentences`, the language's abbreviations included) and
stanza tokenizes and parses each of those sentences as it is (``tokenize_no_ssplit``); "stanza"
leaves the split to stanza's tokenizer model. The small Arabic models hardly ever end a sentence,
so their parses of whole paragraphs are poor: "builtin" is the default.
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from sahelkg.ingest.language.lexicon import LexiconError, load_lexicon
from sahelkg.ingest.nlp.base import DEPS, LEMMAS, NER, POS, SENTENCES, TOKENS, NamedSpan, Sentence, Token
from sahelkg.ingest.nlp.builtin import split_sentences
from sahelkg.ingest.nlp.models import (
    PIPELINE_PROCESSORS,
    LanguageModels,
    find_language_models,
    stanza_installed,
)

if TYPE_CHECKING:
    import stanza

# Where sentence boundaries come from: the built-in splitter, or stanza's tokenizer model.
SentenceSplitting = Literal["builtin", "stanza"]
SENTENCE_SPLITTING: tuple[str, ...] = get_args(SentenceSplitting)

# Annotation layer each stanza processor fills in.
_PROVIDES_BY_PROCESSOR: dict[str, tuple[str, ...]] = {
    "tokenize": (SENTENCES, TOKENS),
    "pos": (POS,),
    "lemma": (LEMMAS,),
    "depparse": (DEPS,),
    "ner": (NER,),
}
# Explicit model-path arguments for the flat layout: processor -> (pipeline kwarg, needs pretrain).
_PATH_KWARGS: dict[str, tuple[str, bool]] = {
    "tokenize": ("tokenize_model_path", False),
    "mwt": ("mwt_model_path", False),
    "pos": ("pos_model_path", True),
    "lemma": ("lemma_model_path", False),
    "depparse": ("depparse_model_path", True),
    "ner": ("ner_model_path", True),
}


class StanzaUnavailable(Exception):
    """The stanza backend cannot run; ``str()`` is one line with the reason and the fix."""


@dataclass(frozen=True, slots=True)
class PipelineSpec:
    """Everything that determines a stanza pipeline (hashable: one pipeline per spec per process)."""

    models: LanguageModels
    processors: tuple[str, ...]
    no_ssplit: bool = False  # each paragraph ("\n\n") of the input is one sentence

    def pipeline_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "lang": self.models.language,
            "processors": ",".join(self.processors),
            "download_method": None,
            "use_gpu": False,
            "logging_level": "ERROR",
        }
        if self.no_ssplit:
            kwargs["tokenize_no_ssplit"] = True
        if self.models.layout == "stanza":
            kwargs["dir"] = str(self.models.root)
            return kwargs
        kwargs["allow_unknown_language"] = True
        pretrain = self.models.file("pretrain")
        for processor in self.processors:
            arg, needs_pretrain = _PATH_KWARGS[processor]
            kwargs[arg] = str(self.models.file(processor))
            if needs_pretrain and pretrain is not None:
                kwargs[f"{processor}_pretrain_path"] = str(pretrain)
        return kwargs


@functools.lru_cache(maxsize=8)
def load_pipeline(spec: PipelineSpec) -> stanza.Pipeline:
    """Build the stanza pipeline for ``spec`` offline; cached, so built once per process."""
    import stanza

    kwargs = spec.pipeline_kwargs()
    if spec.models.layout == "stanza":
        return stanza.Pipeline(**kwargs)
    # stanza insists on a resources.json in its dir even when every model path is explicit.
    with tempfile.TemporaryDirectory(prefix="sahelkg-stanza-") as scratch:
        Path(scratch, "resources.json").write_text("{}", encoding="utf-8")
        return stanza.Pipeline(dir=scratch, **kwargs)


def convert_document(document: stanza.Document, text: str) -> list[Sentence]:
    """Turn an annotated stanza Document over ``text`` into sentences of tokens.

    Token offsets come from each stanza token's ``start_char``/``end_char`` (offsets into
    ``text``); the words of a multi-word token share its span. Heads become 0-based indexes into
    ``Sentence.tokens`` (None for the root).
    """
    sentences: list[Sentence] = []
    for stanza_sentence in document.sentences:
        tokens = _tokens(stanza_sentence, 0)
        if tokens:
            start, end = tokens[0].start, tokens[-1].end
            sentences.append(Sentence(text[start:end], start, end, tokens, _names(stanza_sentence, text, 0)))
    return sentences


def _tokens(stanza_sentence: Any, shift: int) -> list[Token]:
    """The words of a stanza sentence as tokens, offsets moved by ``shift``."""
    tokens: list[Token] = []
    for stanza_token in stanza_sentence.tokens:
        start = stanza_token.start_char + shift
        end = stanza_token.end_char + shift
        for word in stanza_token.words:
            head = word.head
            tokens.append(Token(
                word.text, start, end, word.lemma, word.upos, word.feats,
                head - 1 if head else None, word.deprel,
            ))
    return tokens


def _names(stanza_sentence: Any, text: str, shift: int) -> list[NamedSpan]:
    if not stanza_sentence.ents:
        return []
    return [NamedSpan(ent.start_char + shift, ent.end_char + shift, ent.type,
                      text[ent.start_char + shift:ent.end_char + shift])
            for ent in stanza_sentence.ents]


def convert_sentence(document: stanza.Document, text: str, bounds: Sentence) -> Sentence | None:
    """The one-sentence stanza Document over ``bounds.text`` as a sentence of ``text``.

    ``bounds`` is a sentence of ``text`` from the built-in splitter; token offsets are moved from
    ``bounds.text`` back into ``text``. None when stanza found no word in it.
    """
    shift = bounds.start
    tokens: list[Token] = []
    names: list[NamedSpan] = []
    for stanza_sentence in document.sentences:  # one with tokenize_no_ssplit
        offset = len(tokens)
        for token in _tokens(stanza_sentence, shift):
            if token.head is not None:
                token.head += offset
            tokens.append(token)
        names.extend(_names(stanza_sentence, text, shift))
    if not tokens:
        return None
    return Sentence(bounds.text, bounds.start, bounds.end, tokens, names)


def pipeline_spec(model_dir: Path, lang: str, processors: Sequence[str] | None = None,
                  *, no_ssplit: bool = False) -> PipelineSpec:
    """Which processors to load for ``lang`` from ``model_dir``: the ones requested (default: all
    of tokenize, mwt, pos, lemma, depparse, ner) that have a model on disk. ``no_ssplit``: the
    tokenizer takes each paragraph of its input as one sentence."""
    if not stanza_installed():
        raise StanzaUnavailable(
            "stanza is not installed; run: pip install torch==2.13.0 && pip install 'sahelkg[stanza]'"
        )
    models = find_language_models(Path(model_dir), lang)
    if models is None or not models.usable:
        have = ", ".join(sorted(models.processors)) if models else "nothing"
        raise StanzaUnavailable(
            f"no usable stanza models for {lang!r} in {model_dir} (found: {have}); "
            f"run: sahelkg models download --lang {lang}"
        )
    wanted = tuple(processors) if processors is not None else PIPELINE_PROCESSORS
    unknown = [p for p in wanted if p not in PIPELINE_PROCESSORS]
    if unknown:
        raise ValueError(f"unknown stanza processor(s): {', '.join(unknown)}")
    chosen = tuple(p for p in PIPELINE_PROCESSORS if p in wanted and p in models.processors)
    if "tokenize" not in chosen:
        raise StanzaUnavailable(f"the stanza pipeline for {lang!r} needs the tokenize processor")
    return PipelineSpec(models, chosen, no_ssplit)


def abbreviations(lang: str) -> frozenset[str]:
    """The words of ``lang`` a full stop does not end a sentence after (its words.tsv)."""
    try:
        return load_lexicon(lang).single_words("abbreviation")
    except LexiconError:
        return frozenset()


class StanzaBackend:
    """NlpBackend over a stanza pipeline for one language, loaded offline from ``model_dir``.

    ``sentences`` says where sentence boundaries come from: "builtin" (the built-in splitter; each
    sentence is then tokenized and parsed by stanza as one sentence) or "stanza" (stanza's own
    tokenizer model splits).

    ``threads`` sets torch's intra-op thread count for this process (torch's setting is global).
    One thread per process is what a pool of worker processes wants: several torch threads per
    process on busy cores spend their time waiting on each other (measured 30x slower here).
    None leaves torch's default.
    """

    name = "stanza"

    def __init__(self, model_dir: Path, lang: str = "ar", processors: Sequence[str] | None = None,
                 *, threads: int | None = None, sentences: SentenceSplitting = "builtin") -> None:
        if sentences not in SENTENCE_SPLITTING:
            raise ValueError(f"sentences must be one of {', '.join(SENTENCE_SPLITTING)}, not {sentences!r}")
        self.model_dir = Path(model_dir)
        self.lang = lang
        self.sentences: SentenceSplitting = sentences
        self.spec = pipeline_spec(self.model_dir, lang, processors, no_ssplit=sentences == "builtin")
        if threads is not None:
            if threads < 1:
                raise ValueError(f"threads must be at least 1, not {threads}")
            import torch

            torch.set_num_threads(threads)
        self.provides: frozenset[str] = frozenset(
            layer for processor in self.spec.processors for layer in _PROVIDES_BY_PROCESSOR.get(processor, ())
        )

    @property
    def processors(self) -> tuple[str, ...]:
        return self.spec.processors

    @property
    def pipeline(self) -> stanza.Pipeline:
        return load_pipeline(self.spec)

    def process(self, texts: Sequence[str]) -> list[stanza.Document]:
        """Run stanza over ``texts`` in one batch (stanza's own work only; no conversion)."""
        if not texts:
            return []
        return list(self.pipeline.bulk_process(list(texts)))

    def annotate(self, texts: Sequence[str], lang: str) -> list[list[Sentence]]:
        if lang != self.lang:
            raise ValueError(f"this stanza backend is loaded for {self.lang!r}, not {lang!r}")
        if self.sentences == "builtin":
            return self._annotate_builtin_sentences(texts)
        busy = [i for i, text in enumerate(texts) if text.strip()]
        out: list[list[Sentence]] = [[] for _ in texts]
        documents = self.process([texts[i] for i in busy])
        for i, document in zip(busy, documents, strict=True):
            out[i] = convert_document(document, texts[i])
        return out

    def _annotate_builtin_sentences(self, texts: Sequence[str]) -> list[list[Sentence]]:
        """Built-in sentence boundaries; every sentence of the batch is one stanza document."""
        known = abbreviations(self.lang)
        bounds = [(i, sentence) for i, text in enumerate(texts) for sentence in split_sentences(text, known)]
        documents = self.process([sentence.text for _, sentence in bounds])
        out: list[list[Sentence]] = [[] for _ in texts]
        for (i, sentence), document in zip(bounds, documents, strict=True):
            converted = convert_sentence(document, texts[i], sentence)
            if converted is not None:
                out[i].append(converted)
        return out
