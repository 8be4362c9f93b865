"""The extractor end to end over the real stanza pipeline (the small Arabic models): one
backend call annotates the article, and a relation comes out of a simple sentence."""

from __future__ import annotations

import pytest
from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.nlp.base import DEPS

from sahelkg.records import Article
from sahelkg.settings import Settings

pytestmark = pytest.mark.stanza


@pytest.fixture(scope="module")
def stanza_extractor(ar_backend) -> Extractor:
    return Extractor(Settings(nlp_backend="stanza"), backend_for=lambda lang: ar_backend)


def test_a_visit_is_extracted_through_the_stanza_pipeline(stanza_extractor: Extractor) -> None:
    article = Article(id="visit", text="زار حفتر النيجر.", lang="ar")
    doc = stanza_extractor.analyse(article)
    assert doc is not None and DEPS in doc.layers
    assert [t.text for t in doc.sentences[0].tokens] == ["زار", "حفتر", "النيجر", "."]
    assert all(t.deprel for t in doc.sentences[0].tokens)  # the sentence is parsed
    found = stanza_extractor.extract(article).relations
    assert [(r.subject.id, r.relation, r.object.id, r.status) for r in found] == [
        ("Khalifa_Haftar", "visit", "Niger", "occurred")]
    assert found[0].evidence.sentence == "زار حفتر النيجر."
