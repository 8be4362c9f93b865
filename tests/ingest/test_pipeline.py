"""The pipeline of named steps, and segmentation with a backend that splits clitics (as stanza's
multi-word-token expansion does): positional steps see the words as written."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.job.pipeline import DEFAULT_STEPS, Pipeline, PipelineError, load_step
from sahelkg.ingest.job.steps import surface_words
from sahelkg.ingest.nlp.base import Sentence, Token
from sahelkg.ingest.nlp.builtin import BuiltinBackend, split_sentences

from sahelkg.records import Article
from sahelkg.settings import Settings


def test_builtin_sentences_and_offsets() -> None:
    text = "زار حفتر نيامي. واستقبله الرئيس؟ نعم\n\nسطر ثان 3.5 مليون"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["زار حفتر نيامي.", "واستقبله الرئيس؟", "نعم", "سطر ثان 3.5 مليون"]
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert all(text[t.start : t.end] == t.text for t in s.tokens)


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت الرئاسة في بيان.وتوجه الرئيس إلى الموقع.",
     ["أعلنت الرئاسة في بيان.", "وتوجه الرئيس إلى الموقع."]),
    ("he added.The insurgents fled. U.S. troops left.",
     ["he added.", "The insurgents fled.", "U.S. troops left."]),
    ("a-t-il assuré.Les militaires sont arrivés.", ["a-t-il assuré.", "Les militaires sont arrivés."]),
    # no sentence ends inside a web address or an abbreviation of single letters
    ("Voir lemonde.fr pour plus.", ["Voir lemonde.fr pour plus."]),
    ("قالت وكالة د.ب.أ إن الوفد وصل.", ["قالت وكالة د.ب.أ إن الوفد وصل."]),
])
def test_sentences_a_copied_page_ran_together(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_steps_are_checked_when_the_pipeline_is_built() -> None:
    with pytest.raises(PipelineError, match="step 'triggers' needs"):
        Pipeline([load_step("triggers")])
    with pytest.raises(PipelineError, match="unknown pipeline step 'parse'"):
        load_step("parse")


def test_surface_words_join_split_clitics() -> None:
    text = "وبالنيجر"
    sentence = Sentence(
        text=text, start=0, end=8, tokens=[Token("و", 0, 8), Token("ب", 0, 8), Token("النيجر", 0, 8)]
    )
    assert [(w.text, w.start, w.end) for w in surface_words(sentence, text)] == [("وبالنيجر", 0, 8)]


class CliticSplittingBackend:
    """Splits a leading و off every word, giving both parts the word's span (like stanza's mwt)."""

    name = "clitic-splitting"
    provides = frozenset({"sentences", "tokens"})

    def annotate(self, texts: Sequence[str], lang: str) -> list[list[Sentence]]:
        out = []
        for sentences in BuiltinBackend().annotate(texts, lang):
            for s in sentences:
                tokens = []
                for t in s.tokens:
                    if t.text.startswith("و") and len(t.text) > 3:
                        tokens += [Token("و", t.start, t.end), Token(t.text[1:], t.start, t.end)]
                    else:
                        tokens.append(t)
                s.tokens = tokens
            out.append(sentences)
        return out


def test_the_same_extractor_runs_over_another_backend() -> None:
    backend = CliticSplittingBackend()
    extractor = Extractor(Settings(nlp_backend="builtin"), backend_for=lambda lang: backend)
    assert extractor.pipeline.names == list(DEFAULT_STEPS)
    article = Article(id="x", text="ووصل حفتر إلى نيامي والتقى الرئيس محمد يوسفو.", lang="ar")
    found = {(r.subject.id, r.relation, r.object.id) for r in extractor.extract(article).relations}
    assert found == {("Khalifa_Haftar", "visit", "Niamey"), ("Khalifa_Haftar", "meet", "Mahamadou_Issoufou"),
                     ("Mahamadou_Issoufou", "leads", "Niger")}  # "الرئيس" + a former head of Niger


def test_article_in_a_language_without_data_gives_no_relations(extractor: Extractor) -> None:
    assert extractor.extract(Article(id="x", text="Haftar besuchte Niamey.", lang="de")).relations == ()
