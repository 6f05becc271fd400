"""Italy's and Canada's defence ministers since 1980 in the shipped KB (italy.yaml, canada.yaml, g7-ministers.yaml)
as an editor meets them.

The office is single-holder with a complete succession from 1980, so a "Defence Minister X" presented as current
is judged against whoever held it that day; handovers are stored to the month, so a date in a handover month is
left alone. Ministers who held another office (Spadolini as prime minister, Andreatta and Martino as foreign
ministers, Mattarella as president; Kim Campbell as prime minister, MacKay as foreign minister) keep one record
with every term.
"""

import pytest

from tests.kb.test_kb_cabinets import role_findings
from conftest import kb_who


def test_kb_who_answers_who_was_italys_defence_minister_in_the_eighties():
    on_date, output = kb_who("Giovanni Spadolini", "1985-05-01")
    assert "Minister of Defence (Italy) (1983-08 – 1987-04)" in on_date
    assert "Prime Minister of Italy: 1981-06-28 – 1982-11-30" in output


def test_kb_who_gives_a_foreign_minister_his_later_defence_term_on_the_same_record():
    _, output = kb_who("Antonio Martino", "2003-03-01")
    assert "Minister of Defence (Italy) (2001-06 – 2006-05)" in output
    assert "Minister of Foreign Affairs" in output.split("all recorded terms:")[1]


@pytest.mark.parametrize("text, day", [
    ("Italian Defence Minister Roberta Pinotti said on Tuesday that the ships would sail.", "2016-03-08"),
    ("Defence Minister Guido Crosetto said on Tuesday that Italy would send more air defence.", "2024-02-06"),
    ("Italy's Defense Minister Sergio Mattarella said on Tuesday that the troops would stay.", "2000-10-10"),
    # April 1987, the month Remo Gaspari took over, is not judged.
    ("Defence Minister Giovanni Spadolini said on Tuesday that the fleet would stay in the Gulf.", "1987-04-21"),
])
def test_an_italian_defence_minister_in_office_or_in_the_handover_month_is_silent(text, day):
    assert role_findings(text, day) == []


def test_an_italian_defence_minister_presented_as_current_after_the_term_is_reported():
    (msg,) = role_findings("Italian Defence Minister Lorenzo Guerini said on Tuesday that the jets were ready.",
                           "2023-05-09")
    assert msg.startswith("Lorenzo Guerini was not Minister of Defence (Italy) on 2023-05-09")
    assert "Guido Crosetto" in msg


def test_kb_who_answers_who_was_canadas_defence_minister_before_becoming_prime_minister():
    on_date, output = kb_who("Kim Campbell", "1993-03-01")
    assert "Minister of National Defence (Canada) (1993-01 – 1993-06-25)" in on_date
    assert "Prime Minister of Canada: 1993-06-25 – 1993-11-04" in output


@pytest.mark.parametrize("text, day", [
    ("Canadian Defence Minister Peter MacKay said on Tuesday that the jets would be bought.", "2010-07-13"),
    ("Defence Minister Harjit Sajjan said on Tuesday that Canada would send trainers.", "2017-06-06"),
    ("Canada's Minister of National Defence Art Eggleton said on Tuesday that troops would go.", "2001-10-09"),
])
def test_a_canadian_defence_minister_in_office_is_silent(text, day):
    assert role_findings(text, day) == []


def test_a_canadian_defence_minister_presented_as_current_after_the_term_is_reported():
    (msg,) = role_findings("Canadian Defence Minister Anita Anand said on Tuesday that the budget would grow.",
                           "2024-03-05")
    assert msg.startswith("Anita Anand was not Minister of National Defence (Canada) on 2024-03-05")
    assert "Bill Blair" in msg
