"""Where the stanza backend takes sentence boundaries from: the built-in splitter (each sentence
then tokenized and parsed by stanza as one sentence) or stanza's own tokenizer model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sahelkg.ingest.nlp.base import Sentence
from sahelkg.ingest.nlp.builtin import split_sentences
from sahelkg.ingest.nlp.registry import BackendsByLanguage, select_backend
from sahelkg.ingest.nlp.stanza_backend import StanzaBackend, abbreviations
from stanza_checks import AR_TEXTS, offset_problems, tree_problems

from sahelkg.settings import Settings

pytestmark = pytest.mark.stanza


def _bounds(sentences: list[Sentence]) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.text) for s in sentences]


@pytest.fixture(scope="module")
def one_line_article(pud_path: Path) -> str:
    """Eight news sentences of UD Arabic-PUD on one line, as scraped paragraphs often are."""
    texts = re.findall(r"^# text = (.+)$", pud_path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return " ".join(texts[:8])


@pytest.fixture(scope="module")
def stanza_split_backend(small_models_dir: Path) -> StanzaBackend:
    return StanzaBackend(small_models_dir, "ar", threads=1, sentences="stanza")


def test_builtin_boundaries_are_the_default_and_load_a_no_ssplit_pipeline(
        ar_backend: StanzaBackend, stanza_split_backend: StanzaBackend) -> None:
    assert ar_backend.sentences == "builtin"
    assert ar_backend.spec.no_ssplit is True
    assert ar_backend.pipeline.processors["tokenize"].config["no_ssplit"] is True
    assert stanza_split_backend.spec.no_ssplit is False
    assert stanza_split_backend.pipeline is not ar_backend.pipeline
    assert not stanza_split_backend.pipeline.processors["tokenize"].config.get("no_ssplit")


def test_sentence_boundaries_are_the_builtin_splitters(ar_backend: StanzaBackend, ar_annotated,
                                                      one_line_article: str) -> None:
    for text, sentences in zip(AR_TEXTS, ar_annotated, strict=True):
        assert _bounds(sentences) == _bounds(split_sentences(text, abbreviations("ar")))
    assert [s.text for s in ar_annotated[2]] == [
        "أعلنت مالي والنيجر وبوركينا فاسو انسحابها من مجموعة الساحل.", "وقالت الحكومة إن القرار نهائي."]
    [sentences] = ar_backend.annotate([one_line_article], "ar")
    expected = split_sentences(one_line_article, abbreviations("ar"))
    assert len(expected) >= 8
    assert _bounds(sentences) == _bounds(expected)


def test_each_builtin_sentence_is_parsed_as_one_tree(ar_backend: StanzaBackend,
                                                     one_line_article: str) -> None:
    [sentences] = ar_backend.annotate([one_line_article], "ar")
    for sentence in sentences:
        assert tree_problems(sentence) == [], sentence.text
        assert all(token.lemma and token.upos for token in sentence.tokens)


def test_offsets_map_back_to_the_original_text_in_both_modes(
        ar_backend: StanzaBackend, stanza_split_backend: StanzaBackend, one_line_article: str) -> None:
    # blanks around and between sentences, a paragraph break, a second text after the first
    texts = [*AR_TEXTS, "\n  " + one_line_article.replace(". ", ".   \n\n ", 2) + "  \n"]
    for backend in (ar_backend, stanza_split_backend):
        annotated = backend.annotate(texts, "ar")
        for text, sentences in zip(texts, annotated, strict=True):
            assert sentences
            assert offset_problems(text, sentences) == [], backend.sentences
            for sentence in sentences:
                assert tree_problems(sentence) == [], (backend.sentences, sentence.text)


def test_a_sentence_is_annotated_the_same_alone_and_inside_an_article(ar_backend: StanzaBackend,
                                                                     ar_annotated) -> None:
    text = AR_TEXTS[2]
    second = ar_annotated[2][1]
    [[alone]] = ar_backend.annotate([second.text], "ar")
    shift = second.start
    assert [(t.text, t.start + shift, t.end + shift, t.head, t.deprel, t.lemma) for t in alone.tokens] == [
        (t.text, t.start, t.end, t.head, t.deprel, t.lemma) for t in second.tokens]
    assert text[second.start:second.end] == alone.text


def test_blank_texts_give_no_sentences_and_punctuation_is_a_sentence(ar_backend: StanzaBackend) -> None:
    out = ar_backend.annotate(["", " \n\n ", " ... ", AR_TEXTS[1]], "ar")
    assert out[:2] == [[], []]
    assert _bounds(out[2]) == [(1, 4, "...")]
    assert [(t.text, t.start) for t in out[2][0].tokens] == [(".", 1), (".", 2), (".", 3)]
    assert _bounds(out[3]) == [(0, len(AR_TEXTS[1]), AR_TEXTS[1])]


def test_an_unknown_sentence_source_is_refused(small_models_dir: Path) -> None:
    with pytest.raises(ValueError, match="^sentences must be one of builtin, stanza, not 'spacy'$"):
        StanzaBackend(small_models_dir, "ar", sentences="spacy")  # type: ignore[arg-type]


def test_abbreviations_come_from_the_language_data() -> None:
    assert {"mme", "gen", "janv"} <= abbreviations("fr")  # normalised, as the lexicon keeps words
    assert {"gen", "mr"} <= abbreviations("en")
    assert abbreviations("xx") == frozenset()


def test_the_setting_reaches_the_backend_through_select_backend(small_models_dir: Path,
                                                               tmp_path: Path) -> None:
    default = select_backend(Settings(model_dir=small_models_dir, data_dir=tmp_path), lang="ar")
    assert default.sentences == "builtin" and default.spec.no_ssplit is True
    settings = Settings(model_dir=small_models_dir, data_dir=tmp_path, stanza_sentences="stanza")
    chosen = select_backend(settings, lang="ar")
    assert chosen.sentences == "stanza" and chosen.spec.no_ssplit is False
    backends = BackendsByLanguage(Settings(model_dir=small_models_dir, data_dir=tmp_path,
                                           stanza_sentences="stanza", nlp_backend="stanza"))
    assert backends.for_language("ar").sentences == "stanza"


def test_the_setting_comes_from_the_environment(small_models_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAHELKG_STANZA_SENTENCES", "stanza")
    monkeypatch.setenv("SAHELKG_MODEL_DIR", str(small_models_dir))
    settings = Settings(data_dir=tmp_path)
    assert settings.stanza_sentences == "stanza"
    assert select_backend(settings, lang="ar").sentences == "stanza"
    monkeypatch.setenv("SAHELKG_STANZA_SENTENCES", "paragraphs")
    with pytest.raises(ValueError, match="stanza_sentences"):
        Settings(data_dir=tmp_path)
