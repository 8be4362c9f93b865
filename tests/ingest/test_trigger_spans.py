"""Each relation's evidence carries the span of the words that state it (its trigger), in the
article's character offsets, so a reader can mark them in the sentence."""

from __future__ import annotations

from datetime import date

import pytest
from sahelkg.ingest.job.extract import Extractor

from sahelkg.records import Article


@pytest.mark.parametrize(("text", "lang", "relation", "trigger"), [
    ("وصل المشير خليفة حفتر إلى نيامي. ثم التقى حفتر الرئيس محمد بازوم.", "ar", "meet", "التقى"),
    ("Mohamed Bazoum a rencontré Khalifa Haftar à Niamey.", "fr", "meet", "a rencontré"),
    ("Khalifa Haftar visited Niamey on Monday.", "en", "visit", "visited"),
])
def test_the_trigger_span_points_at_the_words_that_state_the_relation(
        extractor: Extractor, text: str, lang: str, relation: str, trigger: str) -> None:
    extracted = extractor.extract(Article(id="t", text=text, lang=lang, published=date(2023, 5, 1)))
    found = [r for r in extracted.relations if r.relation == relation]
    assert len(found) == 1
    evidence = found[0].evidence
    assert evidence is not None and evidence.trigger is not None
    start, end = evidence.trigger
    assert text[start:end] == trigger
    assert evidence.start <= start < end <= evidence.end
    assert evidence.to_json()["trigger"] == {"start": start, "end": end, "text": trigger}


def test_a_relation_read_from_a_title_has_no_trigger(extractor: Extractor) -> None:
    extracted = extractor.extract(Article(id="t", text="Le président du Niger Mohamed Bazoum est à Niamey.",
                                          lang="fr", published=date(2023, 5, 1)))
    leads = [r for r in extracted.relations if r.relation == "leads"]
    assert leads and leads[0].evidence is not None and leads[0].evidence.trigger is None
    assert "trigger" not in leads[0].evidence.to_json()
