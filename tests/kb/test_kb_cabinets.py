"""The US and UK cabinet offices of the shipped KB (us-cabinet.yaml, uk-cabinet.yaml) as an editor meets them.

A new office makes every mention of its title checkable, so each test states a title written as news writes it,
with the finding expected or not: the title must be matched to the office it names ("Secretary Baker" was at the
Treasury in 1986 and at State in 1990), and titles that states, armies and other officials also give ("Attorney
General", "chief of staff") must not be read as the federal office the person took only later.
"""

from datetime import date

import pytest

from factlint.config import Settings
from factlint.document import load_text
from factlint.engine.loader import load_rules
from factlint.engine.runner import check_document
from factlint.support.resources import default_pack

PACKS = [str(default_pack() / "people.yaml")]


def role_findings(text: str, day: str) -> list[str]:
    """The people-role-at-date messages on ``text`` dated ``day``, with the shipped KB only."""
    doc = load_text(text, pub_date=date.fromisoformat(day))
    found, errors, _ = check_document(doc, Settings(kb_files=()), load_rules(PACKS))
    assert errors == []
    return [f.message for f in found if f.rule == "people-role-at-date"]


@pytest.mark.parametrize("text, day", [
    ("Treasury Secretary James Baker said on Tuesday that the dollar was too strong.", "1986-05-06"),
    ("Secretary of State James Baker said on Tuesday that talks would resume.", "1990-05-08"),
    ("White House Chief of Staff James Baker said on Tuesday that the budget would pass.", "1992-10-06"),
    ("Home Secretary Theresa May said on Tuesday that the bill would return.", "2014-03-04"),
    ("Chancellor Kenneth Clarke said on Tuesday that taxes would not rise.", "1995-03-07"),
    ("Defence Secretary Michael Portillo said on Tuesday that the base would close.", "1996-03-05"),
    ("Attorney General Eric Holder said on Tuesday that the inquiry would continue.", "2013-05-14"),
    ("Homeland Security Secretary Jeh Johnson said on Tuesday that the alert was lifted.", "2015-06-09"),
    ("National Security Adviser John Bolton said on Tuesday that sanctions would follow.", "2018-11-06"),
    ("Press Secretary Sarah Sanders said on Tuesday that the president would sign.", "2018-11-06"),
    # An acting holder is called by the bare title.
    ("Chief of Staff Mick Mulvaney said on Tuesday that the meeting would go ahead.", "2019-06-04"),
    ("Energy Secretary Rick Perry said on Tuesday that exports would grow.", "2018-05-08"),
    ("U.S. Ambassador to the United Nations Nikki Haley said on Tuesday that the vote would fail.", "2018-05-08"),
    ("Brexit Secretary David Davis said on Tuesday that talks would resume.", "2017-10-10"),
    # "Health Secretary" is a British and an American title: a bare one is read where the person held office.
    ("Health Secretary Jeremy Hunt said on Tuesday that waiting lists would fall.", "2017-10-10"),
    ("Justice Secretary Liz Truss said on Tuesday that prisons would get more staff.", "2016-11-08"),
    ("German Finance Minister Wolfgang Schäuble said on Tuesday that Greece must reform.", "2015-07-07"),
    ("Finance Minister Olaf Scholz said on Tuesday that the budget would balance.", "2019-05-07"),
    ("Canadian Finance Minister Bill Morneau said on Tuesday that the deficit would shrink.", "2018-05-08"),
])
def test_a_title_the_person_held_on_the_day_is_silent(text, day):
    assert role_findings(text, day) == []


def test_the_title_is_matched_to_the_office_it_names():
    (msg,) = role_findings("Secretary of State James Baker said on Tuesday that the dollar was too strong.",
                           "1986-05-06")
    assert msg.startswith("James Baker was not United States Secretary of State on 1986-05-06 (held 1989-01-25")
    assert "held by George Shultz (1982-07-16 – 1989-01-20) on that date" in msg
    assert "on that date Baker was United States Secretary of the Treasury (1985-02-04 – 1988-08-17)" in msg


def test_a_department_is_told_from_another_by_its_title():
    (msg,) = role_findings("Education Secretary Michael Gove said on Tuesday that prisons would get more staff.",
                           "2016-03-08")
    assert msg.startswith("Michael Gove was not Secretary of State for Education on 2016-03-08 (held 2010-05-12 – "
                          "2014-07-15; held by Nicky Morgan")
    assert "on that date Gove was Secretary of State for Justice (Lord Chancellor) (2015-05-09 – 2016-07-14)" in msg


def test_a_cabinet_title_held_earlier_and_presented_as_current_is_reported():
    (msg,) = role_findings("Home Secretary Theresa May said on Tuesday that the bill would return.", "2017-03-07")
    assert msg.startswith("Theresa May was not Home Secretary on 2017-03-07 (held 2010-05-12 – 2016-07-13; held "
                          "by Amber Rudd (2016-07-13 – 2018-04-29) on that date)")
    assert "on that date May was Prime Minister of the United Kingdom" in msg


@pytest.mark.parametrize("text, day", [
    # A state attorney general who became the federal one later: the bare title is the state's.
    ("Attorney General Pam Bondi said on Tuesday that the state would appeal.", "2016-05-10"),
    # Another official's chief of staff, and a campaign's press secretary, who held the White House post later.
    ("Chief of Staff Ron Klain said on Tuesday that the vice president would travel.", "2010-05-11"),
    ("Press Secretary Jen Psaki said on Tuesday that the senator would win the primary.", "2008-05-06"),
])
def test_a_title_other_offices_also_give_is_not_read_as_the_federal_office(text, day):
    assert role_findings(text, day) == []


def test_a_surname_is_not_read_as_a_namesake_who_never_held_the_office():
    text = ("Howard Baker, the new White House chief of staff, met the president on Monday. Officials say the "
            "central bank works closely with Treasury Secretary Baker on debt.")
    assert role_findings(text, "1987-03-03") == []
    # Written in full, the title is checked against that person.
    (msg,) = role_findings("Officials say Secretary of State James Baker works closely with the central bank.",
                           "1987-03-03")
    assert msg.startswith("James Baker was not United States Secretary of State on 1987-03-03")


def test_a_finance_minister_who_became_head_of_government_is_reported_under_the_old_title():
    (msg,) = role_findings("Finance Minister Olaf Scholz said on Tuesday that the budget would balance.", "2023-05-09")
    assert msg.startswith("Olaf Scholz was not Federal Minister of Finance (Germany) on 2023-05-09 (held 2018-03-14 – "
                          "2021-12-08; held by Christian Lindner")
    assert "on that date Scholz was Chancellor of Germany" in msg
