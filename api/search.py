"""Entity lookup by id or label in any language: the index behind ``/entities?q=`` and the
resolution of ``subject=`` / ``object=`` in ``/relations``.

Labels and queries are compared after ``normalize_arabic`` (hamza forms of alef, ta marbuta, alef
maqsura, diacritics, tatweel; Latin case and accents), and a leading conjunction و or article ال
is optional on both sides, so "الحفتر", "وحفتر" and "حفتر" meet.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sahelkg.graph.queries import EntityRecord
from sahelkg.ingest.language.normalize import normalize_arabic

_ARABIC_LEADS = ("وال", "ال", "و")
_MIN_STEM = 2


def _stems(word: str) -> Iterator[str]:
    """The word and its readings without a leading و / ال / وال (stems of two letters at least)."""
    yield word
    for lead in _ARABIC_LEADS:
        if word.startswith(lead) and len(word) - len(lead) >= _MIN_STEM:
            yield word[len(lead):]


def search_keys(text: str) -> set[str]:
    """Normalised forms of a label or a query: the whole text with each word's leading و/ال
    optional, with underscores read as spaces (ids)."""
    words = normalize_arabic(text.replace("_", " ")).split()
    if not words:
        return set()
    keys = {" ".join(words)}
    first = list(_stems(words[0]))
    keys.update(" ".join([stem, *words[1:]]) for stem in first)
    keys.add(" ".join(min(_stems(w), key=len) for w in words))
    return keys


@dataclass(frozen=True, slots=True)
class EntityMatch:
    entity: EntityRecord
    matched: str  # the label or alias that matched
    rank: int  # 0 id, 1 whole label, 2 a word of a label starts with the query, 3 substring


class EntityIndex:
    """All entities of the store, looked up by id, label or alias."""

    def __init__(self, entities: Iterable[EntityRecord]) -> None:
        self.by_id: dict[str, EntityRecord] = {}
        self._names: list[tuple[str, str, EntityRecord]] = []  # (normalised key, surface, entity)
        self._exact: dict[str, list[tuple[str, EntityRecord]]] = {}
        for entity in entities:
            self.by_id[entity.id] = entity
            surfaces = dict.fromkeys([entity.label, *entity.labels.values(), *entity.aliases,
                                      entity.id.replace("_", " ")])
            for surface in surfaces:
                for key in search_keys(surface):
                    self._names.append((key, surface, entity))
                    self._exact.setdefault(key, []).append((surface, entity))

    def __len__(self) -> int:
        return len(self.by_id)

    def refreshed(self, ids: Iterable[str], records: Iterable[EntityRecord]) -> EntityIndex:
        """A new index in which the entities of ``ids`` are as ``records`` describe them now (an id
        without a record is gone from the store); the others are carried over without being
        described again. Readers of this index are not disturbed (it is not changed)."""
        changed = set(ids)
        fresh = EntityIndex(records)
        out = EntityIndex(())
        out.by_id = {k: v for k, v in self.by_id.items() if k not in changed}
        out.by_id.update(fresh.by_id)
        out._names = [n for n in self._names if n[2].id not in changed] + fresh._names
        out._exact = {}
        for key, items in self._exact.items():
            kept = [item for item in items if item[1].id not in changed]
            if kept:
                out._exact[key] = kept
        for key, items in fresh._exact.items():
            out._exact.setdefault(key, []).extend(items)
        return out

    def get(self, entity_id: str) -> EntityRecord | None:
        return self.by_id.get(entity_id)

    def resolve(self, value: str) -> list[EntityRecord]:
        """Entities an id or a label names: the entity with that id, else every entity one of
        whose labels or aliases equals the value after normalisation (sorted by id)."""
        if value in self.by_id:
            return [self.by_id[value]]
        found: dict[str, EntityRecord] = {}
        for key in search_keys(value):
            for _, entity in self._exact.get(key, ()):
                found[entity.id] = entity
        return [found[k] for k in sorted(found)]

    def search(self, query: str, *, entity_type: str | None = None, limit: int = 20) -> list[EntityMatch]:
        """Entities whose id, labels or aliases match the query, best matches first."""
        best: dict[str, EntityMatch] = {}

        def offer(entity: EntityRecord, matched: str, rank: int) -> None:
            if entity_type is not None and entity.type != entity_type:
                return
            known = best.get(entity.id)
            if known is None or rank < known.rank:
                best[entity.id] = EntityMatch(entity, matched, rank)

        if query in self.by_id:
            offer(self.by_id[query], query, 0)
        keys = search_keys(query)
        for key in keys:
            for surface, entity in self._exact.get(key, ()):
                offer(entity, surface, 1)
        for name, surface, entity in self._names:
            for key in keys:
                if name.startswith(key) or f" {key}" in name:
                    offer(entity, surface, 2)
                elif key in name:
                    offer(entity, surface, 3)
        ordered = sorted(best.values(), key=lambda m: (m.rank, len(m.matched), m.entity.id))
        return ordered[:limit]
