"""Organisations and the parties around them, read from phrases rather than one trigger.

An alliance founded by a signed instrument: "وقعت مالي والنيجر وبوركينا فاسو ميثاقا لتأسيس تحالف
دول الساحل" — the signatories ally each other (the instrument is an alliance, not just an
agreement) and are founding members of the alliance named after the founding word (the class
``founding`` in words.tsv: "لتأسيس", "المنشئ"). Without a named organisation after it the
signing stays an agreement.

An organisation or force headed by a person or a country named after a heading phrase (the class
``delegation_head``: "برئاسة", "بقيادة", "يقوده"): "قوات الدعم السريع بقيادة محمد حمدان دقلو",
"التحالف الدولي الذي تقوده الولايات المتحدة" — the one named leads it. A delegation headed so is
left to the mention reader (its head visits; a delegation is no organisation). Mixed into the
sentence attacher of :mod:`sahelkg.ingest.relations.arguments`, whose plumbing (``_add``) it calls.
"""

from __future__ import annotations

from sahelkg.ingest.job.pipeline import Candidate, Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import ADJACENT
from sahelkg.ingest.relations.layout import SKIPPABLE, SentenceLayout

ORGANISATIONS = frozenset({"Organization", "ArmedGroup"})
HEADS = frozenset({"Person", "Country"})
MAX_UNNAMED_HEAD = 3  # words naming a force or body before "بقيادة" ("قوة متعددة الجنسيات")
MAX_FOUNDING_SPAN = 20  # words between the signing verb and the founding word (parties, date, place)


class GroupRules(SentenceLayout):
    out: list[Candidate]

    def _founded_alliances(self) -> None:
        """Signatories of an instrument founding an organisation ally each other and join it."""
        for t in self.triggers:
            if t.relation != "agree" or t.form != "verb":
                continue
            signed = [c for c in self.out if c.trigger is t and c.relation == "agree"]
            founded = self._founded_after(t) if signed else None
            if founded is None or not founded.entity:
                continue
            parties: list[str] = []
            for c in signed:
                c.relation = "ally"
                parties += [p for p in (c.subject, c.object) if p not in parties]
            for party in parties:
                self._add([party], t, "member_of", [founded], ADJACENT)

    def _founded_after(self, t: TriggerMatch) -> Mention | None:
        """The organisation named after a founding word in the verb's clause."""
        _, ce = self.clause(t.start)
        for k in range(t.end, min(ce, t.end + MAX_FOUNDING_SPAN)):
            if self.tokens[k] not in self.w.founding:
                continue
            j = k + 1
            while j < ce and self.tokens[j] in SKIPPABLE:
                j += 1
            m = self.starts.get(j)
            return m if m is not None and m.type in ORGANISATIONS else None
        return None

    def headed_by_after(self, q: int, ce: int) -> Mention | None:
        """"قوة متعددة الجنسيات بقيادة فرنسا": a force or body the gazetteer does not name, then a
        heading phrase and a country or person, acts as the one heading it (up to
        ``MAX_UNNAMED_HEAD`` words of its own before the heading phrase)."""
        k = q
        while k < ce and k - q <= MAX_UNNAMED_HEAD:
            n = self.w.head.match(self.tokens, k)[0]
            if n and k > q:
                head = self.starts.get(k + n)
                if head is not None and head.entity and head.type in HEADS and head.kind != "demonym":
                    return head
                return None
            token = self.tokens[k]
            if self.cover[k] is not None or not token[:1].isalpha() or token in self.w.stop or \
                    self._is_trigger_start(k):
                return None
            k += 1
        return None

    def _headed_organisations(self) -> None:
        """The person or country named after "بقيادة"/"برئاسة"/"الذي يقوده" leads the
        organisation or force just before it."""
        tokens = self.tokens
        for m in self.mentions:
            if not m.entity or m.type not in ORGANISATIONS or m.kind == "delegation":
                continue
            k = m.end
            if k < len(tokens) and tokens[k] in SKIPPABLE:
                k += 1
            if k < len(tokens) and tokens[k] in self.w.relative:
                k += 1  # "الذي يقوده"
            n = self.w.head.match(tokens, k)[0] if k < len(tokens) else 0
            if not n:
                continue
            head = self.starts.get(k + n)
            if head is not None and head.entity and head.type in HEADS and head.kind != "demonym":
                self._add([head], None, "leads", [m], ADJACENT, source="role")
