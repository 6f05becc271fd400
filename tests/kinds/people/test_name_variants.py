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


def test_min_length(make_rule):
    text = "Analyst Dennis Telvrow praised the deal.\nTelverow said it would close."
    assert fired(rule(make_rule, min_length=9), text) == []
