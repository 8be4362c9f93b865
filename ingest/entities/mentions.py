"""Entity mentions: gazetteer names (longest match, clitics stripped), demonyms of parties
("وفد نيجري", "الجانبين الليبي والنيجيري"), capitals ("العاصمة النيجيرية"), title chains
("القائد العام للقوات المسلحة الليبية، المشير خليفة حفتر"), offices resolved to their holder at
the article date ("رئيس النيجر"), delegations with their head, kin ("نجل المشير خليفة حفتر"),
definite anaphors of organisations ("الكونفدرالية"), and unknown names that a title marks as
actors or that the backend's named-entity recogniser finds where the gazetteer has nothing (both
become new entities labelled with their surface form, and name them again later in the
article)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sahelkg.ingest.entities.actors import ActorPhrases, definite, is_word, spelled_entity
from sahelkg.ingest.entities.commanders import ForceCommanders
from sahelkg.ingest.entities.gazetteer import INNER_QUOTES, Gazetteer, PhraseTable, word_table
from sahelkg.ingest.entities.generic import generic_category, generic_entity
from sahelkg.ingest.entities.mention_passes import (
    absorb_glosses,
    absorb_own_demonyms,
    bracketed_countries,
    envoys,
    leaders_of_record,
    named_counterparts,
    ruling_councils,
    shared_armed_forces,
)
from sahelkg.ingest.entities.names import BUILT, NameShapes, SentenceView, new_entity_id
from sahelkg.ingest.entities.parties import PartyPhrases
from sahelkg.ingest.job.pipeline import DATES, MENTIONS, NORMALISED, Doc, Mention
from sahelkg.ingest.language.lexicon import Lexicon, phrase_tokens
from sahelkg.ingest.language.normalize import bare_stems, noun_stems, stem_in
from sahelkg.ingest.nlp.base import NamedSpan

from sahelkg.records import Entity

# Entity types of named-entity labels (stanza's 4-class and OntoNotes schemes). An unknown
# geopolitical name is a place: every country is in the gazetteer.
NER_TYPES: dict[str, str] = {"PER": "Person", "PERSON": "Person", "ORG": "Organization",
                             "LOC": "Place", "GPE": "Place", "FAC": "Place"}


QUOTE_MARKS = str.maketrans("", "", '"«»“”')  # quotes inside a new name's label
PLACED_REACH = 4  # words a place noun, article or "of" may put between "في"/"in" and the name
MAX_KNOWN_WORDS = 100_000  # words whose could-start answer the tables keep


@dataclass(slots=True)
class _Tables:
    honorific: PhraseTable
    role: PhraseTable
    leader: PhraseTable
    deputy: PhraseTable
    acting: PhraseTable
    member: PhraseTable
    counterpart: PhraseTable
    office: PhraseTable
    government: frozenset[str]
    delegation: PhraseTable
    delegation_head: PhraseTable
    pair: PhraseTable
    kin: PhraseTable
    party: frozenset[str]
    place_noun: PhraseTable
    capital: frozenset[str]
    stop: frozenset[str]
    blocked: frozenset[str]  # words that cannot be part of an unknown name
    name_link: frozenset[str]
    given_names: frozenset[str]
    date_words: frozenset[str]
    first_words: frozenset[str]  # first words of every phrase a mention can start with
    generic: PhraseTable  # "مسلحون مجهولون", "gunmen": an unnamed side (value: its category)
    partitive: frozenset[str]  # "من", "from": "مسلحون من جماعة X" are men of X
    group_word: frozenset[str]  # "تنظيم", "groupe": may open the group's name after "من"
    genitive_link: PhraseTable  # "of", "de": a title followed by its complement
    determiner: frozenset[str]
    possessive: frozenset[str]  # "'s": the name before it completes the title after it
    possessive_determiner: frozenset[str]  # "his", "son": "his Malian counterpart"
    origin: frozenset[str]  # "from", "de": "a delegation from Niger"
    forces: frozenset[str]
    coordination: frozenset[str]  # "و": a title joined by it starts another person
    title_adjective: frozenset[str]  # "الراحل", "السابق": between a title and its name
    title_before: bool  # may a title's country or organisation stand before it ("Niger's president")?
    adjective_before: bool  # do nationality adjectives stand before their noun ("Chadian troops")?
    home_country: frozenset[str] = frozenset()  # "البلاد": the country the article is about
    located: frozenset[str] = frozenset()  # "في": where something is
    border_with: PhraseTable = PhraseTable(())  # "الحدود مع", "la frontière avec": a country across it
    home_country_at: frozenset[str] = frozenset()  # "من", "أراضي": "البلاد" after them is a place
    home_country_det: frozenset[str] = frozenset()  # "the", "le": "the country" after them is a place
    title_place: frozenset[str] = frozenset()  # "في": after a title, may lead to the name of its place
    title_accredited: frozenset[str] = frozenset()  # "لدى": "السفير الصيني لدى النيجر X", the host
    delegation_adjective: frozenset[str] = frozenset()  # "رفيع المستوى" before "برئاسة X"
    definite: frozenset[str] = frozenset()  # "the", "la": "the delegation" is the one named before
    indefinite: frozenset[str] = frozenset()  # "a", "une": "a senior JNIM leader" is one of several
    seat: PhraseTable = PhraseTable(())  # "eastern": a seat of government (seats.tsv)
    seated_government: PhraseTable = PhraseTable(())  # "government", "administration"
    seat_joint: PhraseTable = PhraseTable(())  # "-based": between a seat and its government
    seat_link: PhraseTable = PhraseTable(())  # "in", "based in", "de": between a government and its seat
    seat_construct: PhraseTable = PhraseTable(())  # "حكومة": its seat follows with no link ("حكومة طرابلس")
    seat_adjective: frozenset[str] = frozenset()  # "rival", "parallel"
    kin_noun: PhraseTable = PhraseTable(())  # "son": "Haftar's son Saddam Haftar"
    possessive_word: frozenset[str] = frozenset()  # "'s", "'" as whole tokens
    body_heads: frozenset[str] = frozenset()  # "Federation", "Front": the last word of a body's name
    force_leader: PhraseTable = PhraseTable(())  # "commander": with a nationality alone, no head of state
    staff_chief: PhraseTable = PhraseTable(())  # "chief of staff": leads the force it is the title of
    adversary: PhraseTable = PhraseTable(())  # "rivals": "Haftar's rivals" are not Haftar
    home_body: PhraseTable = PhraseTable(())  # "الجيش", "l'armée": a body of the article's country;
    # "the military", "les forces de défense et de sécurité" (value "army"): its national army
    settlement: frozenset[str] = frozenset()  # "village", "localité": a new town's name follows
    home_state: PhraseTable = PhraseTable(())  # "الحكومة", "the government": the article's country
    envoy: PhraseTable = PhraseTable(())  # "مبعوث", "conseiller", "envoy": one who acts for another
    own_country: PhraseTable = PhraseTable(())  # "بلاده", "son pays": the country of the one named
    envoy_link: PhraseTable = PhraseTable(())  # "du", "of", "to": between the envoy and the one sent by
    council: PhraseTable = PhraseTable(())  # "junta", "junte": a country's ruling military council
    state_noun: frozenset[str] = frozenset()  # "دولة", "جمهورية": before a state's name ("لدولة تشاد")
    council_link: PhraseTable = PhraseTable(())  # "of", "in", "au": between the junta and its country
    # words known to start (True) or not to start (False) a phrase of first_words, by their readings
    starts_known: dict[str, bool] = field(default_factory=dict)


def _possessive(lexicon: Lexicon) -> frozenset[str]:
    """"'s" alone splits as "'" "s", but follows a name as one token ("uganda" "'s"): both."""
    said = lexicon.properties.get("possessive", ())
    return frozenset(phrase_tokens(p)[0] for p in said if phrase_tokens(p)) | {p.casefold() for p in said}


def _table(phrases: frozenset[tuple[str, ...]]) -> PhraseTable:
    return PhraseTable((p, p) for p in phrases)


def _tables(lexicon: Lexicon) -> _Tables:
    words = lexicon.words
    titles = lexicon.titles
    blocked = set(lexicon.single_words("stop"))
    for trigger in lexicon.triggers:
        blocked.update(trigger.phrase)
    for cls in titles.values():
        blocked.update(t for p in cls for t in p)
    for cue in lexicon.modality:
        blocked.update(cue.phrase)
    for key in list(lexicon.dates.months) + list(lexicon.dates.weekdays) + list(lexicon.dates.relative):
        blocked.update(key)
    for name in ("place_noun", "delegation", "pair_anaphor", "relative_of", "government", "non_actor",
                 "delegation_members", "delegation_head", "clause_boundary", "relative", "complementizer"):
        blocked.update(t for p in words.get(name, ()) for t in p)
    return _Tables(
        honorific=_table(titles.get("honorific", frozenset())),
        role=_table(titles.get("role", frozenset()) | frozenset(lexicon.offices)),
        leader=_table(titles.get("leader", frozenset())),
        deputy=_table(titles.get("deputy", frozenset())),
        acting=_table(titles.get("acting", frozenset())),
        member=_table(titles.get("member", frozenset())),
        force_leader=_table(titles.get("force_leader", frozenset())),
        staff_chief=_table(titles.get("staff_chief", frozenset())),
        counterpart=_table(titles.get("counterpart", frozenset())),
        government=frozenset(t for p in words.get("government", ()) for t in p),
        office=PhraseTable(lexicon.offices.items()),
        delegation=_table(words.get("delegation", frozenset())),
        delegation_head=_table(words.get("delegation_head", frozenset())),
        pair=_table(words.get("pair_anaphor", frozenset())),
        kin=_table(words.get("relative_of", frozenset())),
        party=frozenset(t for p in words.get("party_noun", ()) for t in p),
        place_noun=_table(words.get("place_noun", frozenset())),
        capital=frozenset(t for p in words.get("capital", ()) for t in p),
        stop=lexicon.single_words("stop"),
        blocked=frozenset(blocked),
        name_link=lexicon.single_words("name_link"),
        given_names=lexicon.single_words("given_name"),
        date_words=frozenset(k[0] for k in list(lexicon.dates.months) + list(lexicon.dates.weekdays)
                             + list(lexicon.dates.relative)),
        first_words=frozenset(),
        genitive_link=_table(words.get("genitive_link", frozenset())),
        determiner=lexicon.single_words("determiner"),
        possessive=_possessive(lexicon),
        origin=lexicon.single_words("origin"),
        possessive_determiner=lexicon.single_words("possessive_determiner"),
        forces=lexicon.single_words("forces"),
        coordination=lexicon.single_words("coordination"),
        title_adjective=lexicon.single_words("title_adjective"),
        home_country=lexicon.single_words("home_country"),
        definite=lexicon.single_words("definite"),
        indefinite=lexicon.single_words("indefinite"),
        located=lexicon.single_words("located"),
        border_with=_table(words.get("border_with", frozenset())),
        home_country_at=lexicon.single_words("home_country_at"),
        home_country_det=lexicon.single_words("home_country_det"),
        title_place=lexicon.single_words("title_place"),
        title_accredited=lexicon.single_words("title_accredited"),
        delegation_adjective=lexicon.single_words("delegation_adjective"),
        title_before=lexicon.has("title_complement", "before"),
        adjective_before=lexicon.has("adjective", "before"),
        seat=PhraseTable(lexicon.seats.items()),
        seated_government=_table(words.get("seated_government", frozenset())),
        seat_joint=_table(words.get("seat_joint", frozenset())),
        seat_link=_table(words.get("seat_link", frozenset())),
        seat_construct=_table(words.get("seat_construct", frozenset())),
        seat_adjective=lexicon.single_words("seat_adjective"),
        kin_noun=_table(words.get("kin_noun", frozenset())),
        possessive_word=frozenset(p.casefold() for p in lexicon.properties.get("possessive", ())),
        body_heads=lexicon.single_words("organisation_head") | lexicon.single_words("armed_group_head"),
        adversary=_table(words.get("adversary_noun", frozenset())),
        generic=PhraseTable((phrase, name.removeprefix("generic_")) for name, phrases in words.items()
                            if name.startswith("generic_") for phrase in phrases),
        partitive=lexicon.single_words("partitive"),
        group_word=lexicon.single_words("group_word"),
        home_body=PhraseTable([*((p, "body") for p in words.get("home_body", frozenset())),
                               *((p, "army") for p in words.get("home_army", frozenset())),
                               *((p, "council") for p in words.get("home_council", frozenset()))]),
        settlement=lexicon.single_words("settlement_noun"),
        home_state=_table(words.get("home_state", frozenset())),
        envoy=_table(words.get("envoy_noun", frozenset())),
        own_country=_table(words.get("own_country", frozenset())),
        envoy_link=_table(words.get("envoy_link", frozenset())),
        council=_table(words.get("ruling_council", frozenset())),
        state_noun=lexicon.single_words("state_noun"),
        council_link=_table(words.get("ruling_council_link", frozenset())),
    )




class MentionStep:
    """Find the actors and places of every sentence (see the module docstring)."""

    name = "mentions"
    requires = frozenset({NORMALISED, DATES})
    provides = frozenset({MENTIONS})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._tables: dict[str, _Tables] = {}
        self._force_commanders: dict[str, ForceCommanders] = {}
        self._shapes: dict[str, NameShapes] = {}

    def shapes(self, lexicon: Lexicon) -> NameShapes:
        found = self._shapes.get(lexicon.lang)
        if found is None:
            found = self._shapes[lexicon.lang] = NameShapes(lexicon)
        return found

    def tables(self, lexicon: Lexicon) -> _Tables:
        found = self._tables.get(lexicon.lang)
        if found is None:
            found = _tables(lexicon)
            first: set[str] = set(self.gazetteer.names.by_first) | set(self.gazetteer.demonyms.by_first)
            for table in (found.honorific, found.role, found.delegation, found.kin, found.counterpart,
                          found.pair, found.acting, found.deputy, found.office, found.seat,
                          found.seated_government, found.adversary, found.generic, found.home_body,
                          found.home_state):
                first.update(table.by_first)
            first.update(found.capital)
            first.update(found.government)
            first.update(found.home_country)
            first.update(found.seat_adjective)
            first.update(self.shapes(lexicon).first_words)
            found.first_words = frozenset(first)
            self._tables[lexicon.lang] = found
        return found

    def _commanders(self, lexicon: Lexicon) -> ForceCommanders:
        found = self._force_commanders.get(lexicon.lang)
        if found is None:
            t = self.tables(lexicon)
            possessive = frozenset(p.casefold() for p in lexicon.properties.get("possessive", ()))
            found = ForceCommanders(self.gazetteer, t.forces, possessive, t.genitive_link,
                                    lexicon.single_words("determiner"),
                                    serving=_table(lexicon.words.get("serving_link", frozenset())),
                                    titles=(t.honorific, t.role), title_words=t.title_adjective,
                                    governments=lexicon.single_words("government_noun"),
                                    served_bodies=lexicon.has("word_order", "svo"))
            self._force_commanders[lexicon.lang] = found
        return found

    def __call__(self, doc: Doc) -> None:
        tables = self.tables(doc.lexicon)
        when = _reference_date(doc)
        finder = _SentenceMentions(self.gazetteer, tables, doc, when, self.shapes(doc.lexicon))
        doc.mentions = []
        commanders = self._commanders(doc.lexicon)
        for index, tokens in enumerate(doc.norm):
            doc.check_budget()
            try:
                found = commanders(tokens, finder.find(index, tokens), when)
                found = absorb_own_demonyms(commanders.force_noun_mentions(tokens, found, when),
                                            self.gazetteer)
                bracketed_countries(tokens, found, self.gazetteer, when)
                found = named_counterparts(absorb_glosses(tokens, found))
                found = envoys(tokens, found, self.gazetteer, tables, when)
                leaders_of_record(found, self.gazetteer)
                shared_armed_forces(tokens, found, self.gazetteer, tables.coordination, tables.genitive_link)
                ruling_councils(tokens, found, self.gazetteer, tables, when)
                doc.mentions.append(found)
            except Exception as exc:  # a sentence the rules cannot read loses its mentions only
                doc.sentence_failed(self.name, index, exc)
                doc.mentions.append([])
        _scope_unscoped(doc, self.gazetteer)
        # an office named without its holder, whose holder the article names elsewhere
        for mentions in doc.mentions:
            for m in mentions:
                if m.kind == "office" and m.entity is None and m.office_of:
                    holder = finder.bound_holder(m.offices, m.office_of)
                    if holder:
                        m.entity = holder
                        finder._note(holder)


def _scope_unscoped(doc: Doc, g: Gazetteer) -> None:
    """Unnamed sides read before the article's country stood out ("Jihadists" in a headline)
    are scoped by the country the whole article is about, when one stands out."""
    home = g.home_country(doc.salience)
    if home is None:
        return
    for mentions in doc.mentions:
        for m in mentions:
            entity = doc.entities.get(m.entity or "") if m.kind == "generic" else None
            if entity is None or entity.country is not None:
                continue
            actor = g.data.generic.get(generic_category(entity) or "")
            if actor is None:
                continue
            scoped = generic_entity(actor, home, g)
            doc.entities.setdefault(scoped.id, scoped)
            doc.salience[scoped.id] = doc.salience.get(scoped.id, 0) + 1
            m.entity = scoped.id


def _reference_date(doc: Doc) -> date | None:
    """The date offices are resolved at: the publication date, else the first full date stated."""
    if doc.published:
        return doc.published
    for mentions in doc.dates:
        for m in mentions:
            if m.value and not m.relative and m.precision == "day":
                return date.fromisoformat(m.value)
    return None


class _SentenceMentions(PartyPhrases, ActorPhrases):
    def __init__(self, gazetteer: Gazetteer, tables: _Tables, doc: Doc, when: date | None,
                 shapes: NameShapes) -> None:
        self.g = gazetteer
        self.shapes = shapes
        self.t = tables
        self.doc = doc
        self.when = when
        self.local = PhraseTable(())  # names of new entities met in this article
        self.local_names: dict[tuple[str, ...], str] = {}
        self.last_delegation: tuple[str | None, str | None] | None = None  # (country, head)

    # --- entity bookkeeping -------------------------------------------------------------------
    def _note(self, entity: str | None) -> None:
        if entity is None:
            return
        self.doc.salience[entity] = self.doc.salience.get(entity, 0) + 1
        if entity not in self.doc.entities:
            found = self.g.entity(entity)
            if found is not None:
                self.doc.entities[entity] = found

    def _new_person(self, surface: str, tokens: tuple[str, ...], type: str = "Person",
                    role: str | None = None, country: str | None = None) -> str:
        """A new entity named ``surface`` (a person unless ``type`` says otherwise); its words
        name it again in the rest of the article."""
        known = spelled_entity(self.g, tokens, type) if type in ("Person", "Place") else None
        if known is not None:  # "Fayez el-Sarraz": Fayez al-Sarraj, "Aguelhoc": Aguelhok
            self.local_names[tokens] = known
            self.local = PhraseTable((k, v) for k, v in self.local_names.items())
            return known
        ident = new_entity_id(tokens, surface)
        if ident not in self.doc.entities:
            self.doc.entities[ident] = Entity(id=ident, label=surface, type=type,
                                              labels={self.doc.lang: surface}, role=role, country=country)
        self.local_names[tokens] = ident
        if len(tokens[-1]) >= 3:
            self.local_names.setdefault(tokens[-1:], ident)
        self.local = PhraseTable((k, v) for k, v in self.local_names.items())
        return ident

    def _register_surname(self, entity: str, start: int, end: int) -> None:
        """After "جيرمي برنت", "برنت" alone names the same person in this article."""
        last = self.tokens[end - 1]
        if end - start < 2 or len(last) < 3 or (last,) in self.local_names or \
                self.g.names.match(self.tokens, end - 1)[0]:
            return
        self.local_names[(last,)] = entity
        self.local = PhraseTable((k, v) for k, v in self.local_names.items())

    def _name_at(self, tokens: list[str], i: int) -> tuple[int, str | None, str]:
        """Gazetteer or article-local name at i: (length, entity, proclitic)."""
        n, value, prefix = self.g.names.match(tokens, i)
        if n and isinstance(value, str) and not (self._built_name_holds(value, i) and
                                                  self._written_as_named(tokens, i, n)):
            n, value, prefix = 0, None, ""
        ln, lvalue, lprefix = self.local.match(tokens, i)
        if ln > n:
            return ln, lvalue, lprefix  # type: ignore[return-value]
        return n, value, prefix  # type: ignore[return-value]

    def _built_name_holds(self, entity: str, i: int) -> bool:
        """A name from the data packages (GeoNames towns, CLDR countries) holds where a curated one
        always would only if it is written as a name: capitalised in a Latin-script text; and a
        town named like a word or a person ("Aba", "النصر") only after a place cue ("in", "مدينة",
        "the town of"; in Arabic a place noun, not "في" alone)."""
        entry = self.g.entry(entity)
        if entry is None or entry.curated:
            return True
        if self.doc.lang != "ar":
            surface = self.surface[i].text if i < len(self.surface) else ""
            if not surface[:1].isupper():
                return False
        if not entry.ambiguous_in(self.doc.lang, proclitics=self.doc.lexicon.has("proclitics", "yes")):
            return True
        if self._located_at(i) and self.doc.lang != "ar":
            return True  # Arabic "في إطار" (within the framework of) is no "in Atar": a place noun is needed
        return any(self.t.place_noun.match(self.tokens, k)[0] == i - k for k in range(max(0, i - 3), i))

    def _accusative_nationality(self, i: int, country: str) -> str | None:
        """"15 جنديا نيجيريا": after an indefinite accusative noun, a country's name that is also
        the accusative of a nationality shared with another country ("نيجيري": Niger or Nigeria)
        is that nationality; the country the article names more (its places and people counted)
        decides which."""
        tokens = self.tokens
        if i == 0 or not tokens[i].endswith("ا") or not tokens[i - 1].endswith("ا"):
            return None
        noun = tokens[i - 1]
        if not (self._stem_in(noun, self.t.forces) or self._stem_in(noun[:-1], self.t.forces)):
            return None  # "جنديا", "عسكريا": a force noun with its accusative ending
        n, values = self.g.demonyms.values([tokens[i][:-1]], 0, article_ok=True)
        readings = {str(r[0]) for r in values} if n else set()  # type: ignore[index]
        if len(readings) < 2 or country not in readings:
            return None
        weight = self.g.country_weights(self.doc.salience)
        best = max(sorted(readings), key=lambda c: weight.get(c, 0))
        return best if weight.get(best, 0) > weight.get(country, 0) else None

    def _written_as_named(self, tokens: list[str], i: int, n: int) -> bool:
        """A short acronym ("US", "EU") names its entity only written in capitals: "us" is a word."""
        if tuple(tokens[i:i + n]) not in self.g.capitals_only:
            return True
        surface = self.surface[i].text if i < len(self.surface) else ""
        return surface.replace(".", "").isupper()

    def _acronym_noun(self, i: int, n: int) -> bool:
        """"the US", "US troops": an acronym demonym names its country unless a name follows it
        ("US AFRICOM commander X": it only qualifies the name)."""
        if tuple(self.tokens[i:i + n]) not in self.g.capitals_only:
            return False
        return i + n >= len(self.tokens) or not self._name_at(self.tokens, i + n)[0]

    def _demonym_at(self, tokens: list[str], i: int) -> tuple[int, str | None, bool]:
        n, values = self.g.demonyms.values(tokens, i, article_ok=True)
        if not n or not self._written_as_named(tokens, i, n):
            return 0, None, False
        if self.doc.lang == "ar" and not tokens[i].endswith("ا") and self.g.names.match(tokens, i)[0] >= n:
            # "رئيس وزراء مالي": the country, its adjective after a definite noun is "المالي";
            # an accusative "وفدا روسيا" stays the adjective
            return 0, None, False
        readings: list[tuple[str, bool, bool]] = values  # type: ignore[assignment]
        primary = [r for r in readings if not r[2]] or readings
        entity, plural, _ = primary[0]
        # "نيجيري" is listed for Niger and, as ambiguous, for Nigeria: the article's context decides
        for other, other_plural, ambiguous in readings:
            if ambiguous and self.doc.salience.get(other, 0) and not self.doc.salience.get(entity, 0):
                return n, other, other_plural
        return n, entity, plural

    # --- the sentence ---------------------------------------------------------------------------
    def find(self, sentence: int, tokens: list[str]) -> list[Mention]:
        self.tokens = tokens
        self.sentence = sentence
        self.surface = self.doc.words[sentence] if sentence < len(self.doc.words) else []
        out: list[Mention] = []
        i = 0
        n = len(tokens)
        adjective: tuple[int, int] | None = None  # an unnamed nationality: "US AFRICOM commander X"
        while i < n:
            mention = self._mention_at(i, out)
            if mention is None:
                dn = self._demonym_at(tokens, i)[0] if self.t.adjective_before else 0
                adjective = (i, i + dn) if dn else adjective
                i += 1
                continue
            if adjective is not None and adjective[1] == mention.start and mention.kind == "titled":
                mention.start = adjective[0]  # the nationality qualifies the titled person named after it
            adjective = None
            mention.clitic = self._clitic(tokens[mention.start])
            out.append(mention)
            i = max(mention.end, i + 1)
        if sentence < len(self.doc.sentences) and self.doc.sentences[sentence].names:
            self._recognised_names(self.doc.sentences[sentence].names, out)
        return out

    def _recognised_names(self, names: list[NamedSpan], out: list[Mention]) -> None:
        """Names found by the NER that no mention covers become new entities (label: the
        recognised text, type: from the NER label)."""
        covered = {k for m in out for k in range(m.start, m.end)}
        for span in names:
            etype = NER_TYPES.get(span.label)
            words = [k for k, w in enumerate(self.surface) if w.start < span.end and span.start < w.end]
            if etype is None or not words or covered.intersection(words):
                continue
            tokens = phrase_tokens(span.text)
            if not tokens or any(t in self.t.blocked for t in tokens):
                continue
            ident = self._new_person(span.text, tokens, etype)
            self._note(ident)
            start, end = words[0], words[-1] + 1
            mention = Mention(start, end, ident, etype, "new", head=start)
            mention.clitic = self.tokens[start][:len(self.tokens[start]) - len(tokens[0])] \
                if self.tokens[start].endswith(tokens[0]) else ""
            out.append(mention)
            covered.update(words)
        out.sort(key=lambda m: m.start)

    def _clitic(self, word: str) -> str:
        """The proclitics of a mention's first word: the longest prefix whose remainder is a
        known first word of a name, title or demonym."""
        best = ""
        for prefix, stem, suffix in noun_stems(word):
            if suffix or not prefix:
                continue
            known = (stem in self.g.names.by_first or stem in self.g.demonyms.by_first or
                     stem in self.local.by_first or stem in self.t.role.by_first or
                     stem in self.t.honorific.by_first or stem in self.t.delegation.by_first or
                     stem in self.t.office.by_first or stem in self.t.acting.by_first or
                     stem in self.t.kin.by_first or stem in self.t.deputy.by_first or
                     stem in self.t.pair.by_first or stem in self.doc.anaphors)
            if known and len(prefix) > len(best):
                best = prefix
        return best

    def bound_holder(self, offices: frozenset[str], of: str) -> str | None:
        holders = {self.doc.office_holders[(o, of)] for o in offices if (o, of) in self.doc.office_holders}
        return holders.pop() if len(holders) == 1 else None

    def _bind(self, person: str, offices: frozenset[str], of: str) -> None:
        """Remember who holds an office in this article ("رئيس النيجر محمد يوسفو")."""
        held = {o.office for o in self.g.offices_held.get(person, ()) if o.of == of}
        for office in (offices & held) or offices:
            self.doc.office_holders.setdefault((office, of), person)

    def _could_start(self, token: str) -> bool:
        """Can a mention start with this word? (a quick test before the phrase tables)"""
        known = self.t.starts_known.get(token)
        if known is None:
            if len(self.t.starts_known) >= MAX_KNOWN_WORDS:
                self.t.starts_known.clear()
            known = self.t.starts_known[token] = not self.t.first_words.isdisjoint(bare_stems(token))
        if known:
            return True
        local, anaphors = self.local.by_first, self.doc.anaphors
        return bool(local or anaphors) and any(stem in local or stem in anaphors
                                               for stem in bare_stems(token))

    def _own_country(self, i: int, before: list[Mention]) -> Mention | None:
        """"بلاده", "son pays", "his country" (word class ``own_country``): the country of the
        person named last before it in the sentence ("X a annoncé que son pays ...")."""
        n, _, _ = self.t.own_country.match(self.tokens, i)
        if not n:
            return None
        for m in reversed(before):
            if m.type == "Person" and m.entity:
                country = self.g.country_of(m.entity)
                if country is None or self.g.type_of(country) != "Country":
                    return None
                self._note(country)
                return Mention(i, i + n, country, "Country", "home", head=i)
            if m.kind == "delegation" and m.entity:
                return Mention(i, i + n, m.entity, "Country", "home", head=i)
        return None

    def _mention_at(self, i: int, before: list[Mention]) -> Mention | None:
        t = self.t
        tokens = self.tokens
        if i < len(tokens) and t.settlement:
            town = self._new_town(i, before)
            if town is not None:
                return town
        if i < len(tokens) and t.own_country.by_first:
            own = self._own_country(i, before)
            if own is not None:
                return own
        if i >= len(tokens) or not self._could_start(tokens[i]):
            return None
        # delegation: "وفد (أمني) نيجري (رفيع المستوى) (برئاسة X)"
        dn, _, _ = t.delegation.match(tokens, i)
        if dn:
            found = self._delegation(i, dn)
            if found is not None:
                return found
        # kin: "نجل المشير خليفة حفتر"
        kn, _, _ = t.kin.match(tokens, i)
        if kn:
            found = self._kin(i, kn, before)
            if found is not None:
                return found
        # "نظيره النيجري": the holder of the same office in the other country
        cn, _, _ = t.counterpart.match(tokens, i)
        if cn:
            found = self._counterpart(i, cn, before)
            if found is not None:
                return found
        elif t.adjective_before and tokens[i] in t.possessive_determiner and i + 2 < len(tokens):
            # "his Malian counterpart": the nationality between the determiner and the word
            dn, country, _ = self._demonym_at(tokens, i + 1)
            cn = t.counterpart.match(tokens, i + 1 + dn)[0] if dn and country else 0
            if cn:
                found = self._counterpart(i, 1 + dn + cn, before, country_before=country)
                if found is not None:
                    return found
        # title chains and offices: "رئيس النيجر محمد يوسفو", "القائد العام للقوات المسلحة ..."
        if t.role.match(tokens, i)[0] or t.deputy.match(tokens, i)[0] or t.acting.match(tokens, i)[0]:
            found = self._title_chain(i)
            if found is not None:
                return found
        hn, _, _ = t.honorific.match(tokens, i)
        if hn:
            found = self._honorific_name(i, hn)
            if found is not None:
                return found
        # capital by demonym or country: "العاصمة النيجيرية", "عاصمة النيجر"
        if self._stem_in(tokens[i], t.capital) and i + 1 < len(tokens):
            found = self._capital(i)
            if found is not None:
                return found
        # pair anaphor: "بين البلدين"
        pn, _, _ = t.pair.match(tokens, i)
        if pn:
            dem = self._demonym_at(tokens, i + pn)[0] if i + pn < len(tokens) else 0
            if not dem:
                return Mention(i, i + pn, None, "Country", "pair", plural=True, head=i)
            return None
        seated = self._seated_government(i)
        if seated is not None:
            return seated
        adversaries = self._adversaries(i)
        if adversaries is not None:
            return adversaries
        n, entity, _ = self._name_at(tokens, i)
        shaped = self._shaped(i, n, entity)
        if shaped is not None:
            return shaped
        if n and entity:
            if t.title_before and self.g.type_of(entity) != "Person":
                found = self._title_after(i, n, entity)
                if found is not None:
                    return found
            if t.possessive_word and self.g.type_of(entity) == "Person":
                found = self._possessive_kin(i, n, entity)
                if found is not None:
                    return found
            if n == 1 and self.doc.lang == "ar" and self.g.type_of(entity) == "Country":
                entity = self._accusative_nationality(i, entity) or entity
            return self._named(i, n, entity)
        gn, category, _ = t.generic.match(tokens, i, article_ok=True)
        if gn:
            found = self._generic(i, gn, str(category), before)
            if found is not None:
                return found
        # "حكومة النيجر" is Niger; "حكومة باولو جينتيلوني" is the country he heads, "حكومة السراج"
        # the government body he heads (or headed last)
        if self._stem_in(tokens[i], t.government) and i + 1 < len(tokens) and \
                not t.delegation_head.match(tokens, i)[0]:  # "برئاسة X" is headed by X
            n, entity, _ = self._name_at(tokens, i + 1)
            if n and entity:
                etype = self.g.type_of(entity)
                body = self.g.government_headed(entity, self.when) if etype == "Person" else None
                if body is not None:
                    self._note(body)
                    return Mention(i, i + 1 + n, body, self.g.type_of(body), "name", head=i + 1)
                country = entity if etype == "Country" else \
                    self.g.country_of(entity) if etype == "Person" else None
                if country:
                    self._note(country)
                    return Mention(i, i + 1 + n, country, "Country", "government", head=i + 1)
        dn, country, plural = self._demonym_at(tokens, i)
        if dn and country:
            if t.title_before:
                found = self._title_after(i, dn, country)
                if found is not None:
                    return found
            if t.adjective_before:
                found = self._party_after(i, dn, country)
                if found is not None:
                    return found
            if plural or self._party_before(i, before, adjacent=self._common_word(tokens, i)) or \
                    self._acronym_noun(i, dn):
                self._note(country)
                return Mention(i, i + dn, country, "Country", "demonym", plural=plural, head=i)
            self.doc.salience[country] = self.doc.salience.get(country, 0)
            return None
        if self._stem_in(tokens[i], t.home_country) and self._home_country_placed(i):
            home = self._home_country()
            if home is not None:  # "متمركزين في البلاد": the country the article is about
                self._note(home)
                return Mention(i, i + 1, home, "Country", "home", head=i)
        bn, _, _ = t.home_body.match(tokens, i)
        if bn:
            found = self._home_body(i, bn, before)
            if found is not None:
                return found
        sn, _, _ = t.home_state.match(tokens, i)
        if sn:
            found = self._home_body(i, sn, before, state=True)
            if found is not None:
                return found
        anaphor = self._anaphor(tokens[i])
        if anaphor and i + 1 < len(tokens) and (definite(tokens[i + 1]) or self._demonym_at(tokens, i + 1)[0]
                                                or self.g.names.match(tokens, i + 1)[0]):
            anaphor = None  # "الجيش الإيطالي" is not the army named before
        if anaphor:
            self._note(anaphor)
            return Mention(i, i + 1, anaphor, self.g.type_of(anaphor), "anaphor", head=i)
        return None

    # --- names by their shape (entities/names.py) ----------------------------------------------
    def _view(self) -> SentenceView:
        if getattr(self, "_view_of", None) is not self.tokens:
            same = len(self.surface) == len(self.tokens)
            texts = [w.text for w in self.surface] if same else list(self.tokens)
            self._view_of = self.tokens
            self._sentence_view = SentenceView(self.tokens, texts, self._known_type,
                                               lambda k: self._demonym_at(self.tokens, k)[0], self._blocked,
                                               lambda k: self._name_at(self.tokens, k)[2])
        return self._sentence_view

    def _known_type(self, k: int) -> str | None:
        n, entity, _ = self._name_at(self.tokens, k)
        if not n or not entity:
            return None
        entry = self.g.entry(entity)
        return self.g.type_of(entity) if entry is None or entry.curated else BUILT

    def _blocked(self, k: int) -> bool:
        token = self.tokens[k]
        return token in self.t.blocked or token in self.t.date_words or \
            any(stem in self.t.blocked for _, stem, _ in noun_stems(token)[1:])

    def _shaped(self, i: int, n: int, entity: str | None) -> Mention | None:
        """An organisation by its head word, or a person by the shape of the name, where the
        gazetteer names nothing longer (a built town's name may open a person's or be inside an
        organisation's)."""
        view = self._view()
        built = bool(n and entity and self.g.entry(entity) is not None and not self.g.entry(entity).curated)
        for found in (self.shapes.organisation(view, i), self.shapes.person(view, i)):
            if found is None or found.end - i <= n and not built:
                continue
            if n and not built and self.g.type_of(entity or "") not in ("Place", "Country"):
                continue
            words = self.surface[found.head:found.end] if len(self.surface) == len(self.tokens) else []
            clitic = self.shapes.clitic(self.tokens[found.head]) or self._clitic(self.tokens[found.head])
            tokens = tuple(self.tokens[found.head:found.end])
            if clitic and tokens[0].startswith(clitic):
                tokens = (tokens[0][len(clitic):], *tokens[1:])
            if words:
                surface = self.doc.text[words[0].start + len(clitic):words[-1].end]
                surface = " ".join(surface.translate(QUOTE_MARKS).split())
            else:
                surface = " ".join(tokens)
            role = self._role_text(i, found.head) if found.head > i else None
            ident = self._new_person(surface, tokens, found.type, role=role)
            self._note(ident)
            return Mention(i, found.end, ident, found.type, "new", head=found.head)
        return None

    def _generic(self, i: int, n: int, category: str, before: list[Mention]) -> Mention | None:
        """An unnamed side (see :mod:`sahelkg.ingest.entities.generic`), unless the phrase names
        the men of a party named right before or after it."""
        actor = self.g.data.generic.get(category)
        if actor is None or before and before[-1].end == i and before[-1].entity:
            return None  # "JNIM militants"
        if before and before[-1].entity and before[-1].type == "Person" and before[-1].end == i - 1 \
                and self.tokens[i - 1] in self.t.possessive_word:
            return None  # "Haftar's militias": the force he commands
        j = i + n
        named = self._name_at(self.tokens, j)[1] if j < len(self.tokens) else None
        if named and self.g.type_of(named) == "Person":
            return None  # "مليشيات حفتر": the force of the one named after them
        if j < len(self.tokens) and (self.tokens[j] in self.t.partitive or
                                     self.t.genitive_link.match(self.tokens, j)[0]):
            k = j + max(1, self.t.genitive_link.match(self.tokens, j)[0])
            while k < len(self.tokens) and k <= j + 3:
                if self._name_at(self.tokens, k)[0] or self._demonym_at(self.tokens, k)[0]:
                    return None  # "مسلحون من جماعة X", "fighters of the Islamic State"
                if self.tokens[k] not in self.t.determiner and self.tokens[k] not in self.t.group_word \
                        and self.tokens[k] not in INNER_QUOTES:
                    break
                k += 1  # past 'من تنظيم "' in 'مسلحون من تنظيم "ولاية الساحل"'
        if j < len(self.tokens) and self._demonym_at(self.tokens, j)[0]:
            return None  # "مسلحون ماليون": named by their country
        if j < len(self.tokens) and self.t.delegation_head.match(self.tokens, j)[0]:
            return None  # "مجموعة مسلحة بقيادة صدام حفتر": the force of the one heading it
        entity = generic_entity(actor, self._event_country(j, before), self.g)
        self.doc.entities.setdefault(entity.id, entity)
        self.doc.salience[entity.id] = self.doc.salience.get(entity.id, 0) + 1
        return Mention(i, j, entity.id, entity.type, "generic", plural=True, head=i)

    def _new_town(self, i: int, before: list[Mention]) -> Mention | None:
        """A town the gazetteer lacks, named after a settlement noun and its genitive ("le village
        de Tcharba Koira", "the town of Dinangourou", "la localité de Takoubatt"): up to three
        capitalised words that name nothing known; a Place in the country where the sentence's
        event is. Latin-script languages only (Arabic has no capitals to tell a name)."""
        tokens = self.tokens
        if self.doc.lang == "ar" or i < 2 or not any(
                i - back >= 0 and tokens[i - back] in self.t.settlement for back in (2, 3)):
            return None
        link = 0
        for back in (1, 2):
            if i - back >= 0 and self.t.genitive_link.match(tokens, i - back)[0] == back:
                link = back
        if not link or tokens[i - link - 1] not in self.t.settlement:
            return None
        end = i
        while end < len(tokens) and end - i < 3:
            surface = self.surface[end].text if end < len(self.surface) else ""
            if not surface[:1].isupper() or not surface.replace("-", "").isalpha() or \
                    self._name_at(tokens, end)[0] or self._demonym_at(tokens, end)[0]:
                break
            end += 1
        if end == i:
            return None
        surface = " ".join(w.text for w in self.surface[i:end])
        ident = self._new_person(surface, tuple(tokens[i:end]), type="Place", role="town",
                                 country=self._event_country(end, before))
        self._note(ident)
        return Mention(i, end, ident, "Place", "new", head=i)

    def _event_country(self, after: int, before: list[Mention], located_only: bool = False) -> str | None:
        """The country where the sentence's event is: of the town named after the phrase, else
        before it, else of a country named where something is ("au Mali", "في مالي"), else of
        the country named after it, else before it (a country that judges or reports the event
        is named first: "أدانت مصر الهجوم ... على مدينة سبها"), else the country the article is
        about. ``located_only``: only a town or a country where something is, else None."""
        later: list[tuple[str, bool]] = []
        k = after
        while k < len(self.tokens):
            n, entity, clitic = self._name_at(self.tokens, k)
            if n and entity and not self._across_border(k):
                later.append((entity, self._placed_at(k, clitic)))
            k += max(n, 1)
        earlier = [((self.g.country_of(m.entity) or m.entity) if m.kind == "owned" else m.entity,
                    self._placed_at(m.start, m.clitic))
                   for m in before if m.entity and m.kind != "demonym"  # "forces armées du X": X
                   and not self._across_border(m.start)]
        named = (*later, *earlier)
        for entity, _ in named:
            if self.g.type_of(entity) == "Place":
                return self.g.country_of(entity)
        for located in (True, False) if not located_only else (True,):
            for entity, at in named:
                if self.g.type_of(entity) == "Country" and (at or not located):
                    return entity
        return self._home_country() if not located_only else None

    def _across_border(self, k: int) -> bool:
        """Is the name at k the country across a border ("قرب الحدود مع مالي", "près de la
        frontière avec le Mali")? The event is on this side of it."""
        j = k
        while j > 0 and self.tokens[j - 1] in self.t.determiner:
            j -= 1
        return any(self.t.border_with.match(self.tokens, j - n)[0] == n for n in (1, 2, 3, 4) if j - n >= 0)

    def _placed_at(self, k: int, clitic: str) -> bool:
        """Is the name at k where something is: after "في", "au", "in", or with "ب" on it, also
        past a place noun ("في شمال بوركينا فاسو", "dans le nord du Burkina Faso")?"""
        if clitic.lstrip("وف")[:1] == "ب":
            return True
        tokens, t = self.tokens, self.t
        j = k
        for _ in range(PLACED_REACH):
            if j <= 0:
                return False
            if tokens[j - 1] in t.located:
                return True
            if tokens[j - 1] in t.determiner or t.genitive_link.match(tokens, j - 1)[0] == 1 or \
                    t.place_noun.match(tokens, j - 1)[0] == 1:
                j -= 1
                continue
            return False
        return False

    def _title_after(self, i: int, n: int, of: str) -> Mention | None:
        """A title after the country or organisation it belongs to: "Nigerien President Mohamed
        Bazoum", "Niger's president", "LNA commander Khalifa Haftar"."""
        j = i + n
        if j < len(self.tokens) and self.tokens[j] in self.t.possessive:
            j += 1
        qualifier = word_table(self.doc.lexicon, "title_qualifier")
        while j < len(self.tokens) and (qn := qualifier.match(self.tokens, j)[0]):
            j += qn  # "Libya's self-styled army commander", "Sudan's de facto ruler"
        if j >= len(self.tokens):
            return None
        if not self.t.role.match(self.tokens, j)[0] and not self.t.deputy.match(self.tokens, j)[0]:
            hn = self.t.honorific.match(self.tokens, j)[0]
            found = self._honorific_name(j, hn) if hn else None  # "Sudanese General Yasser al-Atta"
            if found is None or found.type != "Person":
                return None
            found.start = i
            return found
        found = self._title_chain(j, pre_of=of)
        if found is None or found.entity is None and found.kind == "office":
            return None  # "France's ambassador" with no holder known: the country acts through him
        found.start = i
        return found

    def _party_after(self, i: int, n: int, country: str) -> Mention | None:
        """A nationality adjective before a party noun names the country: "the Chadian army",
        "Libyan officials", "a Nigerien delegation (led by X)", also past one adjective ("American
        armed forces") and before another nationality on the same noun ("Nigerien and American
        troops")."""
        k = i + n
        if k >= len(self.tokens):
            return None
        token = self.tokens[k]
        if self.t.delegation.match(self.tokens, k)[0]:
            head = self._delegation_head(i, k + 1, country)
            if head is not None:
                return head
            self._note(country)
            self.last_delegation = (country, None)
            return Mention(i, k + 1, country, "Country", "delegation", head=i)
        if token in self.t.party or token in self.t.forces:
            self._note(country)
            return Mention(i, k + 1, country, "Country", "demonym", plural=token.endswith("s"), head=i)
        if token in self.t.coordination and k + 1 < len(self.tokens):
            # "Nigerien and American troops": the noun after the next demonym is this one's too
            dn, other, _ = self._demonym_at(self.tokens, k + 1)
            if dn and other and other != country and self._party_after(k + 1, dn, other) is not None:
                self._note(country)
                return Mention(i, i + n, country, "Country", "demonym", plural=True, head=i)
        if k + 1 < len(self.tokens) and token.isalpha() and token.islower() and token not in self.t.stop and \
                (self.tokens[k + 1] in self.t.party or self.tokens[k + 1] in self.t.forces):
            # "American armed forces", "Russian military instructors": one adjective before the noun
            self._note(country)
            return Mention(i, k + 2, country, "Country", "demonym", plural=self.tokens[k + 1].endswith("s"),
                           head=i)
        return None

    @staticmethod
    def _stem_in(token: str, words: frozenset[str]) -> bool:
        return stem_in(token, words)

    def _common_word(self, tokens: list[str], i: int) -> bool:
        """Is the demonym at ``i`` also a common word: every reading ambiguous and all of one
        country ("مالي" is Malian and financial, "صحراوي" Sahrawi and of the desert)? Demonyms
        ambiguous between neighbours ("نيجيري") have readings of two countries."""
        _, values = self.g.demonyms.values(tokens, i, article_ok=True)
        readings: list[tuple[str, bool, bool]] = values  # type: ignore[assignment]
        return bool(readings) and all(r[2] for r in readings) and len({r[0] for r in readings}) == 1

    def _party_before(self, i: int, before: list[Mention], adjacent: bool = False) -> bool:
        """A demonym is a party when it qualifies a party noun ("مسؤولين ليبيين", "الجانب
        الليبي") or continues a run of party demonyms ("الجانبين الليبي والنيجيري"). A demonym
        that is also a common word (``adjacent``) must follow the noun or the run at once: "الحكومة
        المالية" is Mali's, "الحكومة تواجه أزمة مالية" is not."""
        j = i - 1
        skipped = 0
        while j >= 0 and skipped < (1 if adjacent else 3):
            token = self.tokens[j]
            if self._stem_in(token, self.t.party) or self.t.pair.match(self.tokens, j)[0] or \
                    token in self.t.forces and j == i - 1:
                return True  # "un drone malien": forces, a machine of them, of the country
            if before and before[-1].end == j + 1 and before[-1].kind == "demonym":
                return True
            if token in self.t.coordination and before and before[-1].end == j and \
                    before[-1].kind == "demonym" and skipped == 0:
                return True  # "les forces nigériennes et américaines"
            if not is_word(token) or token in self.t.stop:
                return False
            skipped += 1
            j -= 1
        return False

    def _located_at(self, i: int) -> bool:
        """Is the word at i where something is ("في البلاد", "بالبلاد")?"""
        if i and self.tokens[i - 1] in self.t.located:
            return True
        return any(prefix.lstrip("وف") in self.t.located for prefix, _, _ in noun_stems(self.tokens[i])[1:])

    def _home_country_placed(self, i: int) -> bool:
        """Is "البلاد" (or "le pays", "the country", past the determiner they need:
        ``home_country_det``) at i where something is, or a place left, reached or held: after
        "في" or a word of ``home_country_at`` ("انسحاب القوات من البلاد", "مغادرة البلاد", "على
        أراضي البلاد", "quitter le pays", "leave the country")?"""
        if not self.t.home_country_det:
            return self._located_at(i) or self._left_or_reached(i - 1)
        if i < 2 or self.tokens[i - 1] not in self.t.home_country_det:
            return False
        return self.tokens[i - 2] in self.t.located or self._left_or_reached(i - 2)

    def _left_or_reached(self, k: int) -> bool:
        """Is the word at k of class ``home_country_at``, perhaps with its proclitics?"""
        if k < 0 or not self.t.home_country_at:
            return False
        before = self.tokens[k]
        return before in self.t.home_country_at or any(
            stem in self.t.home_country_at for _, stem, _ in noun_stems(before)[1:])

    def _home_country(self) -> str | None:
        """The country the article is about so far (Gazetteer.home_country)."""
        return self.g.home_country(self.doc.salience)

    def _home_body(self, i: int, n: int, before: list[Mention] | None = None,
                   state: bool = False) -> Mention | None:
        """A bare "الجيش", "l'armée", "the army", "الحرس الرئاسي" (word class ``home_body``): the
        one body of the country the article is about whose name opens with these words ("الجيش"
        opens "الجيش النيجري" in an article about Niger; a junta, ``home_council``, is the council
        ruling it at the article date), when that country clearly stands out
        and nothing after the words names another country or body ("الجيش المالي", "l'armée de
        l'air", "the army of Chad"). A bare "الحكومة", "the government", "les autorités"
        (``home_state``, ``state``) is that country itself."""
        tokens = self.tokens
        j = i + n
        owned = self._owned_body(i, n)
        if owned is not None:
            return owned
        kind = self.t.home_body.match(tokens, i)[1]
        army = kind == "army"
        if j < len(tokens):
            named, entity, clitic = self._name_at(tokens, j)
            if named and (clitic or army or self.g.type_of(entity or "") == "Person"):
                named = 0  # "الجيش وقوات الدعم السريع", "استعان الجيش بقوات X": another party
            if self.t.honorific.match(tokens, j)[0]:
                pass  # "قائد الجيش الفريق X": the title's holder follows
            elif (owned := self._body_of_demonym(i, j)) is not None:
                return owned  # "الجيش النيجيري" in an article about Nigeria: its army
            elif self.doc.lang == "ar" and definite(tokens[j]) or self._demonym_at(tokens, j)[0] or \
                    named or self.t.genitive_link.match(tokens, j)[0] or \
                    tokens[j] in self.t.possessive_word or self.t.delegation_head.match(tokens, j)[0]:
                return None  # "قوات الجيش بقيادة X": the force of the one leading it
        if i and (tokens[i - 1] in self.t.possessive_word or self._demonym_at(tokens, i - 1)[0]):
            return None  # "Niger's army", "the Nigerien army"
        if self.doc.lang != "ar" and not (i and tokens[i - 1] in self.t.definite):
            return None  # "l'armée", "the army": a definite noun, not "une armée de ..."
        home = self._home_country()
        if home is None and not state:
            # before the article's country stands out: the one where the sentence's event is
            # ("قتل 12 جنديا في شمال بوركينا فاسو عندما هاجم مسلحون موقعا للجيش")
            home = self._event_country(j, before or [], located_only=True)
        if home is None:
            return None
        if state:
            self._note(home)
            return Mention(i, j, home, "Country", "home", head=i)
        phrase = self._body_phrase(i, j)
        if kind == "council":  # "المجلس العسكري", "la junte": the council ruling it at the date
            body = self.g.ruling_council(home, self.when)
        elif army:  # "the military", "قوات الأمن": the national army, whatever its names
            body = self.g.national_army(home)
        else:
            body = self.g.home_body(self.doc.lang or "", phrase, home, head_last=self.t.adjective_before)
        if body is None:
            return None
        self._note(body)
        return Mention(i, j, body, self.g.type_of(body), "home", head=i)

    def _body_phrase(self, i: int, j: int) -> tuple[str, ...]:
        """The words [i, j) of a body's noun, its first word without the proclitics its reading
        took ("للجيش" is ل + الجيش)."""
        phrase = tuple(self.tokens[i:j])
        _, _, prefix = self.t.home_body.match(self.tokens, i)
        return (self.t.home_body.stem(self.tokens[i], prefix), *phrase[1:]) if prefix else phrase

    def _body_of_demonym(self, i: int, j: int) -> Mention | None:
        """"الجيش النيجيري", "l'armée nigériane": a body's noun and, after it, the nationality of
        its country (read in the article's context where Niger and Nigeria share the adjective),
        when no name of the gazetteer covers the two; the country's body of that name."""
        tokens = self.tokens
        if self.t.adjective_before or self.g.names.match(tokens, i)[0] >= j + 1:
            return None
        dn, country, _ = self._demonym_at(tokens, j)
        if not dn or not country or self.g.type_of(country) != "Country":
            return None
        phrase = self._body_phrase(i, j)
        body = self.g.home_body(self.doc.lang or "", phrase, country, head_last=self.t.adjective_before)
        if body is None and len(phrase) == 1 and phrase[0] in self.doc.lexicon.single_words("army_noun"):
            body = self.g.national_army(country)  # "الجيش النيجيري": the army, whatever its names
        if body is None:
            return None
        self._note(body)
        return Mention(i, j + dn, body, self.g.type_of(body), "owned", head=i)

    def _owned_body(self, i: int, n: int) -> Mention | None:
        """"les forces armées du Burkina Faso", "the army of Chad": the body of the country named
        in the genitive after the words (in French and English), as the country's own name for it
        would be ("Forces armées burkinabè", "Chadian army")."""
        tokens = self.tokens
        j = i + n
        if self.doc.lang == "ar" or j >= len(tokens):
            return None
        link = self.t.genitive_link.match(tokens, j)[0]
        if not link:
            return None
        named, country, clitic = self._name_at(tokens, j + link)
        if not named or clitic or self.g.type_of(country or "") != "Country":
            return None
        phrase = tuple(tokens[i:j])
        body = self.g.home_body(self.doc.lang or "", phrase, country or "", head_last=self.t.adjective_before)
        if body is None:
            return None
        self._note(body)
        return Mention(i, j + link + named, body, self.g.type_of(body), "owned", head=i)

    def _anaphor(self, token: str) -> str | None:
        if not self.doc.anaphors:
            return None
        for _prefix, stem, suffix in noun_stems(token):
            if not suffix and stem in self.doc.anaphors:
                return self.doc.anaphors[stem]
        return None

    def _register_anaphor(self, entity: str, i: int) -> None:
        if self.g.type_of(entity) not in ("Organization", "ArmedGroup"):
            return
        head = self.tokens[i]
        for prefix, stem, suffix in noun_stems(head):
            if not suffix and stem == head or prefix and "ال" not in prefix and not suffix:
                if stem.startswith("ال") or not stem[:1].isalpha() or not ("\u0600" <= stem[:1] <= "\u06ff"):
                    continue
                if stem in self.t.government or stem in self.t.party or "ال" + stem in self.t.party:
                    return  # too generic to stand for one organisation
                key = "ال" + stem
                if key not in self.doc.anaphors:
                    self.doc.anaphors[key] = entity
                break

    # --- builders ---------------------------------------------------------------------------
    def _named(self, i: int, n: int, entity: str) -> Mention:
        tokens = self.tokens
        self._note(entity)
        self._register_anaphor(entity, i)
        etype = self.g.type_of(entity)
        mention = Mention(i, i + n, entity, etype, "name", head=i)
        if etype == "Person":
            self._register_surname(entity, i, i + n)
        j = i + n
        if etype == "Place" and j + 1 < len(tokens) and self._stem_in(tokens[j], self.t.capital):
            m, other, _ = self._name_at(tokens, j + 1)
            if m and other and self.g.type_of(other) == "Country":
                mention.end = j + 1 + m  # "نيامي عاصمة النيجر": an apposition, not another party
                self._note(other)
        if etype == "Country" and j + 2 < len(tokens) and tokens[j] in self.t.possessive and \
                self._stem_in(tokens[j + 1], self.t.capital):
            k = j + 3 if tokens[j + 2] in (",", "،") else j + 2
            m, city, _ = self._name_at(tokens, k)
            if m and city and self.g.type_of(city) == "Place" and self.g.country_of(city) == entity:
                self._note(city)  # "Ethiopia's capital Addis Ababa": the city, the country its apposition
                return Mention(i, k + m, city, "Place", "name", head=k)
        if etype == "Person":
            self._post_title(mention)
        return mention
