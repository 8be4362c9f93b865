"""An attack repelled: "l'armée a repoussé une attaque de Boko Haram", "the army repelled the RSF
attack on El Fasher", "the RSF launched an attack on El Fasher, but the army repelled it".

Who repels an attack fights its author, and the author fought the one who repelled it (an attack
is repelled by those it was made on). The repelling verb is a word of ``repel_verb`` in
words.tsv; the one who repels is the subject the frames gave it where it is a fight trigger, else
the nearest named actor before it in its clause (an unnamed side repels no attack here: "les
terroristes" before the verb are more often the ones killed). The attack is a noun of attack
right after the verb (a few words between: "managed to repel the RSF attack"), whose author is
its genitive or, in English, the name before it (as ``attack-targets`` reads them); or an object
pronoun ("repelled it") standing for the last attack of the sentence whose author a rule named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import SVO
from sahelkg.ingest.relations.rules.attack_targets import _author

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MAX_TO_NOUN = 3  # words between the verb and the attack noun ("managed to repel the RSF attack")
REPEL_CERTAINTY = SVO


def _attack_noun(t: TriggerMatch) -> bool:
    return t.relation == "fight" and t.form == "noun"


def _repellers(s: SentenceView, v: int, out: Proposals) -> list[Mention | str]:
    found: list[Mention | str] = []
    for c in out.candidates:
        if c.trigger is not None and c.trigger.start == v and c.relation == "fight":
            m = out.subject_mentions.get(id(c))
            subject = m if m is not None else c.subject
            if all((x.entity if not isinstance(x, str) else x) != c.subject for x in found):
                found.append(subject)
    if found:
        return found
    cs, _ = s.clause(v)
    m = s.nearest_before(v, cs)
    return [m] if m is not None and m.kind != "generic" else []


def _noun_after(s: SentenceView, v: int) -> TriggerMatch | None:
    for n in s.triggers:
        if _attack_noun(n) and v < n.start <= v + 1 + MAX_TO_NOUN:
            if any(s.cover[k] is not None and not _before_noun(s, k, n) for k in range(v + 1, n.start)):
                return None
            return n
    return None


def _before_noun(s: SentenceView, k: int, n: TriggerMatch) -> bool:
    """A name right before the noun is its author ("the RSF attack"), no object of the verb."""
    m = s.cover[k]
    return m is not None and m.end == n.start


def _pronoun_attack(s: SentenceView, v: int, out: Proposals) -> tuple[str, TriggerMatch] | None:
    """"... launched an attack on El Fasher, but the army repelled it": the attack's author."""
    if v + 1 >= len(s.tokens) or s.tokens[v + 1] not in s.doc.lexicon.single_words("attack_pronoun"):
        return None
    for c in reversed(out.candidates):
        tr = c.trigger
        if c.relation == "fight" and tr is not None and tr.form == "noun" and tr.start < v:
            return c.subject, tr
    return None


def repelled_attacks(s: SentenceView, out: Proposals) -> None:
    """"l'armée a repoussé une attaque de Boko Haram": the army fights Boko Haram and Boko Haram
    fought the army."""
    verbs = s.doc.lexicon.single_words("repel_verb")
    if not verbs:
        return
    for v, word in enumerate(s.tokens):
        if word not in verbs or s.cover[v] is not None:
            continue
        noun = _noun_after(s, v)
        author: Mention | str | None = _author(s, noun) if noun is not None else None
        if author is None:
            found = _pronoun_attack(s, v, out)
            if found is None:
                continue
            author, noun = found
        author_id = author if isinstance(author, str) else author.entity
        repellers = [r for r in _repellers(s, v, out)
                     if (r if isinstance(r, str) else r.entity) != author_id]
        if repellers:
            out.add(repellers, noun, "fight", [author], REPEL_CERTAINTY)
            out.add([author], noun, "fight", repellers, REPEL_CERTAINTY)
