"""An arrest told in the passive with no agent: "le colonel X a été arrêté vendredi", "X et Y sont
eux aussi arrêtés", "X was arrested on Friday".

Who arrests is left unsaid: the state of the country the article is about (it, its places and
people named at least three times and twice as often as any other country) holds them, as the
annotation reads such sentences. The participle is a word of ``arrest_participle`` in
words.tsv, after a passive auxiliary a few words before it with no name between ("sont eux
aussi arrêtés"); an agent after it ("arrêté par la gendarmerie", "arrested by the police")
leaves the sentence to the frames. The ones arrested are the persons named before the
auxiliary in the sentence, not governed by a preposition and with no verb of saying between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sahelkg.ingest.relations.certainty import CLAUSE_AGENT

if TYPE_CHECKING:
    from sahelkg.ingest.job.pipeline import Mention
    from sahelkg.ingest.relations.layout import SentenceView
    from sahelkg.ingest.relations.proposals import Proposals

MAX_AUX_GAP = 3  # words between the auxiliary and the participle ("a finalement été", "sont eux aussi")
MAX_TO_AGENT = 3  # words between the participle and its agent ("arrêté vendredi par")


def _auxiliary(s: SentenceView, k: int) -> int | None:
    for j in range(k - 1, max(-1, k - 2 - MAX_AUX_GAP), -1):
        if s.cover[j] is not None:
            return None
        if s.tokens[j] in s.w.passive_auxiliary:
            return j
    return None


def _agent_after(s: SentenceView, k: int) -> bool:
    return any(s.w.passive_agent.match(s.tokens, j)[0]
               for j in range(k + 1, min(len(s.tokens), k + 2 + MAX_TO_AGENT)))


def _arrested(s: SentenceView, aux: int) -> list[Mention]:
    """The persons before the auxiliary, none of them the subject of a verb of saying between
    ("He said cell members were arrested": the speaker is not arrested)."""
    said = s.doc.lexicon.single_words("report_verb")
    return [m for m in s.mentions
            if m.end <= aux and m.entity and s.type_of(m.entity) == "Person" and not s.governed(m)
            and not any(s.tokens[j] in said for j in range(m.end, aux))]


def passive_arrests(s: SentenceView, out: Proposals) -> None:
    """"le colonel X a été arrêté vendredi": the state of the article's country arrests X."""
    words = s.doc.lexicon.single_words("arrest_participle")
    if not words:
        return
    for k, word in enumerate(s.tokens):
        if word not in words or s.cover[k] is not None:
            continue
        aux = _auxiliary(s, k)
        if aux is None or _agent_after(s, k):
            continue
        if any(c.relation == "arrest" for c in out.candidates):
            continue
        arrested = _arrested(s, aux)
        home = s.g.home_country(s.doc.salience) if arrested else None
        if home is None:
            continue
        out.add([home], None, "arrest", arrested, CLAUSE_AGENT, source="passive")
