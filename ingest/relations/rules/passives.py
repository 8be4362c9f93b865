"""Passives, read for the verbal frames (:mod:`.verbal_frames`): the auxiliary that makes a
participle passive ("was received", "a été reçu"), the agent after it ("من قبل", "by", "par"),
and the author of a proposal a passive verb rejects ("la proposition de l'Algérie a été
déclinée")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.language.normalize import noun_stems
from sahelkg.ingest.relations.marks import ACTORS, SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
    from sahelkg.ingest.relations.layout import SentenceView


def proposal_author(s: SentenceView, cs: int, p: int) -> Mention | None:
    """The author of a proposal named before a passive verb: "la proposition de médiation de
    l'Algérie a été déclinée", "Algeria's offer was rejected"."""
    for k in range(p - 1, cs - 1, -1):
        if s.tokens[k] not in s.w.proposal:
            continue
        if k >= 2 and s.tokens[k - 1] in s.w.possessive:
            m = s.cover[k - 2]  # "Algeria's offer"
            return m if m is not None and m.entity and m.type in ACTORS else None
        r = k - 1
        while r > 0 and s.tokens[r] in s.w.determiner:
            r -= 1
        if r >= 1 and s.tokens[r] in s.w.whose:
            r -= 1  # "l'Algérie, dont la proposition ...", "Algeria, whose offer ..."
            while r >= 0 and s.tokens[r] in SKIPPABLE:
                r -= 1
            m = s.cover[r] if r >= 0 else None
            return m if m is not None and m.entity and m.type in ACTORS else None
        for m in s.mentions:
            if k < m.start < p and m.entity and m.type in ACTORS:
                between = s.tokens[k + 1:m.start]
                if any(tok in s.w.genitive_first for tok in between) and len(between) <= 4:
                    return m  # "the proposal of Algeria", "la proposition de médiation de l'Algérie"
                return None
        # "la proposition de médiation": the author may be named before the first noun
    return None


def passive_auxiliary(s: SentenceView, p: int, cs: int) -> bool:
    """Does an auxiliary make the participle at p passive ("was received", "a été reçu")?
    Not a form with an active ending ("is fighting")."""
    if s.w.active_ending and s.tokens[p].endswith(s.w.active_ending):
        return False
    k = p - 1
    if k > cs and s.tokens[k] not in s.w.passive_auxiliary and s.cover[k] is None and \
            s.tokens[k][:1].isalpha() and s.tokens[k] not in s.w.stop:
        k -= 1  # "was warmly received", "a été chaleureusement reçu"
    return k >= cs and s.tokens[k] in s.w.passive_auxiliary


def passive_agent(s: SentenceView, t: TriggerMatch, ce: int) -> Mention | None:
    """The agent after "by", "par", "من قبل": the mention there, or the person a description
    ends on ("led by businessman X", "commandé par le djihadiste malien X", "dirigé par l'ancien
    chef de milice janjaouid, X"), not the nationality inside it."""
    for k in range(t.end, ce):
        n, _, _ = s.w.passive_agent.match(s.tokens, k)
        if n:
            m = s.mention_after(k + n, ce)
            if m is None or m.kind == "demonym":
                return described_person(s, k + n, ce) or m
            if m.type == "Person":  # "led by Putin ally Yevgeny Prigozhin": the ally
                return described_person(s, m.end, ce, words=2, commas=0, acts=False) or m
            return m
        if s.is_trigger_start(k):
            return None
    return None


DESCRIPTION_WORDS = 8  # words of a description before the person it describes


def described_person(s: SentenceView, q: int, ce: int, words: int = DESCRIPTION_WORDS,
                     commas: int = 1, acts: bool = True) -> Mention | None:
    """The person named at the end of a description that starts at q: words (nouns, adjectives,
    "of"), nationalities and one comma before the name; nothing that starts
    a relation of its own (unless ``acts`` is False: "Putin ally X") or joins two names, no
    other name, no second comma."""
    perfect = s.doc.lexicon.single_words("perfect_auxiliary")
    for k in range(q, min(ce, q + words + 1)):
        m = s.starts.get(k)
        if m is not None:
            if m.type == "Person" and m.entity and m.kind not in ("demonym", "anaphor"):
                return m
            if m.kind != "demonym":
                return None
            continue
        if s.cover[k] is not None:
            continue
        token = s.tokens[k]
        if token == ",":
            commas -= 1
            if commas < 0:
                return None
            continue
        if token in s.w.coordination or token in s.w.passive_auxiliary or token in s.w.relative \
                or token in perfect or not token[:1].isalpha() \
                or acts and s.is_trigger_start(k) or s.w.passive_agent.match(s.tokens, k)[0]:
            return None
        force = any(not suffix and (stem in s.w.forces or stem in s.w.party)
                    for _, stem, suffix in noun_stems(token))
        if force and any(s.w.genitive_link.match(s.tokens, j)[0] for j in range(k + 1, min(ce, k + 3))):
            return None  # "par les forces aériennes du maréchal libyen X": his forces, not X
    return None
