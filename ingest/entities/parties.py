"""Actors named through another actor: a government by its seat, resolved at the article date
("the Tripoli government", "the eastern-based administration", "le gouvernement de l'Est"; seats
in gazetteer/seats.jsonl, seat phrases in <lang>/seats.tsv), kin after a possessive ("Haftar's
son Saddam Haftar"), and the unnamed adversaries of an actor ("Haftar's rivals", "les
adversaires de Haftar"), who are not that actor. Mixed into the sentence mention finder of
:mod:`sahelkg.ingest.entities.mentions`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sahelkg.ingest.entities.actors import COMMAS
from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.job.pipeline import Doc, Mention
from sahelkg.ingest.language.lexicon import phrase_tokens

if TYPE_CHECKING:
    from sahelkg.ingest.entities.mentions import _Tables


class PartyPhrases:
    g: Gazetteer
    t: _Tables
    doc: Doc
    when: date | None
    tokens: list[str]

    def _note(self, entity: str | None) -> None:
        raise NotImplementedError

    def _name_at(self, tokens: list[str], i: int) -> tuple[int, str | None, str]:
        raise NotImplementedError

    def _adversaries(self, i: int) -> Mention | None:
        """"Haftar's rivals", "the opponents of Haftar", "les adversaires de Haftar": the
        adversaries of an actor, whom the text does not name (a mention with no entity, so the
        actor is not taken for the object or subject of the verb)."""
        tokens = self.tokens
        an = self.t.adversary.match(tokens, i)[0]
        if an:  # "the opponents of Haftar"
            j = i + an
            gn = self.t.genitive_link.match(tokens, j)[0] if j < len(tokens) else 0
            if not gn:
                return None
            j += gn
            while j < len(tokens) and tokens[j] in self.t.determiner:
                j += 1
            j += self.t.honorific.match(tokens, j)[0] if j < len(tokens) else 0
            n, entity, _ = self._name_at(tokens, j) if j < len(tokens) else (0, None, "")
            if not (n and entity):
                return None
            return Mention(i, j + n, None, "Person", "adversary", plural=True, head=i)
        n, entity, _ = self._name_at(tokens, i)
        j = i + n
        if not (n and entity) or j + 1 >= len(tokens) or tokens[j] not in self.t.possessive_word:
            return None
        an = self.t.adversary.match(tokens, j + 1)[0]  # "Haftar's rivals"
        if not an:
            return None
        return Mention(i, j + 1 + an, None, "Person", "adversary", plural=True, head=j + 1)

    def _possessive_kin(self, i: int, n: int, relative: str) -> Mention | None:
        """"Haftar's son Saddam Haftar": the person named after a kin noun, kin of the possessor."""
        tokens = self.tokens
        j = i + n
        if j >= len(tokens) or tokens[j] not in self.t.possessive_word:
            return None
        kn = self.t.kin_noun.match(tokens, j + 1)[0] if j + 1 < len(tokens) else 0
        if not kn:
            return None
        k = j + 1 + kn
        while k < len(tokens) and tokens[k] in COMMAS:
            k += 1
        m, person, _ = self._name_at(tokens, k) if k < len(tokens) else (0, None, "")
        if not (m and person) and k < len(tokens):
            m, person = self._given_name(tokens[k], relative)  # "Haftar's son Saddam"
        if not (m and person) or person == relative or self.g.type_of(person) != "Person":
            return None
        self._note(relative)
        self._note(person)
        return Mention(i, k + m, person, "Person", "kin", head=k, relative=relative)

    def _given_name(self, token: str, relative: str) -> tuple[int, str | None]:
        """A given name alone after a kin noun takes the family name of the relative ("Haftar's
        son Saddam" is Saddam Haftar): (1, the person) when the gazetteer knows that name."""
        entry = self.g.entry(relative)
        family = phrase_tokens(entry.labels.get(self.doc.lang, "")) if entry is not None else ()
        if not family or not token[:1].isalpha():
            return 0, None
        n, entity, _ = self.g.names.match([token, family[-1]], 0)
        if n == 2 and isinstance(entity, str) and self.g.type_of(entity) == "Person":
            return 1, entity
        return 0, None

    def _seat_at(self, i: int) -> tuple[int, str | None]:
        """A seat of government at i: a gazetteer name with seats, or a seat phrase ("eastern")."""
        n, entity, _ = self._name_at(self.tokens, i)
        if n and entity and entity in self.g.seats:
            return n, entity
        n, entity, _ = self.t.seat.match(self.tokens, i)
        return (n, entity) if n else (0, None)  # type: ignore[return-value]

    def _seated_government(self, i: int) -> Mention | None:
        """A government named by its seat, resolved at the article date: "the Tripoli
        government", "the eastern-based administration", "le gouvernement de l'Est"; a government
        or the authorities in a capital that has no rival governments are that capital's country
        ("the authorities in Niamey")."""
        t = self.t
        tokens = self.tokens
        k = i
        while k < len(tokens) and tokens[k] in t.seat_adjective:
            k += 1  # "the rival government in the east"
        if k >= len(tokens):
            return None
        n, seat = self._seat_at(k) if k == i else (0, None)
        if n and seat:  # seat first: "the Tripoli(-based) (rival) government"
            j = i + n
            j += t.seat_joint.match(tokens, j)[0] if j < len(tokens) else 0
            while j < len(tokens) and tokens[j] in t.seat_adjective:
                j += 1
            gn = t.seated_government.match(tokens, j)[0] if j < len(tokens) else 0
            end = j + gn
        else:  # government first: "the government (based) in Tripoli", "le gouvernement de l'Est"
            gn = t.seated_government.match(tokens, k)[0]
            if not gn:
                return None
            construct = t.seat_construct.match(tokens, k)[0] == gn  # "حكومة طرابلس": no link
            j = k + gn
            while j < len(tokens) and tokens[j] in t.seat_adjective:
                j += 1
            ln = t.seat_link.match(tokens, j)[0] if j < len(tokens) else 0
            if not ln and not (construct and j < len(tokens) and self._seat_at(j)[1]):
                return None
            j += ln
            while j < len(tokens) and tokens[j] in t.determiner:
                j += 1
            n, seat = self._seat_at(j) if j < len(tokens) else (0, None)
            end = j + n
            if not n and ln and j < len(tokens):
                cn, capital, _ = self._name_at(tokens, j)
                state = self.g.capital_of.get(capital or "") if cn else None
                if state is not None and not self.g.seats.get(capital or ""):
                    # "the authorities in Niamey", "les autorités de Bamako": a capital with no rival
                    # governments in the gazetteer's seats is its country's seat
                    self._note(state)
                    return Mention(i, j + cn, state, "Country", "name", head=i)
        if not gn or not n or seat is None:
            return None
        government = self.g.seated_government(seat, self.when)
        if government is None:
            return None
        self._note(government)
        return Mention(i, end, government, self.g.type_of(government), "name", head=i)
