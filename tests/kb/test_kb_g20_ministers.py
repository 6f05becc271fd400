"""`factlint kb who` and the KB's holders for the G20 finance and foreign ministers since about 2000, the defence
and interior ministers of Russia, China (defence), India and Saudi Arabia since about 2000, Australia's defence
ministers since 2001, and Japan's defence chiefs since 1980
(directors general of the Defense Agency, then ministers of defense, as one office).

Each succession is complete over its span, so a day inside a term has exactly one certain holder; a handover the
sources date only to the month leaves no certain holder in that month; people who held another recorded office
(a prime minister who kept a ministry, a central banker who became finance minister) carry the ministerial term on
the same record.
"""

from datetime import date

import pytest

from factlint.kb.loader import load_kb
from conftest import kb_who, role_messages


@pytest.fixture(scope="module")
def shipped():
    return load_kb(cache=False)


@pytest.mark.parametrize("office, day, holder", [
    ("ru-finance-minister", "2005-06-01", "Alexei Kudrin"),
    ("ru-foreign-minister", "2001-06-01", "Igor Ivanov"),
    ("cn-foreign-minister", "2015-06-01", "Wang Yi"),
    ("cn-foreign-minister", "2023-03-01", "Qin Gang"),
    ("cn-finance-minister", "2019-11-01", "Liu Kun"),
    ("in-finance-minister", "2010-01-01", "Pranab Mukherjee"),
    ("in-finance-minister", "1993-01-01", "Manmohan Singh"),     # his term in the Narasimha Rao government
    ("in-external-affairs-minister", "2016-01-01", "Sushma Swaraj"),
    ("br-finance-minister", "2020-06-01", "Paulo Guedes"),
    ("br-finance-minister", "2000-06-01", "Pedro Malan"),        # his record is in central-banks.yaml
    ("br-foreign-minister", "2008-01-01", "Celso Amorim"),
    ("ar-economy-minister", "2014-06-01", "Axel Kicillof"),
    ("ar-finance-minister", "2017-06-01", "Luis Caputo"),        # the separate finance ministry of 2017-18
    ("ar-foreign-minister", "2012-01-01", "Héctor Timerman"),
    ("au-treasurer", "2016-06-01", "Scott Morrison"),
    ("au-foreign-minister", "2011-06-01", "Kevin Rudd"),
    ("mx-finance-secretary", "2008-01-01", "Agustín Carstens"),
    ("mx-foreign-secretary", "2020-01-01", "Marcelo Ebrard"),
    ("za-finance-minister", "2016-06-01", "Pravin Gordhan"),
    ("za-foreign-minister", "2012-01-01", "Maite Nkoana-Mashabane"),
    ("sa-finance-minister", "2019-11-01", "Mohammed Al-Jadaan"),
    ("sa-foreign-minister", "2017-01-01", "Adel al-Jubeir"),
    ("id-finance-minister", "2018-01-01", "Sri Mulyani Indrawati"),
    ("id-foreign-minister", "2019-11-01", "Retno Marsudi"),
    ("tr-finance-minister", "2019-11-01", "Berat Albayrak"),
    ("tr-foreign-minister", "2005-01-01", "Abdullah Gül"),
    ("kr-finance-minister", "2019-11-01", "Hong Nam-ki"),
    ("kr-foreign-minister", "2005-01-01", "Ban Ki-moon"),
    ("ru-defence-minister", "2005-01-01", "Sergei Ivanov"),
    ("ru-interior-minister", "2008-01-01", "Rashid Nurgaliyev"),
    ("cn-defence-minister", "2015-06-01", "Chang Wanquan"),
    ("in-defence-minister", "2010-01-01", "A. K. Antony"),
    ("in-defence-minister", "2018-01-01", "Nirmala Sitharaman"),  # before finance
    ("in-home-minister", "2010-01-01", "P. Chidambaram"),         # between his finance terms
    ("in-home-minister", "2016-01-01", "Rajnath Singh"),
    ("au-defence-minister", "2016-06-01", "Marise Payne"),        # before foreign affairs
    ("sa-defence-minister", "2017-01-01", "Mohammed bin Salman"),
    ("sa-interior-minister", "2014-01-01", "Muhammad bin Nayef"),
    ("jp-defence-minister", "1985-06-01", "Kōichi Katō"),
    ("jp-defence-minister", "2003-06-01", "Shigeru Ishiba"),
    ("jp-defence-minister", "2019-11-01", "Tarō Kōno"),
])
def test_one_certain_holder_of_the_day(shipped, office, day, holder):
    assert [p.name for p, _ in shipped.holders(office, date.fromisoformat(day))] == [holder]


@pytest.mark.parametrize("office, day", [
    ("za-finance-minister", "2015-12-11"),    # Nene, van Rooyen and Gordhan within one week
    ("in-finance-minister", "2018-05-20"),    # Piyush Goyal took charge while Arun Jaitley was ill
    ("jp-defence-minister", "1993-12-15"),    # Nakanishi's resignation
    ("cn-defence-minister", "2023-11-15"),    # vacant between Li Shangfu's removal and Dong Jun's appointment
])
def test_no_certain_holder_in_a_handover_month(shipped, office, day):
    assert shipped.holders(office, date.fromisoformat(day)) == []


def test_kb_who_gives_the_ministry_a_prime_minister_kept():
    on_date, _ = kb_who("Manmohan Singh", "2006-03-01")
    assert "Prime Minister of India" in on_date and "Minister of External Affairs of India" in on_date


def test_kb_who_gives_the_defence_term_of_a_later_prime_minister():
    on_date, output = kb_who("Shigeru Ishiba", "2003-06-01")
    assert "Minister of Defense of Japan" in on_date and "Prime Minister" not in on_date
    assert "en.wikipedia.org/wiki/Minister_of_Defense_(Japan)" in on_date


def test_kb_who_marks_an_interim_finance_minister_acting():
    on_date, _ = kb_who("Piyush Goyal", "2018-07-01")
    assert "Minister of Finance of India" in on_date and "acting" in on_date


@pytest.mark.parametrize("name, expected", [
    ("Qin Gang", True),    # foreign minister only in 2022-23: wrong in 2019
    ("Wang Yi", False),    # the minister of the day
])
def test_a_foreign_minister_of_another_year_is_reported(cli, write, name, expected):
    messages = role_messages(cli, write, "2019-11-05", f"Chinese Foreign Minister {name} said on Tuesday "
                             "that the talks would go on.")
    assert bool(messages) is expected
    if expected:
        assert "held by Wang Yi" in messages[0]
