"""Company chiefs in the shipped KB (rules/kb/companies.yaml), as a business desk meets them.

Each case is a one-sentence article written for the test, checked with the shipped rules and KB: a chief
executive or chair named with a title they had left (or not yet taken) by the article's date, given as current,
is reported with the holder of that day; the same sentence dated inside the term is not; a misspelt chief is
spelled as the KB has them; an acronym another body uses is no company's name.
"""

from datetime import date

import pytest

from factlint.config import Settings
from factlint.document import load_text
from factlint.engine.loader import load_rules
from factlint.engine.runner import check_document
from factlint.kb.loader import load_kb
from factlint.support.resources import default_pack


def findings(text: str, day: str) -> list[tuple[str, str]]:
    doc = load_text(text, pub_date=date.fromisoformat(day))
    found, errors, _ = check_document(doc, Settings(), load_rules([str(default_pack() / "people.yaml")]))
    assert errors == []
    return [(f.rule, f.message) for f in found]


# (sentence, a day after the term, who held the office that day, a day inside the term)
CASES = [
    ("GM chief executive Rick Wagoner said on Tuesday that sales would rise.", "2012-05-08",
     "held by Dan Akerson (2010-09-01 – 2014-01-15) on that date", "2005-05-10"),
    ("Microsoft CEO Steve Ballmer says the cloud is the future.", "2016-03-01",
     "held by Satya Nadella (from 2014-02-04) on that date", "2010-03-01"),
    # A company of two words, written before the title.
    ("Goldman Sachs chief executive Lloyd Blankfein says markets are calm.", "2020-03-02",
     "held by David Solomon (from 2018-10-01) on that date", "2010-03-01"),
    ("IBM chairman Sam Palmisano said on Monday that orders were strong.", "2015-03-02",
     "held by Ginni Rometty (2012-10-01 – 2020-12-31) on that date", "2008-03-03"),
    # A person defined in another file (organisations.yaml), with the company's term added there.
    ("BP chairman Peter Sutherland says the company will invest more.", "2015-03-02",
     "held by Carl-Henric Svanberg (2010-01-01 – 2018-12-31) on that date", "2005-03-01"),
]


@pytest.mark.parametrize("text, day, says, inside", CASES)
def test_a_chief_who_had_left_is_reported_with_the_holder_of_the_day(text, day, says, inside):
    ((rule, message),) = findings(text, day)
    assert rule == "people-role-at-date"
    assert says in message and "here presented as current" in message


@pytest.mark.parametrize("text, day, says, inside", CASES)
def test_the_same_sentence_inside_the_term_is_not_reported(text, day, says, inside):
    assert findings(text, inside) == []


def test_a_chief_named_before_taking_office_is_reported():
    ((rule, message),) = findings("Apple's chief executive, Tim Cook, says the iPhone is selling well.", "2005-03-07")
    assert rule == "people-role-at-date"
    assert "held from 2011-08-24; held by Steve Jobs (2000-01-05 – 2011-08-24) on that date" in message


def test_a_misspelt_chief_is_spelled_as_the_kb_has_them():
    ((rule, message),) = findings("GM chief executive Rick Waggoner said the plan was working.", "2005-01-20")
    assert rule == "name-spelling-kb"
    assert "'Rick Waggoner' is spelled 'Rick Wagoner'" in message


@pytest.mark.parametrize("text", [
    # FCA is also the UK's Financial Conduct Authority, whose chief executive Andrew Bailey (later the Bank of
    # England's governor) was: it is not a name of Fiat Chrysler.
    "FCA chief executive Andrew Bailey said on Monday that the rules would change.",
    "Former GM chief executive Rick Wagoner said on Monday that the bailout had worked.",
])
def test_other_bodies_and_past_titles_are_silent(text):
    assert findings(text, "2018-03-05") == []


@pytest.mark.parametrize("name, day, office", [
    ("Rick Wagoner", "2005-01-01", "general-motors-ceo"),
    ("Henry Paulson", "2003-01-01", "goldman-sachs-ceo"),
    ("Rex Tillerson", "2010-01-01", "exxonmobil-ceo"),
    ("Axel Weber", "2015-01-01", "ubs-chair"),
    ("Carlos Ghosn", "2010-01-01", "nissan-ceo"),
    ("Carlos Ghosn", "2010-01-01", "renault-chair"),
])
def test_who_gives_the_post_held_on_the_day(name, day, office):
    kb = load_kb(cache=False)
    (person,) = kb.find_person(name)
    assert office in {r.office for r in kb.roles_on(person, date.fromisoformat(day))}


def test_no_company_is_named_by_a_bare_surname_of_politics():
    kb = load_kb(cache=False)
    for word in ("Ford", "Morgan", "Chase", "FCA"):
        assert kb.jurisdiction_for(word) is None, word
