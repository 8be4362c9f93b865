"""Pacts renounced and forces expelled: rejections told through what is rejected.

"le Niger a dénoncé l'accord de coopération militaire avec les États-Unis", "le Niger a mis
fin à son partenariat de défense avec les États-Unis", "la junte a rompu l'alliance avec la France":
a verb of renouncing (class ``renounce_verb`` of words.tsv) before a noun of pact (agree, ally,
cooperate) says its subject rejects the partner named after the noun, not that they agree; the
noun is claimed from its own frame. A pact told as another's ("l'accord signé par le Mali avec
la Russie") is left to its frame. Words qualifying the noun before it (``pact_modifier``:
"terminated its security partnership with France") stand between the verb and the noun as
determiners do. "le Niger a expulsé les troupes françaises" (``expel_verb``):
the subject rejects the country whose forces or envoys it expels. "le Mali, le Burkina Faso
et le Niger ont annoncé le rappel de leurs ambassadeurs accrédités à Alger", "Mali recalled its
ambassador from Algiers" (``recall_word`` before ``envoy_noun``, the host after ``envoy_host``):
the states recalling their envoys reject the host state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.entities.gazetteer import PhraseTable, word_table
from sahelkg.ingest.job.pipeline import Mention, TriggerMatch
from sahelkg.ingest.relations.certainty import SVO
from sahelkg.ingest.relations.finders import nationality_mention
from sahelkg.ingest.relations.marks import SKIPPABLE

if TYPE_CHECKING:
    from sahelkg.ingest.language.lexicon import Lexicon
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

PACTS = frozenset({"agree", "ally", "cooperate"})
MAX_TO_PACT = 3  # words between the verb and the pact noun ("l'", "son", "la fin de son")
MAX_TO_EXPELLED = 3  # words between the verb of expelling and the forces' nationality
MAX_ASIDE = 12  # words of an aside between the verb and the pact noun
MAX_SUBJECT_GAP = 6  # words between the subject and the verb ("a également")
MAX_TO_ENVOY = 3  # words between the recall and the envoys ("de leurs", "its")
MAX_TO_HOST = 3  # words between the envoys and the host's link ("respectifs", "accrédités")

_TABLES: dict[int, tuple[PhraseTable, PhraseTable]] = {}


def _tables(lexicon: Lexicon) -> tuple[PhraseTable, PhraseTable]:
    if id(lexicon) not in _TABLES:
        def table(name: str) -> PhraseTable:
            return PhraseTable((p, p) for p in lexicon.word_class(name))

        _TABLES[id(lexicon)] = (table("renounce_verb"), table("expel_verb"))
    return _TABLES[id(lexicon)]


def _pact_modifiers(lexicon: Lexicon) -> frozenset[str]:
    """Words that qualify a pact noun before it ("its security partnership", "the defence
    cooperation agreement": class ``pact_modifier`` of words.tsv)."""
    return lexicon.single_words("pact_modifier")


def _verb_before(s: SentenceView, t: TriggerMatch) -> int | None:
    """Where a verb of renouncing ends right before the pact noun at t (determiners, a date
    and commas aside): its first word."""
    renounce, _ = _tables(s.doc.lexicon)
    cs, _ = s.clause(t.start)
    k = t.start
    words = 0
    while k > cs:
        k -= 1
        start = _verb_ending(s, renounce, cs, k)
        if start is not None:
            return start
        if s.cover[k] is not None:
            # "ألغت النيجر الاتفاق العسكري مع": where the verb comes first, its subject between
            m = s.cover[k]
            return _verb_ending(s, renounce, cs, m.start - 1) if s.w.verb_first and m.entity else None
        token = s.tokens[k]
        if token in (",", "،"):
            k = _aside_start(s, k, cs)  # ", samedi dans la soirée « avec effet immédiat »,"
            continue
        if token in SKIPPABLE or k in s.date_cover:
            continue
        if (token not in s.w.determiner and token.lower() not in _pact_modifiers(s.doc.lexicon)) \
                or words >= MAX_TO_PACT:
            return None
        words += 1
    return None


def _verb_ending(s: SentenceView, renounce: PhraseTable, cs: int, k: int) -> int | None:
    """The first word of a verb of renouncing that ends at k, if one does."""
    for start in range(max(cs, k - 4), k + 1):
        n = renounce.match(s.tokens, start)[0]
        if n and start + n == k + 1:
            return start
    return None


def _aside_start(s: SentenceView, k: int, cs: int) -> int:
    """The comma opening the aside that the comma at k closes (no name inside), else k."""
    for j in range(k - 1, max(cs - 1, k - 1 - MAX_ASIDE), -1):
        if s.cover[j] is not None:
            return k
        if s.tokens[j] in (",", "،"):
            return j
    return k


def _subject_of(s: SentenceView, v: int) -> list[Mention]:
    """The verb's subject: right after it where the verb comes first, else before it."""
    if s.w.verb_first:
        renounce, _ = _tables(s.doc.lexicon)
        after = s.starts.get(v + renounce.match(s.tokens, v)[0])
        if after is not None and after.entity:
            return s.group(after)
    return _subject_before(s, v)


def _subject_before(s: SentenceView, v: int) -> list[Mention]:
    cs, _ = s.clause(v)
    before = s.nearest_before(v, cs)
    if before is None or v - before.end > MAX_SUBJECT_GAP:
        return []
    return s.group_ending(before)


def _partner(s: SentenceView, t: TriggerMatch) -> Mention | None:
    """The partner named after the pact noun at t, unless the pact is told as another's ("l'accord
    signé par le Mali avec la Russie": a passive agent between them)."""
    _, ce = s.clause(t.start)
    partner, _ = s.prep_object(t.end, ce, t.preps) if t.preps else (None, "")
    if partner is None or not partner.entity:
        return None
    if any(s.w.passive_agent.match(s.tokens, k)[0] for k in range(t.end, partner.start)):
        return None
    return partner


def claims_renounced_pact(s: SentenceView, t: TriggerMatch) -> bool:
    """A pact noun after a verb of renouncing, with its partner after it, is read by
    :func:`renounced_pacts`."""
    if t.relation not in PACTS or t.form != "noun" or _partner(s, t) is None:
        return False
    if _verb_before(s, t) is not None:
        return True
    # "أنهت اتفاقها للتعاون الدفاعي مع فرنسا": a pact noun right after a renounced one is part of it
    return any(o is not t and o.relation in PACTS and o.form == "noun" and 0 <= t.start - o.end <= 1
               and _verb_before(s, o) is not None for o in s.triggers)


def renounced_pacts(s: SentenceView, out: Proposals) -> None:
    """"le Niger a dénoncé l'accord militaire avec les États-Unis": Niger rejects the US."""
    if not _tables(s.doc.lexicon)[0].by_first:
        return
    for t in s.triggers:
        if not claims_renounced_pact(s, t):
            continue
        v = _verb_before(s, t)
        if v is None:
            continue  # the second noun of a renounced pact: read with the first
        subjects = _subject_of(s, v)
        partner = _partner(s, t)
        if subjects and partner is not None:
            out.add(subjects, t, "reject", s.group(partner), SVO)


def expelled_forces(s: SentenceView, out: Proposals) -> None:
    """"le Niger a expulsé les troupes françaises": Niger rejects France; so does an envoy of
    the country expelled ("Niger expelled the French ambassador", "l'ambassadeur de France")."""
    _, expel = _tables(s.doc.lexicon)
    if not expel.by_first:
        return
    envoys = s.doc.lexicon.single_words("envoy_noun")
    for k in range(len(s.tokens)):
        n = expel.match(s.tokens, k)[0] if s.cover[k] is None else 0
        if not n:
            continue
        expelled = None
        for j in range(k + n, min(len(s.tokens), k + n + MAX_TO_EXPELLED + 1)):
            m = s.cover[j]
            if m is None and j + 1 < len(s.tokens) and s.tokens[j + 1] in envoys:
                m = nationality_mention(s, j)  # "the French ambassador"
            if m is not None:
                envoy = any(s.tokens[x] in envoys for x in range(k + n, m.start)) or \
                    m.end < len(s.tokens) and s.tokens[m.end] in envoys
                if m.entity is None and m.kind == "office" and m.office_of and \
                        s.type_of(m.office_of) == "Country" and \
                        any(s.tokens[x] in envoys for x in range(m.start, m.end)):
                    m = Mention(m.start, m.end, m.office_of, "Country", "owned", head=m.head)
                    envoy = True  # "l'ambassadeur de France", "السفير الفرنسي"
                if m.entity and m.type == "Country" and (envoy or s.names_troops(m) or s.troops_of(m)):
                    expelled = m
                break
        subjects = _subject_before(s, k)
        if expelled is not None and subjects:
            out.add(subjects, None, "reject", [expelled], SVO)


def recalled_envoys(s: SentenceView, out: Proposals) -> None:
    """"le Mali a rappelé son ambassadeur à Alger": Mali rejects Algeria; in a verb-first
    language the subject may stand between the verb and the envoy ("استدعت مالي سفيرها من")."""
    lexicon = s.doc.lexicon
    recall, envoys = lexicon.single_words("recall_word"), lexicon.single_words("envoy_noun")
    if not recall or not envoys:
        return
    hosts = word_table(lexicon, "envoy_host")
    tokens = s.tokens
    for k, token in enumerate(tokens):
        if token not in recall or s.cover[k] is not None:
            continue
        _, ce = s.clause(k)
        # "استدعت مالي سفيرها من الجزائر": a verb-first subject between the verb and the envoy
        after = s.cover[k + 1] if s.w.verb_first and k + 1 < ce else None
        start = after.end if after is not None else k + 1
        envoy = next((j for j in range(start, min(ce, start + MAX_TO_ENVOY + 1)) if tokens[j] in envoys),
                     None)
        if envoy is None or any(s.cover[j] is not None for j in range(start, envoy)):
            continue
        host = _host_after(s, hosts, envoy + 1, ce)
        named = s.group(after) if after is not None else _subject_before(s, k)
        subjects = [m for m in named if s.type_of(m.entity or "") in ("Country", "Organization")]
        if host is None or not subjects:
            continue
        out.add([m for m in subjects if (s.g.country_of(m.entity or "") or m.entity) !=
                 (s.g.country_of(host.entity or "") or host.entity)], None, "reject", [host], SVO)


def _host_after(s: SentenceView, hosts: PhraseTable, k: int, ce: int) -> Mention | None:
    """The state or capital after the envoys' link ("accrédités à Alger", "from Algiers")."""
    for j in range(k, min(ce, k + MAX_TO_HOST + 1)):
        if s.cover[j] is not None:
            return None
        n = hosts.match(s.tokens, j)[0]
        if n:
            m = s.mention_after(j + n, ce)
            if m is not None and m.entity and s.type_of(m.entity) in ("Country", "Place") and \
                    s.g.country_of(m.entity) is not None:
                return m
            return None
    return None
