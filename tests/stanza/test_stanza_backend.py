"""The stanza backend on the small Arabic models: real pipeline loading and annotation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sahelkg.ingest.nlp.base import DEPS, LEMMAS, POS, SENTENCES, TOKENS, NlpBackend
from sahelkg.ingest.nlp.stanza_backend import StanzaBackend, StanzaUnavailable, load_pipeline
from stanza_checks import AR_TEXTS, offset_problems, tree_problems

pytestmark = pytest.mark.stanza


def test_loads_the_small_models_offline(ar_backend: StanzaBackend) -> None:
    assert isinstance(ar_backend, NlpBackend)
    assert ar_backend.name == "stanza"
    assert ar_backend.processors == ("tokenize", "mwt", "pos", "lemma", "depparse")
    # no Arabic NER model on disk: NER is not claimed
    assert ar_backend.provides == frozenset({SENTENCES, TOKENS, POS, LEMMAS, DEPS})
    assert sorted(ar_backend.pipeline.processors) == ["depparse", "lemma", "mwt", "pos", "tokenize"]


def test_pipeline_is_built_once_per_process(ar_backend: StanzaBackend, small_models_dir: Path) -> None:
    again = StanzaBackend(small_models_dir, "ar")
    assert again.pipeline is ar_backend.pipeline
    assert load_pipeline.cache_info().currsize >= 1


def test_every_token_maps_back_to_the_original_text(ar_annotated) -> None:
    for text, sentences in zip(AR_TEXTS, ar_annotated, strict=True):
        assert sentences, text
        assert offset_problems(text, sentences) == [], text


def test_clitic_words_share_the_span_of_their_surface_word(ar_annotated) -> None:
    text = AR_TEXTS[0]
    tokens = [t for s in ar_annotated[0] for t in s.tokens]
    start = text.index("بالرئيس")
    clitic = [(t.text, t.start, t.end) for t in tokens if t.start == start]
    assert clitic == [("ب", start, start + 7), ("الرئيس", start, start + 7)]
    start = text.index("والنيجر")
    assert [(t.text, t.end) for t in tokens if t.start == start] == [("و", start + 7), ("النيجر", start + 7)]
    # the leading blanks are skipped, not counted as text
    assert ar_annotated[0][0].start == 2


def test_heads_form_a_tree_and_every_word_is_tagged(ar_annotated) -> None:
    for sentences in ar_annotated:
        for sentence in sentences:
            assert tree_problems(sentence) == [], sentence.text
            for token in sentence.tokens:
                assert token.lemma and token.upos, token


def test_a_batch_gives_the_same_annotations_as_one_by_one(ar_backend: StanzaBackend, ar_annotated) -> None:
    one_by_one = [ar_backend.annotate([text], "ar")[0] for text in AR_TEXTS]
    assert one_by_one == ar_annotated


def test_blank_texts_give_no_sentences_and_leave_the_others_alone(ar_backend: StanzaBackend,
                                                                 ar_annotated) -> None:
    out = ar_backend.annotate(["", AR_TEXTS[1], "  \n "], "ar")
    assert out == [[], ar_annotated[1], []]
    assert ar_backend.annotate([], "ar") == []


def test_another_language_is_refused(ar_backend: StanzaBackend) -> None:
    with pytest.raises(ValueError, match="loaded for 'ar', not 'fr'"):
        ar_backend.annotate(["Le maréchal est arrivé."], "fr")


def test_a_subset_of_processors_provides_only_its_layers(small_models_dir: Path) -> None:
    backend = StanzaBackend(small_models_dir, "ar", processors=("tokenize", "mwt"))
    assert backend.provides == frozenset({SENTENCES, TOKENS})
    [sentences] = backend.annotate([AR_TEXTS[1]], "ar")
    tokens = [t for s in sentences for t in s.tokens]
    assert tokens[0].text == "استقبل" and tokens[0].head is None and tokens[0].lemma is None


def test_missing_models_are_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(StanzaUnavailable) as caught:
        StanzaBackend(tmp_path, "ar")
    message = str(caught.value)
    assert "\n" not in message
    assert f"no usable stanza models for 'ar' in {tmp_path}" in message
    assert message.endswith("run: sahelkg models download --lang ar")


def test_stanza_download_layout_is_loaded_through_resources_json(stanza_layout_dir: Path) -> None:
    backend = StanzaBackend(stanza_layout_dir, "ar")
    assert backend.spec.models.layout == "stanza"
    assert backend.processors == ("tokenize", "mwt", "pos", "lemma", "depparse")
    [sentences] = backend.annotate([AR_TEXTS[1]], "ar")
    assert sentences[0].tokens[0].text == "استقبل"
    assert tree_problems(sentences[0]) == []
