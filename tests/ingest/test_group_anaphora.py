"""A definite group noun stands for the armed group the article named last ("JNIM ... The group
attacked", "Le FACT ... Les rebelles ont attaqué", "جبهة التغيير ... وهاجم المتمردون"); never
when two groups were named, never for an army, and "the rebels" never for a private military
company."""

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 10)
JNIM, FACT = "Jama_at_Nasr_al-Islam_wal-Muslimin", "Front_for_Change_and_Concord_in_Chad"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("JNIM is active in central Mali. The group attacked Malian soldiers near Mopti.", "en",
         {(JNIM, "fight", "Malian_Armed_Forces", "occurred")}),
        ("Boko Haram has killed thousands. The militants attacked Nigerian soldiers near Maiduguri.", "en",
         {("Boko_Haram", "fight", "Nigerian_Armed_Forces", "occurred")}),
        ("Le JNIM est actif au centre du Mali. Le groupe a attaqué des soldats maliens près de Mopti.", "fr",
         {(JNIM, "fight", "Malian_Armed_Forces", "occurred")}),
        ("Le FACT est basé en Libye. Les rebelles ont attaqué l'armée tchadienne au Tibesti.", "fr",
         {(FACT, "fight", "Chadian_National_Army", "occurred"), (FACT, "deploy", "Libya", "occurred")}),
        ("تنشط جبهة التغيير والوفاق في ليبيا. وهاجم المتمردون الجيش التشادي في تيبستي.", "ar",
         {(FACT, "fight", "Chadian_National_Army", "occurred")}),
        # no group named before: an unnamed side
        ("The militants attacked Nigerian soldiers near Maiduguri.", "en",
         {("Jihadists_Nigeria", "fight", "Nigerian_Armed_Forces", "occurred")}),
        # two groups named: ambiguous, and the one present before gives no subject to carry on
        ("Wagner and JNIM are active in Mali. The group attacked Malian soldiers.", "en",
         {("Wagner_Group", "deploy", "Mali", "occurred")}),
        # "the rebels" is not Wagner; "le groupe Wagner" names Wagner itself
        ("Wagner est présent au Mali. Les rebelles ont attaqué des soldats maliens.", "fr",
         {("Wagner_Group", "deploy", "Mali", "occurred")}),
        ("Le groupe Wagner a attaqué des soldats maliens.", "fr",
         {("Wagner_Group", "fight", "Malian_Armed_Forces", "occurred")}),
    ],
)
def test_group_anaphora(triples, text: str, lang: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the country where the fighting is, not the one whose troops fight
        ("Au Mali, des jihadistes ont attaqué Wagner, soutenu par la Russie.", "fr",
         {("Jihadists_Mali", "fight", "Wagner_Group", "occurred"),
          ("Russia", "support", "Wagner_Group", "occurred")}),
        # a headline read before the article's country stood out, scoped by that country
        ("Clashes between the army and jihadists. Mali's army said jihadists attacked Mopti. "
         "Mali's army said jihadists attacked Gao. Mali's army said Mali will respond.", "en",
         {("Jihadists_Mali", "fight", "Mopti", "occurred"), ("Jihadists_Mali", "fight", "Gao", "occurred")}),
    ],
)
def test_unnamed_sides_scoped_where_the_event_is(triples, text: str, lang: str,
                                                 expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(text, PUBLISHED, lang) == expected
