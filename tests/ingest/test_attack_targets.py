"""A noun of attack with its author and a target the frames cannot name: an unnamed military
post (the army of the country named after it), a town after the author, an English author
before the noun with modifiers between."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triples = Callable[..., set[tuple[str, str, str, str]]]
JNIM = "Jama_at_Nasr_al-Islam_wal-Muslimin"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Attaque du JNIM contre un convoi militaire dans la région de Kayes.", "fr",
         {(JNIM, "Malian_Armed_Forces")}),
        ("L'attaque massive de près de 3 000 terroristes contre le camp militaire de Djibo.", "fr",
         {("Jihadists_Burkina_Faso", "Armed_Forces_of_Burkina_Faso")}),
        ("L'attaque du JNIM à Djibo a fait dix morts.", "fr", {(JNIM, "Djibo")}),
        ("Haftar's abortive 2019 assault on Tripoli failed.", "en", {("Khalifa_Haftar", "Tripoli")}),
        # a state author with an unnamed post says nothing
        ("Une offensive de l'armée malienne contre des positions à Kidal.", "fr", set()),
    ],
)
def test_attack_nouns_with_their_author_and_target(triples: Triples, text: str, lang: str,
                                                   expected: set[tuple[str, str]]) -> None:
    found = {(s, o) for s, r, o, _ in triples(text, lang=lang) if r == "fight"}
    assert found == expected
