"""Finders: the mention a word order points to. The mention after a word (past commas, quotes,
dates, place nouns, force and party nouns, an adverbial set off by commas), the object after one
of a trigger's prepositions, the nearest actor before a word that can be its subject (not
governed by a preposition), a pronoun object before a verb, and who a possessive suffix refers
to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import word_table
from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.clauses import in_member_list, is_trigger_start
from sahelkg.ingest.relations.coordination import group_ending
from sahelkg.ingest.relations.marks import (
    ACTORS,
    COMMAS,
    MAX_ASIDE,
    MAX_PREP_DISTANCE,
    MAX_SKIP,
    QUOTE_MARKS,
    SKIPPABLE,
)
from sahelkg.ingest.relations.naming import names_troops

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView

MAX_TARGET_LINKS = 2  # words between a post and its holder ("عسكري تابع")


def mention_after(s: SentenceView, q: int, limit: int, allow_prep_clitic: bool = False) -> Mention | None:
    """The mention starting at q, after commas, quotes, dates and place nouns."""
    k = q
    skipped = 0
    while k < limit and skipped <= MAX_SKIP:
        m = s.starts.get(k)
        if m is not None and m.end + 1 < limit and s.tokens[m.end] in ("-", "–") and \
                s.tokens[m.end + 1] in s.doc.lexicon.single_words("compound_participle"):
            k = m.end + 2  # "the U.N.-backed presidency council": the name only qualifies the noun
            continue
        if m is not None:
            if not allow_prep_clitic and prep_clitic(m):
                return None
            return _possessed_person(s, m, limit) or m
        token = s.tokens[k]
        n, _, _ = s.w.place_noun.match(s.tokens, k)
        if n and k + n < limit and s.cover[k + n] is None and s.w.place_of.match(s.tokens, k)[0]:
            gn = s.w.genitive_link.match(s.tokens, k + n)[0]
            if gn and s.starts.get(k + n + gn) is not None:
                n += gn  # "la ville de Djibo", "la région de Kayes"
        if n and (located := _located_after_unknown(s, k + n, limit)) is not None:
            return located  # "على معبر أيسين في مدينة غات": the crossing is in Ghat
        fn = s.w.facility.match(s.tokens, k)[0] if s.cover[k] is None else 0
        if fn and (located := _located_after_unknown(s, k + fn, limit, named=False)) is not None:
            return located  # "arrived at the airport in Benghazi", "إلى مطار بنينا في بنغازي"
        if not n and any(stem in s.w.party or stem in s.w.forces
                         for _, stem, suffix in noun_stems(token) if not suffix):
            e = k + 1
            while e < limit - 1 and s.cover[e] is None and (s.tokens[e] in s.w.forces or
                                                             s.tokens[e] in QUOTE_MARKS):
                e += 1  # "les mercenaires terroristes du GSIM": force nouns in a row; "قوات "فاغنر""
            if s.starts.get(e) is not None:
                n = e - k  # "الجانبين الليبي", "عناصر فيلق أفريقيا": the noun before its party
            else:
                gn, _, _ = s.w.genitive_link.match(s.tokens, e) if e < limit else (0, 0, "")
                if not gn and (adjective := _adjective_before_genitive(s, e, limit)):
                    e, gn = e + 1, adjective  # "l'Initiative atlantique du Maroc"
                if not gn and e < limit:
                    gn = s.w.forces_link.match(s.tokens, e)[0]  # "forces loyal to X"
                n = e - k + gn if gn else 0  # "fighters of FACT", "combattants du FACT"
                if not n and e + 1 < limit and s.tokens[e] in s.w.partitive:
                    of = s.starts.get(e + 1)  # "مسلحون من جماعة X": an armed group's men
                    n = e - k + 1 if of is not None and of.type in ("Organization", "ArmedGroup") else 0
        if k + 1 < limit and any(stem in s.w.target for _, stem, suffix in noun_stems(token)
                                 if not suffix):
            j = k + 1
            while j < limit - 1 and j - k <= MAX_TARGET_LINKS and s.cover[j] is None and \
                    s.tokens[j] in s.w.target_link:
                j += 1  # "موقع عسكري تابع للقوات المسلحة المالية"
            held = s.starts.get(_after_genitive(s, j, limit))  # "موقعا للجيش المالي",
            # "un camp de l'armée malienne", "a convoy of the Nigerien army": the army's post
            if held is not None and held.entity and held.type in ("Organization", "ArmedGroup"):
                return held
        if not n and not s.cover[k]:
            n = s.w.quantity.match(s.tokens, k)[0] or (1 if token.isdigit() else 0) or \
                s.w.object_gap.match(s.tokens, k)[0]
            if n and k + n < limit and s.cover[k + n] is None and (
                    s.tokens[k + n] in s.w.partitive or s.w.genitive_link.match(s.tokens, k + n)[0]):
                # "dozens of fighters of X", "عشرات من مقاتلي X": the count's link to what it counts
                n += s.w.genitive_link.match(s.tokens, k + n)[0] or 1
        aside = _aside_end(s, k, limit) if token in COMMAS else None
        if aside is not None:
            k = aside  # "التقى المنفي، على هامش القمة، الرئيس المالي"
            continue
        if n > 1:
            k += n  # "a number of", "un certain nombre des": a phrase that opens with a determiner
        elif _hyphen_compound(s, k, limit):
            k += 3  # "the eastern-based Libyan National Army": a compound adjective
        elif token in SKIPPABLE or k in s.date_cover or token in s.w.determiner:
            k += 1
        elif n:
            k += n
        elif (named := _apposed_after(s, k, limit)) is not None:
            k = named  # "انضمت دولتان جديدتان هما غينيا وجزر القمر": the names after "هما"
            continue
        elif _modifies_titled(s, k, limit):
            k += 1  # "with the coup general Khalifa Haftar": a word before a titled person
        else:
            return None
        skipped += token not in SKIPPABLE  # commas around an adverbial do not count
    return None


MAX_UNKNOWN_PLACE = 3  # words naming a place the gazetteer lacks ("معبر أيسين الحدودي")


def _hyphen_compound(s: SentenceView, k: int, limit: int) -> bool:
    """Two plain lower-case words joined by a hyphen at k, before a name ("eastern-based",
    "long-time"), in a language whose adjectives stand before their noun."""
    if k + 3 >= limit or s.tokens[k + 1] != "-" or s.w.verb_first:
        return False
    left, right = s.tokens[k], s.tokens[k + 2]
    return s.cover[k] is None and s.cover[k + 2] is None and left.isalpha() and right.isalpha() and \
        left not in s.w.stop and s.starts.get(k + 3) is not None


def _located_after_unknown(s: SentenceView, k: int, limit: int, named: bool = True) -> Mention | None:
    """The known place after a place noun's unknown name at k and a locating preposition or a
    word of nearness ("معبر أيسين (الحدودي) في مدينة غات", "القاعدة العسكرية الواقعة قرب مدينة
    أغاديز"), if any; after a facility (``named`` False: "the airport in Benghazi") the name may
    be missing."""
    j, words = k, 0
    while j < limit and words <= MAX_UNKNOWN_PLACE:
        token = s.tokens[j]
        if s.cover[j] is not None:
            m = s.starts.get(j)  # after a facility, "in" on the place's own name: "في القصر الرئاسي بإسطنبول"
            if not named and m is not None and m.entity and m.type in ("Organization", "ArmedGroup") and \
                    m.clitic.lstrip("وف")[:1] in ("ب", "ل"):
                j = m.end  # "مقر قيادة الفرقة السادسة بالجيش في مدينة الفاشر": the facility's owner
                continue
            return m if not named and m is not None and "ب" in m.clitic and m.entity and m.type == "Place" \
                else None
        pn, _, prefix = s.w.place_noun.match(s.tokens, j)
        if pn and "ب" in prefix and not named:
            m = mention_after(s, j + pn, limit)  # "في القصر الرئاسي بمدينة اسطنبول"
            return m if m is not None and m.entity and m.type == "Place" else None
        if j >= limit - 1:
            return None
        near = word_table(s.doc.lexicon, "base_location").match(s.tokens, j)[0]
        if (j > k or not named) and (token in s.w.located or near):
            m = mention_after(s, j + (near or 1), limit)
            return m if m is not None and m.entity and m.type == "Place" else None
        if not token.isalpha() or token in s.w.stop or is_trigger_start(s, j):
            return None
        j += 1
        words += 1
    return None


def _modifies_titled(s: SentenceView, k: int, limit: int) -> bool:
    """Is the word at k a plain lower-case word between a determiner and a person named with his
    title ("the coup general Khalifa Haftar") or a group ("the paramilitary Rapid Support
    Forces")? Arabic puts such words after the title or the name, inside the mention."""
    token = s.tokens[k]
    if s.w.verb_first or k + 1 >= limit or not k or s.tokens[k - 1] not in s.w.determiner or \
            not token.isalpha() or not token.islower() or \
            s.cover[k] is not None or token in s.w.stop or is_trigger_start(s, k):
        return False
    m = s.starts.get(k + 1)
    return m is not None and bool(m.entity) and (m.type == "Person" and m.head > m.start or
                                                 m.type in ("Organization", "ArmedGroup"))


MAX_ACRONYM = 3  # words of an acronym in brackets after a name ("(LNA)", "(AES)")


def nationality_at(s: SentenceView, k: int) -> tuple[str | None, int]:
    """The country of the nationality adjective at k, not part of a mention, if it names one
    country ("française", "Turkish"), and the position after it."""
    if s.cover[k] is not None:
        return None, k
    n, readings = s.g.demonyms.values(s.tokens, k, article_ok=True)
    primary = {r[0] for r in readings if isinstance(r, tuple) and not r[2]} if n else set()
    return (str(primary.pop()), k + n) if len(primary) == 1 else (None, k)


def nationality_mention(s: SentenceView, k: int) -> Mention | None:
    """A one-word nationality adjective at k as a mention of its country ("the French
    ambassador", "Turkish-backed"), for a rule that reads it where the mentions made none."""
    country, end = nationality_at(s, k)
    if country is None or end != k + 1:
        return None
    return Mention(k, end, country, "Country", "demonym", head=k)


def past_acronym(s: SentenceView, k: int) -> int:
    """Past an acronym in brackets opening at k, right after a name ("(LNA)"); k when none."""
    if k < len(s.tokens) and s.tokens[k] == "(":
        closing = next((j for j in range(k + 1, min(len(s.tokens), k + MAX_ACRONYM + 1))
                        if s.tokens[j] == ")"), None)
        if closing is not None:
            return closing + 1
    return k


def before_acronym(s: SentenceView, k: int) -> int:
    """Before an acronym in brackets closing at k ("les FSR (RSF),"): the last word of the name
    before it; k when none."""
    if k < 0 or s.tokens[k] != ")":
        return k
    opening = next((j for j in range(k - 1, max(-1, k - MAX_ACRONYM - 1), -1) if s.tokens[j] == "("), None)
    return opening - 1 if opening is not None else k


MAX_APPOSED = 3  # words of the noun phrase an apposition pronoun names ("دولتان جديدتان هما")


def _apposed_after(s: SentenceView, k: int, limit: int) -> int | None:
    """Where the names start after a noun phrase and an apposition pronoun at k ("ثلاث دول هي
    مالي ..."): a few plain words, the pronoun (class ``apposition``), then a mention; None if
    the words at k are not such a phrase."""
    if not s.w.apposition:
        return None
    for j in range(k, min(limit - 1, k + MAX_APPOSED + 1)):
        token = s.tokens[j]
        if token in s.w.apposition:
            return j + 1 if j > k and s.starts.get(j + 1) is not None else None
        if s.cover[j] is not None or not (token.isalpha() or token.isdigit()) or \
                token in s.w.stop or is_trigger_start(s, j):
            return None
    return None


def _opens_aside(s: SentenceView, j: int) -> bool:
    """Does an adverbial start at j: a preposition (in Arabic also as a proclitic: "للمرة
    الأولى", "وبشكل رسمي"), a time word, a date, or a determiner before a date ("ce vendredi")?"""
    token = s.tokens[j]
    if token in s.w.preposition or j in s.date_cover or s.w.object_gap.match(s.tokens, j)[0]:
        return True
    if token in s.w.determiner and j + 1 in s.date_cover:
        return True
    return s.w.verb_first and any(prefix.lstrip("وف")[:1] in ("ب", "ل", "ك")
                                  for prefix, _, _ in noun_stems(token) if prefix)


def _aside_end(s: SentenceView, k: int, limit: int) -> int | None:
    """After an adverbial set off by commas at k: it opens with a preposition, a time word or
    a date, names nobody but places and holds no verb ("، على هامش القمة،", "، اليوم الثلاثاء
    بمكتبه في بنغازي،"); None if there is none."""
    first = k + 1
    if first >= limit or not _opens_aside(s, first):
        return None
    for j in range(first + 1, min(limit, first + MAX_ASIDE + 1)):
        if s.tokens[j] in COMMAS:
            return _aside_end(s, j, limit) or j + 1  # "، للمرة الأولى، وبشكل رسمي،": two in a row
        m = s.cover[j]
        if m is not None and not (m.entity and m.type == "Place") or s.tokens[j] in SKIPPABLE or \
                any(t.start == j and t.form == "verb" for t in s.triggers):
            return None
    return None


def _possessed_person(s: SentenceView, m: Mention, limit: int) -> Mention | None:
    """"Mali's Assimi Goita", "Niger's junta leader Tiani": the person named after a
    country or organisation and a possessive ending is the one meant; so is any party or place
    after a noun of its relation to the owner ("Libya's south-western neighbour Niger", "Russia's
    ally Mali": word class ``epithet_noun``)."""
    k = m.end
    if m.type == "Person" or k + 1 >= limit or s.tokens[k] not in s.w.possessive:
        return None
    k += 1
    epithets = s.doc.lexicon.single_words("epithet_noun")
    epithet = False
    for _ in range(4):  # "Libya's eastern-based commander Khalifa Haftar"
        if k >= limit or s.starts.get(k) is not None or s.cover[k] is not None or \
                not (s.tokens[k][:1].isalpha() or s.tokens[k] == "-") or \
                s.tokens[k] in s.w.stop or is_trigger_start(s, k):
            break
        epithet = epithet or s.tokens[k] in epithets
        k += 1
    named = s.starts.get(k)
    if named is None or not named.entity:
        return None
    return named if named.type == "Person" or epithet and named.type != "Person" else None


def _after_genitive(s: SentenceView, k: int, limit: int) -> int:
    """Past a genitive link and its determiners ("de l'", "of the") at k, if any."""
    if s.starts.get(k) is not None or k >= limit:
        return k
    gn = s.w.genitive_link.match(s.tokens, k)[0]
    if not gn:
        return k
    k += gn
    while k < limit and s.starts.get(k) is None and s.tokens[k] in s.w.determiner:
        k += 1
    return k


def prep_clitic(m: Mention) -> bool:
    """Does the mention's first word carry a preposition (ب ل ك)?"""
    core = m.clitic.lstrip("وف")
    return bool(core) and core[0] in "بلك"


def prep_object(s: SentenceView, q: int, limit: int, preps: tuple[str, ...]) -> tuple[Mention | None, str]:
    """Object introduced by one of ``preps`` at or after q (first occurrence only)."""
    k = q
    counted = 0
    phrases = [(prep, tuple(prep.split())) for prep in preps if " " in prep]  # "en direction de"
    while k < limit:
        if counted > MAX_PREP_DISTANCE:
            return None, ""
        if s.cover[k] is None and not in_member_list(s, k):
            counted += 1
        if in_member_list(s, k) or (k > q and is_trigger_start(s, k) and
                                      not any(start == k for start, _ in s.member_lists)):
            if is_trigger_start(s, k) and not in_member_list(s, k):
                return None, ""
            k += 1
            continue
        token = s.tokens[k]
        if token in preps and s.cover[k] is None:
            return mention_after(s, k + 1, limit), token
        for prep, words in phrases:
            if tuple(s.tokens[k:k + len(words)]) == words and s.cover[k] is None:
                return mention_after(s, k + len(words), limit), prep
        m = s.starts.get(k)
        if m is not None:
            core = m.clitic.lstrip("وف")
            if core and core[0] in preps and (core[0] != "ل" or counted <= 3):
                return m, core[0]  # "ل" is also "for/to (do)": only right after the trigger
            k = m.end
            continue
        for prefix, stem, suffix in noun_stems(token)[1:]:
            core = prefix.lstrip("وف")
            if core and core[0] in preps and not suffix and (
                    s.w.place_noun.match([stem], 0)[0] or stem in s.w.party):
                return mention_after(s, k + 1, limit), core[0]
            if core and core[0] in preps and suffix and stem in s.w.kin:
                return mention_after(s, k + 1, limit), core[0]  # "بنجله صدام حفتر"
        k += 1
    return None, ""


MAX_WHERE_TO_SUBJECT = 3  # words between "where" and the clause's subject ("where the French army")


def where_antecedent(s: SentenceView, m: Mention) -> Mention | None:
    """"Chad, where the French army retains a contingent", "Niamey, where American troops are
    stationed": the place named before "where" (word class ``relative_where``) when the clause
    after it opens with m, its subject."""
    where = s.doc.lexicon.single_words("relative_where")
    for j in range(m.start - 1, max(-1, m.start - MAX_WHERE_TO_SUBJECT - 2), -1):
        if s.cover[j] is not None:
            return None
        if s.tokens[j] in where:
            k = j - 1 if j and s.tokens[j - 1] in COMMAS else j
            place = s.cover[k - 1] if k else None
            return place if place is not None and place.entity and place.end == k and \
                s.type_of(place.entity) in ("Place", "Country") else None
        if s.tokens[j] not in s.w.determiner and s.tokens[j] not in SKIPPABLE:
            return None
    return None


def _adjective_before_genitive(s: SentenceView, e: int, limit: int) -> int:
    """Where an adjective follows its noun (French, Arabic), one plain word at e between a party
    noun and its genitive ("l'initiative atlantique du Maroc"): the length of the link after
    it when a name follows the link, else 0."""
    if s.doc.lexicon.has("adjective", "before") or e + 1 >= limit or s.cover[e] is not None:
        return 0
    word = s.tokens[e]
    if not word[:1].isalpha() or word in s.w.stop or is_trigger_start(s, e):
        return 0
    gn = s.w.genitive_link.match(s.tokens, e + 1)[0]
    return gn if gn and s.starts.get(e + 1 + gn) is not None else 0


def nearest_before(s: SentenceView, p: int, start: int, types: frozenset[str] = ACTORS) -> Mention | None:
    """The closest actor before p that can be a subject (not inside a prepositional phrase)."""
    for m in reversed(s.mentions):
        if m.end <= p and m.start >= start and m.entity and (m.type in types or _capital(s, m)):
            if m.kind == "object_anaphor":
                continue  # "X l'a accueilli": the pronoun is the object of the verb after it
            if any(n.start < m.start and n.end >= m.end and n.relative == m.entity
                   for n in s.mentions):
                continue  # "صدام حفتر نجل المشير خليفة حفتر يزور": the kin named, not the son
            if m.kind == "demonym" and m.plural and not names_troops(s, m) and \
                    not any(s.tokens[k] in s.w.government
                            for k in range(max(0, m.start - 1), m.end)):
                continue  # a people, not its troops nor its authorities ("les autorités nigériennes")
            # "de la Libye, du Tchad et du Niger", "المدعوم من الإمارات ومصر": the list is
            # governed as a whole
            listed = group_ending(s, m)
            if (governed(s, listed[0]) or s.w.verb_first and governed(s, m)) and \
                    not _absolute_subject(s, listed, p):
                continue
            return m
    return None


def _absolute_subject(s: SentenceView, listed: list[Mention], p: int) -> bool:
    """"with Russia, Egypt and the UAE backing Haftar": the list after "with" (word class
    ``absolute_with``) is the subject of the -ing verb right after it."""
    if listed[-1].end != p or not s.tokens[p].endswith("ing"):
        return False
    k = listed[0].start - 1
    while k >= 0 and s.tokens[k] in s.w.determiner:
        k -= 1
    return k >= 0 and s.tokens[k] in s.doc.lexicon.single_words("absolute_with")


def governed(s: SentenceView, m: Mention) -> bool:
    """Is the mention the object of a preposition ("إلى نيامي", "بالرئيس")?"""
    core = m.clitic.lstrip("وف")
    if core[:1] == "ب" and m.start and m.type in ("Organization", "ArmedGroup") and any(
            stem in s.w.forces for _, stem, suffix in noun_stems(s.tokens[m.start - 1]) if not suffix):
        return False  # "ضباط بالجيش المالي": the army's officers, the actor itself
    if core[:1] in ("ب", "ك"):
        return True  # "ل" is kept: "لحفتر زيارات", "سبق لـX التوجه" name the actor
    k = m.start - 1
    while k >= 0 and (s.tokens[k] in SKIPPABLE or s.tokens[k] in s.w.determiner):
        k -= 1
    if k >= 0 and s.w.place_noun.match(s.tokens, k)[0]:
        k -= 1
    if k < 0 or s.tokens[k] not in s.w.preposition:
        return False
    if s.tokens[k] in s.w.partitive and k and m.type in ("Organization", "ArmedGroup") and any(
            stem in s.w.forces for _, stem, suffix in noun_stems(s.tokens[k - 1]) if not suffix):
        return False  # "وحدات من الجيش التركي": the army's units, the actor itself
    # "les ministres (des Affaires étrangères) de la Libye, du Tchad ...", "the leaders of
    # Mali": the parties themselves
    if s.tokens[k] not in s.w.genitive_first:
        return True
    for j in range(k - 1, max(-1, k - 5), -1):
        if s.cover[j] is not None or not s.tokens[j][:1].isalpha():
            return True
        if s.tokens[j] in s.w.party or s.tokens[j] in s.w.forces:
            return False  # "des mercenaires de Wagner", "members of JNIM": the group's men, the group
        counted = s.tokens[j].isdigit() or s.w.quantity.match(s.tokens, j)[0]
        if j == k - 1 and m.kind == "generic" and counted:
            return False  # "dozens of jihadists", "des dizaines de terroristes": the men counted
        if is_trigger_start(s, j):
            return True
    return True


def _capital(s: SentenceView, m: Mention) -> bool:
    return bool(m.entity) and m.entity in s.g.capital_of


def object_clitic(s: SentenceView, t: TriggerMatch) -> Mention | None:
    """The object pronoun right before a verb ("l'a accueilli"), made by the anaphora step."""
    m = s.cover[t.start - 1] if t.start else None
    return m if m is not None and m.kind == "object_anaphor" and m.end == t.start else None


def referent(s: SentenceView, p: int, kind: str) -> list[Mention]:
    """Who a possessive suffix on the word at p refers to."""
    before = [m for m in s.mentions if m.end <= p and m.entity]
    if kind == "dual":
        persons: list[Mention] = []
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
            g = group_ending(s, m)
            if len(g) >= 2 and all(x.type in ACTORS for x in g):
                return g
        return []
    allowed = {"masc": {"Person", "Organization", "ArmedGroup"},
               "fem": {"Country", "Organization", "Person", "ArmedGroup"}}.get(kind, ACTORS)
    feminine = s.doc.lexicon.single_words("feminine_head") if kind == "masc" else frozenset()
    for m in reversed(before):
        if m.plural:
            continue
        if feminine and any(stem in feminine for _, stem, _ in noun_stems(s.tokens[m.start])):
            continue  # "حربه" is not the war of "قوات درع السودان" (a feminine name)
        if m.type in allowed or m.kind == "delegation" or _capital(s, m) and kind == "fem":
            return [m]
    return []
