"""Actor phrases: titles and offices ("رئيس النيجر محمد يوسفو", "القائد العام للقوات المسلحة
الليبية، المشير خليفة حفتر"), counterparts, honorifics before names, unknown names that a title
marks as actors, capitals named by nationality, delegations and kin.

:class:`ActorPhrases` is mixed into the sentence mention finder of :mod:`sahelkg.ingest.entities.mentions`,
whose state (tokens, gazetteer, tables, article) it reads.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sahelkg.ingest.entities.commanders import ARMED_KINDS
from sahelkg.ingest.entities.gazetteer import PREFIX, Gazetteer, name_words
from sahelkg.ingest.job.pipeline import Doc, Mention
from sahelkg.ingest.language.normalize import normalize_token, noun_stems

if TYPE_CHECKING:
    from sahelkg.ingest.entities.mentions import _Tables
    from sahelkg.ingest.language.lexicon import GazetteerEntry

MAX_COMPLEMENT = 9
NAMESAKE_GAP_DAYS = 365  # a holder gone for less than this is still the one a title names
MAX_BRACKET = 4  # words of an acronym in brackets between a title and its holder's name
MAX_PRE_OF_WORDS = 3  # words of the body named before a title ("a senior JNIM leader")
QUOTES = frozenset('"“”«»‘’\'')
COMMAS = frozenset({"،", ","})
# lower-case particles inside Latin names ("Ahmed ould Abdallah", "Ag Ghaly", "Ibn", "de la")
NAME_PARTICLES = frozenset({"ould", "ag", "ben", "bin", "ibn", "el", "al", "de", "du", "da", "van", "von",
                            "la", "le"})
BODIES = frozenset({"Organization", "ArmedGroup"})  # what a deputy of a body is a member of
# a state's offices that "the prime minister", "le président", "وزير الدفاع" name in an article
# about one country
HOME_OFFICES = frozenset({"head_of_state", "head_of_government", "defence_minister", "foreign_minister",
                          "interior_minister", "chief_of_staff"})


def is_word(token: str) -> bool:
    return token[:1].isalpha()


def definite(token: str) -> bool:
    return any("ال" in prefix or stem.startswith("ال") for prefix, stem, _ in noun_stems(token)) \
        or token.startswith(("ال", "لل"))


def _names(entry: GazetteerEntry) -> list[str]:
    return [*entry.labels.values(), *(a for forms in entry.aliases.values() for a in forms)]


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(normalize_token(w) for w in name.split())


MIN_SPELLED_TITLED = 4  # letters of a name word that may differ by one when a title names its holder
MIN_SPELLED = 5  # the same with no title to confirm it
MIN_SPELLED_TOWN = 7  # the same for a town's one-word name ("Aguelhoc")


def _one_letter_apart(a: str, b: str, shortest: int) -> bool:
    """Equal, or one letter added, dropped or changed, in words of ``shortest`` letters or more."""
    if a == b:
        return True
    if min(len(a), len(b)) < shortest or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _words_apart(said: tuple[str, ...], theirs: tuple[str, ...], shortest: int) -> int | None:
    """How many words of two names of as many words differ, each by one letter at most (in words
    of ``shortest`` letters or more); None when the names are not one another's spelling."""
    if len(said) != len(theirs):
        return None
    pairs = list(zip(said, theirs, strict=True))
    if not all(_one_letter_apart(a, b, shortest) for a, b in pairs):
        return None
    return sum(a != b for a, b in pairs)


def spelled_entity(g: Gazetteer, run: tuple[str, ...], type: str = "Person") -> str | None:
    """The one known entity of ``type`` one of whose names differs from the run in one word only,
    by one letter in a word of ``MIN_SPELLED`` letters or more ("Fayez el-Sarraz" for "Fayez
    al-Sarraj"; a town, ``MIN_SPELLED_TOWN``: "Aguelhoc" for "Aguelhok"); None if none or several.
    A person needs two words."""
    said = name_words(run)
    if not said or type == "Person" and len(said) < 2:
        return None
    shortest = MIN_SPELLED if type == "Person" else MIN_SPELLED_TOWN
    candidates = g.names_like(type, len(said), said[0]) + g.names_like(type, -len(said), said[-1]) \
        if len(said) > 1 else g.names_like(type, 0, said[0][:PREFIX])
    found = {ident for words, ident in candidates if _words_apart(said, words, shortest) == 1}
    return found.pop() if len(found) == 1 else None


class ActorPhrases:
    g: Gazetteer
    t: _Tables
    doc: Doc
    when: date | None
    tokens: list[str]
    last_delegation: tuple[str | None, str | None] | None  # (country, head) of the last delegation

    def _post_title(self, mention: Mention) -> None:
        """"المشير خليفة حفتر القائد العام للقوات المسلحة": a title after the name."""
        j = mention.end
        if j < len(self.tokens) and self.tokens[j] in COMMAS:
            j += 1
            while j < len(self.tokens) and self.tokens[j] in self.t.determiner:
                j += 1
        if j >= len(self.tokens):
            return
        dn = self.t.deputy.match(self.tokens, j)[0]
        if dn and self.t.deputy.match(self.tokens, j)[2][:1] not in self.t.coordination:
            # "X، نائب قائد قوات الدعم السريع", "X, deputy head of the Presidential Council": a
            # member of the body, which he does not lead
            title = self._read_title(j + dn)
            if title is not None:
                _, k, of, demonym, _, _ = title
                body = of or demonym
                if body is not None and body != mention.entity and self.g.type_of(body) in BODIES:
                    mention.member_of = body
                mention.end = k
            return
        rn, _, clitic = self.t.role.match(self.tokens, j)
        if not rn and self.t.acting.match(self.tokens, j)[0]:
            return
        if not rn or clitic[:1] in self.t.coordination:
            return  # "الدبيبة ورئيس وزراء النيجر": a second person, not a title of the first
        if clitic.lstrip("وف")[:1] in ("ب", "ل", "ك"):
            return  # "التقى X، نجل Y، بالرئيس النيجري": the object of a preposition, another person
        other = self._title_chain(j, probe=True)
        if other is not None and other.entity and other.kind == "titled":
            return  # "استقبال حفتر القائمة بأعمال ... ستيفاني خوري": another person's title
        title = self._read_title(j)
        if title is None:
            return
        rn, k, of, demonym, offices, leader = title
        if of is not None and not leader and offices:
            # "X, le secrétaire général de l'ONU": an office of the body named that leads it
            leader = any(o.leads for o in self.g.holders(of, offices, None))
        if of is None and offices:
            held = self.g.office_held(mention.entity or "", offices, self.when)
            if len({o.of for o in held}) == 1:
                of = held[0].of
                leader = leader or held[0].leads
        of = of or demonym
        one_of_several = any(self.tokens[x] in self.t.indefinite for x in range(mention.end, j))
        if of is not None and leader and of != mention.entity and one_of_several:
            if self.g.type_of(of) in BODIES:  # "Mokhtar Belmokhtar, a leader of AQIM": one of its leaders
                mention.member_of = of
        elif of is not None and leader and of != mention.entity:
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
        rn, (end, of, demonym, through) = roles[-1], self._complement(j + roles[-1])
        for n in roles:
            c_end, c_of, c_dem, c_through = self._complement(j + n)
            if c_of is not None and self._starts_with_name(j + n):
                rn, end, of, demonym, through = n, c_end, c_of, c_dem, c_through
                break
        offices: frozenset[str] = frozenset()
        office_length = 0
        skip = 1 if tokens[j] in self.t.determiner and not self.t.office.match_all(tokens, j) else 0
        for n, value, _ in self.t.office.match_all(tokens, j + skip):  # "le président"
            if n + skip <= rn:
                offices = value  # type: ignore[assignment]
                office_length = n + skip
                break
        # a leading word at the head of a longer office is not a leader ("chef de la diplomatie")
        leads = any(office_length <= n <= rn for n, _, _ in self.t.leader.match_all(tokens, j))
        head_word = max((n for n, _, _ in self.t.leader.match_all(tokens, j) if n <= rn), default=0)
        if leads and through and office_length <= head_word + skip and \
                self.g.type_of(of or "") == "Country":
            # "le chef du département militaire du Niger": the head of something of the country,
            # which names neither an office nor its leader
            return rn, end, of, demonym, frozenset(), False
        if not leads and of is not None and self.g.kind_of(of) in ARMED_KINDS:
            # "chief of staff of the Niger Armed Forces", "رئيس أركان الجيش": the head of a force's
            # staff commands that force (of a country he leads nothing)
            leads = any(n <= rn for n, _, _ in self.t.staff_chief.match_all(tokens, j))
        return rn, end, of, demonym, offices, leads

    def _complement(self, j: int) -> tuple[int, str | None, str | None, bool]:
        """The words completing a title ("الداخلية الفرنسي", "للقوات المسلحة الليبية",
        "بعثة الأمم المتحدة للدعم في ليبيا"): returns (end, first actor named, first demonym,
        whether common nouns stand between the title and that actor: "chef du département
        militaire du Niger")."""
        tokens = self.tokens
        through = False
        of: str | None = None
        demonym: str | None = None
        start = j
        linked = True  # may the next name still belong to the title?
        nouns = 0  # common nouns that may still follow a genitive link
        while j < len(tokens) and j - start < MAX_COMPLEMENT:
            token = tokens[j]
            if token in QUOTES:
                j += 1
                continue
            if token in self.t.date_words:
                break
            seated = self._seated_government(j) if of is None and linked else None  # type: ignore[attr-defined]
            if seated is not None and seated.entity:
                of = seated.entity  # "le Premier ministre du gouvernement de Tripoli": the one seated there
                self._note(of)
                j = seated.end
                break
            n, entity, prefix = self.g.names.match(tokens, j)
            if n and entity and not self._built_name_holds(entity, j):  # type: ignore[attr-defined]
                n, entity = 0, None  # "الرئيس الدوري الجديد": "الجديد" is a word, not the town
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
                nouns = 0  # "le chef d'État nigérien entame ...": the nationality ends the noun phrase
                # "زار الرئيس النيجري موسكو": a name after a nationality that follows the title
                # is not the title's (in English the nationality comes first: "US CIA director")
                linked = linked and self.t.adjective_before
                continue
            bn, _, _ = self.t.home_body.match(tokens, j)
            if bn and of is None and linked:
                body = self._home_body(j, bn)  # type: ignore[attr-defined]
                if body is not None and body.entity:  # "قائد الجيش": the army of the article's country
                    of = body.entity
                    j += bn
                    break
            gn, _, _ = self.t.genitive_link.match(tokens, j)
            if gn or token in self.t.determiner:
                j += gn or 1  # "président du Niger", "commander of the LNA"
                linked = True
                nouns = 2
                continue
            if nouns and is_word(token) and token not in self.t.stop and (nouns == 2 or self._lowercase(j)):
                j += 1  # "ministre de l'Intérieur", "ministre des Affaires étrangères"
                nouns -= 1
                through = through or of is None
                continue
            nouns = 0
            if token in self.t.title_accredited and j + 1 < len(tokens):
                n, entity, _ = self.g.names.match(tokens, j + 1)
                if n and entity and self.g.type_of(entity) == "Country":
                    j += 1 + n  # "السفير الصيني لدى النيجر": the host country names no office
                    continue
            if token[:1] == "ل" and token[1:] in self.t.state_noun and j + 1 < len(tokens) and \
                    self.g.type_of(self.g.names.match(tokens, j + 1)[1] or "") == "Country":
                j += 1  # "الرئيس الانتقالي لدولة تشاد": the state's noun before its name
                linked = True
                continue
            if not is_word(token) or token in self.t.stop and token not in self.t.title_place:
                break
            if token in self.t.title_place:
                if demonym is not None and of is None:
                    break  # "الرئيس النيجري في نيامي": the nationality named the country already
                if j + 1 < len(tokens) and self.g.names.match(tokens, j + 1)[0]:
                    # "قائد القوات الجوية في مالي": a body in the country (words before "في"),
                    # whose head leads nothing of the country itself
                    through = through or (of is None and self.doc.lang == "ar" and j > start)
                    j += 1
                    linked = True
                    continue
                break
            if self.t.honorific.match(tokens, j)[0] or self.t.counterpart.match(tokens, j)[0]:
                break  # "وزير الخارجية الجزائري نظيره الليبي": the counterpart is another person
            if definite(token) or self.t.role.match(tokens, j)[0]:
                linked = linked or not token.endswith(("ي", "يه"))  # a noun opens a new complement
                j += 1
                continue
            # a construct noun followed by its complement ("أمن طرابلس", "بعثة الأمم")
            if j + 1 < len(tokens) and (definite(tokens[j + 1]) or self._name_follows(j + 1)) \
                    and token in self.t.blocked:
                j += 1
                continue
            break
        return j, of, demonym, through

    def _name_follows(self, j: int) -> bool:
        """Does a name that holds there stand at j ("to" is no "Tô": a data package's name holds
        only where it is written as one)?"""
        n, entity, _ = self.g.names.match(self.tokens, j)
        return bool(n and entity and self._built_name_holds(entity, j))  # type: ignore[attr-defined]

    def _lowercase(self, j: int) -> bool:
        """Is word j written in lower case (a common word, not a name)?"""
        surface = self.surface[j].text if j < len(self.surface) else ""  # type: ignore[attr-defined]
        return surface[:1].islower()

    def _former_title(self, i: int, k: int) -> bool:
        """Is the title at i (its name at k) one its bearer no longer holds: "former (Nigerien)
        president", "ousted president", "l'ancien président", "le président déchu"?"""
        return any(self.tokens[x] in self.t.title_adjective for x in range(max(0, i - 3), k))

    def _title_chain(self, i: int, probe: bool = False, pre_of: str | None = None) -> Mention | None:
        """"رئيس النيجر محمد يوسفو", "القائد العام للقوات المسلحة الليبية، المشير خليفة حفتر",
        "القائمة بأعمال رئيس بعثة ...، ستيفاني خوري", or an office without a name ("رئيس النيجر")
        resolved to its holder. ``probe``: only look, change nothing in the article state.
        ``pre_of``: the country or organisation named before the title ("Niger's president")."""
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
        if end == j + rn and end + 1 < len(tokens) and tokens[end] in self.t.coordination:
            # "Deputy Prime Minister and Foreign Minister X": two titles of one person
            second = self._read_title(end + 1)
            if second is not None and second[1] == end + 1 + second[0] and not second[2]:
                end, offices, leader = second[1], offices | second[4], leader or second[5]
        if of and end + 1 < len(tokens) and tokens[end] in self.t.possessive_word:
            # "the Prime Minister of Libya's Government of National Unity": the country's body
            bn, body, _ = self._name_at(tokens, end + 1)
            if bn and body and self.g.type_of(body) in ("Organization", "ArmedGroup") and \
                    self.g.country_of(body) == of:
                of, end = body, end + 1 + bn
        if leader and not of and self.g.type_of(pre_of or demonym or "") == "Country" and \
                rn <= self.t.force_leader.match(tokens, j)[0] <= end - j:
            # "Libyan commander Khalifa Haftar", "قائد القوات الفرنسية" commands a force, not the country
            leader = False
        of = pre_of or of or demonym
        member = bool(self.t.member.match(tokens, j)[0])
        end_of_complement = end
        # the name: after an optional acronym in brackets ("(AFRICOM)"), a comma and honorifics
        k = end
        if k < len(tokens) and tokens[k] == "(":
            closing = next((x for x in range(k + 1, min(len(tokens), k + MAX_BRACKET + 1))
                            if tokens[x] == ")"), None)
            if closing is not None:
                k = k + 1 if self._bracketed_name(k) else closing + 1
        if k < len(tokens) and tokens[k] in COMMAS:
            k += 1
        _, _, clitic = self.t.honorific.match(tokens, k)
        if not clitic:
            _, _, clitic = self.t.role.match(tokens, k)
        governed = clitic.lstrip("وف")[:1] in ("ب", "ل")  # "قائد الحرس، للرئيس X": X is another person
        # "X رئيس بوركينا فاسو، والعقيد Y": an honorific joined by "و" after the title starts the
        # next person of a list; the title was the apposition of the name before it
        governed = governed or (k > end_of_complement and clitic[:1] in self.t.coordination)
        k = self._past_honorifics(k)
        person = None
        n = 0
        # an unknown name stands after a comma, an honorific or a nationality ("وزير الدفاع
        # البوركيني قاسم كوليبالي"), or starts with a known given name
        # ("the head of the Libyan Red Crescent": a nationality after an article qualifies the
        # noun after it, a body, not the holder's name)
        name_slot = k > end_of_complement or pre_of is not None or (
            end_of_complement > 0 and self._demonym_at(tokens, end_of_complement - 1)[0] > 0 and
            not (self.doc.lang != "ar" and end_of_complement >= 2 and k == end_of_complement and
                 tokens[end_of_complement - 2] in self.t.definite))
        if k < len(tokens) and not governed:
            n, entity, _ = self._name_at(tokens, k)
            if n and entity and self.g.type_of(entity) == "Person":
                person = entity
            else:
                n, person = self._unknown_name(k, create=False)
                run = tokens[k:k + n]
                if n and (name_slot or n >= 3 or run[0] in self.t.given_names
                          or any(t in self.t.name_link for t in run)):
                    variant = self._holder_spelled(tuple(run), pre_of or of or demonym, offices)
                    if variant is not None:
                        person = variant  # "رئيس النيجر محمد يوسف": Mahamadou Issoufou, spelled otherwise
                    else:
                        n, person = self._unknown_name(k, create=not probe, role=self._role_text(i, k))
                else:
                    n, person = 0, None
        if person and of is not None and of == demonym and self.g.entry(person) is not None:
            # "الرئيس النيجيري بولا تينوبو": an ambiguous nationality is the one of the person named
            home = self.g.entry(person).country  # type: ignore[union-attr]
            if home and home != of and any(
                    home in [v[0] for v in self.g.demonyms.values(tokens, x, article_ok=True)[1]]  # type: ignore[index]
                    for x in range(j, end_of_complement)):
                of = home
        if person and of is not None and offices:
            person = self._namesake_holder(person, of, offices) or person
            own = self._own_body(person, of, offices)
            if own is not None:  # "رئيس الأركان العامة للجيش الليبي محمد الحداد": the GNU's, not the LNA's
                of, leader = own
        if person and of is not None:
            self._note(of)
        if person:
            if probe:
                return Mention(i, k + n, person, "Person", "titled", head=k)
            self._note(person)
            self._register_surname(person, k, k + n)
            mention = Mention(i, k + n, person, "Person", "titled", head=k, offices=offices)
            if of and of != person and (member or deputy and self.g.type_of(of) in BODIES) and \
                    not (member and of == demonym and self.g.type_of(of) == "Country"):
                # "نائب قائد قوات الدعم السريع X", "deputy head of the Council"; a nationality alone
                # ("القيادي الجهادي الجزائري X") is no membership
                mention.member_of = of
            former = self._former_title(i, k)
            if of and not deputy and not member and not former:
                if offices:
                    self._bind(person, offices, of)
                leads_office = any(o.leads for o in self.g.holders(of, offices, None)) if offices else False
                if (leader or leads_office) and of != person:
                    mention.leads = of
            elif of is None and offices and not deputy and not member and not former and \
                    self.when is not None and \
                    not any(self.t.kin.match(tokens, i - b)[0] == b for b in range(1, min(i, 3) + 1)):
                # "le président Mohamed Bazoum": the office he holds at the article date (a
                # title after a kin word, "نجل القائد العام X", describes the relative only)
                held = [o for o in self.g.office_held(person, offices, self.when) if o.leads]
                if len({o.of for o in held}) == 1:
                    mention.leads = held[0].of
            return mention
        if deputy and not probe and of is not None:
            # "نائب رئيس النيجر" with no name: the deputy, unnamed, and not the head of the title
            return Mention(i, end, None, "Person", "titled", head=i)
        if of is None and offices and not deputy and not probe and self._home_office(i, end, offices):
            of = self._home_country()  # type: ignore[attr-defined]
        if of is None or deputy or not offices or probe or self._body_name_at(end):
            return None  # "the head of the Libyan Football Federation" heads no country
        # "رئيس النيجر" is the head of state even after the prime minister was named
        leading = frozenset(o.office for o in self.g.holders(of, offices, None, leading_only=True)
                            ) if leader else frozenset()
        if self._one_of_several(i, 2 + (MAX_PRE_OF_WORDS if pre_of is not None else 0)):
            # "a senior JNIM leader", "un haut responsable du JNIM": an unnamed member, not the head
            member = of if of is not None and self.g.type_of(of) in BODIES else None  # one of its leaders
            return Mention(i, end, None, "Person", "office", head=i, offices=offices, office_of=of,
                           member_of=member)
        holder = self.bound_holder(leading or offices, of)
        if holder is None and self.when is not None:
            found = {o.holder for o in self.g.holders(of, offices, self.when)}
            if len(found) != 1 and leader:
                found = {o.holder for o in self.g.holders(of, None, self.when, leading_only=True)}
            holder = found.pop() if len(found) == 1 else None
        if holder is not None:
            self._note(holder)
        leads = of if leader or any(o.leads for o in self.g.holders(of, offices, None)) else None
        return Mention(i, end, holder, "Person", "office", head=i, leads=leads, offices=offices, office_of=of)

    def _home_office(self, i: int, end: int, offices: frozenset[str]) -> bool:
        """Is the title at [i, end) a state's office named with the definite article and nothing
        after it ("le chef du gouvernement", "the prime minister", "رئيس الوزراء", "الرئيس"), which
        the press uses for the office of the country the article is about?"""
        tokens = self.tokens
        if not offices & HOME_OFFICES or self._former_title(i, end):
            return False  # "l'ancien président": not the office of the day
        articles = self.t.definite
        if end < len(tokens) and (self.t.genitive_link.match(tokens, end)[0] or
                                  not articles and definite(tokens[end]) and tokens[end] not in self.t.stop):
            return False  # "le président de la Commission", "رئيس المفوضية": another body's
        if end < len(tokens) and (tokens[end] in self.t.given_names or is_word(tokens[end]) and
                                  articles and not self._lowercase(end)):
            return False  # "الرئيس محمد البازوم", "the president Yoweri Museveni": a name the gazetteer lacks
        if articles:
            return i > 0 and tokens[i - 1] in articles
        return definite(tokens[i]) or end - i >= 2 and definite(tokens[i + 1])

    def _own_body(self, person: str, of: str, offices: frozenset[str]) -> tuple[str, bool] | None:
        """The one body the person holds the titled office of at the article date (the last one he
        held, in an undated article), when it is not the one the title's words name (a body named by
        a name another one also goes by), and whether that office leads it; None when the title's
        own body is his, or nothing is known."""
        held = self.g.office_held(person, offices, self.when)
        if not held or any(o.of == of for o in held) or \
                self.g.type_of(of) not in BODIES or any(self.g.type_of(o.of) not in BODIES for o in held):
            return None  # a country named in the title is not re-read
        if self.when is None:  # undated: the body of the last of his offices of that title
            held = [max(held, key=lambda o: o.start or "")]
        if len({o.of for o in held}) != 1:
            return None
        return held[0].of, any(o.leads for o in held)

    def _holder_spelled(self, run: tuple[str, ...], of: str | None, offices: frozenset[str]) -> str | None:
        """The office's one holder at the article date when the unknown name said is a spelling of
        one of his names: as many words, each the same but for one letter added, dropped or
        changed ("محمد يوسف" for "محمدو يوسفو", "Fayez el-Sarraz" for "Fayez al-Sarraj")."""
        if of is None or not offices or self.when is None:
            return None
        holders = {o.holder for o in self.g.holders(of, offices, self.when, leading_only=True)} or \
            {o.holder for o in self.g.holders(of, offices, self.when)}
        if len(holders) != 1:
            return None
        holder = holders.pop()
        entry = self.g.entry(holder)
        if entry is None or entry.type != "Person":
            return None
        said = name_words(run)
        spelled = any(_words_apart(said, name_words(_name_key(name)), MIN_SPELLED_TITLED) is not None
                      for name in _names(entry))
        return holder if spelled else None

    def _namesake_holder(self, person: str, of: str, offices: frozenset[str]) -> str | None:
        """"الرئيس التشادي إدريس ديبي" in 2023: the office's one holder at the article date when
        the name said is the end of his own (Mahamat Idriss Déby, not his late father) and the
        person of that name has not held the office within ``NAMESAKE_GAP_DAYS`` of the date."""
        if self.when is None:
            return None
        holders = {o.holder for o in self.g.holders(of, offices, self.when)}
        if len(holders) != 1 or person in holders:
            return None
        holder = holders.pop()
        recent = self.when - timedelta(days=NAMESAKE_GAP_DAYS)
        if any(o.end is None or o.end[:10] >= recent.isoformat()
               for o in self.g.office_held(person, offices, None) if o.of == of):
            return None  # he held it until lately: "le président tchadien Idriss Déby" at his death
        said, theirs = self.g.entry(person), self.g.entry(holder)
        if said is None or theirs is None or said.type != "Person" or theirs.type != "Person":
            return None
        own = {_name_key(x) for x in _names(said)}
        for name in _names(theirs):
            key = _name_key(name)
            if any(len(key) > len(x) and key[-len(x):] == x for x in own if x):
                return holder
        return None

    def _counterpart(self, i: int, cn: int, before: list[Mention],
                     country_before: str | None = None) -> Mention | None:
        """"بحث وزير الداخلية الليبي مع نظيره النيجري": the holder of the same office in Niger at
        the article date; an actor we cannot name (entity None) when the holder is not known.
        ``country_before``: the country was named before the word ("his Malian counterpart")."""
        j = i + cn
        dn, country, _ = self._demonym_at(self.tokens, j) if j < len(self.tokens) and not country_before \
            else (0, country_before, False)
        if not dn and not country_before:
            n, entity, _ = self.g.names.match(self.tokens, j) if j < len(self.tokens) else (0, None, "")
            if n and entity and self.g.type_of(entity) == "Country":
                dn, country = n, entity
        # named right after: "نظيره المالي عبد الله ديوب"
        for at in (j + dn, j + 1):
            k = self._past_honorifics(at)  # "نظيره المالي الكولونيل أسيمي غويتا"
            if k < len(self.tokens) and (dn or country_before or at == j + 1):
                n, named, _ = self._name_at(self.tokens, k)
                if n and named and self.g.type_of(named) == "Person":
                    self._note(named)
                    return Mention(i, k + n, named, "Person", "titled", head=k,
                                   leads=self._leads_country(named, country))
        apposed = self._apposed_person(j + dn)  # "son homologue nigérien, le général X"
        if apposed is not None:
            return Mention(i, apposed[1], apposed[0], "Person", "titled", head=i,
                           leads=self._leads_country(apposed[0], country))
        if not (dn or country_before) or country is None:
            return None
        # "نظيره التشادي محمد أحمد الحسن": a new name
        n, person = self._unknown_name(j + dn, role=self._role_text(i, j + dn))
        if person:
            self._note(person)
            return Mention(i, j + dn + n, person, "Person", "new", head=j + dn)
        offices = next((m.offices for m in reversed(before) if m.offices), frozenset()) or \
            self._offices_of_named(before)
        holder = self.bound_holder(offices, country) if offices else None
        if holder is None and offices and self.when is not None:
            found = {o.holder for o in self.g.holders(country, offices, self.when)}
            holder = found.pop() if len(found) == 1 else None
        self._note(holder)
        return Mention(i, j + dn, holder, "Person", "counterpart", head=i)

    def _leads_country(self, person: str, country: str | None) -> str | None:
        """The country of a counterpart's demonym when the person named leads it at the article
        date, at any time in an undated article ("son homologue camerounais Paul Biya")."""
        if country is None or self.g.type_of(country) != "Country":
            return None
        held = self.g.office_held(person, None, self.when)
        return country if any(o.leads and o.of == country for o in held) else None

    def _offices_of_named(self, before: list[Mention]) -> frozenset[str]:
        """"التقى الجنرال تياني نظيره المالي": with no title before, the offices of a state that
        the person named last holds at the article date."""
        person = next((m for m in reversed(before) if m.type == "Person" and m.entity), None)
        if person is None or self.when is None:
            return frozenset()
        return frozenset(o.office for o in self.g.office_held(person.entity or "", None, self.when)
                         if self.g.type_of(o.of) == "Country")

    def _apposed_person(self, k: int) -> tuple[str, int] | None:
        """A known person set off by a comma at k, perhaps after honorifics ("، le général X"):
        (the person, where the name ends)."""
        if k >= len(self.tokens) or self.tokens[k] not in (",", "،"):
            return None
        k = self._past_honorifics(k + 1)
        if k >= len(self.tokens):
            return None
        n, named, _ = self._name_at(self.tokens, k)
        if n and named and self.g.type_of(named) == "Person":
            self._note(named)
            return named, k + n
        return None

    def _starts_with_name(self, j: int) -> bool:
        while j < len(self.tokens) and self.tokens[j] in QUOTES:
            j += 1
        return j < len(self.tokens) and bool(self.g.names.match(self.tokens, j)[0])

    def _past_honorifics(self, k: int) -> int:
        """Past the honorifics from k on ("le général", "المشير"), and the bracket some outlets
        set a name in ("الفريق أول ( صدام حفتر )")."""
        while k < len(self.tokens):
            more, _, _ = self.t.honorific.match(self.tokens, k)
            if not more:
                break
            k += more
        if k < len(self.tokens) and self.tokens[k] in ("(", *QUOTES) and self._bracketed_name(k):
            k += 1  # also in quotes: "الفريق أول "خليفة حفتر،", with or without the closing one
        return k

    def _bracketed_name(self, k: int) -> bool:
        """Does the bracket opened at k hold a person's name ("( محمد تومبا )"), rather than an
        acronym ("(AFRICOM)")?"""
        inner = k + 1
        if inner >= len(self.tokens):
            return False
        n, entity, _ = self._name_at(self.tokens, inner)
        if n and entity:
            return self.g.type_of(entity) == "Person"
        n, _ = self._unknown_name(inner, create=False)
        closing = ")" if self.tokens[k] == "(" else self.tokens[k]
        return n >= 2 and inner + n < len(self.tokens) and self.tokens[inner + n] in (closing, *QUOTES)

    def _honorific_name(self, i: int, hn: int) -> Mention | None:
        k = self._past_honorifics(i + hn)
        if k >= len(self.tokens):
            return None
        if not self.t.title_before:
            dn = self._demonym_at(self.tokens, k)[0]  # "le général soudanais Yasser al-Atta"
            if dn and k + dn < len(self.tokens) and (self._name_at(self.tokens, k + dn)[0]
                                                     or self._unknown_name(k + dn, create=False)[0]):
                k += dn
        n, entity, _ = self._name_at(self.tokens, k)
        if n and entity and self.g.type_of(entity) == "Person":
            self._note(entity)
            self._register_surname(entity, k, k + n)  # "Gen. Dagvin Anderson", then "Anderson"
            mention = Mention(i, k + n, entity, "Person", "titled", head=k)
            self._post_title(mention)
            return mention
        n, person = self._unknown_name(k, role=self._role_text(i, k))
        if person:
            self._note(person)
            mention = Mention(i, k + n, person, "Person", "new", head=k)
            self._post_title(mention)
            return mention
        return None

    def _role_text(self, start: int, end: int) -> str | None:
        """The title, office or role a new name is introduced with, as the text writes it, with
        the article's date ("وزير الدفاع الروسي at 2024-06")."""
        if end <= start or len(self.surface) != len(self.tokens):
            return None
        words = [w.text for w in self.surface[start:end] if w.text not in COMMAS]
        if not words:
            return None
        text = self.doc.text[self.surface[start].start:self.surface[end - 1].end].strip(" ،,")
        return f"{text} at {self.when:%Y-%m}" if self.when else text

    def _unknown_name(self, k: int, create: bool = True, role: str | None = None) -> tuple[int, str | None]:
        """A run of 2-4 name-like words at k: no article on the first word and none inside
        except after a name link ("عبد الكريم") or on the last word; no function word, trigger,
        title or date word; followed by punctuation, a function word or the end. Latin names are
        capitalised."""
        tokens = self.tokens
        end = k
        words = 0
        while end < len(tokens) and words < 4:
            token = tokens[end]
            if end > k and self._name_hyphen(end):
                end += 1  # "Jean-Marc", "al-Atta": one word written with a hyphen
                continue
            if not is_word(token) or any(ch.isdigit() for ch in token) or token in self.t.blocked:
                break
            if any(stem in self.t.blocked for _, stem, _ in noun_stems(token)[1:]):
                break
            if self.g.names.match(tokens, end)[0] or self._demonym_at(tokens, end)[0] or \
                    self.t.counterpart.match(tokens, end)[0]:
                break  # "نظيره": the counterpart of the title before, no name
            arabic = "\u0600" <= token[0] <= "\u06ff"
            surface = self.surface[end].text if end < len(self.surface) else token
            if end == k:
                if arabic and (definite(token) or token[0] == "و"):
                    break
                if not arabic and not surface[:1].isupper():
                    break
            elif not arabic and surface[:1].islower() and token not in self.t.name_link and \
                    token not in NAME_PARTICLES:
                break  # "Minister Boukar Michel criticized the ...": a Latin name is capitalised
            elif arabic and definite(token) and tokens[end - 1] not in self.t.name_link:
                end += 1
                break  # a family name with the article ends the name ("صلاح السموعي")
            end += 1
            words += 1
        if words < 2:
            return 0, None
        if tokens[end - 1] in self.t.body_heads:
            return 0, None  # "the head of the Libyan Football Federation": a body, not a person
        if end < len(tokens):
            after = tokens[end]
            if is_word(after) and after not in self.t.stop and after not in self.t.blocked and \
                    not any(stem in self.t.blocked for _, stem, _ in noun_stems(after)[1:]):
                return 0, None
        if not create:
            return end - k, "?"
        if len(self.surface) == len(tokens):
            surface = self.doc.text[self.surface[k].start:self.surface[end - 1].end]
        else:
            surface = " ".join(tokens[k:end])
        return end - k, self._new_person(surface, tuple(tokens[k:end]), role=role)

    def _one_of_several(self, i: int, back: int) -> bool:
        """Does an indefinite article stand within ``back`` words before the title at i, a
        qualifier (and the name of the body, "JNIM") between allowed ("a senior JNIM leader",
        "un haut responsable")?"""
        for k in range(i - 1, i - 1 - back, -1):
            if k < 0 or self.tokens[k] in COMMAS:
                return False
            if self.tokens[k] in self.t.indefinite:
                return True
        return False

    def _body_name_at(self, k: int) -> bool:
        """Do capitalised words at k end with the head word of a body's name ("Football
        Federation")? Then a title before them is a title of that body."""
        for j in range(k, min(len(self.tokens), k + 4)):
            surface = self.surface[j].text if j < len(self.surface) else self.tokens[j]
            if not surface[:1].isupper():
                return False
            if self.tokens[j] in self.t.body_heads:
                return True
        return False

    def _name_hyphen(self, k: int) -> bool:
        """Is the token at k a hyphen inside a Latin name, with no space on either side?"""
        surface = self.surface
        if self.tokens[k] != "-" or k + 1 >= len(self.tokens) or len(surface) != len(self.tokens):
            return False
        before, after = self.tokens[k - 1], self.tokens[k + 1]
        return before[:1].isalpha() and after[:1].isalpha() and not "\u0600" <= after[0] <= "\u06ff" \
            and surface[k - 1].end == surface[k].start and surface[k].end == surface[k + 1].start

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
            if tokens[j] in self.t.origin and j + 1 < len(tokens):
                # "a delegation from Niger", "une délégation du Niger", "وفد من إكواس"
                n, entity, _ = self.g.names.match(tokens, j + 1)
                if n and entity and self.g.type_of(entity) in ("Country", "Organization"):
                    country = entity
                    j += 1 + n
                    break
            if not is_word(tokens[j]) or tokens[j] in self.t.stop:
                break
            j += 1
            skipped += 1
        end = j if country else i + dn
        head = self._delegation_head(i, end, country)
        if head is not None:
            return head
        if country is None:
            return self._delegation_anaphor(i, end)
        self._note(country)
        self.last_delegation = (country, None)
        return Mention(i, end, country, "Country", "delegation", head=i)

    def _delegation_anaphor(self, i: int, end: int) -> Mention | None:
        """"the delegation", "la délégation", "the visitors": the delegation named before, by
        the country it speaks for (its head when it came from no named country)."""
        if not i or self.tokens[i - 1] not in self.t.definite or self.last_delegation is None:
            return None
        country, head = self.last_delegation
        if country is not None:
            return Mention(i, end, country, "Country", "delegation", head=i)
        return Mention(i, end, head, "Person", "delegation", head=i)

    def _delegation_head(self, i: int, end: int, country: str | None = None) -> Mention | None:
        """"برئاسة X", "يترأسه X", "led by X": the head speaks for the delegation, and so
        does the country it comes from (``country``)."""
        tokens = self.tokens
        k = end
        while k < len(tokens) and (tokens[k] in COMMAS or tokens[k] in QUOTES or
                                   tokens[k] in self.t.delegation_adjective):
            k += 1
        hn, _, _ = self.t.delegation_head.match(tokens, k) if k < len(tokens) else (0, None, "")
        if hn:
            while k + hn < len(tokens) and tokens[k + hn] in self.t.determiner:
                k += 1  # "conduite par la ministre ..."
            sub = self._mention_at(k + hn, [])  # type: ignore[attr-defined]
            if sub is not None and sub.entity and sub.type == "Person":
                sub.start = i
                sub.kind = "delegation"
                sub.delegation_of = country
                self.last_delegation = (country, sub.entity)
                return sub
        return None

    def _kin_of_office(self, i: int, kn: int, before: list[Mention]) -> None:
        """"X, fils du commandant en chef de l'ANL", "X نجل الرئيس التشادي": the named person
        just before is the relative of the office's holder at the article date (not of a late or
        former holder); the office stays a mention of its own."""
        tokens = self.tokens
        if not (before and before[-1].type == "Person" and before[-1].entity and not before[-1].relative
                and (before[-1].end == i or before[-1].end == i - 1 and tokens[i - 1] in COMMAS)):
            return
        k = i + kn
        gn = self.t.genitive_link.match(tokens, k)[0] if k < len(tokens) else 0
        k += gn  # "fils du", "son of the"
        if k >= len(tokens) or not self.t.role.match(tokens, k)[0]:
            return
        office = self._title_chain(k)
        if office is not None and office.kind == "office" and office.entity and \
                office.entity != before[-1].entity and self.g.type_of(office.entity) == "Person" and \
                not any(tokens[x] in self.t.title_adjective for x in range(k, office.end)):
            before[-1].relative = office.entity

    def _kin(self, i: int, kn: int, before: list[Mention]) -> Mention | None:
        tokens = self.tokens
        k = i + kn
        while k < len(tokens):
            hn, _, _ = self.t.honorific.match(tokens, k)
            if not hn:
                break
            k += hn
        while k < len(tokens) and (tokens[k] in self.t.title_adjective or tokens[k] in COMMAS or
                                   tokens[k] in self.t.determiner and k + 1 < len(tokens)
                                   and tokens[k + 1] in self.t.title_adjective):
            k += 1  # "صهر العقيد الراحل معمر القذافي", "the son of the late Idriss Deby"
        n, relative, _ = self._name_at(tokens, k) if k < len(tokens) else (0, None, "")
        if not (n and relative and self.g.type_of(relative) == "Person") and k < len(tokens) and \
                self.t.role.match(tokens, k)[0]:
            titled = self._title_chain(k, probe=True)  # "نجل القائد العام المشير خليفة حفتر"
            if titled is not None and titled.entity and titled.type == "Person":
                n, relative = titled.end - k, titled.entity
        if not (n and relative and self.g.type_of(relative) == "Person"):
            self._kin_of_office(i, kn, before)
            return None
        self._note(relative)
        # the named kin just before: "صدام حفتر، نجل المشير خليفة حفتر"
        if before and before[-1].type == "Person" and before[-1].entity and \
                (before[-1].end == i or before[-1].end == i - 1 and tokens[i - 1] in COMMAS):
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
