"""The ``name-variants`` kind on short invented articles: one name spelled two ways is reported, different names
that look alike are not."""

from conftest import fired

MESSAGE = "{written} / {preferred} {times} line {line}"


def rule(make_rule, **params):
    return make_rule("name-variants", message=MESSAGE, **params)


def test_same_given_name_with_a_letter_added(make_rule):
    text = "Novelist Frederick Marwoth spoke.\nMr Marwoth said no.\nLater Frederick Marwothe left."
    assert fired(rule(make_rule), text) == ["Marwothe / Marwoth twice line 1"]


def test_full_name_first_then_a_bare_surname_one_letter_off(make_rule):
    text = "Analyst Dennis Telvrow praised the deal.\nTelverow said it would close."
    assert fired(rule(make_rule), text) == ["Telverow / Telvrow once line 1"]


def test_every_line_of_the_variant_is_reported(make_rule):
    text = ("Sir Alan Brackwith spoke.\nMr Brackwith said yes.\nBrackwith left.\nMr Brackwit returned.\n"
            "Brackwit then spoke.")
    assert fired(rule(make_rule), text) == ["Brackwit / Brackwith 3 times line 1"] * 2


def test_misspelt_word_in_an_organisation_name(make_rule):
    text = "Shares of Northern Electric rose. Northern Electric said costs fell. Northern Elecrtic will report."
    assert fired(rule(make_rule), text) == ["Elecrtic / Electric twice line 1"]


def test_two_people_with_their_own_given_names(make_rule):
    assert fired(rule(make_rule), "Jane Smith spoke first. Tom Smyth replied. Smith and Smyth left.") == []


def test_relatives_and_a_given_name_before_another_surname(make_rule):
    assert fired(rule(make_rule), "Paul Hollins and his sister Paula Hollins spoke. Mr Hollins agreed.") == []
    text = "Senator Jordan spoke. Jordan said no. Jordain Carney reported it. Jordan left."
    assert fired(rule(make_rule), text) == []


def test_plurals_demonyms_and_house_spelling_are_one_word(make_rule):
    assert fired(rule(make_rule), "The Koreas met. Korean officials said the Korea talks went well.") == []
    text = "The Organization met. The Organization agreed. The Organisation said so."
    assert fired(rule(make_rule), text) == []
    assert fired(rule(make_rule), "Near the Israel-Gaza border and the Israel-Gaza fence, Israeli-Gaza talks.") == []


def test_short_names_one_letter_apart_need_a_shared_given_name(make_rule):
    text = "Mr Davis flew to Davos. Davis met Davis aides there."
    assert fired(rule(make_rule), text) == []


def test_a_common_word_and_a_spelling_note_are_not_respellings(make_rule):
    assert fired(rule(make_rule), "Lord Greene spoke. Greene said the green was wet. The Green party won.") == []
    text = "Dennis Telvrow praised the deal. An earlier story misspelled his name as Telverow."
    assert fired(rule(make_rule), text) == []


def test_quotations_keep_their_spelling_unless_asked(make_rule):
    text = 'Analyst Dennis Telvrow praised the deal. "Telverow is wrong," a rival said.'
    assert fired(rule(make_rule), text) == []
    assert fired(rule(make_rule, skip_quotes=False), text) == ["Telverow / Telvrow once line 1"]


def test_a_quoted_repeat_of_a_slip_the_article_makes_itself_is_reported(make_rule):
    camp = "Aid reached the Rokvan camp.\nOfficials at Rokvan agreed.\n" * 3
    text = camp + 'The Rovkan camp is full.\nA statement said: "Families left the Rovkan camp."'
    assert fired(rule(make_rule), text) == ["Rovkan / Rokvan 6 times line 1"] * 2
    text = camp + 'A statement said: "Families left the Rovkan camp."'
    assert fired(rule(make_rule), text) == []


def test_one_half_of_a_compound_of_two_of_the_articles_names(make_rule):
    text = "Shares of Harbor Mutual rose. Boston's Lanier Group agreed.\nThe Harbor Mutual-Lanner deal closed."
    assert fired(rule(make_rule), text) == ["Lanner / Lanier once line 1"]
    text = "Shares of Harbor Mutual rose. Boston's Lanier Group agreed.\nAnna Smith-Lanner spoke."
    assert fired(rule(make_rule), text) == []


def test_min_length(make_rule):
    text = "Analyst Dennis Telvrow praised the deal.\nTelverow said it would close."
    assert fired(rule(make_rule, min_length=9), text) == []


def test_a_relative_named_by_a_kinship_word(make_rule):
    text = ("Mark Dolvane and his wife, Ivara, arrived late. His children, Ivarka and Lena, waited.\n"
            "Ivarka said the trip was long.")
    assert fired(rule(make_rule), text) == []


def test_names_on_a_team_sheet(make_rule):
    report = "Shane Torgan scored twice. Torgan was later replaced.\n"
    sheet = "Team: Murphy, Torgan, Doyle, Walsh, Keane.\nReplacements: Byrne, Toran, Nolan, Foley.\n"
    assert fired(rule(make_rule), report + sheet) == []
    assert fired(rule(make_rule), report + "Later Toran left.") == ["Toran / Torgan twice line 1"]


def test_a_plural_title_abbreviation_keeps_the_given_name(make_rule):
    text = "Former Sens. Bob Kerwey and others spoke.\nDemocrat John Kerwy agreed. Kerwy said so."
    assert fired(rule(make_rule), text) == []


def test_compounds_and_coinages_are_not_respellings(make_rule):
    text = "Egypt is calm. Egyptian officials said so. Egyptian police agreed. He works at an Egyptair office."
    assert fired(rule(make_rule), text) == []
    assert fired(rule(make_rule), "Jon Stewart left the show. Critics mocked its Stewarty snark.") == []


def test_two_real_given_names_used_once_each(make_rule):
    assert fired(rule(make_rule), "Tomas Sandoval waited.\nThomas Sandoval spoke later.") == []


def test_a_plural_counts_with_its_name(make_rule):
    text = ("Anna Brenlov spoke. Brenlov said yes. Brenlov left. The Brenlovs moved.\n"
            "A profile of the Brenlyov family ran. Brenlyov cousins spoke.")
    assert fired(rule(make_rule), text) == ["Brenlyov / Brenlov 3 times line 1"]


def test_an_embedded_post_keeps_its_authors_spelling(make_rule):
    text = "Analyst Dennis Telvrow praised the deal.\nWell said. — Telverow (@telverow) May 1, 2019"
    assert fired(rule(make_rule), text) == []


def test_foreign_phrases(make_rule):
    text = ("Ste Lyonnaize des Eaux said profit rose.\nLyonnaize des Eaux shares rose.\n"
            "Lyonaize des Eaux would provide funds.")
    assert fired(rule(make_rule), text) == ["Lyonaize / Lyonnaize twice line 1"]
    text = "The Democracy Party met. The Democracy Party voted. Its ally, the Partido de la Democracia, abstained."
    assert fired(rule(make_rule), text) == []


def test_one_given_name_and_two_real_surnames(make_rule):
    text = "Home Secretary Charles Clarke spoke.\nOthers opposed Charles Clark's plan."
    assert fired(make_rule("name-variants", message="{written} / {preferred}{tie}"), text) == [
        "Clark / Clarke: each is used once, so either may be the slip"]
    text = "A Fox reporter, James Rosen, was named.\nA Times reporter, James Risen, refused. Risen said no. Risen left."
    assert fired(rule(make_rule), text) == []


def test_a_name_written_joined_and_apart(make_rule):
    text = "Stone Ridge posted a profit. Stone Ridge said sales rose.\nStoneRidge will report soon."
    assert fired(rule(make_rule), text) == ["StoneRidge / Stone Ridge twice line 1"]
    assert fired(rule(make_rule), "Stone Ridge posted a profit.\nStoneRidge will report soon.") == []
    text = 'Stone Ridge posted a profit. "Stone Ridge sales rose," he said. "Stone Ridge is big."\nStoneRidge will.'
    assert fired(rule(make_rule), text) == []


def test_a_listed_misspelling_is_reported_once():
    """'Ukranian' is on the shipped misspellings list: misspelt-name reports it, name-variant does not repeat it."""
    from factlint.document import load_text
    from factlint.config import Settings
    from factlint.engine.runner import check_document, rules_for

    doc = load_text("The Ukrainian army moved. Ukrainian officials spoke. A Ukranian official denied it.")
    findings, _, _ = check_document(doc, Settings(), rules_for(Settings()))
    assert [f.rule for f in findings if "Ukranian" in f.message] == ["misspelt-name"]
