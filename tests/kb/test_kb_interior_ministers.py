"""`factlint kb who` and the KB's holders for the interior ministers of France (since 1977), Germany (since 1978),
Italy (since 1978) and Canada (solicitors general since 1979, ministers of public safety from December 2003).

The successions are complete over the span (from Christian Bonnet, Gerhart Baum, Virginio Rognoni and Allan
Lawrence; Italy has one vacancy in 1994), so a day inside a term has exactly one certain holder;
people who held another recorded office (Pierre Joxe, Nicolas Sarkozy) carry the interior terms on the same
record, and the handovers stored to the month leave no certain holder in that month.
"""

from datetime import date

import pytest

from factlint.kb.loader import load_kb
from conftest import kb_who, role_messages


@pytest.fixture(scope="module")
def shipped():
    return load_kb(cache=False)


@pytest.mark.parametrize("day, holder", [
    ("1980-06-01", "Christian Bonnet"),
    ("1983-01-01", "Gaston Defferre"),
    ("1989-06-01", "Pierre Joxe"),          # his second term, before he went to defence
    ("1994-06-01", "Charles Pasqua"),
    ("1999-01-01", "Jean-Pierre Chevènement"),
    ("2003-01-01", "Nicolas Sarkozy"),
    ("2006-01-01", "Nicolas Sarkozy"),     # his second term, after de Villepin's
    ("2010-01-01", "Brice Hortefeux"),
    ("2015-11-13", "Bernard Cazeneuve"),
    ("2018-10-10", "Édouard Philippe"),    # ad interim, while prime minister
    ("2022-01-01", "Gérald Darmanin"),
])
def test_one_certain_interior_minister_of_the_day(shipped, day, holder):
    assert [p.name for p, _ in shipped.holders("fr-interior-minister", date.fromisoformat(day))] == [holder]


@pytest.mark.parametrize("day", ["1984-07-20", "2000-09-02"])
def test_no_certain_holder_in_a_handover_month(shipped, day):
    assert shipped.holders("fr-interior-minister", date.fromisoformat(day)) == []


def test_kb_who_gives_the_interior_term_of_a_later_defence_minister():
    on_date, output = kb_who("Pierre Joxe", "1990-01-01")
    assert "Interior Minister of France" in on_date and "Defence" not in on_date
    assert "en.wikipedia.org/wiki/Minister_of_the_Interior_(France)" in on_date


@pytest.mark.parametrize("name, expected", [
    ("Bernard Cazeneuve", True),   # interior minister only from 2014: wrong in 2001
    ("Daniel Vaillant", False),    # the minister of the day
])
def test_an_interior_minister_of_another_year_is_reported(cli, write, name, expected):
    messages = role_messages(cli, write, "2001-03-06", f"French Interior Minister {name} said on Tuesday "
                             "that the police would be reinforced.")
    assert bool(messages) is expected
    if expected:
        assert "held by Daniel Vaillant" in messages[0]


@pytest.mark.parametrize("day, holder", [
    ("1980-06-01", "Gerhart Baum"),
    ("1985-01-01", "Friedrich Zimmermann"),
    ("1990-06-01", "Wolfgang Schäuble"),      # his first term, on the finance minister's record
    ("2001-09-11", "Otto Schily"),
    ("2016-01-01", "Thomas de Maizière"),     # his second term, after defence
    ("2023-01-01", "Nancy Faeser"),
])
def test_one_certain_german_interior_minister_of_the_day(shipped, day, holder):
    assert [p.name for p, _ in shipped.holders("de-interior-minister", date.fromisoformat(day))] == [holder]


def test_kb_who_gives_schaeuble_interior_then_finance():
    on_date, output = kb_who("Wolfgang Schäuble", "2007-01-01")
    assert "Federal Minister of the Interior of Germany" in on_date and "Finance" not in on_date


@pytest.mark.parametrize("day, holder", [
    ("1980-06-01", "Virginio Rognoni"),
    ("1988-01-01", "Amintore Fanfani"),       # moved from leaders.yaml for this term
    ("1997-06-01", "Giorgio Napolitano"),     # before his presidency
    ("2004-01-01", "Giuseppe Pisanu"),
    ("2010-01-01", "Roberto Maroni"),         # his second term
    ("2015-06-01", "Angelino Alfano"),        # on his foreign minister's record
    ("2019-01-01", "Matteo Salvini"),
])
def test_one_certain_italian_interior_minister_of_the_day(shipped, day, holder):
    assert [p.name for p, _ in shipped.holders("it-interior-minister", date.fromisoformat(day))] == [holder]


def test_no_italian_interior_minister_between_mancino_and_maroni(shipped):
    assert shipped.holders("it-interior-minister", date(1994, 5, 1)) == []


@pytest.mark.parametrize("day, holder", [
    ("1982-01-01", "Bob Kaplan"),
    ("1995-01-01", "Herb Gray"),
    ("2005-01-01", "Anne McLellan"),          # the first minister of public safety
    ("2017-01-01", "Ralph Goodale"),          # on his finance minister's record
    ("2020-06-01", "Bill Blair"),             # before defence
])
def test_one_certain_canadian_public_safety_minister_of_the_day(shipped, day, holder):
    assert [p.name for p, _ in shipped.holders("ca-public-safety-minister", date.fromisoformat(day))] == [holder]


def test_kb_who_gives_the_solicitor_general_term_of_a_later_foreign_minister():
    on_date, _ = kb_who("Perrin Beatty", "1986-01-01")
    assert "Solicitor General" in on_date and "Foreign" not in on_date


@pytest.mark.parametrize("name, expected", [
    ("Matteo Piantedosi", True),   # interior minister only from 2022: wrong in 2019
    ("Matteo Salvini", False),     # the minister of the day
])
def test_an_italian_interior_minister_of_another_year_is_reported(cli, write, name, expected):
    messages = role_messages(cli, write, "2019-03-06", f"Italian Interior Minister {name} said on Tuesday "
                             "that the ports would stay closed.")
    assert bool(messages) is expected
    if expected:
        assert "held by Matteo Salvini" in messages[0]
