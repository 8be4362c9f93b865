"""``/vocabulary``: the relation types, entity types and statuses, with their labels in ar/fr/en,
read from the shipped ontology, so clients (the explorer among them) name them in the reader's
language without a copy of their own."""

from __future__ import annotations

from functools import cache

from fastapi import APIRouter
from sahelkg.api.schemas import TermOut, VocabularyOut
from sahelkg.graph.ontology import Term, entity_type_terms, relation_terms

from sahelkg.records import STATUSES

router = APIRouter(tags=["Service"])


@cache
def _vocabulary() -> VocabularyOut:
    def out(terms: list[Term]) -> list[TermOut]:
        return [TermOut(id=t.id, iri=t.iri, labels=t.labels, comment=t.comment, symmetric=t.symmetric)
                for t in terms]

    return VocabularyOut(relations=out(relation_terms()), entity_types=out(entity_type_terms()),
                         statuses=list(STATUSES))


@router.get("/vocabulary", summary="Relation types, entity types and statuses with their labels",
            response_model=VocabularyOut,
            description="The names clients show: each relation type (the `relation` of /relations) and "
                        "entity type with its IRI, labels in Arabic, French and English, a comment, "
                        "and whether it is symmetric; the statuses of relation events.")
async def vocabulary() -> VocabularyOut:
    return _vocabulary()
