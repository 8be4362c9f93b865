"""Status of each relation: occurred, planned (سيبحث, يستعد, قرب), sought (يسعى, يخطط, رغبة),
reported (unconfirmed claims: قيل, مزاعم, "بحسب مصادر") or denied (لم, لن, نفى); a relation
under a condition or a mere possibility ("could", "pourrait", "if", "إذا") is hypothetical and
dropped, as the corpus annotates none. Scopes: before
(a few words before the trigger), adjacent (right before it: "to meet"), next (the adjective
right after a noun trigger: "زيارة مرتقبة"), prefix (the verb's future prefix), after (right
after the arguments), clause (anywhere before it in its clause), self (the trigger's own words:
a future tense, "visitera").
Cues are data (modality.tsv) and are looked for in the trigger's own clause only. Precedence: denied, then
sought, then planned; reported only qualifies what would otherwise be told as done."""

from __future__ import annotations

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.job.pipeline import ARGUMENTS, MODALITY, Candidate, Doc, TriggerMatch
from sahelkg.ingest.language.lexicon import Lexicon

HYPOTHETICAL = "hypothetical"  # under a condition or a mere possibility: dropped, never emitted
BEFORE_WINDOW = 5
NEGATION_WINDOW = 2
AFTER_WINDOW = 8


class _Cues:
    def __init__(self, lexicon: Lexicon) -> None:
        self.tables: dict[tuple[str, str], PhraseTable] = {}
        grouped: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for cue in lexicon.modality:
            grouped.setdefault((cue.status, cue.scope), []).append(cue.phrase)
        for key, phrases in grouped.items():
            self.tables[key] = PhraseTable((p, p) for p in phrases)
        self.prefix = {cue.status for cue in lexicon.modality if cue.scope == "prefix"}
        self.not_negation = PhraseTable((p, p) for p in lexicon.word_class("not_negation"))
        self.own_claim = PhraseTable((p, p) for p in lexicon.word_class("own_claim"))
        self.boundary = PhraseTable((p, p) for p in lexicon.word_class("clause_boundary"))

    def found(self, status: str, scope: str, tokens: list[str], lo: int, hi: int) -> bool:
        table = self.tables.get((status, scope))
        if table is None:
            return False
        for k in range(max(lo, 0), min(hi, len(tokens))):
            if table.match(tokens, k)[0]:
                if status == "denied" and self.not_negation.match(tokens, k)[0]:
                    continue
                if status == "reported" and self.own_claim.match(tokens, k)[0]:
                    continue  # "JNIM claimed the attack": the attacker owns it, the act is told as done
                return True
        return False


_CUES: dict[int, tuple[Lexicon, _Cues]] = {}


def denial_between(lexicon: Lexicon, tokens: list[str], lo: int, hi: int) -> bool:
    """Does a cue of denial (``denied``, scope ``before`` or ``clause``) start between lo and hi?
    For rules that must know an act is denied before its status is read ("نفت مصر تقديم أي دعم")."""
    hit = _CUES.get(id(lexicon))
    if hit is None or hit[0] is not lexicon:
        hit = _CUES[id(lexicon)] = (lexicon, _Cues(lexicon))
    cues = hit[1]
    return cues.found("denied", "before", tokens, lo, hi) or cues.found("denied", "clause", tokens, lo, hi)


def _clause_start(cues: _Cues, tokens: list[str], p: int) -> int:
    for k in range(p - 1, -1, -1):
        if tokens[k] in ("؛", ";", ":", ".") or cues.boundary.match(tokens, k)[0]:
            return k + 1
    return 0


def status_of(c: Candidate, tokens: list[str], cues: _Cues) -> str:
    t = c.trigger
    if t is None:
        return "occurred"
    start = _clause_start(cues, tokens, t.start)
    lo = max(start, t.start - BEFORE_WINDOW)
    comma = max((k for k in range(start, t.start) if tokens[k] in (",", "،")), default=start - 1)
    if cues.found(HYPOTHETICAL, "before", tokens, lo, t.start) or \
            cues.found(HYPOTHETICAL, "adjacent", tokens, t.start - 1, t.start) or \
            cues.found(HYPOTHETICAL, "clause", tokens, max(start, comma + 1), t.start):
        # "Russia could deploy troops", "if Niger attacks": no fact at all (a condition's scope
        # ends at a comma: "if GNA forces, supported by Turkey, pushed east")
        return HYPOTHETICAL
    if cues.found("denied", "before", tokens, max(start, t.start - NEGATION_WINDOW), t.start):
        return "denied"
    if cues.found("denied", "clause", tokens, start, t.start):
        return "denied"
    if cues.found("sought", "before", tokens, lo, t.start):
        return "sought"
    if cues.found("planned", "adjacent", tokens, t.start - 1, t.start):
        return "planned"  # "to meet", "pour rencontrer": a purpose
    if t.form == "noun" and cues.found("planned", "next", tokens, t.end, t.end + 1):
        return "planned"  # "زيارة مرتقبة لتبون": the noun's own adjective
    if t.future and "planned" in cues.prefix:
        return "planned"
    if cues.found("planned", "self", tokens, t.start, t.end):
        return "planned"  # "visitera", "se rendra": the verb's own future tense
    if cues.found("planned", "before", tokens, lo, t.start):
        return "planned"
    if cues.found("planned", "after", tokens, t.end, t.end + AFTER_WINDOW):
        return "planned"
    if cues.found("reported", "before", tokens, start, t.start + 1):
        return "reported"  # an unconfirmed claim of something done ("se serait rendu" opens with it)
    return "occurred"


class ModalityStep:
    name = "modality"
    requires = frozenset({ARGUMENTS})
    provides = frozenset({MODALITY})

    def __init__(self) -> None:
        self._cues: dict[str, _Cues] = {}

    def __call__(self, doc: Doc) -> None:
        cues = self._cues.get(doc.lexicon.lang)
        if cues is None:
            cues = self._cues[doc.lexicon.lang] = _Cues(doc.lexicon)
        for c in doc.candidates:
            c.status = status_of(c, doc.norm[c.sentence], cues)
            if c.status not in ("denied", HYPOTHETICAL) and \
                    _governed_by_negated_verb(c, doc.triggers[c.sentence], doc.norm[c.sentence], cues):
                c.status = "denied"
        doc.candidates = [c for c in doc.candidates if c.status != HYPOTHETICAL]


OBJECT_NOUN_GAP = 2  # words between a verb and the event noun it governs ("signé d' accord")


def _governed_by_negated_verb(c: Candidate, triggers: list[TriggerMatch], tokens: list[str],
                              cues: _Cues) -> bool:
    """"n'a jamais signé d'accord avec X": the event noun is the object of a verb of the same
    relation right before it, and that verb is negated."""
    t = c.trigger
    if t is None or t.form != "noun":
        return False
    start = _clause_start(cues, tokens, t.start)
    return any(v.form == "verb" and v.relation == t.relation and 0 <= t.start - v.end <= OBJECT_NOUN_GAP
               and v.start >= start and
               cues.found("denied", "before", tokens, max(start, v.start - NEGATION_WINDOW), v.start)
               for v in triggers)
