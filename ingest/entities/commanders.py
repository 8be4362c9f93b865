"""Forces named through the person who commands them: "Haftar's LNA", "Haftar's forces", "les
forces de Haftar", "l'ANL de Haftar".

A person before a possessive ending ("'s") or after a genitive link ("de", "of") of an armed
force is its commander, not a party of its own: the person and the force become one mention of
the force, so the verb's subject or object is the force, and the mention records who commands it
(``led_by``) when the gazetteer's offices say that this person holds a leading office of that
force at the article date. A force noun ("forces", "troupes", "fighters") stands for the armed
force the person commands at that date; with none known, the person's mention is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sahelkg.ingest.entities.gazetteer import Gazetteer, PhraseTable
from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.relations.certainty import PRESENCE_KINDS

ARMED_KINDS = PRESENCE_KINDS | {"armed_group", "militia"}
LED_KINDS = ARMED_KINDS | {"government"}  # "Serraj's Government of National Accord" is the government
FORCE_TYPES = frozenset({"Organization", "ArmedGroup"})


class ForceCommanders:
    """Merge a commander and the force named with it (module docstring), one sentence at a time."""

    def __init__(self, gazetteer: Gazetteer, forces: frozenset[str], possessive: frozenset[str],
                 genitive_link: PhraseTable, determiner: Iterable[str]) -> None:
        self.g = gazetteer
        self.forces = forces
        self.possessive = possessive
        self.genitive_link = genitive_link
        self.determiner = frozenset(determiner)

    def __call__(self, tokens: list[str], mentions: list[Mention], when: date | None) -> list[Mention]:
        if not self.forces and not self.possessive:
            return mentions
        out = list(mentions)
        i = 0
        while i < len(out):
            merged = self._possessed(tokens, out, i, when) or self._genitive(tokens, out, i, when)
            if merged is not None:
                first, last, force = merged
                out[first:last + 1] = [force]
                i = first
            i += 1
        return out

    # "Haftar's LNA", "Haftar's forces"
    def _possessed(self, tokens: list[str], ms: list[Mention], i: int,
                   when: date | None) -> tuple[int, int, Mention] | None:
        person = ms[i]
        k = person.end
        if not self._person(person) or k >= len(tokens) or tokens[k] not in self.possessive:
            return None
        k += 1
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.start == k and self._force(nxt):
            return i, i + 1, self._led(nxt, person, nxt.entity, when, start=person.start)
        if k < len(tokens) and tokens[k] in self.forces and (nxt is None or nxt.start > k):
            force = self._commanded(person.entity, when)
            if force is not None:
                found = Mention(person.start, k + 1, force, self.g.type_of(force), "name", plural=True,
                                head=k)
                return i, i, self._led(found, person, force, when)
        return None

    # "les forces de Haftar", "l'ANL de Haftar", "forces of Khalifa Haftar"
    def _genitive(self, tokens: list[str], ms: list[Mention], i: int,
                  when: date | None) -> tuple[int, int, Mention] | None:
        head = ms[i]
        if not self._force(head):
            return None
        k = head.end
        n = self.genitive_link.match(tokens, k)[0] if k < len(tokens) else 0
        if not n:
            return None
        person = ms[i + 1] if i + 1 < len(ms) else None
        if person is None or not self._person(person) or person.start != k + n:
            return None
        return i, i + 1, self._led(head, person, head.entity, when, end=person.end)

    def force_noun_mentions(self, tokens: list[str], mentions: list[Mention],
                            when: date | None) -> list[Mention]:
        """"les forces de Haftar": a force noun, a genitive link, a person who commands a force."""
        out = list(mentions)
        for i, person in enumerate(out):
            if not self._person(person):
                continue
            k = person.start
            for n in range(1, 4):
                j = k - n
                if j < 1 or not self.genitive_link.match(tokens, j)[0] == n:
                    continue
                noun = j - 1
                if tokens[noun] not in self.forces or (i and out[i - 1].end > noun):
                    continue
                force = self._commanded(person.entity, when)
                if force is None:
                    break
                start = noun - 1 if noun and tokens[noun - 1] in self.determiner else noun
                if i and out[i - 1].end > start:
                    start = noun
                found = Mention(start, person.end, force, self.g.type_of(force), "name", plural=True,
                                head=noun)
                out[i] = self._led(found, person, force, when)
                break
        return out

    # --- helpers ------------------------------------------------------------------------------
    def _person(self, m: Mention) -> bool:
        return bool(m.entity) and m.type == "Person" and m.kind in ("name", "titled")

    def _force(self, m: Mention) -> bool:
        return bool(m.entity) and m.type in FORCE_TYPES and m.kind == "name" and \
            self.g.kind_of(m.entity or "") in LED_KINDS

    def _commanded(self, person: str | None, when: date | None) -> str | None:
        """The one armed force the person holds a leading office of at ``when``."""
        found = {o.of for o in self.g.office_held(person or "", None, when)
                 if o.leads and self.g.kind_of(o.of) in ARMED_KINDS}
        return next(iter(found)) if len(found) == 1 else None

    def _led(self, force: Mention, person: Mention, entity: str | None, when: date | None,
             start: int | None = None, end: int | None = None) -> Mention:
        held = self.g.office_held(person.entity or "", None, when)
        commands = any(o.of == entity and o.leads for o in held)
        return Mention(force.start if start is None else start, force.end if end is None else end, entity,
                       force.type, force.kind, plural=force.plural, head=force.head,
                       led_by=person.entity if commands else None, clitic=force.clitic)
