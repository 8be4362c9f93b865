"""French and English fight constructions read from the misses on real news, each pinned by
sentences written for the test: a noun of attack before a preposition only the noun takes ("the
RSF attack on El Fasher": the word is the noun, not the verb, though a name precedes it); an
attack repelled ("a repoussé une attaque de X", "repelled the X attack", "repelled it"): who
repels it and its author fight each other; attacks told from their target or with their author
in English ("Niger has faced attacks by Boko Haram"); an army named by its country in the
genitive ("les forces armées du Burkina Faso", "the army of Niger") is that country's army; an
arrest in the passive with no agent ("X a été arrêté vendredi") is made by the state of the
country the article is about."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triples = Callable[..., set[tuple[str, str, str, str]]]
RSF = "Rapid_Support_Forces"
JNIM = "Jama_at_Nasr_al-Islam_wal-Muslimin"


def _fights(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "fight"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The RSF attack on El Fasher left dozens dead.", {(RSF, "El_Fasher")}),
        ("Fresh RSF attacks on El-Fasher were reported overnight.", {(RSF, "El_Fasher")}),
        # the verb reading stays where no noun preposition follows
        ("The RSF attack El Fasher every night.", {(RSF, "El_Fasher")}),
    ],
)
def test_attack_noun_before_its_preposition(triples: Triples, text: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert _fights(triples(text, lang="en")) == expected


NAF = "Nigerien_Armed_Forces"
FAMA = "Malian_Armed_Forces"
SAF = "Sudanese_Armed_Forces"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'armée nigérienne a repoussé mardi une attaque de Boko Haram près de Diffa.", "fr",
         {(NAF, "Boko_Haram"), ("Boko_Haram", NAF)}),
        ("Les FAMa affirment avoir repoussé une attaque du JNIM contre leur camp.", "fr",
         {(FAMA, JNIM), (JNIM, FAMA)}),
        ("The Sudanese army said it repelled an RSF attack on El Fasher.", "en",
         {(SAF, RSF), (RSF, SAF), (RSF, "El_Fasher")}),
        ("The RSF launched a large attack on El Fasher, but the Sudanese army repelled it.", "en",
         {(SAF, RSF), (RSF, SAF), (RSF, "El_Fasher")}),
        # nothing repelled is an attack, or the attack has no author: nothing more
        ("La visite du président nigérien a été repoussée à une date ultérieure.", "fr", set()),
        ("Les FAMa ont repoussé une attaque dans la nuit.", "fr", set()),
        # an unnamed side before the verb repels nothing
        ("Dix terroristes tués par les soldats, qui ont repoussé une attaque de Boko Haram.", "fr",
         set()),
    ],
)
def test_repelled_attack(triples: Triples, text: str, lang: str,
                         expected: set[tuple[str, str]]) -> None:
    assert _fights(triples(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Niger has faced repeated attacks by Boko Haram since 2015.", "en", {("Boko_Haram", "Niger")}),
        ("Twelve Nigerien soldiers were killed in an attack by Boko Haram near Diffa.", "en",
         {("Boko_Haram", NAF)}),
    ],
)
def test_attack_told_from_its_target_in_english(triples: Triples, text: str, lang: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert _fights(triples(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les forces armées du Mali ont attaqué le JNIM près de Boni.", "fr", {(FAMA, JNIM)}),
        ("Des drones des forces armées du Burkina Faso ont frappé des terroristes.", "fr",
         {("Armed_Forces_of_Burkina_Faso", "Jihadists_Burkina_Faso")}),
        ("The armed forces of Niger attacked Boko Haram.", "en", {(NAF, "Boko_Haram")}),
        # a body that is no army of the country named after it stays unread
        ("L'armée de l'air a frappé le JNIM.", "fr", set()),
    ],
)
def test_army_named_by_its_country_in_the_genitive(triples: Triples, text: str, lang: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert _fights(triples(text, lang=lang)) == expected


NIGER_CONTEXT = ("Le Niger traverse une crise. À Niamey, la junte du Niger se divise. Le Niger "
                 "reste sous tension. ")


def _arrests(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o, _ in found if r == "arrest"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (NIGER_CONTEXT + "Le colonel Abdoulaye Badié a finalement été arrêté jeudi soir.", "fr",
         {("Niger", "Abdoulaye_Badié")}),
        (NIGER_CONTEXT + "Amadou Diallo et le commandant Ousmane Cissé sont eux aussi arrêtés.", "fr",
         {("Niger", "Amadou_Diallo"), ("Niger", "Ousmane_Cissé")}),
        ("Niger is in turmoil. In Niamey, Niger's junta is split. Niger is tense. "
         "Colonel Abdoulaye Badié was arrested on Thursday.", "en", {("Niger", "Abdoulaye_Badié")}),
        # the speaker is not the one arrested; no country standing out, no arrester
        ("Niger is in turmoil. In Niamey, Niger's junta is split. Niger is tense. "
         "Colonel Abdoulaye Badié said several officers were arrested.", "en", set()),
        ("Le colonel Abdoulaye Badié a été arrêté jeudi soir.", "fr", set()),
    ],
)
def test_passive_arrest_without_agent(triples: Triples, text: str, lang: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert _arrests(triples(text, lang=lang)) == expected
