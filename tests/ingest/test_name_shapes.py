"""Names the gazetteer lacks, found by their shape with no title before them: people by a known
given name, a name link, a kunya or a person noun; organisations by their head word. Each new
entity gets a stable id from its name, its type and its surface label; the same name in two
articles is one node. Words, places and common nouns shaped like names give nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sahelkg.ingest.job.extract import Extractor

from sahelkg.records import Article

PUBLISHED = date(2024, 6, 3)


def _new(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str, str | None]]:
    """(id, label, type, role) of the entities of a text that the gazetteer does not know."""
    doc = extractor.analyse(Article(id="t", text=text, lang=lang, published=PUBLISHED))
    assert doc is not None
    return {(e.id, e.label, e.type, e.role) for e in doc.entities.values()
            if extractor.gazetteer.entry(e.id) is None}


@pytest.mark.parametrize(
    ("text", "lang", "relations", "new"),
    [
        # a known given name and a name link ("ولد")
        ("التقى حفتر في بنغازي أبو بكر ولد محمد.", "ar",
         {("Khalifa_Haftar", "meet", "ابو_بكر_ولد_محمد", "occurred")},
         {("ابو_بكر_ولد_محمد", "أبو بكر ولد محمد", "Person", None)}),
        # "علي" is a given name, not the preposition "على" it reads as once normalised
        ("واستقبل محمد المنفي في طرابلس سيدي بن علي الإدريسي.", "ar",
         {("Mohamed_al-Menfi", "meet", "سيدي_بن_علي_الادريسي", "occurred")},
         {("سيدي_بن_علي_الادريسي", "سيدي بن علي الإدريسي", "Person", None)}),
        # "آغ" links two names even with no known given name
        ("وزار يوسف آغ محمد مدينة كيدال.", "ar",
         {("يوسف_اغ_محمد", "visit", "Kidal", "occurred")},
         {("يوسف_اغ_محمد", "يوسف آغ محمد", "Person", None)}),
        # a kunya; the nationality after it is not part of the name
        ("وقال إن أبو عبيدة التونسي زار مدينة سبها.", "ar",
         {("ابو_عبيده", "visit", "Sabha", "occurred")},
         {("ابو_عبيده", "أبو عبيدة", "Person", None)}),
        # a person noun and a nationality before the name: the role that introduced it
        ("استقبل حفتر الصحفي الفرنسي أوليفييه دوبوا في بنغازي.", "ar",
         {("Khalifa_Haftar", "meet", "اوليفييه_دوبوا", "occurred")},
         {("اوليفييه_دوبوا", "أوليفييه دوبوا", "Person", "الصحفي الفرنسي at 2024-06")}),
        # organisations by their head word
        ("وهاجمت جبهة الخلاص الوطني مدينة أوباري.", "ar",
         {("جبهه_الخلاص_الوطني", "fight", "Ubari", "occurred")},
         {("جبهه_الخلاص_الوطني", "جبهة الخلاص الوطني", "ArmedGroup", None)}),
        ("ووقعت حركة الإنقاذ العربية اتفاقا مع مالي.", "ar",
         {("حركه_الانقاذ_العربيه", "agree", "Mali", "occurred")},
         {("حركه_الانقاذ_العربيه", "حركة الإنقاذ العربية", "ArmedGroup", None)}),
        # a curated name wins over the shape
        ("واستقبل حفتر وفدا من تنسيقية الشعب في أزواد.", "ar",
         {("Khalifa_Haftar", "meet", "Coalition_of_the_People_for_Azawad", "occurred")}, set()),
        ("Haftar met Amadou Kindo in Benghazi.", "en",
         {("Khalifa_Haftar", "meet", "Amadou_Kindo", "occurred")},
         {("Amadou_Kindo", "Amadou Kindo", "Person", None)}),
        ("Haftar met Iyad Ould Bakary in Benghazi.", "en",
         {("Khalifa_Haftar", "meet", "Iyad_Ould_Bakary", "occurred")},
         {("Iyad_Ould_Bakary", "Iyad Ould Bakary", "Person", None)}),
        ("The Russian businessman Pavel Petrov met Haftar in Benghazi.", "en",
         {("Pavel_Petrov", "meet", "Khalifa_Haftar", "occurred")},
         {("Pavel_Petrov", "Pavel Petrov", "Person", "Russian businessman at 2024-06")}),
        ("The Movement for Justice and Freedom attacked El Fasher.", "en",
         {("Movement_for_Justice_and_Freedom", "fight", "El_Fasher", "occurred")},
         {("Movement_for_Justice_and_Freedom", "Movement for Justice and Freedom", "ArmedGroup", None)}),
        ("Haftar a reçu Moussa Traoré à Benghazi.", "fr",
         {("Khalifa_Haftar", "meet", "Moussa_Traoré", "occurred")},
         {("Moussa_Traoré", "Moussa Traoré", "Person", None)}),
        ("Le journaliste français Olivier Lambert a rencontré Haftar.", "fr",
         {("Olivier_Lambert", "meet", "Khalifa_Haftar", "occurred")},
         {("Olivier_Lambert", "Olivier Lambert", "Person", "journaliste français at 2024-06")}),
        ("Le Mouvement pour la justice au Tchad a attaqué Faya.", "fr",
         {("Mouvement_pour_la_justice_au_Tchad", "fight", "Faya-Largeau", "occurred")},
         {("Mouvement_pour_la_justice_au_Tchad", "Mouvement pour la justice au Tchad", "ArmedGroup", None)}),
    ],
)
def test_a_name_by_its_shape_becomes_an_entity(extractor: Extractor, triples, text: str, lang: str,  # noqa: ANN001
                                               relations: set, new: set) -> None:
    assert triples(text, PUBLISHED, lang) == relations
    assert _new(extractor, text, lang) == new


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقالت قوات الأمن إن حركة المرور توقفت في طرابلس.", "ar"),  # a common noun after a head word
        ("واتفقت لجان مشتركة من ليبيا والنيجر على التعاون.", "ar"),  # "لجان" is not "ل" + "جان"
        ("وزار جبل بن غنيمة وفد ليبي.", "ar"),  # a mountain
        ("وقال رئيسًا للمجلس محمد إن الاجتماع انتهى.", "ar"),  # a given name alone
        ("In May Haftar visited Niamey.", "en"),  # a month
        ("Said Haftar's son visited Niamey.", "en"),  # "Said" opens a name only with more evidence
        ("Le Conseil des ministres a adopté le texte à Niamey.", "fr"),  # no capitalised word after the head
        ("La brigade Tariq Ben Zeyad a quitté Syrte.", "fr"),  # the name of a brigade, not a man's
    ],
)
def test_words_shaped_like_names_give_no_new_entity(extractor: Extractor, text: str, lang: str) -> None:
    assert _new(extractor, text, lang) == set()


def test_the_same_name_in_two_articles_is_one_node_whatever_the_hamza(extractor: Extractor) -> None:
    found = set()
    texts = ["التقى حفتر في بنغازي أندريه فولكوف.", "والتقى المشري في طرابلس اندريه فولكوف."]
    for n, text in enumerate(texts):
        article = Article(id=f"a{n}", text=text, lang="ar", published=PUBLISHED)
        found |= {r.object.id for r in extractor.extract(article).relations}
    assert found == {"اندريه_فولكوف"}
