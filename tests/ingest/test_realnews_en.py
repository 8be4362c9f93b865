"""English constructions of the region's press, pinned with sentences written for the tests: a
short acronym that names a country only in capitals ("the US", not "us"), a nationality standing
before a titled person ("US AFRICOM commander X"), and the other constructions of the English rules
(one group per construction below)."""

from datetime import date

import pytest

CNSP = "National_Council_for_the_Safeguard_of_the_Homeland"

PUBLISHED = date(2024, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "US" names the United States only in capitals
        ("Officials praised the growing cooperation between Chad and the US.",
         {("Chad", "cooperate", "United_States", "occurred")}),
        ("The EU and Niger met in Brussels on Monday.",
         {("European_Union", "meet", "Niger", "occurred")}),
        ("Tiani met Haftar, who thanked us.",
         {("Abdourahamane_Tchiani", "meet", "Khalifa_Haftar", "occurred")}),
        # a nationality before a titled person qualifies that person
        ("Niger's junta leader Abdourahamane Tiani received US AFRICOM commander Michael Langley "
         "in Niamey.",
         {("Michael_Langley", "leads", "AFRICOM", "occurred"),
          ("Abdourahamane_Tchiani", "leads", CNSP, "occurred"),
          ("Abdourahamane_Tchiani", "meet", "Michael_Langley", "occurred"),
          ("Michael_Langley", "visit", "Niamey", "occurred")}),
    ],
)
def test_acronyms_and_nationalities(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


def test_short_capital_acronyms_are_capitals_only() -> None:
    from sahelkg.ingest.entities.gazetteer import capitals_only

    assert capitals_only("US") and capitals_only("U.S.") and capitals_only("EU")
    assert not capitals_only("USA") and not capitals_only("Us") and not capitals_only("JNIM")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a leading title of a body, an acronym in brackets, a comma, then its holder
        ("The Speaker of the House of Representatives (HoR), Aguila Saleh, received Haftar in Tobruk.",
         PUBLISHED,
         {("Aguila_Saleh", "leads", "House_of_Representatives_of_Libya", "occurred"),
          ("Aguila_Saleh", "meet", "Khalifa_Haftar", "occurred")}),
        ("Tebboune received the Director of the Central Intelligence Agency (CIA), William Burns.",
         PUBLISHED,
         {("William_J._Burns", "leads", "Central_Intelligence_Agency", "occurred"),
          ("Abdelmadjid_Tebboune", "meet", "William_J._Burns", "occurred")}),
        ("Bazoum met the Commander of the US Africa Command (AFRICOM) General Stephen Townsend.",
         date(2021, 6, 1),
         {("Stephen_J._Townsend", "leads", "AFRICOM", "occurred"),
          ("Mohamed_Bazoum", "meet", "Stephen_J._Townsend", "occurred")}),
        # a deputy's title leads nothing: he is a member of the command
        ("The Deputy Commander of AFRICOM, John Brennan, arrived in Tripoli.", PUBLISHED,
         {("John_Brennan", "visit", "Tripoli", "occurred"),
          ("John_Brennan", "member_of", "AFRICOM", "occurred")}),
        # a title after the name: "General Commander", "supremo"
        ("Field Marshal Khalifa Haftar, General Commander of the LNA, flew to Cairo.", PUBLISHED,
         {("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred"),
          ("Khalifa_Haftar", "visit", "Cairo", "occurred")}),
        ("Khalifa Haftar, the supremo of the LNA, flew to Cairo.", PUBLISHED,
         {("Khalifa_Haftar", "leads", "Libyan_National_Army", "occurred"),
          ("Khalifa_Haftar", "visit", "Cairo", "occurred")}),
        # a prime minister named with his country leads it
        ("Nigerien Prime Minister Ali Lamine Zeine arrived in Tripoli.", PUBLISHED,
         {("Ali_Lamine_Zeine", "leads", "Niger", "occurred"),
          ("Ali_Lamine_Zeine", "visit", "Tripoli", "occurred")}),
        # a government named after its head's possessive
        ("Dbeibah's internationally recognised Government of National Unity sits in Tripoli.", PUBLISHED,
         {("Abdul_Hamid_Dbeibah", "leads", "Government_of_National_Unity", "occurred")}),
        # an undated article: the one body the titled person has led with that office
        ("The Head of the Presidential Council, Mohammed Menfi, flew to Algiers.", None,
         {("Mohamed_al-Menfi", "leads", "Presidential_Council_of_Libya", "occurred"),
          ("Mohamed_al-Menfi", "visit", "Algiers", "occurred")}),
        ("President Recep Tayyip Erdogan said Turkey stands with Tripoli.", None,
         {("Recep_Tayyip_Erdoğan", "leads", "Turkey", "occurred")}),
    ],
)
def test_leaders_beside_their_titles(triples, text: str, published: date | None, expected: set) -> None:
    assert triples(text, published, lang="en") == expected


AES = "Alliance_of_Sahel_States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coordinated founders of an organisation are its members
        ("In 2023 Niger, Mali and Burkina Faso founded the Alliance of Sahel States.",
         {("Niger", "member_of", AES, "occurred"), ("Mali", "member_of", AES, "occurred"),
          ("Burkina_Faso", "member_of", AES, "occurred")}),
        # a plural anaphor stands for the last list of countries before it
        ("Chad and Niger left the G5 Sahel. Later they set up their own Alliance of Sahel States.",
         {("Chad", "member_of", AES, "occurred"), ("Niger", "member_of", AES, "occurred"),
          ("Chad", "reject", "G5_Sahel", "occurred"), ("Niger", "reject", "G5_Sahel", "occurred")}),
        ("Togo, Ghana and Benin lie on the coast. The three countries came together to create ECOWAS.",
         {("Togo", "member_of", "ECOWAS", "occurred"), ("Ghana", "member_of", "ECOWAS", "occurred"),
          ("Benin", "member_of", "ECOWAS", "occurred")}),
        ("Senegal and Mali signed a deal. Both countries, founding members of ECOWAS, praised it.",
         {("Senegal", "member_of", "ECOWAS", "occurred"), ("Mali", "member_of", "ECOWAS", "occurred"),
          ("Senegal", "agree", "Mali", "occurred")}),
        # a group named first, its members after it
        ("Grouped within the AES, Mali, Niger and Burkina Faso pooled their troops.",
         {("Mali", "member_of", AES, "occurred"), ("Niger", "member_of", AES, "occurred"),
          ("Burkina_Faso", "member_of", AES, "occurred")}),
        # not a founding: relations established with an organisation, a single country
        ("Mali and Niger established relations with ECOWAS.", set()),
        ("Niger established the new force in 2024.", set()),
    ],
)
def test_founders_are_members(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces or a base held in a place abroad
        ("Russia has nearly 2,000 soldiers in Mali.", {("Russia", "deploy", "Mali", "occurred")}),
        ("Turkey has a military base in Misrata.", {("Turkey", "deploy", "Misrata", "occurred")}),
        # at home, or holding something that is no force
        ("Niger has 5,000 troops in Niamey.", set()),
        ("Russia has a lot of influence in Mali.", set()),
        # a military operation named in a place, or whose troops leave it, with its country
        ("Soldiers of France's Operation Barkhane in Mali patrolled near Gao.",
         {("Operation_Barkhane", "deploy", "Mali", "occurred"), ("France", "deploy", "Mali", "occurred")}),
        ("The last Barkhane troops left Mali in August.",
         {("Operation_Barkhane", "deploy", "Mali", "occurred")}),
    ],
)
def test_forces_held_abroad(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikes, repelled assaults, kidnappings, operations and wars against a side
        ("Sudanese army drones kept striking Rapid Support Forces positions near Nyala.",
         {("Sudanese_Armed_Forces", "fight", "Rapid_Support_Forces", "occurred")}),
        ("The Malian army repels JNIM near Boulkessi.",
         {("Malian_Armed_Forces", "fight", "Jama_at_Nasr_al-Islam_wal-Muslimin", "occurred")}),
        ("ISWAP abducted Nigerian soldiers near Damboa.",
         {("Islamic_State_West_Africa_Province", "fight", "Nigerian_Armed_Forces", "occurred")}),
        ("The Chadian army launched a major operation against Boko Haram.",
         {("Chadian_National_Army", "fight", "Boko_Haram", "occurred")}),
        ("The RSF's war with Sudan's army has displaced millions.",
         {("Rapid_Support_Forces", "fight", "Sudanese_Armed_Forces", "occurred")}),
        # ties cut, partnerships ended, a departure demanded: rejections
        ("Mali cut all ties with Ukraine in August.", {("Mali", "reject", "Ukraine", "occurred")}),
        ("Mali did not cut ties with Ukraine.", {("Mali", "reject", "Ukraine", "denied")}),
        ("Niger demanded the departure of France's ambassador.", {("Niger", "reject", "France", "occurred")}),
        # Cyrillic letters drawn like Latin ones inside English words
        ("Prеsidеnt Ibrahim Traoré mеt Putin in Moscow.",
         {("Ibrahim_Traoré", "meet", "Vladimir_Putin", "occurred"),
          ("Ibrahim_Traoré", "leads", "Burkina_Faso", "occurred"),
          ("Ibrahim_Traoré", "visit", "Moscow", "occurred")}),
    ],
)
def test_fighting_rejections_and_lookalike_letters(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


def test_cyrillic_lookalikes_in_latin_words_only() -> None:
    from sahelkg.ingest.language.normalize import normalize_arabic

    assert normalize_arabic("Prеsidеnt mеt") == "president met"  # Cyrillic е inside Latin words
    assert normalize_arabic("Москва and Paris") == "Москва and paris"  # a Cyrillic word stays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government after its head's possessive is the government, which its head leads
        ("Egypt backs Dbeibah's Government of National Unity.",
         {("Egypt", "support", "Government_of_National_Unity", "occurred"),
          ("Abdul_Hamid_Dbeibah", "leads", "Government_of_National_Unity", "occurred")}),
        # "headed by" heads a body; only "headed to/for" travels
        ("The House of Representatives, headed by Aguila Saleh, sits in Tobruk.",
         {("Aguila_Saleh", "leads", "House_of_Representatives_of_Libya", "occurred")}),
        ("Saddam Haftar headed to Cairo on Sunday.", {("Saddam_Haftar", "visit", "Cairo", "occurred")}),
    ],
)
def test_governments_and_their_heads(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # meetings held, with a partner or between coordinated subjects
        ("Tebboune and Tiani held a meeting in Algiers.",
         {("Abdelmadjid_Tebboune", "meet", "Abdourahamane_Tchiani", "occurred"),
          ("Abdourahamane_Tchiani", "visit", "Algiers", "occurred")}),
        ("Haftar held meetings with Saddam Haftar and Aguila Saleh.",
         {("Khalifa_Haftar", "meet", "Saddam_Haftar", "occurred"),
          ("Khalifa_Haftar", "meet", "Aguila_Saleh", "occurred")}),
        # a surname alone names the person an honorific introduced before
        ("Gen. Dagvin Anderson arrived in Tripoli. Later Anderson met Dbeibah.",
         {("Dagvin_Anderson", "visit", "Tripoli", "occurred"),
          ("Dagvin_Anderson", "meet", "Abdul_Hamid_Dbeibah", "occurred")}),
    ],
)
def test_meetings_held(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers killed with no nationality are the army of the country where they fell
        ("Suspected jihadists killed 9 soldiers near Menaka in Mali.",
         {("Jihadists_Mali", "fight", "Malian_Armed_Forces", "occurred")}),
        ("Gunmen who killed 11 soldiers in northern Burkina Faso fled on motorbikes.",
         {("Unidentified_Armed_Group_Burkina_Faso", "fight", "Armed_Forces_of_Burkina_Faso", "occurred")}),
        # a party named with the soldiers, or no attacker: nothing more
        ("JNIM killed 12 soldiers of the Malian army.",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Malian_Armed_Forces", "occurred")}),
        ("Floods killed 30 soldiers in Niger.", set()),
    ],
)
def test_unnamed_soldiers_killed(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # companions set off by commas share the verb's symmetric relation with each other
        ("Chad, along with its neighbours Niger and Sudan, signed a border accord.",
         {("Chad", "agree", "Niger", "occurred"), ("Chad", "agree", "Sudan", "occurred"),
          ("Niger", "agree", "Sudan", "occurred")}),
        # with a partner of the verb's own, the companions are not each other's partners
        ("Mali, together with Niger, met Russia in Moscow.",
         {("Mali", "meet", "Russia", "occurred")}),
    ],
)
def test_companions_in_an_aside(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin with a second title joined by "and"
        ("Gen. Dagvin Anderson met with Khalifa Haftar and his son and deputy Saddam Haftar.",
         {("Saddam_Haftar", "relative_of", "Khalifa_Haftar", "occurred"),
          ("Dagvin_Anderson", "meet", "Khalifa_Haftar", "occurred"),
          ("Dagvin_Anderson", "meet", "Saddam_Haftar", "occurred")}),
        # an invitation "by" its host
        ("Menfi visited Abuja upon an invitation by President Muhammadu Buhari.",
         {("Mohamed_al-Menfi", "visit", "Abuja", "occurred"),
          ("Muhammadu_Buhari", "invite", "Mohamed_al-Menfi", "occurred"),
          ("Muhammadu_Buhari", "leads", "Nigeria", "occurred")}),
    ],
)
def test_kin_titles_and_invitations_by(triples, text: str, expected: set) -> None:
    assert triples(text, date(2022, 5, 14), lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated countries undertaking something jointly cooperate with each other
        ("Chad, Niger and Nigeria started joint patrols along Lake Chad.",
         {("Chad", "cooperate", "Niger", "occurred"), ("Chad", "cooperate", "Nigeria", "occurred"),
          ("Niger", "cooperate", "Nigeria", "occurred")}),
        ("Mali and Burkina Faso are deepening their military cooperation.",
         {("Mali", "cooperate", "Burkina_Faso", "occurred")}),
        # a joint statement is no joint undertaking
        ("Mali and Niger rejected the joint statement.", set()),
    ],
)
def test_joint_undertakings(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # assistance and training given are support; "would" makes it planned
        ("Russia would continue to assist Mali, Putin said.", {("Russia", "support", "Mali", "planned")}),
        ("Turkey is training Libyan troops in Misrata.", {("Turkey", "support", "Libya", "occurred")}),
    ],
)
def test_assistance_and_training(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pact, cooperation or partnership ended or scrapped rejects its partner, qualified or not
        ("Chad has ended its military cooperation with France.", {("Chad", "reject", "France", "occurred")}),
        ("Mali terminated security partnerships with the EU and France.",
         {("Mali", "reject", "European_Union", "occurred"), ("Mali", "reject", "France", "occurred")}),
        ("Niger scrapped the defence cooperation agreement with the United States on Friday.",
         {("Niger", "reject", "United_States", "occurred")}),
        # forces expelled: their country is rejected
        ("Mali expelled French troops.", {("Mali", "reject", "France", "occurred")}),
        ("Chad called for the departure of French troops.", {("Chad", "reject", "France", "occurred")}),
        # a pact signed stays an agreement
        ("Niger signed a military agreement with Russia.", {("Niger", "agree", "Russia", "occurred")}),
    ],
)
def test_pacts_ended_and_forces_expelled(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support received from each of the coordinated givers, in the receiver's own clause
        ("Turkey backed the government in Tripoli, while the Libyan National Army (LNA) received "
         "support from Russia and Egypt.",
         {("Turkey", "support", "Government_of_National_Unity", "occurred"),
          ("Russia", "support", "Libyan_National_Army", "occurred"),
          ("Egypt", "support", "Libyan_National_Army", "occurred")}),
        ("The Libyan National Army has not received military support from Egypt.",
         {("Egypt", "support", "Libyan_National_Army", "denied")}),
        # so does an invitation from coordinated hosts
        ("Tiani arrived in Moscow on an invitation from Russia and Belarus.",
         {("Abdourahamane_Tchiani", "visit", "Moscow", "occurred"),
          ("Russia", "invite", "Abdourahamane_Tchiani", "occurred"),
          ("Belarus", "invite", "Abdourahamane_Tchiani", "occurred")}),
    ],
)
def test_support_received_from(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Niger's soldiers and forces named by the nationality alone are its armed forces
        ("The European Union is training Nigerien forces in Agadez.",
         {("European_Union", "support", "Nigerien_Armed_Forces", "occurred")}),
        ("JNIM ambushed Nigerien soldiers near the border.",
         {("Jama_at_Nasr_al-Islam_wal-Muslimin", "fight", "Nigerien_Armed_Forces", "occurred")}),
    ],
)
def test_nigerien_forces(triples, text: str, expected: set) -> None:
    assert triples(text, PUBLISHED, lang="en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a comma takes the subject of the verb before it, not its object
        ("Haftar visited Niamey, meeting President Bazoum.",
         {("Khalifa_Haftar", "visit", "Niamey", "occurred"),
          ("Mohamed_Bazoum", "leads", "Niger", "occurred"),
          ("Khalifa_Haftar", "meet", "Mohamed_Bazoum", "occurred")}),
        ("General Michael Langley arrived in Tripoli on Monday, meeting Dbeibah and Menfi.",
         {("Michael_Langley", "visit", "Tripoli", "occurred"),
          ("Michael_Langley", "meet", "Abdul_Hamid_Dbeibah", "occurred"),
          ("Michael_Langley", "meet", "Mohamed_al-Menfi", "occurred")}),
        # with no verb before it, the participle keeps its own subject
        ("Bazoum met Haftar in Niamey, discussing border security.",
         {("Mohamed_Bazoum", "meet", "Khalifa_Haftar", "occurred"),
          ("Khalifa_Haftar", "visit", "Niamey", "occurred")}),
    ],
)
def test_participle_after_a_comma(triples, text: str, expected: set) -> None:
    assert triples(text, date(2021, 6, 1), lang="en") == expected
