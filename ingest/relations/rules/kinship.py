"""Kin named after a kin noun with a possessive suffix: "التقى حفتر بنجله صدام", "استقبل ديبي
شقيقه عمر ديبي". The one named is a relative of the one the suffix refers to; a given name alone
takes the family name of that relative ("نجله صدام" after Haftar is Saddam Haftar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.lexicon import phrase_tokens
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.certainty import SUFFIX

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention

if TYPE_CHECKING:
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

SINGLE_POSSESSOR = ("masc", "fem")  # "نجله", "شقيقها": one possessor, found by the suffix


def possessive_kin(s: SentenceView, out: Proposals) -> None:
    for k, token in enumerate(s.tokens[:-1]):
        if s.cover[k] is not None:
            continue
        suffix = kin_suffix(s, token)
        if suffix is None:
            continue
        holders = s.referent(k, suffix)
        if len(holders) != 1 or holders[0].type != "Person":
            continue
        relative = _kin_named(s, k + 1, holders[0])
        if relative is not None and relative != holders[0].entity:
            out.add([relative], None, "relative_of", [holders[0]], SUFFIX, source="role")


def determiner_kin(s: SentenceView, out: Proposals) -> None:
    """"Khalifa Haftar and his son Khaled Haftar", "le maréchal et son fils Saddam Haftar":
    the person named after a possessive determiner and a kin noun is kin of the one person
    named before it in the sentence, or of the person joined to it by "and" (the classes
    ``possessive_determiner`` and ``kin_noun``)."""
    if not s.w.possessive_determiner:
        return
    for k, token in enumerate(s.tokens[:-2]):
        if token not in s.w.possessive_determiner or s.cover[k] is not None:
            continue
        n = s.w.kin_noun.match(s.tokens, k + 1)[0]
        if not n:
            continue
        j = k + 1 + n
        while j < len(s.tokens) and s.tokens[j] in (",", "،"):
            j += 1
        kin_titles = s.doc.lexicon.single_words("kin_title")
        if j + 1 < len(s.tokens) and s.tokens[j] in s.w.coordination and s.tokens[j + 1] in kin_titles:
            j += 2  # "his son and deputy Saddam Haftar": a second title of the same person
        named = s.starts.get(j)
        persons = [m for m in s.mentions if m.end <= k and m.entity and m.type == "Person"]
        if named is None or named.type != "Person" or not named.entity or not persons:
            continue
        nearest = max(persons, key=lambda m: m.end)
        joined = k > nearest.end and all(tok in s.w.coordination or tok in (",", "،")
                                         for tok in s.tokens[nearest.end:k])
        if len({m.entity for m in persons}) != 1 and not joined:
            continue  # "Tiani met Khalifa Haftar and his son": the person just before
        holder = nearest.entity
        if holder != named.entity:
            out.add([named.entity], None, "relative_of", [holder], SUFFIX, source="role")


def kin_suffix(s: SentenceView, token: str) -> str | None:
    """The possessive suffix of a kin noun ("نجله" -> masc), None for any other word."""
    for prefix, stem, suffix in noun_stems(token):
        if suffix in SINGLE_POSSESSOR and stem in s.w.kin and prefix.lstrip("وف") in ("", "ب", "ل"):
            return suffix
    return None


def _kin_named(s: SentenceView, k: int, holder: Mention) -> str | None:
    """The person named at k: a known name, or a given name completed by the family name."""
    named = s.starts.get(k)
    if named is not None:
        return named.entity if named.entity and named.type == "Person" else None
    entry = s.g.entry(holder.entity or "")
    family = phrase_tokens(entry.labels.get("ar", "")) if entry is not None else ()
    if not family or not s.tokens[k][:1].isalpha():
        return None
    n, entity, _ = s.g.names.match([s.tokens[k], family[-1]], 0)
    if n == 2 and isinstance(entity, str) and s.g.type_of(entity) == "Person":
        return entity
    return None
