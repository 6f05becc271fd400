"""`factlint kb who NAME --on DATE` for the central bank governors of the G20 members the KB once left out.

The Bank of Korea (before 2010), the Central Bank of Brazil (before 1999), the Bank of Mexico (before 1998), the
South African Reserve Bank, the Central Bank of the Republic of Turkey, Bank Indonesia, the Saudi Central Bank
and the Central Bank of Argentina (from 1991): people asked on a day inside their term (the dates are the cited lists', see rules/kb/central-banks.yaml),
and the handover days or months the lists leave unsure, on which no holder is certain.
"""

from datetime import date

import pytest

from factlint.kb.loader import load_kb
from conftest import kb_who


@pytest.fixture(scope="module")
def shipped():
    return load_kb(cache=False)


@pytest.mark.parametrize("name, day, office", [
    ("Kim Kun", "1990-06-01", "kr-bok-governor"),
    ("Park Seung", "2005-06-01", "kr-bok-governor"),
    ("Lee Seong-tae", "2008-01-15", "kr-bok-governor"),
    ("Carlos Langoni", "1982-01-01", "br-bcb-president"),
    ("Fernão Bracher", "1986-06-01", "br-bcb-president"),
    ("Gustavo Loyola", "1996-01-01", "br-bcb-president"),   # his second term
    ("Pedro Malan", "1994-03-01", "br-bcb-president"),
    ("Miguel Mancera Aguayo", "1990-06-01", "mx-banxico-governor"),
    ("Chris Stals", "1995-01-01", "za-sarb-governor"),
    ("Tito Mboweni", "2005-01-01", "za-sarb-governor"),
    ("Lesetja Kganyago", "2019-11-19", "za-sarb-governor"),
    ("Rüşdü Saracoğlu", "1990-01-01", "tr-cbrt-governor"),
    ("Erdem Basci", "2013-01-01", "tr-cbrt-governor"),
    ("Murat Uysal", "2019-11-19", "tr-cbrt-governor"),
    ("Syahril Sabirin", "2000-01-01", "id-bi-governor"),
    ("Agus Martowardojo", "2015-01-01", "id-bi-governor"),
    ("Perry Warjiyo", "2019-11-19", "id-bi-governor"),
    ("Boediono", "2012-01-01", "id-vice-president"),
    ("Hamad Al-Sayari", "2000-01-01", "sa-sama-governor"),
    ("Ahmed Alkholifey", "2019-11-19", "sa-sama-governor"),
    ("Martin Redrado", "2007-01-01", "ar-bcra-president"),
    ("Guido Sandleris", "2019-11-19", "ar-bcra-president"),
])
def test_who_gives_the_governor_of_the_day(shipped, name, day, office):
    (person,) = shipped.find_person(name)
    assert office in {r.office for r in shipped.roles_on(person, date.fromisoformat(day))}


@pytest.mark.parametrize("office, day, holder", [
    ("kr-bok-governor", "2005-06-01", "Park Seung"),
    ("br-bcb-president", "1992-01-01", "Francisco Gros"),     # his second term
    ("mx-banxico-governor", "1990-06-01", "Miguel Mancera Aguayo"),
    ("za-sarb-governor", "1985-01-01", "Gerhard de Kock"),
    ("tr-cbrt-governor", "2019-11-19", "Murat Uysal"),
    ("id-bi-governor", "2010-01-01", "Darmin Nasution"),      # acting, before his own appointment
    ("sa-sama-governor", "2013-01-01", "Fahad Al-Mubarak"),
    ("ar-bcra-president", "2016-06-01", "Federico Sturzenegger"),
])
def test_one_certain_holder_inside_a_term(shipped, office, day, holder):
    assert [p.name for p, _ in shipped.holders(office, date.fromisoformat(day))] == [holder]


@pytest.mark.parametrize("office, day", [
    ("tr-cbrt-governor", "2019-07-03"),   # Çetinkaya's removal is kept to the month
    ("tr-cbrt-governor", "1987-01-01"),   # a vice governor acted, not recorded
    ("kr-bok-governor", "2022-04-10"),    # between Lee Ju-yeol and Rhee Chang-yong
    ("mx-banxico-governor", "1998-06-01"),  # Ortiz's start is kept to the year
    ("za-sarb-governor", "2009-11-05"),   # the list gives the month of the 2009 handover
    ("ar-bcra-president", "2018-06-20"),  # Sturzenegger to Caputo, kept to the month
])
def test_no_certain_holder_where_the_lists_are_unsure(shipped, office, day):
    assert shipped.holders(office, date.fromisoformat(day)) == []


def test_kb_who_names_the_office_and_the_source():
    on_date, output = kb_who("Murat Cetinkaya", "2018-06-01")
    assert "Governor of the Central Bank of the Republic of Turkey (2016-04-19 – 2019-07)" in on_date
    assert "en.wikipedia.org/wiki/List_of_governors_of_the_Central_Bank_of_the_Republic_of_Turkey" in on_date


def test_kb_who_a_former_governor_later_vice_president():
    on_date, output = kb_who("Boediono", "2008-12-01")
    assert "Governor of Bank Indonesia" in on_date and "Vice President" not in on_date
