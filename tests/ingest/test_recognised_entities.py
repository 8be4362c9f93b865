"""The entities an article is said to mention (what entity coverage counts) include those its
titles name: "the commander of the Libyan National Army Khalifa Haftar" names the army too."""

from __future__ import annotations

from datetime import date

import pytest
from sahelkg.ingest.job.extract import Extractor

from sahelkg.records import Article


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("وصل القائد العام للجيش الوطني الليبي المشير خليفة حفتر إلى نيامي.", "ar",
     {"Khalifa_Haftar", "Libyan_National_Army", "Niamey"}),
    ("Le président du Niger Mohamed Bazoum a quitté Niamey.", "fr", {"Mohamed_Bazoum", "Niger", "Niamey"}),
])
def test_entities_named_by_a_title_count_as_mentioned(extractor: Extractor, text: str, lang: str,
                                                      expected: set[str]) -> None:
    extracted = extractor.extract(Article(id="t", text=text, lang=lang, published=date(2023, 5, 1)))
    assert set(extracted.mentioned) == expected
