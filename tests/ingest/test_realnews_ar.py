"""Arabic constructions read from real news: sentences written for these tests (no article text),
each pinned to the exact triples it gives."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister the gazetteer now knows, under the spellings of the Mauritanian press
        ("استقبل حننا ولد سيدي وزير الدفاع الوطني في نواكشوط السفير الأمريكي.",
         {"Hanena_Ould_Sidi"}),
        ("اشتبك مسلحو التبو مع قبيلة الطوارق في أحد أحياء سبها.",
         {"Tebu_Ethnic_Militia_Libya", "Tuareg_Ethnic_Militia_Libya"}),
        ("هاجمت قوات المعارضة التشادية مواقع للجيش التشادي قرب الحدود.",
         {"Chadian_armed_opposition", "Chadian_National_Army"}),
    ],
)
def test_gazetteer_names_the_actors_of_the_region(extractor, text, expected):
    from sahelkg.records import Article

    doc = extractor.analyse(Article(id="t", text=text, published=D, lang="ar"))
    assert doc is not None
    assert expected <= {m.entity for ms in doc.mentions for m in ms if m.entity}
