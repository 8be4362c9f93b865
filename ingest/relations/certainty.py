"""How sure the extractor is of each way of finding an argument (0-1), and the relation classes
the attachment rules use.

A relation's confidence is its trigger's strength (triggers.tsv: how surely the word states the
relation) times the certainty of the way its arguments were attached; role relations stated by
titles have no trigger and use 0.9 × 0.9.
"""

from __future__ import annotations

TREE = 0.9  # a subject and an object read from the dependency parse
ADJACENT = 0.95  # right next to the trigger or its preposition ("زيارة X إلى Y")
VSO = 0.9  # the actor right after a verb
SVO = 0.85  # the actor right before a verb
PAIR = 0.9  # "بين X وY"
SUFFIX = 0.8  # a possessive suffix on the trigger ("زيارته"): the actor it refers to
CLAUSE_AGENT = 0.75  # the actor of the trigger's clause, for a verbal noun without its own
TOPIC = 0.75  # the main actor of the sentence ("بدعوة من X" invites it)
INHERITED = 0.7  # the parties of the agreement, meeting or visit a cooperation belongs to
MEMBER = 0.8  # a member named in a delegation's member list
CARRIED = 0.6  # a subject carried over from the previous sentence (pronoun-drop)
SALIENT_PAIR = 0.6  # "بين البلدين" resolved to the two countries the article is about
PRESENCE = 0.55  # "فاغنر في مالي": a foreign force named in a country

SYMMETRIC = frozenset({"meet", "cooperate", "ally", "agree"})
STATE_RELATIONS = frozenset({"member_of", "leads", "relative_of"})  # no event date
PLACE_OBJECTS = frozenset({"visit", "deploy"})  # relations whose object may be a city
CITY_TARGETS = PLACE_OBJECTS | {"fight"}  # a capital attacked is the city, not its country
# gazetteer kinds of forces whose presence in another country is a deployment
PRESENCE_KINDS = frozenset({"pmc", "armed_forces", "army_unit", "paramilitary"})
