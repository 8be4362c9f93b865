"""Kin named after a kin noun with a possessive suffix: "التقى حفتر بنجله صدام", "استقبل ديبي
شقيقه عمر ديبي". The one named is a relative of the one the suffix refers to; a given name alone
takes the family name of that relative ("نجله صدام" after Haftar is Saddam Haftar). Mixed into the
sentence attacher of :mod:`sahelkg.ingest.relations.arguments`, whose ``_add`` it calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.lexicon import phrase_tokens
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import SUFFIX
from sahelkg.ingest.relations.layout import SentenceLayout

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention

SINGLE_POSSESSOR = ("masc", "fem")  # "نجله", "شقيقها": one possessor, found by the suffix


class KinshipRules(SentenceLayout):
    def _possessive_kin(self) -> None:
        for k, token in enumerate(self.tokens[:-1]):
            if self.cover[k] is not None:
                continue
            suffix = self.kin_suffix(token)
            if suffix is None:
                continue
            holders = self.referent(k, suffix)
            if len(holders) != 1 or holders[0].type != "Person":
                continue
            relative = self._kin_named(k + 1, holders[0])
            if relative is not None and relative != holders[0].entity:
                self._add([relative], None, "relative_of", [holders[0]], SUFFIX, source="role")

    def _determiner_kin(self) -> None:
        """"Khalifa Haftar and his son Khaled Haftar", "le maréchal et son fils Saddam Haftar":
        the person named after a possessive determiner and a kin noun is kin of the one person
        named before it in the sentence, or of the person joined to it by "and" (the classes
        ``possessive_determiner`` and ``kin_noun``)."""
        if not self.w.possessive_determiner:
            return
        for k, token in enumerate(self.tokens[:-2]):
            if token not in self.w.possessive_determiner or self.cover[k] is not None:
                continue
            n = self.w.kin_noun.match(self.tokens, k + 1)[0]
            if not n:
                continue
            j = k + 1 + n
            while j < len(self.tokens) and self.tokens[j] in (",", "،"):
                j += 1
            named = self.starts.get(j)
            persons = [m for m in self.mentions if m.end <= k and m.entity and m.type == "Person"]
            if named is None or named.type != "Person" or not named.entity or not persons:
                continue
            nearest = max(persons, key=lambda m: m.end)
            joined = k > nearest.end and all(tok in self.w.coordination or tok in (",", "،")
                                             for tok in self.tokens[nearest.end:k])
            if len({m.entity for m in persons}) != 1 and not joined:
                continue  # "Tiani met Khalifa Haftar and his son": the person just before
            holder = nearest.entity
            if holder != named.entity:
                self._add([named.entity], None, "relative_of", [holder], SUFFIX, source="role")

    def kin_suffix(self, token: str) -> str | None:
        """The possessive suffix of a kin noun ("نجله" -> masc), None for any other word."""
        for prefix, stem, suffix in noun_stems(token):
            if suffix in SINGLE_POSSESSOR and stem in self.w.kin and prefix.lstrip("وف") in ("", "ب", "ل"):
                return suffix
        return None

    def _kin_named(self, k: int, holder: Mention) -> str | None:
        """The person named at k: a known name, or a given name completed by the family name."""
        named = self.starts.get(k)
        if named is not None:
            return named.entity if named.entity and named.type == "Person" else None
        entry = self.g.entry(holder.entity or "")
        family = phrase_tokens(entry.labels.get("ar", "")) if entry is not None else ()
        if not family or not self.tokens[k][:1].isalpha():
            return None
        n, entity, _ = self.g.names.match([self.tokens[k], family[-1]], 0)
        if n == 2 and isinstance(entity, str) and self.g.type_of(entity) == "Person":
            return entity
        return None
