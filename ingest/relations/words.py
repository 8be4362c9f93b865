"""The word classes of a language the sentence layout and the rules read (``words.tsv`` of
``ingest/data/<lang>/``), gathered once per language into :class:`Words`."""

from __future__ import annotations

from dataclasses import dataclass, field

from sahelkg.ingest.entities.gazetteer import PhraseTable
from sahelkg.ingest.language.lexicon import Lexicon
from sahelkg.ingest.language.normalize import normalize_arabic


@dataclass(slots=True)
class Words:
    """The word classes of one language, as phrase tables and word sets."""

    boundary: PhraseTable
    relative: frozenset[str]
    complementizer: frozenset[str]
    alongside: PhraseTable
    members: PhraseTable
    delegation: PhraseTable
    head: PhraseTable
    object_by: PhraseTable
    place_noun: PhraseTable
    facility: PhraseTable  # "airport", "palace": a building named by the place it is in
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
    target_link: frozenset[str]  # "عسكري", "تابع": words between a post and the party holding it
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
    auxiliary: frozenset[str] = frozenset()  # "have", "ont": between a subject and its verb
    # (the ``auxiliary`` class with ``verb_marker`` and ``passive_auxiliary``)
    comrade_link: PhraseTable = PhraseTable(())  # "alongside": after a fight, the side fought for
    member_noun: frozenset[str] = frozenset()  # "states", "pays", "الأعضاء": an organisation's members
    list_count: frozenset[str] = frozenset()  # "three", "trois", "الثلاث": how many members follow
    kin_noun: PhraseTable = PhraseTable(())  # "son", "fils": "his son X", "son fils X"
    possessive_determiner: frozenset[str] = frozenset()  # "his", "son": whose kin is named after
    apposition: frozenset[str] = frozenset()  # "هما", "هي": "دولتان هما X وY" names them after it
    government: frozenset[str] = frozenset()  # "authorities", "junta": the state acting, not its people
    place_of: PhraseTable = PhraseTable(())  # "ville", "région": a place noun before "de" and a name
    located_phrases: frozenset[str] = frozenset()  # "في", "à": a place after them, in a parse
    agent_phrases: frozenset[str] = frozenset()  # "من قبل", "par": a passive's agent, in a parse


def sentence_words(lexicon: Lexicon) -> Words:
    w = lexicon.words

    def joined(name: str) -> frozenset[str]:
        return frozenset(" ".join(p) for p in lexicon.word_class(name))

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
        facility=table("facility_noun"),
        active_ending=tuple(sorted(lexicon.single_words("active_ending"))),
        forces_link=table("forces_link"),
        delegation_country=lexicon.has("delegation", "country_and_head"),
        light_verb=table("light_verb"),
        light_auxiliary=lexicon.single_words("light_auxiliary"),
        auxiliary=lexicon.single_words("auxiliary") | lexicon.single_words("verb_marker")
        | lexicon.single_words("passive_auxiliary"),
        comrade_link=table("comrade_link"),
        member_noun=lexicon.single_words("member_noun"),
        list_count=lexicon.single_words("list_count"),
        kin_noun=table("kin_noun"),
        possessive_determiner=lexicon.single_words("possessive_determiner"),
        apposition=lexicon.single_words("apposition"),
        government=lexicon.single_words("government"),
        place_of=table("place_of"),
        located_phrases=joined("located"),
        agent_phrases=joined("passive_agent"),
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
        target_link=lexicon.single_words("target_link"),
        partitive=lexicon.single_words("partitive"),
        verb_first=lexicon.has("word_order", "vso"),
        passive_marked=lexicon.has("passive", "marked"),
    )
