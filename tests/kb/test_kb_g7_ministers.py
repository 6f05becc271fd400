"""The G7 finance and foreign ministers of the shipped KB (g7-ministers.yaml, france.yaml) as an editor meets them.

Each office makes every "Finance Minister X" of its country checkable, so the tests state titles written as news
writes them (bare, with the country's adjective, with a possessive) and the finding expected or not. A minister
who was also prime minister keeps one record: the title is compared with both terms.
"""

import pytest

from tests.kb.test_kb_cabinets import role_findings


@pytest.mark.parametrize("text, day", [
    ("Japanese Finance Minister Taro Aso said on Tuesday that the yen was stable.", "2018-05-08"),
    ("Japan's Finance Minister Naoto Kan said on Tuesday that the yen was too strong.", "2010-03-09"),
    ("Finance Minister Sadakazu Tanigaki said on Tuesday that spending would fall.", "2005-05-10"),
    ("Finance Minister Hirohisa Fujii said on Tuesday that the yen was strong.", "2009-11-10"),
    ("Japanese Finance Minister Satsuki Katayama said on Tuesday that the budget would pass.", "2025-11-11"),
])
def test_a_japanese_finance_minister_in_office_on_the_day_is_silent(text, day):
    assert role_findings(text, day) == []


def test_a_japanese_finance_minister_presented_as_current_after_the_term_is_reported():
    (msg,) = role_findings("Japanese Finance Minister Shunichi Suzuki said on Tuesday that the yen was weak.",
                           "2025-05-06")
    assert msg.startswith("Shun'ichi Suzuki was not Minister of Finance (Japan) on 2025-05-06 (held 2021-10-04 – "
                          "2024-10-01; held by Katsunobu Katō (2024-10-01 – 2025-10-21) on that date)")


def test_a_finance_minister_who_became_prime_minister_is_reported_under_the_old_title():
    (msg,) = role_findings("Finance Minister Yoshihiko Noda said on Tuesday that Japan would intervene.",
                           "2012-05-08")
    assert msg.startswith("Yoshihiko Noda was not Minister of Finance (Japan) on 2012-05-08 (held 2010-06-08 – "
                          "2011-09-02; held by Jun Azumi")
    assert "on that date Noda was Prime Minister of Japan" in msg


def test_a_date_before_the_recorded_terms_with_no_known_holder_is_silent():
    # Kiichi Miyazawa was finance minister in 1999, a year no Japanese term in the KB covers.
    assert role_findings("Finance Minister Kiichi Miyazawa said on Tuesday that the yen was stable.",
                         "1999-05-11") == []


def test_a_term_known_to_the_year_only_is_not_contradicted_inside_that_year():
    assert role_findings("Finance Minister Hirohisa Fujii said on Tuesday that the yen was strong.",
                         "1994-03-08") == []


@pytest.mark.parametrize("text, day", [
    ("Japanese Foreign Minister Taro Aso said on Tuesday that talks would resume.", "2006-05-09"),
    ("Foreign Minister Fumio Kishida said on Tuesday that talks would resume.", "2015-05-12"),
    ("Japan's Foreign Minister Toshimitsu Motegi said on Tuesday that talks would resume.", "2025-11-11"),
    # Earlier terms of recorded ministers are stored, to the year where that is all the sources give.
    ("Foreign Minister Masahiko Komura said on Tuesday that talks would resume.", "1999-03-09"),
    ("Foreign Minister Yohei Kono said on Tuesday that talks would resume.", "2000-05-09"),
])
def test_a_japanese_foreign_minister_in_office_on_the_day_is_silent(text, day):
    assert role_findings(text, day) == []


def test_a_foreign_minister_between_two_terms_is_reported_with_both():
    (msg,) = role_findings("Foreign Minister Toshimitsu Motegi said on Tuesday that talks would resume.",
                           "2023-05-09")
    assert msg.startswith("Toshimitsu Motegi was not Minister for Foreign Affairs (Japan) on 2023-05-09 (held "
                          "2019-09-11 – 2021-11, from 2025-10-21; held by Yoshimasa Hayashi")


def test_a_surname_shared_by_two_foreign_ministers_is_not_read_as_the_later_one():
    # Yohei Kono held the office in 2000; his son Taro Kono only from 2017.
    assert role_findings("Foreign Minister Kono said on Tuesday that talks would resume.", "2000-05-09") == []


@pytest.mark.parametrize("text, day", [
    ("French Foreign Minister Bernard Kouchner said on Tuesday that talks would resume.", "2009-05-12"),
    ("Foreign Minister Dominique de Villepin said on Tuesday that France would veto.", "2003-03-11"),
    ("Foreign Minister Alain Juppe said on Tuesday that talks would resume.", "1994-05-10"),
    # The sources disagree on the day Michel Barnier left: a date in that month is not contradicted.
    ("French Foreign Minister Michel Barnier said on Tuesday that talks would resume.", "2005-06-07"),
])
def test_a_french_foreign_minister_in_office_on_the_day_is_silent(text, day):
    assert role_findings(text, day) == []


def test_a_french_foreign_minister_presented_as_current_after_the_term_is_reported():
    (msg,) = role_findings("French Foreign Minister Bernard Kouchner said on Tuesday that talks would resume.",
                           "2011-05-10")
    assert msg.startswith("Bernard Kouchner was not Foreign Minister of France on 2011-05-10 (held 2007-05 – "
                          "2010-11; held by Alain Juppé (2011-02 – 2012-05) on that date)")


def test_a_prime_minister_named_by_the_title_held_later_is_told_the_title_held_then():
    (msg,) = role_findings("Prime Minister Dominique de Villepin said on Tuesday that the law would pass.",
                           "2003-03-11")
    assert "on that date de Villepin was Foreign Minister of France (2002-05-07 – 2004-03-31)" in msg


@pytest.mark.parametrize("text, day", [
    ("Italian Foreign Minister Franco Frattini said on Tuesday that talks would resume.", "2009-05-12"),
    ("Foreign Minister Paolo Gentiloni said on Tuesday that talks would resume.", "2015-05-12"),
    # Records kept in other files (a European office, an earlier prime ministership) carry the role too.
    ("Foreign Minister Federica Mogherini said on Tuesday that talks would resume.", "2014-05-06"),
    ("Foreign Minister Massimo D'Alema said on Tuesday that talks would resume.", "2007-05-08"),
])
def test_an_italian_foreign_minister_in_office_on_the_day_is_silent(text, day):
    assert role_findings(text, day) == []


def test_an_italian_foreign_minister_who_became_prime_minister_is_reported_under_the_old_title():
    (msg,) = role_findings("Foreign Minister Paolo Gentiloni said on Tuesday that talks would resume.", "2017-05-09")
    assert msg.startswith("Paolo Gentiloni was not Minister of Foreign Affairs (Italy) on 2017-05-09 (held "
                          "2014-10-31 – 2016-12-12; held by Angelino Alfano")
    assert "on that date Gentiloni was Prime Minister of Italy" in msg


@pytest.mark.parametrize("text, day", [
    ("German Foreign Minister Hans-Dietrich Genscher said on Tuesday that talks would resume.", "1989-05-09"),
    ("Foreign Minister Klaus Kinkel said on Tuesday that talks would resume.", "1995-05-09"),
    ("German Foreign Minister Joschka Fischer said on Tuesday that talks would resume.", "2003-03-11"),
])
def test_a_german_foreign_minister_in_office_on_the_day_is_silent(text, day):
    assert role_findings(text, day) == []


def test_a_german_foreign_minister_presented_as_current_after_the_term_is_reported():
    (msg,) = role_findings("German Foreign Minister Joschka Fischer said on Tuesday that talks would resume.",
                           "2007-05-08")
    assert msg.startswith("Joschka Fischer was not Federal Minister for Foreign Affairs on 2007-05-08 (held "
                          "1998-10-27 – 2005-11-22; held by Frank-Walter Steinmeier")


@pytest.mark.parametrize("text, day", [
    ("Canadian Foreign Minister Lloyd Axworthy said on Tuesday that the treaty would pass.", "1997-05-06"),
    ("Foreign Minister John Baird said on Tuesday that Canada would send aid.", "2013-05-07"),
    ("Foreign Affairs Minister Chrystia Freeland said on Tuesday that talks would resume.", "2018-05-08"),
])
def test_a_canadian_foreign_minister_in_office_on_the_day_is_silent(text, day):
    assert role_findings(text, day) == []


def test_a_minister_who_held_both_offices_is_told_which_one_on_the_day():
    (msg,) = role_findings("Finance Minister Chrystia Freeland said on Tuesday that the deficit would shrink.",
                           "2018-05-08")
    assert msg.startswith("Chrystia Freeland was not Minister of Finance of Canada on 2018-05-08")
    assert "on that date Freeland was Minister of Foreign Affairs (Canada) (2017-01-10 – 2019-11-20)" in msg
