"""The layout of a sentence for positional argument attachment: clauses, coordination
groups, delegation member lists, and finders for the mention after a word, after a
preposition, before a word, or referred to by a possessive suffix."""

from __future__ import annotations

from dataclasses import dataclass, field

from sahelkg.ingest.entities.gazetteer import Gazetteer, PhraseTable
from sahelkg.ingest.job.pipeline import Doc, Mention, TriggerMatch
from sahelkg.ingest.language.lexicon import Lexicon
from sahelkg.ingest.language.normalize import normalize_arabic, noun_stems

ACTORS = frozenset({"Person", "Country", "Organization", "ArmedGroup"})
MAX_SKIP = 4
MAX_ASIDE = 6  # words of an adverbial set off by commas ("، على هامش القمة،")
MAX_PREP_DISTANCE = 12  # words between an argument and the preposition of the next one
SKIPPABLE = frozenset({"،", ",", '"', "“", "”", "«", "»", "‘", "’", "'", "(", ")", "-"})
_COMMAS = frozenset({"،", ","})
HEADS = frozenset({"Person", "Country"})  # who may head a body ("بقيادة X")
MAX_UNNAMED_HEAD = 3  # words naming a force or body before "بقيادة" ("قوة متعددة الجنسيات")

@dataclass(slots=True)
class Words:
    boundary: PhraseTable
    relative: frozenset[str]
    complementizer: frozenset[str]
    alongside: PhraseTable
    members: PhraseTable
    delegation: PhraseTable
    head: PhraseTable
    object_by: PhraseTable
    place_noun: PhraseTable
    party: frozenset[str]
    passive_agent: PhraseTable
    determiner: frozenset[str]
    preposition: frozenset[str]
    forces: frozenset[str]
    stop: frozenset[str]
    located: frozenset[str]
    quantity: PhraseTable  # "12", "dozens of": before the force noun of a party
    genitive_link: PhraseTable  # "of", "de": "fighters of FACT", "the visit of X"
    coordination: frozenset[str]  # "و", "and", "et"
    between: frozenset[str]  # "بين", "between", "entre"
    particle: frozenset[str]  # words a clause may open with before its verb ("وقد", "كما")
    passive_auxiliary: frozenset[str]  # "was", "été": makes the participle after it passive
    noun_marker: frozenset[str]  # "the", "his", "'s": the trigger word after it is a noun
    possessive: frozenset[str]  # "'s": the name before it is the agent of the noun after it
    genitive_first: frozenset[str]  # first words of the genitive links
    target: frozenset[str]  # "موقع", "قافلة": a post or convoy of the party named after it
    partitive: frozenset[str]  # "من": "مسلحون من جماعة X" are fighters of X
    verb_first: bool  # may a verb come before its subject (word_order vso)?
    passive_marked: bool  # is the passive made with an auxiliary?
    noun_agent_verb: frozenset[str] = frozenset()  # "شن": its subject is the agent of the noun before
    founding: frozenset[str] = frozenset()  # "لتأسيس": the signed instrument founds what follows
    forces_passive: frozenset[str] = frozenset()  # relations whose passive forces act ("were deployed")
    object_gap: PhraseTable = PhraseTable(())  # "en audience", "warmly": between a verb and its object
    proposal: frozenset[str] = frozenset()  # "proposal", "offre": whose author a rejection rejects
    whose: frozenset[str] = frozenset()  # "dont", "whose": the name before it owns the noun after it
    backgrounding: frozenset[str] = frozenset()  # "بعد": a verbal noun after it keeps its own agent
    evaluation: frozenset[str] = frozenset()  # "أدان": the act it judges is another's, not its subject's
    invite_verb: frozenset[str] = frozenset()  # "دعا": invites the one after its subject to a visit
    invite_light: frozenset[str] = frozenset()  # "وجه": with an invitation noun after its subject
    invite_noun: PhraseTable = PhraseTable(())  # "دعوة", "دعوة رسمية"
    invite_to: frozenset[str] = frozenset()  # "إلى": introduces the guest or the visit asked for
    invited_act: frozenset[str] = frozenset()  # "زيارة": what an invitation asks for
    kin: frozenset[str] = frozenset()  # "نجل", "شقيق": kin nouns
    collective_noun: frozenset[str] = frozenset()  # "الدول": with a number, the parties just listed
    collective_count: dict[int, frozenset[str]] = field(default_factory=dict)  # 3: "الثلاث"
    active_ending: tuple[str, ...] = ()  # "-ing": after "is" a participle in it is no passive
    forces_link: PhraseTable = PhraseTable(())  # "affiliated with": forces, then the party they serve
    delegation_country: bool = False  # does a delegation's country act with its named head?
    light_verb: PhraseTable = PhraseTable(())  # "forged", "scellé", "أقامت": an alliance noun after it
    light_auxiliary: frozenset[str] = frozenset()  # "vont", "will": before a light verb
    member_noun: frozenset[str] = frozenset()  # "states", "pays", "الأعضاء": an organisation's members
    list_count: frozenset[str] = frozenset()  # "three", "trois", "الثلاث": how many members follow
    kin_noun: PhraseTable = PhraseTable(())  # "son", "fils": "his son X", "son fils X"
    possessive_determiner: frozenset[str] = frozenset()  # "his", "son": whose kin is named after
    government: frozenset[str] = frozenset()  # "authorities", "junta": the state acting, not its people
    place_of: PhraseTable = PhraseTable(())  # "ville", "région": a place noun before "de" and a name


def sentence_words(lexicon: Lexicon) -> Words:
    w = lexicon.words

    def table(name: str) -> PhraseTable:
        return PhraseTable((p, p) for p in w.get(name, frozenset()))

    return Words(
        boundary=table("clause_boundary"),
        relative=lexicon.single_words("relative"),
        complementizer=lexicon.single_words("complementizer"),
        alongside=table("alongside"),
        members=table("delegation_members"),
        delegation=table("delegation"),
        head=table("delegation_head"),
        object_by=table("object_by"),
        noun_agent_verb=lexicon.single_words("noun_agent_verb"),
        founding=lexicon.single_words("founding"),
        forces_passive=lexicon.single_words("forces_passive"),
        object_gap=table("object_gap"),
        proposal=lexicon.single_words("proposal_noun"),
        whose=lexicon.single_words("whose"),
        backgrounding=lexicon.single_words("backgrounding"),
        evaluation=lexicon.single_words("evaluation_verb"),
        invite_verb=lexicon.single_words("invite_verb"),
        invite_light=lexicon.single_words("invite_light"),
        invite_noun=table("invite_noun"),
        invite_to=lexicon.single_words("invite_to"),
        invited_act=lexicon.single_words("invited_act"),
        kin=lexicon.single_words("relative_of"),
        collective_noun=lexicon.single_words("collective_noun"),
        collective_count={int(name.rsplit("_", 1)[1]): frozenset(p[0] for p in phrases)
                          for name, phrases in w.items() if name.startswith("collective_")
                          and name.rsplit("_", 1)[1].isdigit()},
        place_noun=table("place_noun"),
        active_ending=tuple(sorted(lexicon.single_words("active_ending"))),
        forces_link=table("forces_link"),
        delegation_country=lexicon.has("delegation", "country_and_head"),
        light_verb=table("light_verb"),
        light_auxiliary=lexicon.single_words("light_auxiliary"),
        member_noun=lexicon.single_words("member_noun"),
        list_count=lexicon.single_words("list_count"),
        kin_noun=table("kin_noun"),
        possessive_determiner=lexicon.single_words("possessive_determiner"),
        government=lexicon.single_words("government"),
        place_of=table("place_of"),
        party=lexicon.single_words("party_noun"),
        passive_agent=table("passive_agent"),
        determiner=lexicon.single_words("determiner"),
        preposition=lexicon.single_words("preposition"),
        forces=lexicon.single_words("forces"),
        stop=lexicon.single_words("stop"),
        located=lexicon.single_words("located"),
        quantity=table("quantity"),
        genitive_link=table("genitive_link"),
        coordination=lexicon.single_words("coordination"),
        between=lexicon.single_words("between"),
        particle=lexicon.single_words("particle"),
        passive_auxiliary=lexicon.single_words("passive_auxiliary"),
        noun_marker=lexicon.single_words("noun_marker"),
        possessive=frozenset(normalize_arabic(p) for p in lexicon.properties.get("possessive", ())),
        genitive_first=frozenset(p[0] for p in w.get("genitive_link", ())),
        target=lexicon.single_words("target"),
        partitive=lexicon.single_words("partitive"),
        verb_first=lexicon.has("word_order", "vso"),
        passive_marked=lexicon.has("passive", "marked"),
    )


class SentenceView:
    """Positions of mentions, triggers, clause boundaries and member lists in one sentence."""

    def __init__(self, g: Gazetteer, w: Words, doc: Doc, index: int) -> None:
        self.g, self.w, self.doc, self.index = g, w, doc, index
        self.tokens = doc.norm[index]
        self.mentions = list(doc.mentions[index])
        self.triggers = doc.triggers[index]
        n = len(self.tokens)
        self.starts = {m.start: m for m in self.mentions}
        self.cover: list[Mention | None] = [None] * n
        for m in self.mentions:
            for k in range(m.start, min(m.end, n)):
                self.cover[k] = m
        self.date_cover: set[int] = set()
        for d in doc.dates[index]:
            self.date_cover.update(range(d.start, d.end))
        self.boundaries = self._boundaries()
        self.member_lists = self._member_lists()

    # --- layout -------------------------------------------------------------------------------
    def _boundaries(self) -> list[int]:
        marks = []
        for k, token in enumerate(self.tokens):
            if self.cover[k] is not None:
                continue
            if token in (";", "؛", ":", "?", "؟", "!") or self.w.boundary.match(self.tokens, k)[0]:
                marks.append(k)
            elif token in ("-", "–", "—") and self._dateline_end(k):
                marks.append(k)  # "طرابلس (رويترز) - وصل ...": the dateline names no actor
        return marks

    def _dateline_end(self, k: int) -> bool:
        """Does the dash at k close a dateline: a place, perhaps an agency in brackets, at the
        very start of the sentence and before any trigger?"""
        first = self.starts.get(0)
        if k > 6 or first is None or first.type != "Place" or \
                any(self._is_trigger_start(j) for j in range(k)):
            return False
        j = first.end
        if j < k and self.tokens[j] == "(":
            while j < k and self.tokens[j] != ")":
                j += 1
            j += 1
        return j == k

    def clause(self, p: int) -> tuple[int, int]:
        start, end = 0, len(self.tokens)
        for b in self.boundaries:
            if b < p:
                start = b + 1
            elif b > p:
                end = b
                break
        return start, end

    def _member_lists(self) -> list[tuple[int, int]]:
        """Spans of delegation member lists: "وفد ... يضم A وB", "يتكون الوفد من A"."""
        spans = []
        for k in range(len(self.tokens)):
            n, _, _ = self.w.members.match(self.tokens, k)
            if not n:
                continue
            window = range(max(0, k - 8), min(len(self.tokens), k + n + 3))
            if any(self.w.delegation.match(self.tokens, j)[0] or
                   (self.cover[j] is not None and self.cover[j].kind == "delegation") for j in window):
                end = k + n
                stop = self.clause(k)[1]
                while end < stop and self.tokens[end] not in ("الي", "to", "à") and \
                        not self._is_trigger_start(end):
                    end += 1
                spans.append((k, end))
        return spans

    def _is_trigger_start(self, k: int) -> bool:
        return any(t.start == k for t in self.triggers)

    def in_member_list(self, k: int) -> bool:
        return any(s <= k < e for s, e in self.member_lists)

    def is_member_trigger(self, t: TriggerMatch) -> bool:
        return any(s == t.start for s, _ in self.member_lists)

    def group(self, m: Mention) -> list[Mention]:
        """m and the mentions coordinated after it ("مالي والنيجر وبوركينافاسو")."""
        out = [m]
        while True:
            last = out[-1]
            nxt = next((x for x in self.mentions if x.start >= last.end), None)
            if nxt is None:
                break
            gap = self._gap(last.end, self._kin_before(last, nxt))
            joiners = self.w.coordination
            joined = all(t in joiners or t in _COMMAS for t in gap) and (
                any(t in joiners for t in gap) or nxt.clitic.startswith("و") or
                any(t in _COMMAS for t in gap) and self._coordinated_later(nxt))
            if not joined or nxt.type == "Place" and m.type != "Place":
                break
            out.append(nxt)
        return out

    def _kin_before(self, last: Mention, nxt: Mention) -> int:
        """Where the words joining a person to the next end: before "his son" in "Khalifa
        Haftar and his son Saddam Haftar" (a possessive and a kin noun), else at the next."""
        k = nxt.start
        if last.type == "Person" and nxt.type == "Person" and k - 2 > last.end and \
                self.tokens[k - 2] in self.w.possessive_determiner and \
                self.w.kin_noun.match(self.tokens, k - 1)[0] == 1:
            return k - 2
        if last.type == "Person" and nxt.type == "Person" and k - 4 > last.end and \
                self.tokens[k - 4] in self.w.possessive_determiner and \
                self.w.kin_noun.match(self.tokens, k - 3)[0] == 1 and \
                self.tokens[k - 2] in self.w.coordination and \
                self.tokens[k - 1] in self.doc.lexicon.single_words("kin_title"):
            return k - 4  # "and his son and deputy Saddam Haftar"
        return k

    def _gap(self, start: int, end: int) -> list[str]:
        """The words between two mentions that matter for coordination: determiners aside, and
        prepositions repeated in a list ("à Bamako puis à Ouagadougou", "de la Libye, du Tchad")."""
        gap = [t for t in self.tokens[start:end] if t not in self.w.determiner]
        if any(t in self.w.coordination or t in _COMMAS for t in gap):
            gap = [t for t in gap if t not in self.w.preposition]
        return gap

    def _coordinated_later(self, m: Mention) -> bool:
        """Does a list go on after m ("Mali, Burkina Faso and Niger")?"""
        nxt = next((x for x in self.mentions if x.start >= m.end), None)
        if nxt is None:
            return False
        gap = self._gap(m.end, nxt.start)
        if nxt.clitic.startswith("و") and len(gap) <= 1:
            return True
        return bool(gap) and all(t in self.w.coordination or t in _COMMAS for t in gap) and \
            (any(t in self.w.coordination for t in gap) or self._coordinated_later(nxt))

    def group_ending(self, m: Mention) -> list[Mention]:
        """The coordination group m ends ("النيجر ومالي وبوركينافاسو" ending at m)."""
        for first in self.mentions:
            if first.start > m.start:
                break
            g = self.group(first)
            if m in g:
                return g
        return [m]

    # --- argument finders ---------------------------------------------------------------------
    def mention_after(self, q: int, limit: int, allow_prep_clitic: bool = False) -> Mention | None:
        """The mention starting at q, after commas, quotes, dates and place nouns."""
        k = q
        skipped = 0
        while k < limit and skipped <= MAX_SKIP:
            m = self.starts.get(k)
            if m is not None:
                if not allow_prep_clitic and self.prep_clitic(m):
                    return None
                return self._possessed_person(m, limit) or m
            token = self.tokens[k]
            n, _, _ = self.w.place_noun.match(self.tokens, k)
            if n and k + n < limit and self.cover[k + n] is None and self.w.place_of.match(self.tokens, k)[0]:
                gn = self.w.genitive_link.match(self.tokens, k + n)[0]
                if gn and self.starts.get(k + n + gn) is not None:
                    n += gn  # "la ville de Djibo", "la région de Kayes"
            if not n and any(stem in self.w.party or stem in self.w.forces
                             for _, stem, suffix in noun_stems(token) if not suffix):
                if self.starts.get(k + 1) is not None:
                    n = 1  # "الجانبين الليبي", "عناصر فيلق أفريقيا": the noun before its party
                else:
                    gn, _, _ = self.w.genitive_link.match(self.tokens, k + 1) if k + 1 < limit else (0, 0, "")
                    if not gn and k + 1 < limit:
                        gn = self.w.forces_link.match(self.tokens, k + 1)[0]  # "forces loyal to X"
                    n = 1 + gn if gn else 0  # "fighters of FACT", "combattants du FACT"
                    if not n and k + 2 < limit and self.tokens[k + 1] in self.w.partitive:
                        of = self.starts.get(k + 2)  # "مسلحون من جماعة X": an armed group's men
                        n = 2 if of is not None and of.type in ("Organization", "ArmedGroup") else 0
            if k + 1 < limit and any(stem in self.w.target for _, stem, suffix in noun_stems(token)
                                     if not suffix):
                held = self.starts.get(self._after_genitive(k + 1, limit))  # "موقعا للجيش المالي",
                # "un camp de l'armée malienne", "a convoy of the Nigerien army": the army's post
                if held is not None and held.entity and held.type in ("Organization", "ArmedGroup"):
                    return held
            if not n and not self.cover[k]:
                n = self.w.quantity.match(self.tokens, k)[0] or (1 if token.isdigit() else 0) or \
                    self.w.object_gap.match(self.tokens, k)[0]
            aside = self._aside_end(k, limit) if token in _COMMAS else None
            if aside is not None:
                k = aside  # "التقى المنفي، على هامش القمة، الرئيس المالي"
                continue
            if token in SKIPPABLE or k in self.date_cover or token in self.w.determiner:
                k += 1
            elif n:
                k += n
            else:
                return None
            skipped += token not in SKIPPABLE  # commas around an adverbial do not count
        return None

    def _aside_end(self, k: int, limit: int) -> int | None:
        """After an adverbial set off by commas at k: it opens with a preposition or a time
        word, names nobody and holds no verb ("، على هامش القمة،"); None if there is none."""
        first = k + 1
        if first >= limit or not (self.tokens[first] in self.w.preposition or
                                  self.w.object_gap.match(self.tokens, first)[0]):
            return None
        for j in range(first + 1, min(limit, first + MAX_ASIDE + 1)):
            if self.tokens[j] in _COMMAS:
                return j + 1
            if self.cover[j] is not None or self.tokens[j] in SKIPPABLE or any(
                    t.start == j and t.form == "verb" for t in self.triggers):
                return None
        return None

    def _possessed_person(self, m: Mention, limit: int) -> Mention | None:
        """"Mali's Assimi Goita", "Niger's junta leader Tiani": the person named after a
        country or organisation and a possessive ending is the one meant."""
        k = m.end
        if m.type == "Person" or k + 1 >= limit or self.tokens[k] not in self.w.possessive:
            return None
        k += 1
        for _ in range(4):  # "Libya's eastern-based commander Khalifa Haftar"
            if k >= limit or self.starts.get(k) is not None or self.cover[k] is not None or \
                    not (self.tokens[k][:1].isalpha() or self.tokens[k] == "-") or \
                    self.tokens[k] in self.w.stop or self._is_trigger_start(k):
                break
            k += 1
        person = self.starts.get(k)
        return person if person is not None and person.entity and person.type == "Person" else None

    def _after_genitive(self, k: int, limit: int) -> int:
        """Past a genitive link and its determiners ("de l'", "of the") at k, if any."""
        if self.starts.get(k) is not None or k >= limit:
            return k
        gn = self.w.genitive_link.match(self.tokens, k)[0]
        if not gn:
            return k
        k += gn
        while k < limit and self.starts.get(k) is None and self.tokens[k] in self.w.determiner:
            k += 1
        return k

    @staticmethod
    def prep_clitic(m: Mention) -> bool:
        """Does the mention's first word carry a preposition (ب ل ك)?"""
        core = m.clitic.lstrip("وف")
        return bool(core) and core[0] in "بلك"

    def prep_object(self, q: int, limit: int, preps: tuple[str, ...]) -> tuple[Mention | None, str]:
        """Object introduced by one of ``preps`` at or after q (first occurrence only)."""
        k = q
        counted = 0
        while k < limit:
            if counted > MAX_PREP_DISTANCE:
                return None, ""
            if self.cover[k] is None and not self.in_member_list(k):
                counted += 1
            if self.in_member_list(k) or (k > q and self._is_trigger_start(k) and
                                          not any(s == k for s, _ in self.member_lists)):
                if self._is_trigger_start(k) and not self.in_member_list(k):
                    return None, ""
                k += 1
                continue
            token = self.tokens[k]
            if token in preps and self.cover[k] is None:
                return self.mention_after(k + 1, limit), token
            m = self.starts.get(k)
            if m is not None:
                core = m.clitic.lstrip("وف")
                if core and core[0] in preps and (core[0] != "ل" or counted <= 3):
                    return m, core[0]  # "ل" is also "for/to (do)": only right after the trigger
                k = m.end
                continue
            for prefix, stem, suffix in noun_stems(token)[1:]:
                core = prefix.lstrip("وف")
                if core and core[0] in preps and not suffix and (
                        self.w.place_noun.match([stem], 0)[0] or stem in self.w.party):
                    return self.mention_after(k + 1, limit), core[0]
                if core and core[0] in preps and suffix and stem in self.w.kin:
                    return self.mention_after(k + 1, limit), core[0]  # "بنجله صدام حفتر"
            k += 1
        return None, ""

    def nearest_before(self, p: int, start: int, types: frozenset[str] = ACTORS) -> Mention | None:
        """The closest actor before p that can be a subject (not inside a prepositional phrase)."""
        for m in reversed(self.mentions):
            if m.end <= p and m.start >= start and m.entity and (m.type in types or self._capital(m)):
                if m.kind == "object_anaphor":
                    continue  # "X l'a accueilli": the pronoun is the object of the verb after it
                if any(n.start < m.start and n.end >= m.end and n.relative == m.entity
                       for n in self.mentions):
                    continue  # "صدام حفتر نجل المشير خليفة حفتر يزور": the kin named, not the son
                if m.kind == "demonym" and m.plural and not self.names_troops(m) and \
                        not any(self.tokens[k] in self.w.government
                                for k in range(max(0, m.start - 1), m.end)):
                    continue  # a people, not its troops nor its authorities ("les autorités nigériennes")
                if not self.w.verb_first:
                    # "de la Libye, du Tchad et du Niger": the list is governed as a whole
                    if self.governed(self.group_ending(m)[0]):
                        continue
                elif self.governed(m):
                    continue
                return m
        return None

    def names_troops(self, m: Mention) -> bool:
        """Does a nationality adjective qualify troops ("Russian troops", "des soldats russes")?
        Then it names the country acting through them, not its people."""
        return any(self.tokens[k] in self.w.forces for k in range(max(0, m.start - 1), m.end))

    def governed(self, m: Mention) -> bool:
        """Is the mention the object of a preposition ("إلى نيامي", "بالرئيس")?"""
        core = m.clitic.lstrip("وف")
        if core[:1] in ("ب", "ك"):
            return True  # "ل" is kept: "لحفتر زيارات", "سبق لـX التوجه" name the actor
        k = m.start - 1
        while k >= 0 and (self.tokens[k] in SKIPPABLE or self.tokens[k] in self.w.determiner):
            k -= 1
        if k >= 0 and self.w.place_noun.match(self.tokens, k)[0]:
            k -= 1
        if k < 0 or self.tokens[k] not in self.w.preposition:
            return False
        if self.tokens[k] in self.w.partitive and k and m.type in ("Organization", "ArmedGroup") and any(
                stem in self.w.forces for _, stem, suffix in noun_stems(self.tokens[k - 1]) if not suffix):
            return False  # "وحدات من الجيش التركي": the army's units, the actor itself
        # "les ministres (des Affaires étrangères) de la Libye, du Tchad ...", "the leaders of
        # Mali": the parties themselves
        if self.tokens[k] not in self.w.genitive_first:
            return True
        for j in range(k - 1, max(-1, k - 5), -1):
            if self.cover[j] is not None or self._is_trigger_start(j) or not self.tokens[j][:1].isalpha():
                return True
            if self.tokens[j] in self.w.party or self.tokens[j] in self.w.forces:
                return False  # "des mercenaires de Wagner": the group's men, the group itself
        return True

    def _capital(self, m: Mention) -> bool:
        return bool(m.entity) and m.entity in self.g.capital_of

    def object_clitic(self, t: TriggerMatch) -> Mention | None:
        """The object pronoun right before a verb ("l'a accueilli"), made by the anaphora step."""
        m = self.cover[t.start - 1] if t.start else None
        return m if m is not None and m.kind == "object_anaphor" and m.end == t.start else None

    def referent(self, p: int, kind: str) -> list[Mention]:
        """Who a possessive suffix on the word at p refers to."""
        before = [m for m in self.mentions if m.end <= p and m.entity]
        if kind == "dual":
            persons = []
            for m in reversed(before):
                if m.entity not in [x.entity for x in persons] and m.type in ACTORS:
                    persons.append(m)
                if len(persons) == 2:
                    return list(reversed(persons))
            return []
        if kind == "plural":
            for m in reversed(before):
                if m.plural and m.type in ACTORS:
                    return [m]
                g = self.group_ending(m)
                if len(g) >= 2 and all(x.type in ACTORS for x in g):
                    return g
            return []
        allowed = {"masc": {"Person", "Organization", "ArmedGroup"},
                   "fem": {"Country", "Organization", "Person", "ArmedGroup"}}.get(kind, ACTORS)
        for m in reversed(before):
            if m.plural:
                continue
            if m.type in allowed or m.kind == "delegation" or self._capital(m) and kind == "fem":
                return [m]
        return []

    # --- finders moved in from the rule families (read-only) -----------------------------------

    def troops_of(self, m: Mention) -> bool:
        """Is the mention named through the troops it has ("قوات X", "وحدات من X")?"""
        k = m.start - 1
        while k > 1 and self.tokens[k] in self.w.determiner and self.tokens[k - 1] in self.w.partitive:
            k -= 1  # "soldiers from the Africa Corps"
        if k > 0 and self.tokens[k] in self.w.partitive:
            k -= 1
        if k >= 0 and self.forces_word(k) or self.forces_word(m.start):
            return True
        if self.w.verb_first:
            return False
        # "Wagner forces", "LNA fighters"; "troops of the LNA", "des éléments de l'ANL"
        if m.end < len(self.tokens) and self.tokens[m.end] in self.w.forces:
            return True
        j = m.start - 1
        while j > 0 and self.tokens[j] in self.w.determiner:
            j -= 1
        return j > 0 and self.tokens[j] in self.w.genitive_first and self.tokens[j - 1] in self.w.forces

    def target_after(self, m: Mention) -> bool:
        """Does a post or base of the party follow its name ("the SSA headquarters")?"""
        return not self.w.verb_first and m.end < len(self.tokens) and self.tokens[m.end] in self.w.target

    def named_as_city(self, m: Mention) -> bool:
        """Is the mention named with a place noun ("العاصمة طرابلس", "مدينة طرابلس")?"""
        if self.w.place_noun.match(self.tokens, m.start)[0]:
            return True
        start = m.start
        while start > 0 and self.tokens[start - 1] in _COMMAS:
            start -= 1  # "la capitale, Tripoli"
        return any(self.w.place_noun.match(self.tokens, k)[0] == start - k
                   for k in range(max(0, start - 3), start))

    def type_of(self, entity: str) -> str:
        found = self.doc.entities.get(entity)
        if found is not None:
            return found.type
        return self.g.type_of(entity)

    def forces_word(self, k: int) -> bool:
        return any(stem in self.w.forces for _, stem, suffix in noun_stems(self.tokens[k]) if not suffix)

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

    def invited(self, p: int, cs: int) -> bool:
        """Is the visit noun at p what an invitation earlier in the clause asks for?"""
        return any(self.inviting(k) is not None or self.w.invite_noun.match(self.tokens, k)[0]
                   for k in range(cs, p))

    def inviting(self, k: int) -> str | None:
        """"verb" for an inviting verb at k, "light" for a light verb, None otherwise."""
        if self.cover[k] is not None:
            return None
        token = self.tokens[k]
        for word in (token, token[1:] if token[:1] in ("و", "ف") else ""):
            if word in self.w.invite_verb:
                return "verb"
            if word in self.w.invite_light:
                return "light"
        return None
