"""Unnamed sides as actors, the way event data codes them: "مسلحون مجهولون", "unidentified
gunmen", "des hommes armés" are "Unidentified Armed Group (Niger)"; "terrorists", "djihadistes",
"الإرهابيين" with no group named are "Jihadists (Mali)"; also "Bandits (Nigeria)" and
"Militias (Libya)". The phrases are word classes ``generic_<category>`` of each language's
words.tsv; the categories, their type and their labels are gazetteer/generic_actors.jsonl.

The actor is scoped by the country where the event is: the country of the first place or country
named in the sentence, else the country the article is about, else none ("Unidentified Armed
Group"). A phrase right after a named party ("JNIM militants") or before one ("مسلحون من جماعة
X", "terrorists of the Islamic State") names that party's men, not an unnamed side.
"""

from __future__ import annotations

from sahelkg.ingest.entities.gazetteer import Gazetteer
from sahelkg.ingest.language.lexicon import GenericActor

from sahelkg.records import Entity, entity_id

ROLE = "unnamed side ({})"  # the role of a generic entity, naming its category


def generic_category(entity: Entity) -> str | None:
    """The category of a generic entity made by :func:`generic_entity`, else None."""
    role = entity.role or ""
    prefix, _, suffix = ROLE.partition("{}")
    if not (role.startswith(prefix) and role.endswith(suffix)):
        return None
    return role[len(prefix):len(role) - len(suffix)]


def generic_entity(actor: GenericActor, country: str | None, gazetteer: Gazetteer) -> Entity:
    """The entity for ``actor`` scoped by ``country``: id and labels from the English label and
    the country's label in each language ("Jihadists (Mali)", "Djihadistes (Mali)")."""
    place = gazetteer.entry(country) if country else None
    labels: dict[str, str] = {}
    for lang, label in actor.labels.items():
        where = (place.labels.get(lang) or place.label) if place is not None else None
        labels[lang] = f"{label} ({where})" if where else label
    label = labels["en"]
    return Entity(id=entity_id(label), label=label, type=actor.type, labels=labels, country=country,
                  role=ROLE.format(actor.category))


def register_generic(entities: dict[str, Entity], actor: GenericActor, country: str | None,
                     gazetteer: Gazetteer) -> str:
    """The id of ``actor`` scoped by ``country`` (:func:`generic_entity`), added to an article's
    ``entities`` the first time a rule names it."""
    entity = generic_entity(actor, country, gazetteer)
    entities.setdefault(entity.id, entity)
    return entity.id
