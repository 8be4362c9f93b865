"""Leaders named beside the title of the body they lead, where the title is not part of the
person's own mention: "the Head of the Presidential Council, Mohammed Menfi", "Speaker of the
House of Representatives (HoR), Aguila Saleh", "Commander of the US Africa Command (AFRICOM)
General Stephen Townsend", and a government named after its head's possessive ("Dbeibah's
internationally recognised Government of National Unity").

A leading title (the class ``leading_title`` in words.tsv: "head", "director", "speaker") ends
right before a genitive link ("of"); the body it is the title of follows within a few words (an
acronym in brackets may stand after it), then a comma or an honorific, then the person, who leads
that body. A deputy's title (``deputy_title``: "deputy", "vice") leads nothing. A possessor leads
the government or parliament named after its possessive ending only when the gazetteer's offices
say that this person held a leading office of it.

Where the article gives no date to resolve a bare title at ("President Recep Tayyip Erdogan
said"), a language with the property ``undated_titles sole_body`` (language.tsv) reads the title
as leading the one body its holder has ever led with that office in the gazetteer's offices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.entities.mentions import _reference_date
from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.relations.certainty import ADJACENT

if TYPE_CHECKING:
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

BODIES = frozenset({"Organization", "ArmedGroup", "Country"})
GOVERNING_KINDS = frozenset({"government", "parliament", "state_body"})
COMMAS = frozenset({",", "،"})
MAX_BRACKET = 6  # words of an acronym or aside in brackets after the body's name
MAX_TO_BODY = 5  # words between "of" and the body's name ("the US Africa Command")
MAX_TITLE = 4  # words of a title phrase
MAX_QUALIFIERS = 4  # words between a possessive and the government it names ("internationally recognised")

_TABLES: dict[int, tuple[PhraseTable, frozenset[str]]] = {}


def _tables(lexicon: Lexicon) -> tuple[PhraseTable, frozenset[str]]:
    key = id(lexicon)
    if key not in _TABLES:
        titles = PhraseTable((p, p) for p in lexicon.words.get("leading_title", frozenset()))
        _TABLES[key] = (titles, lexicon.single_words("deputy_title"))
    return _TABLES[key]


def titled_bodies(s: SentenceView, out: Proposals) -> None:
    """"the Head of the Presidential Council, Mohammed Menfi": the person after a leading title
    of a body leads that body."""
    titles, deputies = _tables(s.doc.lexicon)
    if not titles.by_first:
        return
    for person in s.mentions:
        if not person.entity or person.type != "Person" or person.kind not in ("name", "titled"):
            continue
        led = _body_before(s, person, titles, deputies)
        if led is not None and led != person.entity and led != person.leads:
            out.add([person], None, "leads", [led], ADJACENT, source="role")


def _body_before(s: SentenceView, person: Mention, titles: PhraseTable,
                 deputies: frozenset[str]) -> str | None:
    tokens = s.tokens
    k = person.start - 1
    if k >= 0 and tokens[k] in COMMAS:
        k -= 1
    elif person.kind != "titled":
        return None  # a bare name must be set off by a comma; an honorific sets off a titled one
    inner: Mention | None = None
    if k >= 0 and tokens[k] == ")":
        opening = next((j for j in range(k - 1, max(-1, k - MAX_BRACKET - 1), -1) if tokens[j] == "("), None)
        if opening is None:
            return None
        inner = s.cover[opening + 1] if opening + 1 < k else None
        k = opening - 1
    body = s.cover[k] if k >= 0 else None
    if body is not None and body.end != k + 1:
        body = None
    if body is not None and body.kind == "office" and body.entity is None and body.leads:
        return body.leads if not _deputy_before(s, body.start, deputies) else None
    if body is None or not body.entity or body.type not in BODIES:
        body = inner if inner is not None and inner.entity and inner.type in BODIES else None
        if body is None:
            return None
        start = k + 1  # the body is named in brackets after its description ("US Africa Command (AFRICOM)")
    else:
        start = body.start
    for of in range(start - 1, max(-1, start - MAX_TO_BODY - 2), -1):
        if tokens[of] in COMMAS or ((covering := s.cover[of]) is not None and covering.type == "Person"):
            return None
        if tokens[of] not in s.w.genitive_first:
            continue
        for n in range(1, MAX_TITLE + 1):
            t = of - n
            if t >= 0 and titles.match(tokens, t)[0] == n and s.cover[t] is None:
                return None if _deputy_before(s, t, deputies) else body.entity
        return None
    return None


def _deputy_before(s: SentenceView, k: int, deputies: frozenset[str]) -> bool:
    return any(s.tokens[j] in deputies for j in range(max(0, k - 2), k + 1))


def possessed_governments(s: SentenceView, out: Proposals) -> None:
    """"Dbeibah's internationally recognised Government of National Unity": a possessor leads the
    government or parliament named after its possessive ending when it held a leading office of it."""
    tokens = s.tokens
    for person in s.mentions:
        if not person.entity or person.type != "Person" or person.kind not in ("name", "titled"):
            continue
        k = person.end
        if k >= len(tokens) or tokens[k] not in s.w.possessive:
            continue
        for j in range(k + 1, min(len(tokens), k + 2 + MAX_QUALIFIERS)):
            body = s.starts.get(j)
            if body is not None:
                led = body.entity
                if led and s.g.kind_of(led) in GOVERNING_KINDS and person.leads != led and \
                        any(o.of == led and o.leads for o in s.g.offices_held.get(person.entity, ())):
                    out.add([person], None, "leads", [body], ADJACENT, source="role")
                break
            if s.cover[j] is not None or tokens[j] in COMMAS or not tokens[j][:1].isalpha():
                break


def undated_titles(s: SentenceView, out: Proposals) -> None:
    """"President Recep Tayyip Erdogan said", undated: the one body the titled person has led with
    that office (not a former, deputy or kin's title)."""
    lexicon = s.doc.lexicon
    if not lexicon.has("undated_titles", "sole_body") or _reference_date(s.doc) is not None:
        return
    _, deputies = _tables(lexicon)
    qualifiers = deputies | lexicon.single_words("title_adjective") | s.w.kin
    for m in s.mentions:
        if not m.entity or m.kind != "titled" or m.leads or m.member_of or not m.offices:
            continue
        if any(s.tokens[j] in qualifiers for j in range(max(0, m.start - 3), m.head)):
            continue
        led = {o.of for o in s.g.office_held(m.entity, m.offices, None) if o.leads}
        if len(led) == 1:
            out.add([m], None, "leads", [led.pop()], ADJACENT, source="role")
