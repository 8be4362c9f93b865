"""Entity mentions: gazetteer names (longest match, clitics stripped), demonyms of parties
("وفد نيجري", "الجانبين الليبي والنيجيري"), capitals ("العاصمة النيجيرية"), title chains
("القائد العام للقوات المسلحة الليبية، المشير خليفة حفتر"), offices resolved to their holder at
the article date ("رئيس النيجر"), delegations with their head, kin ("نجل المشير خليفة حفتر"),
definite anaphors of organisations ("الكونفدرالية"), and unknown names that a title marks as
actors (they become new entities labelled with their surface form)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sahelkg.ingest.gazetteer import Gazetteer, PhraseTable
from sahelkg.ingest.lexicon import Lexicon
from sahelkg.ingest.normalize import noun_stems
from sahelkg.ingest.pipeline import DATES, MENTIONS, NORMALISED, Doc, Mention

from sahelkg.records import Entity, entity_id

MAX_COMPLEMENT = 9
QUOTES = frozenset('"“”«»‘’\'')


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
    )


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _definite(token: str) -> bool:
    return any("ال" in prefix or stem.startswith("ال") for prefix, stem, _ in noun_stems(token)) \
        or token.startswith(("ال", "لل"))


class MentionStep:
    """Find the actors and places of every sentence (see the module docstring)."""

    name = "mentions"
    requires = frozenset({NORMALISED, DATES})
    provides = frozenset({MENTIONS})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._tables: dict[str, _Tables] = {}

    def tables(self, lexicon: Lexicon) -> _Tables:
        found = self._tables.get(lexicon.lang)
        if found is None:
            found = self._tables[lexicon.lang] = _tables(lexicon)
        return found

    def __call__(self, doc: Doc) -> None:
        finder = _SentenceMentions(self.gazetteer, self.tables(doc.lexicon), doc, _reference_date(doc))
        doc.mentions = []
        for index, tokens in enumerate(doc.norm):
            doc.mentions.append(finder.find(index, tokens))
        # an office named without its holder, whose holder the article names elsewhere
        for mentions in doc.mentions:
            for m in mentions:
                if m.kind == "office" and m.entity is None and m.office_of:
                    holder = finder.bound_holder(m.offices, m.office_of)
                    if holder:
                        m.entity = holder
                        finder._note(holder)


def _reference_date(doc: Doc) -> date | None:
    """The date offices are resolved at: the publication date, else the first full date stated."""
    if doc.published:
        return doc.published
    for mentions in doc.dates:
        for m in mentions:
            if m.value and not m.relative and m.precision == "day":
                return date.fromisoformat(m.value)
    return None


class _SentenceMentions:
    def __init__(self, gazetteer: Gazetteer, tables: _Tables, doc: Doc, when: date | None) -> None:
        self.g = gazetteer
        self.t = tables
        self.doc = doc
        self.when = when
        self.local = PhraseTable(())  # names of new entities met in this article
        self.local_names: dict[tuple[str, ...], str] = {}

    # --- entity bookkeeping -------------------------------------------------------------------
    def _note(self, entity: str | None) -> None:
        if entity is None:
            return
        self.doc.salience[entity] = self.doc.salience.get(entity, 0) + 1
        if entity not in self.doc.entities:
            found = self.g.entity(entity)
            if found is not None:
                self.doc.entities[entity] = found

    def _new_person(self, surface: str, tokens: tuple[str, ...]) -> str:
        ident = entity_id(surface)
        if ident not in self.doc.entities:
            self.doc.entities[ident] = Entity(id=ident, label=surface, type="Person",
                                              labels={self.doc.lang: surface})
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
        ln, lvalue, lprefix = self.local.match(tokens, i)
        if ln > n:
            return ln, lvalue, lprefix  # type: ignore[return-value]
        return n, value, prefix  # type: ignore[return-value]

    def _demonym_at(self, tokens: list[str], i: int) -> tuple[int, str | None, bool]:
        n, value, _ = self.g.demonyms.match(tokens, i, article_ok=True)
        if not n:
            return 0, None, False
        entity, plural, ambiguous = value  # type: ignore[misc]
        if ambiguous:
            return 0, None, False  # the primary reading is listed unambiguously elsewhere
        return n, entity, plural

    # --- the sentence ---------------------------------------------------------------------------
    def find(self, sentence: int, tokens: list[str]) -> list[Mention]:
        self.tokens = tokens
        self.sentence = sentence
        self.surface = self.doc.words[sentence] if sentence < len(self.doc.words) else []
        out: list[Mention] = []
        i = 0
        n = len(tokens)
        while i < n:
            mention = self._mention_at(i, out)
            if mention is None:
                i += 1
                continue
            mention.clitic = self._clitic(tokens[mention.start])
            out.append(mention)
            i = max(mention.end, i + 1)
        return out

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

    def _mention_at(self, i: int, before: list[Mention]) -> Mention | None:
        t = self.t
        tokens = self.tokens
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
        n, entity, _ = self._name_at(tokens, i)
        if n and entity:
            return self._named(i, n, entity)
        # "حكومة النيجر" is Niger; "حكومة باولو جينتيلوني" is the country he heads
        if self._stem_in(tokens[i], t.government) and i + 1 < len(tokens):
            n, entity, _ = self._name_at(tokens, i + 1)
            if n and entity:
                etype = self.g.type_of(entity)
                country = entity if etype == "Country" else \
                    self.g.country_of(entity) if etype == "Person" else None
                if country:
                    self._note(country)
                    return Mention(i, i + 1 + n, country, "Country", "government", head=i + 1)
        dn, country, plural = self._demonym_at(tokens, i)
        if dn and country:
            if plural or self._party_before(i, before):
                self._note(country)
                return Mention(i, i + dn, country, "Country", "demonym", plural=plural, head=i)
            self.doc.salience[country] = self.doc.salience.get(country, 0)
            return None
        anaphor = self._anaphor(tokens[i])
        if anaphor and i + 1 < len(tokens) and (_definite(tokens[i + 1]) or self._demonym_at(tokens, i + 1)[0]
                                                or self.g.names.match(tokens, i + 1)[0]):
            anaphor = None  # "الجيش الإيطالي" is not the army named before
        if anaphor:
            self._note(anaphor)
            return Mention(i, i + 1, anaphor, self.g.type_of(anaphor), "anaphor", head=i)
        return None

    @staticmethod
    def _stem_in(token: str, words: frozenset[str]) -> bool:
        return any(stem in words for _, stem, suffix in noun_stems(token) if not suffix)

    def _party_before(self, i: int, before: list[Mention]) -> bool:
        """A demonym is a party when it qualifies a party noun ("مسؤولين ليبيين", "الجانب
        الليبي") or continues a run of party demonyms ("الجانبين الليبي والنيجيري")."""
        j = i - 1
        skipped = 0
        while j >= 0 and skipped < 3:
            token = self.tokens[j]
            if self._stem_in(token, self.t.party) or self.t.pair.match(self.tokens, j)[0]:
                return True
            if before and before[-1].end == j + 1 and before[-1].kind == "demonym":
                return True
            if not _is_word(token) or token in self.t.stop:
                return False
            skipped += 1
            j -= 1
        return False

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
        if etype == "Person":
            self._post_title(mention)
        return mention

    def _post_title(self, mention: Mention) -> None:
        """"المشير خليفة حفتر القائد العام للقوات المسلحة": a title after the name."""
        j = mention.end
        if j < len(self.tokens) and self.tokens[j] == "،":
            j += 1
        if j >= len(self.tokens):
            return
        rn, _, _ = self.t.role.match(self.tokens, j)
        if not rn and self.t.acting.match(self.tokens, j)[0]:
            return
        if not rn:
            return
        other = self._title_chain(j, probe=True)
        if other is not None and other.entity and other.kind == "titled":
            return  # "استقبال حفتر القائمة بأعمال ... ستيفاني خوري": another person's title
        title = self._read_title(j)
        if title is None:
            return
        rn, k, of, demonym, offices, leader = title
        if of is None and offices:
            held = self.g.office_held(mention.entity or "", offices, self.when)
            if len({o.of for o in held}) == 1:
                of = held[0].of
                leader = leader or held[0].leads
        of = of or demonym
        if of is not None and leader and of != mention.entity:
            mention.leads = of
        if of is not None or k > j + rn:
            mention.end = k

    def _read_title(self, j: int, acting: int = 0
                    ) -> tuple[int, int, str | None, str | None, frozenset[str], bool] | None:
        """The title at j and what it is a title of: (title length, end of its complement,
        organisation or country named, demonym, offices it may be, whether it leads). The
        shortest title whose complement starts with a name wins ("قائد" + "القوات البرية للجيش
        الوطني الليبي"); otherwise the longest title phrase ("القائد العام للقوات المسلحة")."""
        tokens = self.tokens
        roles = sorted({n for n, _, _ in self.t.role.match_all(tokens, j)}) or ([acting] if acting else [])
        if not roles:
            return None
        rn, (end, of, demonym) = roles[-1], self._complement(j + roles[-1])
        for n in roles:
            c_end, c_of, c_dem = self._complement(j + n)
            if c_of is not None and self._starts_with_name(j + n):
                rn, end, of, demonym = n, c_end, c_of, c_dem
                break
        offices: frozenset[str] = frozenset()
        for n, value, _ in self.t.office.match_all(tokens, j):
            if n <= rn:
                offices = value  # type: ignore[assignment]
                break
        leads = any(n <= rn for n, _, _ in self.t.leader.match_all(tokens, j))
        return rn, end, of, demonym, offices, leads

    def _complement(self, j: int) -> tuple[int, str | None, str | None]:
        """The words completing a title ("الداخلية الفرنسي", "للقوات المسلحة الليبية",
        "بعثة الأمم المتحدة للدعم في ليبيا"): returns (end, first actor named, first demonym)."""
        tokens = self.tokens
        of: str | None = None
        demonym: str | None = None
        start = j
        linked = True  # may the next name still belong to the title?
        while j < len(tokens) and j - start < MAX_COMPLEMENT:
            token = tokens[j]
            if token in QUOTES:
                j += 1
                continue
            if token in self.t.date_words:
                break
            n, entity, prefix = self.g.names.match(tokens, j)
            if n and entity:
                if self.g.type_of(entity) == "Person":
                    break
                core = prefix.lstrip("وف")
                if not linked and not (core and core[0] in "لب"):
                    break  # "رئيس النيجر طرابلس": the title ended with its country
                if of is None:
                    of = entity
                    self._note(entity)
                j += n
                linked = False
                continue
            dn, country, _ = self._demonym_at(tokens, j)
            if dn:
                demonym = demonym or country
                j += dn
                continue
            if not _is_word(token) or token in self.t.stop and token not in ("في", "ب"):
                break
            if token in ("في", "ب", "لدي"):
                if j + 1 < len(tokens) and self.g.names.match(tokens, j + 1)[0]:
                    j += 1
                    linked = True
                    continue
                break
            if self.t.honorific.match(tokens, j)[0]:
                break
            if _definite(token) or self.t.role.match(tokens, j)[0]:
                linked = linked or not token.endswith(("ي", "يه"))  # a noun opens a new complement
                j += 1
                continue
            # a construct noun followed by its complement ("أمن طرابلس", "بعثة الأمم")
            if j + 1 < len(tokens) and (_definite(tokens[j + 1]) or self.g.names.match(tokens, j + 1)[0]) \
                    and token in self.t.blocked:
                j += 1
                continue
            break
        return j, of, demonym

    def _title_chain(self, i: int, probe: bool = False) -> Mention | None:
        """"رئيس النيجر محمد يوسفو", "القائد العام للقوات المسلحة الليبية، المشير خليفة حفتر",
        "القائمة بأعمال رئيس بعثة ...، ستيفاني خوري", or an office without a name ("رئيس النيجر")
        resolved to its holder. ``probe``: only look, change nothing in the article state."""
        tokens = self.tokens
        j = i
        deputy = False
        acting = 0
        while True:
            dn, _, _ = self.t.deputy.match(tokens, j)
            if dn:
                deputy = True
                j += dn
                continue
            an, _, _ = self.t.acting.match(tokens, j)
            if an:
                acting = an
                j += an
                continue
            break
        title = self._read_title(j)
        if title is None:
            if not acting:
                return None
            j -= acting
            title = self._read_title(j, acting)
            if title is None:
                return None
        rn, end, of, demonym, offices, leader = title
        of = of or demonym
        member = bool(self.t.member.match(tokens, j)[0])
        end_of_complement = end
        # the name: after an optional comma and honorifics
        k = end
        if k < len(tokens) and tokens[k] == "،":
            k += 1
        while k < len(tokens):
            hn, _, _ = self.t.honorific.match(tokens, k)
            if not hn:
                break
            k += hn
        person = None
        n = 0
        # an unknown name stands after a comma, an honorific or a nationality ("وزير الدفاع
        # البوركيني قاسم كوليبالي"), or starts with a known given name
        name_slot = k > end_of_complement or (end_of_complement > 0 and
                                              self._demonym_at(tokens, end_of_complement - 1)[0] > 0)
        if k < len(tokens):
            n, entity, _ = self._name_at(tokens, k)
            if n and entity and self.g.type_of(entity) == "Person":
                person = entity
            else:
                n, person = self._unknown_name(k, create=False)
                run = tokens[k:k + n]
                if n and (name_slot or n >= 3 or run[0] in self.t.given_names
                          or any(t in self.t.name_link for t in run)):
                    n, person = self._unknown_name(k, create=not probe)
                else:
                    n, person = 0, None
        if person:
            if probe:
                return Mention(i, k + n, person, "Person", "titled", head=k)
            self._note(person)
            self._register_surname(person, k, k + n)
            mention = Mention(i, k + n, person, "Person", "titled", head=k, offices=offices)
            if of and member and of != person:
                mention.member_of = of
            if of and not deputy and not member:
                if offices:
                    self._bind(person, offices, of)
                leads_office = any(o.leads for o in self.g.holders(of, offices, None)) if offices else False
                if (leader or leads_office) and of != person:
                    mention.leads = of
            return mention
        if of is None or deputy or not offices or probe:
            return None
        holder = self.bound_holder(offices, of)
        if holder is None and self.when is not None:
            found = {o.holder for o in self.g.holders(of, offices, self.when)}
            if len(found) != 1 and leader:
                found = {o.holder for o in self.g.holders(of, None, self.when, leading_only=True)}
            holder = found.pop() if len(found) == 1 else None
        if holder is not None:
            self._note(holder)
        leads = of if leader or any(o.leads for o in self.g.holders(of, offices, None)) else None
        return Mention(i, end, holder, "Person", "office", head=i, leads=leads, offices=offices, office_of=of)

    def _counterpart(self, i: int, cn: int, before: list[Mention]) -> Mention | None:
        """"بحث وزير الداخلية الليبي مع نظيره النيجري": the holder of the same office in Niger at
        the article date; an actor we cannot name (entity None) when the holder is not known."""
        j = i + cn
        dn, country, _ = self._demonym_at(self.tokens, j) if j < len(self.tokens) else (0, None, False)
        if not dn:
            n, entity, _ = self.g.names.match(self.tokens, j) if j < len(self.tokens) else (0, None, "")
            if not (n and entity and self.g.type_of(entity) == "Country"):
                return None
            dn, country = n, entity
        offices = next((m.offices for m in reversed(before) if m.offices), frozenset())
        holder = self.bound_holder(offices, country) if offices else None
        if holder is None and offices and self.when is not None:
            found = {o.holder for o in self.g.holders(country, offices, self.when)}
            holder = found.pop() if len(found) == 1 else None
        self._note(holder)
        return Mention(i, j + dn, holder, "Person", "counterpart", head=i)

    def _starts_with_name(self, j: int) -> bool:
        while j < len(self.tokens) and self.tokens[j] in QUOTES:
            j += 1
        return j < len(self.tokens) and bool(self.g.names.match(self.tokens, j)[0])

    def _honorific_name(self, i: int, hn: int) -> Mention | None:
        k = i + hn
        while k < len(self.tokens):
            more, _, _ = self.t.honorific.match(self.tokens, k)
            if not more:
                break
            k += more
        if k >= len(self.tokens):
            return None
        n, entity, _ = self._name_at(self.tokens, k)
        if n and entity and self.g.type_of(entity) == "Person":
            self._note(entity)
            mention = Mention(i, k + n, entity, "Person", "titled", head=k)
            self._post_title(mention)
            return mention
        n, person = self._unknown_name(k)
        if person:
            self._note(person)
            mention = Mention(i, k + n, person, "Person", "new", head=k)
            self._post_title(mention)
            return mention
        return None

    def _unknown_name(self, k: int, create: bool = True) -> tuple[int, str | None]:
        """A run of 2-4 name-like words at k: no article on the first word and none inside
        except after a name link ("عبد الكريم") or on the last word; no function word, trigger,
        title or date word; followed by punctuation, a function word or the end. Latin names are
        capitalised."""
        tokens = self.tokens
        end = k
        while end < len(tokens) and end - k < 4:
            token = tokens[end]
            if not _is_word(token) or any(ch.isdigit() for ch in token) or token in self.t.blocked:
                break
            if any(stem in self.t.blocked for _, stem, _ in noun_stems(token)[1:]):
                break
            if self.g.names.match(tokens, end)[0] or self._demonym_at(tokens, end)[0]:
                break
            arabic = "\u0600" <= token[0] <= "\u06ff"
            if end == k:
                if arabic and (_definite(token) or token[0] == "و"):
                    break
                surface = self.surface[end].text if end < len(self.surface) else token
                if not arabic and not surface[:1].isupper():
                    break
            elif arabic and _definite(token) and tokens[end - 1] not in self.t.name_link:
                end += 1
                break  # a family name with the article ends the name ("صلاح السموعي")
            end += 1
        if end - k < 2:
            return 0, None
        if end < len(tokens):
            after = tokens[end]
            if _is_word(after) and after not in self.t.stop and after not in self.t.blocked and \
                    not any(stem in self.t.blocked for _, stem, _ in noun_stems(after)[1:]):
                return 0, None
        if not create:
            return end - k, "?"
        if len(self.surface) == len(tokens):
            surface = self.doc.text[self.surface[k].start:self.surface[end - 1].end]
        else:
            surface = " ".join(tokens[k:end])
        return end - k, self._new_person(surface, tuple(tokens[k:end]))

    def _capital(self, i: int) -> Mention | None:
        tokens = self.tokens
        dn, country, _ = self._demonym_at(tokens, i + 1)
        if not dn:
            n, entity, _ = self.g.names.match(tokens, i + 1)
            if n and entity and self.g.type_of(entity) == "Country":
                dn, country = n, entity
        if not dn or country is None:
            return None
        capital = self.g.capital.get(country)
        if capital is None:
            return None
        end = i + 1 + dn
        n, named, _ = self._name_at(tokens, end) if end < len(tokens) else (0, None, "")
        if n and named == capital:
            end += n
        self._note(capital)
        return Mention(i, end, capital, "Place", "capital", head=i)

    def _delegation(self, i: int, dn: int) -> Mention | None:
        tokens = self.tokens
        j = i + dn
        country = None
        skipped = 0
        while j < len(tokens) and skipped <= 3:
            n, entity, plural = self._demonym_at(tokens, j)
            if n:
                country = entity
                j += n
                break
            if not _is_word(tokens[j]) or tokens[j] in self.t.stop:
                break
            j += 1
            skipped += 1
        end = j if country else i + dn
        # "برئاسة X", "يترأسه X": the head speaks for the delegation
        k = end
        while k < len(tokens) and (tokens[k] in ("،", "رفيع", "المستوى") or tokens[k] in QUOTES):
            k += 1
        hn, _, _ = self.t.delegation_head.match(tokens, k) if k < len(tokens) else (0, None, "")
        if hn:
            sub = self._mention_at(k + hn, [])
            if sub is not None and sub.entity and sub.type == "Person":
                sub.start = i
                sub.kind = "delegation"
                return sub
        if country is None:
            return None
        self._note(country)
        return Mention(i, end, country, "Country", "delegation", head=i)

    def _kin(self, i: int, kn: int, before: list[Mention]) -> Mention | None:
        tokens = self.tokens
        k = i + kn
        while k < len(tokens):
            hn, _, _ = self.t.honorific.match(tokens, k)
            if not hn:
                break
            k += hn
        n, relative, _ = self._name_at(tokens, k) if k < len(tokens) else (0, None, "")
        if not (n and relative and self.g.type_of(relative) == "Person"):
            return None
        self._note(relative)
        # the named kin just before: "صدام حفتر، نجل المشير خليفة حفتر"
        if before and before[-1].type == "Person" and before[-1].entity and \
                (before[-1].end == i or before[-1].end == i - 1 and tokens[i - 1] == "،"):
            before[-1].relative = relative
            before[-1].end = k + n
            return None
        # unnamed: the other person of the article who bears the family name
        family = (self.g.entry(relative).label.split()[-1] if self.g.entry(relative) else "").casefold()
        others = [e for e in self.doc.salience if e != relative and self.g.type_of(e) == "Person"
                  and self.g.entry(e) is not None and self.g.entry(e).label.split()[-1].casefold() == family]
        if len(others) != 1:
            return Mention(i, k + n, None, "Person", "kin", head=i)
        self._note(others[0])
        return Mention(i, k + n, others[0], "Person", "kin", head=i, relative=relative)
