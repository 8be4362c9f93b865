"""Heads of state named by a title that does not name their state.

"le président de la République Mohamed Bazoum", "Mohamed Bazoum, le président de la République",
"le chef de l'État (Mahamadou Issoufou)": the title (class ``state_head_title`` of words.tsv)
names no country, but the person named with it is known to have been head of state of one
(``head_of_state`` in gazetteer/offices.jsonl): he leads that country. A regime led by someone
("la junte dirigée par le colonel Assimi Goïta", "le régime dirigé par le général Tiani": class
``regime_led_by``: also "sous la présidence de X") says the same. A group followed by a
person in the genitive ("l'Armée de libération du Soudan (ALS) de Minni Minawi", "le Mali du
colonel Assimi Goïta") is led by that person; a state only by one who headed it ("la Libye de
Haftar" names a side, not a head of state). A title made former ("l'ancien président de la République":
``title_adjective``) says nothing of the present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.job.pipeline import Mention
from sahelkg.ingest.relations.marks import COMMAS, SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

HEAD_OF_STATE = frozenset({"head_of_state"})
LED = frozenset({"Organization", "ArmedGroup", "Country"})
TITLE_CERTAINTY = 0.9
MAX_TO_NAME = 3  # words between a title and the name it stands before ("(", ",", "le général")

_TABLES: dict[int, tuple[PhraseTable, PhraseTable]] = {}


def _tables(lexicon: Lexicon) -> tuple[PhraseTable, PhraseTable]:
    if id(lexicon) not in _TABLES:
        def table(name: str) -> PhraseTable:
            return PhraseTable((p, p) for p in lexicon.word_class(name))

        _TABLES[id(lexicon)] = (table("state_head_title"), table("regime_led_by"))
    return _TABLES[id(lexicon)]


def _state_of(s: SentenceView, person: str) -> str | None:
    """The one state ``person`` headed (at the article's date when several are known)."""
    held = s.g.office_held(person, HEAD_OF_STATE, None)
    if s.doc.published is not None and len({o.of for o in held}) > 1:
        held = s.g.office_held(person, HEAD_OF_STATE, s.doc.published)
    states = {o.of for o in held}
    return states.pop() if len(states) == 1 else None


def _person_near(s: SentenceView, k: int) -> Mention | None:
    """The person named from token k on, past brackets, commas and determiners."""
    j = k
    while j < len(s.tokens) and j - k <= MAX_TO_NAME:
        m = s.cover[j]
        if m is not None:
            return m if m.entity and m.type == "Person" and m.start == j else None
        if not (s.tokens[j] in SKIPPABLE or s.tokens[j] in s.w.determiner):
            return None
        j += 1
    return None


def _former(s: SentenceView, k: int) -> bool:
    before = s.doc.lexicon.single_words("title_adjective")
    return any(s.tokens[j] in before for j in range(max(0, k - 2), k))


def republic_heads(s: SentenceView, out: Proposals) -> None:
    """"le président de la République Mohamed Bazoum": Bazoum leads Niger."""
    titles, _ = _tables(s.doc.lexicon)
    if not titles.by_first:
        return
    for k in range(len(s.tokens)):
        n = titles.match(s.tokens, k)[0]
        if not n or _former(s, k):
            continue
        holder = s.cover[k]
        if holder is None or not holder.entity or holder.type != "Person":
            holder = _person_near(s, k + n)  # "le chef de l'État (Mahamadou Issoufou)"
        if holder is None or not holder.entity:
            continue
        state = _state_of(s, holder.entity)
        if state is not None and not holder.leads:
            out.add([holder], None, "leads", [state], TITLE_CERTAINTY, source="role")


def regime_heads(s: SentenceView, out: Proposals) -> None:
    """"la junte dirigée par le colonel Assimi Goïta": Goïta leads Mali."""
    _, regimes = _tables(s.doc.lexicon)
    if not regimes.by_first:
        return
    for k in range(len(s.tokens)):
        n = regimes.match(s.tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        holder = _person_near(s, k + n)
        state = _state_of(s, holder.entity) if holder is not None and holder.entity else None
        if holder is not None and state is not None:
            out.add([holder], None, "leads", [state], TITLE_CERTAINTY, source="role")


def possessed_by_leaders(s: SentenceView, out: Proposals) -> None:
    """"l'Armée de libération du Soudan (ALS) de Minni Minawi", "le Mali du colonel Assimi
    Goïta": the person after "de" leads the group (a state, only one they headed)."""
    if not s.doc.lexicon.word_class("state_head_title"):
        return
    for m in s.mentions:
        if not m.entity or s.type_of(m.entity) not in LED:
            continue
        k = m.end
        short = s.starts.get(k + 1) if k < len(s.tokens) and s.tokens[k] == "(" else None
        if short is not None and short.entity == m.entity and short.end < len(s.tokens) and \
                s.tokens[short.end] == ")":
            k = short.end + 1  # "(ALS)"
        n = s.w.genitive_link.match(s.tokens, k)[0] if k < len(s.tokens) else 0
        leader = s.starts.get(k + n) if n else None
        if leader is None or not leader.entity or s.type_of(leader.entity) != "Person" or \
                leader.leads or leader.member_of:
            continue
        if s.type_of(m.entity) == "Country" and _state_of(s, leader.entity) != m.entity:
            continue  # "la Libye de Haftar" says whose side, not who heads the state
        out.add([leader], None, "leads", [m], TITLE_CERTAINTY, source="role")


MAX_TO_LISTED_HEAD = 10  # words between the leaders' noun and the first name ("des trois États du Sahel ,")


def listed_heads(s: SentenceView, out: Proposals) -> None:
    """"les dirigeants des trois États du Sahel, le capitaine Ibrahim Traoré, le colonel Assimi
    Goïta et le général Abdourahamane Tiani": each leads the state offices.jsonl says he headed
    (class ``state_heads_noun`` of words.tsv; the names in apposition after a comma). Heads listed
    each after his country ("رؤساء كل من السودان عمر البشير وتشاد إدريس ديبي", "the presidents of
    Mali, Assimi Goïta, and Niger, Abdourahamane Tchiani") lead the country named before them."""
    heads = word_table(s.doc.lexicon, "state_heads_noun")
    if not heads.by_first:
        return
    for k in range(len(s.tokens)):
        n = heads.match(s.tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        pairs = _paired_heads(s, k + n)
        if pairs:
            for holder, state in pairs:
                out.add([holder], None, "leads", [state], TITLE_CERTAINTY, source="role")
            continue
        first = None
        for j in range(k + n, min(len(s.tokens), k + n + MAX_TO_LISTED_HEAD + 1)):
            m = s.cover[j]
            if m is not None and m.start == j and m.entity and m.type == "Person":
                first = m if j > 0 and s.tokens[j - 1] in (",", ":") else None
                break
        if first is None:
            continue
        for holder in s.group(first):
            if not holder.entity or holder.type != "Person" or holder.leads:
                continue
            state = _state_of(s, holder.entity)
            if state is not None:
                out.add([holder], None, "leads", [state], TITLE_CERTAINTY, source="role")


MAX_BEFORE_PAIRS = 2  # words between the leaders' noun and the first country ("كل من")


def _paired_heads(s: SentenceView, k: int) -> list[tuple[Mention, Mention]]:
    """(person, country) for each head named right after his country in a list starting near k
    ("السودان عمر البشير وتشاد إدريس ديبي"; a comma may stand between the two); none unless the
    list starts with such a pair."""
    j = k
    while j < len(s.tokens) and j - k < MAX_BEFORE_PAIRS and s.cover[j] is None:
        j += 1
    pairs: list[tuple[Mention, Mention]] = []
    while j < len(s.tokens):
        state = s.cover[j]
        if state is None or state.start != j or not state.entity or s.type_of(state.entity) != "Country":
            break
        h = state.end + (1 if state.end < len(s.tokens) and s.tokens[state.end] in COMMAS else 0)
        holder = s.starts.get(h)
        if holder is None or not holder.entity or s.type_of(holder.entity) != "Person":
            break
        pairs.append((holder, state))
        j = holder.end
        while j < len(s.tokens) and s.cover[j] is None and (
                s.tokens[j] in SKIPPABLE or s.tokens[j] in s.w.coordination or s.tokens[j] in s.w.determiner):
            j += 1
    return pairs
