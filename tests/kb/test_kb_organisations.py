"""Central bankers and heads of international organisations in the shipped KB, as an editor meets them.

Each case is a short article written for the test with the shipped rules and KB (rules/kb/central-banks.yaml,
organisations.yaml, international.yaml): a title the person had left by the article's date, given as current,
is reported with the holder of that day; the same title in a dated article inside the term, a past reference,
or a bare "Governor X" or "Chairman X" that may be a state governor or a committee chair, is not.
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


@pytest.mark.parametrize("text, day, says", [
    ("Bank of England Governor Mark Carney said on Tuesday that rates would stay low.", "2022-05-10",
     "held by Andrew Bailey (from 2020-03-16) on that date"),
    ("BoJ Governor Haruhiko Kuroda says the yen is too weak.", "2024-05-10",
     "held by Kazuo Ueda (from 2023-04-09) on that date"),
    ("Bundesbank President Jens Weidmann says inflation will fall.", "2023-02-01",
     "held by Joachim Nagel (from 2022-01-01) on that date"),
    ("IMF Managing Director Christine Lagarde says growth is slowing.", "2021-02-01",
     "held by Kristalina Georgieva (from 2019-10-01) on that date"),
    ("WTO chief Pascal Lamy said on Monday that the talks had stalled.", "2016-03-07",
     "held by Roberto Azevêdo (2013-09-01 – 2020-08-31) on that date"),
    ("NATO Secretary General Javier Solana says the alliance is ready.", "2005-06-01",
     "held by Jaap de Hoop Scheffer (2004-01-01 – 2009-08-01) on that date"),
    ("EU foreign policy chief Federica Mogherini says the deal holds.", "2021-06-01",
     "held by Josep Borrell (2019-12-01 – 2024-11-30) on that date"),
    # Hyphenated titles, as UN-style prose writes them.
    ("WHO Director-General Margaret Chan said on Monday that the outbreak was over.", "2018-03-05",
     "held by Tedros Adhanom Ghebreyesus (from 2017-07-01) on that date"),
    ("OECD Secretary-General Angel Gurria said on Tuesday that trade was slowing.", "2022-03-01",
     "held by Mathias Cormann (from 2021-06-01) on that date"),
])
def test_a_head_who_had_left_is_reported_with_the_holder_of_the_day(text, day, says):
    ((rule, message),) = findings(text, day)
    assert rule == "people-role-at-date"
    assert says in message and "here presented as current" in message


@pytest.mark.parametrize("text, day", [
    ("Bank of England Governor Mark Carney said on Tuesday that rates would stay low.", "2016-05-10"),
    ("Reserve Bank of India Governor Raghuram Rajan says inflation is easing.", "2015-02-01"),
    ("WHO Director-General Margaret Chan says the outbreak is contained.", "2015-02-01"),
    ("OECD Secretary-General Angel Gurria says trade is slowing.", "2015-02-01"),
    ("UN High Commissioner for Refugees Filippo Grandi says camps are full.", "2019-02-01"),
    ("European Parliament President Martin Schulz says the vote will go ahead.", "2014-02-01"),
])
def test_a_head_in_office_on_the_day_is_not_reported(text, day):
    assert findings(text, day) == []


@pytest.mark.parametrize("text", [
    "Former Bank of England governor Mark Carney says rates should rise.",       # the title given as past
    "Bank of England Governor Mark Carney cut rates in 2016.",                   # a year of his term
    "Bank of England Governor Mark Carney warned of the risks.",                 # past tense, historical
    "Governor Carney said on Tuesday that the state budget was balanced.",       # a state governor, perhaps
    "Chairman Jordan said on Tuesday that the committee would subpoena the files.",  # a committee chair
    "President Kim said on Tuesday that the talks would resume.",                # a head of state
])
def test_past_references_and_a_bare_title_bodies_share_are_silent(text):
    assert findings(text, "2025-03-04") == []


def test_a_bank_named_before_governor_binds_the_surname():
    text = "BoJ Governor Kuroda said on Tuesday that easing would go on."
    ((rule, message),) = findings(text, "2024-05-14")
    assert rule == "people-role-at-date" and message.startswith("Haruhiko Kuroda was not Governor of the Bank of Japan")


def test_the_wrong_bank_is_reported_with_the_bank_the_person_headed():
    ((rule, message),) = findings("BoE Governor Haruhiko Kuroda says the yen is too strong.", "2015-02-02")
    assert rule == "people-role-at-date"
    assert "held by Mark Carney (2013-07-01 – 2020-03-15) on that date" in message
    assert "on that date Kuroda was Governor of the Bank of Japan (2013-03-20 – 2023-04-09)" in message


@pytest.mark.parametrize("name, day, office", [
    ("Karl Otto Poehl", "1987-03-01", "de-bundesbank-president"),
    ("Satoshi Sumita", "1987-03-01", "jp-boj-governor"),
    ("Robin Leigh-Pemberton", "1987-03-01", "uk-boe-governor"),
    ("Michel Camdessus", "1990-01-01", "imf-managing-director"),
    ("Barber Conable", "1987-03-01", "wb-president"),
    ("Arthur Dunkel", "1987-03-01", "gatt-director-general"),
    ("Mark Carney", "2010-01-01", "ca-boc-governor"),
    ("Manmohan Singh", "1984-01-01", "in-rbi-governor"),
    ("Horst Koehler", "2002-01-01", "imf-managing-director"),
    ("Ruud Lubbers", "1990-01-01", "nl-prime-minister"),
    ("Ruud Lubbers", "2003-06-01", "un-refugees-high-commissioner"),
    ("Mike Moore", "2000-06-01", "wto-director-general"),
    ("Elvira Nabiullina", "2020-01-01", "ru-cbr-governor"),
])
def test_who_gives_the_post_held_on_the_day(name, day, office):
    kb = load_kb(cache=False)
    (person,) = kb.find_person(name)
    assert office in {r.office for r in kb.roles_on(person, date.fromisoformat(day))}
