"""Forces named through the person who commands them: "Haftar's LNA", "Haftar's forces", "les
forces de Haftar", "l'ANL de Haftar", and the forces said to serve him: "forces loyal to Haftar",
"les forces fidèles au maréchal Haftar", "القوات الموالية لحفتر".

A person before a possessive ending ("'s") or after a genitive link ("de", "of") of an armed
force is its commander, not a party of its own: the person and the force become one mention of
the force, so the verb's subject or object is the force, and the mention records who commands it
(``led_by``) when the gazetteer's offices say that this person holds a leading office of that
force at the article date. A force noun ("forces", "troupes", "fighters") stands for the armed
force the person commands at that date; with none known, the person's mention is left as it is.
Between a serving link ("loyal to", "التابعة") and the person may stand his titles and
nationality ("القوات التابعة للواء الليبي المتقاعد خليفة حفتر"). Forces that serve a government or
an armed body are that body ("forces loyal to the GNA", "les forces loyales au GNA").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sahelkg.ingest.entities.gazetteer import Gazetteer, PhraseTable
from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.language.normalize import stem_in
from sahelkg.ingest.relations.certainty import PRESENCE_KINDS

ARMED_KINDS = PRESENCE_KINDS | {"armed_group", "militia"}
LED_KINDS = ARMED_KINDS | {"government"}  # "Serraj's Government of National Accord" is the government
FORCE_TYPES = frozenset({"Organization", "ArmedGroup"})
MAX_TITLE_WORDS = 4  # titles and a nationality between "loyal to" and the person


class ForceCommanders:
    """Merge a commander and the force named with it (module docstring), one sentence at a time."""

    def __init__(self, gazetteer: Gazetteer, forces: frozenset[str], possessive: frozenset[str],
                 genitive_link: PhraseTable, determiner: Iterable[str],
                 serving: PhraseTable | None = None, titles: Iterable[PhraseTable] = (),
                 title_words: Iterable[str] = (), governments: Iterable[str] = (),
                 served_bodies: bool = False) -> None:
        self.g = gazetteer
        self.served_bodies = served_bodies  # "forces loyal to the GNA" (Arabic: relations/rules/war_sides.py)
        self.governments = frozenset(governments)
        self.serving = serving or PhraseTable(())
        self.titles = tuple(titles)
        self.title_words = frozenset(title_words)
        self.forces = forces
        self.possessive = possessive
        self.genitive_link = genitive_link
        self.determiner = frozenset(determiner)

    def __call__(self, tokens: list[str], mentions: list[Mention], when: date | None) -> list[Mention]:
        if not self.forces and not self.possessive and not self.governments:
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
        if k < len(tokens) and tokens[k] in self.governments and (nxt is None or nxt.start > k):
            government = self.g.government_headed(person.entity or "", when)  # "Sarraj's administration"
            if government is not None:
                found = Mention(person.start, k + 1, government, self.g.type_of(government), "name", head=k)
                return i, i, self._led(found, person, government, when)
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
        """"les forces de Haftar", "forces loyal to Haftar": a force noun, a genitive or serving
        link, a person who commands a force."""
        out = list(mentions)
        i = 0
        while i < len(out):
            person = out[i]
            served = self._served_body(tokens, out, i)
            if served is not None:  # "forces loyal to the GNA": the GNA's own forces
                first, found = served
                out[first:i + 1] = [found]
                i = first + 1
                continue
            if self._person(person):
                for j, first in self._links(tokens, out, i):
                    noun = j - 1
                    government = self._government_noun(tokens[noun])
                    if not (self._force_noun(tokens[noun]) or government) or \
                            (first and out[first - 1].end > noun):
                        continue
                    force = self.g.government_headed(person.entity or "", when) if government else \
                        self._commanded(person.entity, when)
                    if force is None:
                        break
                    start = noun - 1 if noun and tokens[noun - 1] in self.determiner else noun
                    if first and out[first - 1].end > start:
                        start = noun
                    found = Mention(start, person.end, force, self.g.type_of(force), "name", plural=True,
                                    head=noun)
                    out[first:i + 1] = [self._led(found, person, force, when)]
                    i = first
                    break
            i += 1
        return out

    def _links(self, tokens: list[str], ms: list[Mention], i: int) -> list[tuple[int, int]]:
        """(start, first mention inside) of each link that may join a force noun to the person
        ms[i]: a genitive link right before him ("forces of"), or a serving link with his titles
        and nationality between ("forces loyal to the retired general")."""
        k = ms[i].start
        found = [(k - n, i) for n in range(1, 4)
                 if k - n >= 1 and self.genitive_link.match(tokens, k - n)[0] == n]
        if not self.serving.by_first:
            return found
        j, first = k, i  # walk back over titles and a nationality adjective
        for _ in range(MAX_TITLE_WORDS):
            before = ms[first - 1] if first and ms[first - 1].end == j else None
            if before is not None and before.kind == "demonym":
                j, first = before.start, first - 1
                continue
            floor = ms[first - 1].end if first else 0
            if j - 1 >= floor and (tokens[j - 1] in self.title_words or tokens[j - 1] in self.determiner
                                   or any(t.match(tokens, j - 1)[0] == 1 for t in self.titles)):
                j -= 1
                continue
            break
        floor = ms[first - 1].end if first else 0
        for n in range(1, 4):
            if j - n >= max(1, floor) and self.serving.match(tokens, j - n)[0] == n:
                found.append((j - n, first))
        return found

    def _served_body(self, tokens: list[str], ms: list[Mention], i: int) -> tuple[int, Mention] | None:
        """"forces loyal to the GNA", "les forces loyales au GNA": a force noun, a serving link and a
        government or an armed body: the mention of that body, from the force noun on."""
        body = ms[i]
        if not self.served_bodies or not body.entity or body.kind != "name" or \
                body.type not in FORCE_TYPES or not self.serving.by_first:
            return None
        j = body.start
        while j > 0 and tokens[j - 1] in self.determiner:
            j -= 1
        floor = ms[i - 1].end if i else 0
        for n in range(1, 4):
            link = j - n
            if link - 1 >= floor and self.serving.match(tokens, link)[0] == n and \
                    self._force_noun(tokens[link - 1]):
                start = link - 1
                if start >= 1 and tokens[start - 1] in self.determiner and start - 1 >= floor:
                    start -= 1
                return i, replace(body, start=start, plural=True, head=link - 1)
        return None

    # --- helpers ------------------------------------------------------------------------------
    def _force_noun(self, token: str) -> bool:
        """"forces", "القوات", "وقوات": a force noun, with its article or conjunction."""
        return token in self.forces or stem_in(token, self.forces)

    def _government_noun(self, token: str) -> bool:
        """"government", "gouvernement": a government noun (Arabic "حكومة X" is read with the
        mentions, ``entities/mentions.py``)."""
        return bool(self.governments) and (token in self.governments or stem_in(token, self.governments))

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
