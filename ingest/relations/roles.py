"""Role relations stated by titles and appositions: leads ("رئيس النيجر محمد يوسفو",
"القائد العام للقوات المسلحة، المشير خليفة حفتر") and relative_of ("نجل المشير خليفة حفتر"). A title
whose holder only the gazetteer knows ("the French president", no name in the article) states no
leads."""

from __future__ import annotations

from sahelkg.ingest.job.pipeline import MENTIONS, ROLES, Candidate, Doc

TITLE_CERTAINTY = 0.9
KIN_CERTAINTY = 0.85


class RoleStep:
    name = "roles"
    requires = frozenset({MENTIONS})
    provides = frozenset({ROLES})

    def __call__(self, doc: Doc) -> None:
        # a holder the gazetteer gives for a title the text names without him ("the French
        # president", "le chef d'AQMI") is read into the title's relations, but the text states no
        # role of his unless it names him somewhere
        named = {m.entity for mentions in doc.mentions for m in mentions if m.entity and m.kind != "office"}
        for index, mentions in enumerate(doc.mentions):
            for m in mentions:
                if not m.entity:
                    continue
                if m.leads and m.leads != m.entity and (m.kind != "office" or m.entity in named):
                    doc.candidates.append(Candidate(index, m.entity, "leads", m.leads, None,
                                                    TITLE_CERTAINTY, source="role", rule="roles"))
                if m.led_by and m.led_by != m.entity:
                    doc.candidates.append(Candidate(index, m.led_by, "leads", m.entity, None,
                                                    TITLE_CERTAINTY, source="role", rule="roles"))
                if m.member_of and m.member_of != m.entity:
                    doc.candidates.append(Candidate(index, m.entity, "member_of", m.member_of, None,
                                                    TITLE_CERTAINTY, source="role", rule="roles"))
                if m.relative and m.relative != m.entity:
                    doc.candidates.append(Candidate(index, m.entity, "relative_of", m.relative, None,
                                                    KIN_CERTAINTY, source="role", rule="roles"))
