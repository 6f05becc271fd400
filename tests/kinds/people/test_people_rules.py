"""The people and entity rules end to end: what a user sees for each kind of claim."""

from datetime import date

import pytest
from conftest import DATA, SEED

from factlint.config import Settings
from factlint.document import load_text
from factlint.engine.loader import load_rules
from factlint.engine.runner import check_document
from factlint.support.resources import default_pack

PACKS = [str(default_pack() / "people.yaml"), str(default_pack() / "entities.yaml")]


def findings(text, day, kb_files=(str(DATA / "kb-freedonia.yaml"),)):
    doc = load_text(text, pub_date=date.fromisoformat(day) if day else None)
    found, errors, _ = check_document(doc, Settings(kb_files=tuple(kb_files)), load_rules(PACKS))
    assert errors == []
    return [(f.rule, f.message) for f in found]


def rules(text, day):
    return [r for r, _ in findings(text, day)]


def test_reference_article_draws_exactly_the_umerov_finding():
    text = SEED
    if not text.exists():
        pytest.skip("shared seed article not present")
    ((rule, message),) = findings(text.read_text(), "2023-12-03", kb_files=())
    assert rule == "people-role-at-date"
    assert message.startswith(
        "Rustem Umerov was not Secretary of the National Security and Defense Council of Ukraine on 2023-12-03 "
        "(held from 2025-07-18")
    assert "on that date Umerov was Minister of Defence of Ukraine (2023-09-06 – 2025-07-17) [https://" in message


def test_wrong_current_title_names_the_office_the_person_held():
    (f,) = findings("Prime Minister Anna Brask spoke.", "2018-03-01")
    assert f[0] == "people-role-at-date"
    assert f[1] == ("Anna Brask was not Prime Minister of Freedonia on 2018-03-01 (held from 2019-07-01); on that "
                    "date Brask was Minister of Finance of Freedonia (2015-02-01 – 2019-06-30) [test data]")


def test_another_holder_on_that_day_is_positive_knowledge():
    (f,) = findings("Freedonian President Anna Brask spoke.", "2021-01-05")
    assert "held by Carl Dorn (from 2020-05-21) on that date" in f[1]


@pytest.mark.parametrize("text, day", [
    ("Prime Minister Anna Brask spoke.", "2020-03-01"),           # correct
    ("Former finance minister Anna Brask spoke.", "2020-03-01"),  # correct past title
    ("Then-finance minister Anna Brask spoke.", "2020-03-01"),
    ("Prime Minister Anna Brask spoke.", "2010-03-01"),           # before her recorded history: a KB gap
    ("Prime Minister Anna Brask spoke.", None),                   # undated
    ("Ruritanian Prime Minister Anna Brask spoke.", "2018-03-01"),  # unknown jurisdiction
    ("Deputy prime minister Anna Brask spoke.", "2018-03-01"),   # another office
    ("Prime Minister-elect Anna Brask spoke.", "2019-06-20"),
    ("President Jon Arne Vik spoke.", "2018-03-01"),             # unknown person
    ("Secretary of the security council Carl Dorn spoke.", "2016-06-01"),  # year-precision start: cannot tell
    ('"Prime Minister Anna Brask is wrong," he said.', "2018-03-01"),  # quotation
    ("Prime Minister Brask spoke.", "2018-03-01"),               # bare surname, never introduced
])
def test_silent_when_correct_or_unsure(text, day):
    assert [r for r in rules(text, day) if r.startswith("people")] == []


def test_year_in_sentence_accepts_the_title_held_then():
    assert rules("In 2016, Finance Minister Anna Brask cut taxes.", "2021-03-01") == []
    assert rules("Finance Minister Anna Brask cuts taxes.", "2021-03-01") == ["people-role-at-date"]


def test_former_for_an_office_not_yet_held():
    (f,) = findings("Former prime minister Anna Brask spoke.", "2018-03-01")
    assert f[0] == "people-former-not-yet-held"
    assert "had not held Prime Minister of Freedonia by 2018-03-01 (first held from 2019-07-01)" in f[1]


def test_stale_former():
    (f,) = findings("Former prime minister Anna Brask spoke.", "2022-03-01")
    assert f == ("people-stale-former", "'Former prime minister': Anna Brask still was Prime Minister of Freedonia "
                 "on 2022-03-01 (held from 2019-07-01) [test data]")


def test_title_consistency_for_unknown_people():
    text = "President Jon Arne Vik arrived. Later, Prime Minister Jon Arne Vik left."
    (f,) = findings(text, None)
    assert f == ("people-title-consistency", "Jon Arne Vik is called 'Prime Minister' here but 'President' "
                 "earlier; no one holds both at once")
    assert rules("President Jon Arne Vik met former prime minister Jon Arne Vik's aides.", None) == []
    assert rules("President Jon Arne Vik met Prime Minister Ola Vik.", None) == []


def test_age_against_birth_date():
    (f,) = findings("Anna Brask, 52, spoke.", "2021-03-01")
    assert f == ("people-age", "Anna Brask was 50 on 2021-03-01 (born 1970-03-15), not 52 [test data]")
    assert rules("The 50-year-old Anna Brask spoke.", "2021-03-01") == []
    assert rules("Anna Brask, 50, spoke.", "2020-03-20") == []  # turned 50 five days earlier: 49 or 50 accepted
    assert rules("Anna Brask, 49, spoke.", "2020-03-20") == []
    # A birth year only: both possible ages pass, others do not.
    assert rules("Rufus Firefly, 69, spoke.", "2020-01-10") == []
    assert rules("Rufus Firefly, 70, spoke.", "2020-01-10") == []
    assert rules("Rufus Firefly, 72, spoke.", "2020-01-10") == ["people-age"]


def test_name_spelling():
    found = findings("Anna Brask spoke. Later Ana Brask left. Brask returned.", None)
    assert found == []  # given names differ, surnames agree: not a spelling variant of the surname
    text = "Volodymyr Zelenskyy spoke. Zelensky left. Zelensky returned."
    found = findings(text, None, kb_files=())
    assert found == [("name-spelling-consistency",
                      "'Zelensky' here, 'Volodymyr Zelenskyy' elsewhere: spell Volodymyr Zelenskyy one way")]


def test_entity_names():
    assert rules("In a message posted on X, the minister spoke.", "2022-05-01") == ["entity-name-not-yet"]
    assert rules("In a message posted on X, the minister spoke.", "2023-12-03") == []
    assert rules("The minister wrote on Twitter. He wrote on Twitter again.", "2024-05-01") == ["entity-retired-name"]
    assert rules("The minister wrote on Twitter.", "2022-05-01") == []
    assert rules("The minister wrote on X, formerly Twitter.", "2024-05-01") == []
    assert rules("In 2015, the minister joined Twitter.", "2024-05-01") == []


def test_a_retired_name_is_explained_only_in_its_own_sentence():
    # "known as" in the sentence before does not gloss "Twitter"; "now" glosses only beside the other name.
    assert rules("The schemes are known as MSCPs. The mayor wrote on Twitter.", "2024-05-01") == [
        "entity-retired-name"]
    assert rules("Twitter now has fewer users, the mayor wrote.", "2024-05-01") == ["entity-retired-name"]
    assert rules("The mayor wrote on Twitter, now called X, that it would reopen.", "2024-05-01") == []
    assert rules("The mayor wrote on Twitter (now X) that it would reopen.", "2024-05-01") == []


def test_people_on_x_before_the_rename():
    assert findings("A whole lot of people on X pointed it out.", "2022-05-01") == [
        ("entity-name-not-yet", "'X' was not yet the name on 2022-05-01 (in use from 2023-07-23; then: Twitter) "
                                "[https://en.wikipedia.org/wiki/Twitter]")]


def test_people_and_entity_fixtures_and_examples_pass():
    from factlint.run.ruletest import run_rule_tests

    failures, summary = run_rule_tests([], [])
    mine = [f for f in failures if "/people/" in f or "/entities/" in f or "people-" in f or "entity-" in f
            or "name-spelling" in f]
    assert mine == [], "\n".join(mine)


@pytest.mark.parametrize("text, day, fires", [
    ("President Obama said on Tuesday that the deal was bad.", "2018-05-03", True),   # held earlier, as current
    ("President Obama says the deal is bad.", "2018-05-03", True),
    ("Former President Obama said on Tuesday that the deal was bad.", "2018-05-03", False),
    ("Under President Obama, in 2010, the deal was signed.", "2018-05-03", False),
    ("President Obama signed the deal.", "2018-05-03", False),                         # historical reference
])
def test_former_president_presented_as_current_with_the_shipped_kb(text, day, fires):
    assert (rules(text, day) == ["people-role-at-date"]) is fires
    if fires:
        (f,) = findings(text, day, kb_files=())
        assert "held 2009-01-20 – 2017-01-20" in f[1] and "here presented as current" in f[1]
