"""The G7 ministers added to the shipped KB (finance ministers of France, Germany before 1998, Canada before 1993,
Japan before 2001 and Italy; the earlier foreign ministers of France, Italy, Japan and Canada; the defence ministers
of France and Germany; Italy's treasury ministers) as an editor meets them.

A minister recorded with every term of these offices is judged on any date of the record's span: a title held on
the day is silent, one held earlier and presented as current is reported with the holder of the day. Handovers the
sources date a day or two apart are stored to the month, so a date in that month is never contradicted.
"""

import pytest

from tests.kb.test_kb_cabinets import role_findings
from conftest import kb_who

FRANCE = "Finance Minister of France (Minister of the Economy and Finance)"
ITALY = "Minister of Economy and Finance (Italy; Minister of Finance before 2001)"


@pytest.mark.parametrize("text, day", [
    ("French Finance Minister Pierre Beregovoy said on Tuesday that the franc would hold.", "1990-05-08"),
    ("Finance Minister Christine Lagarde said on Tuesday that the banks were sound.", "2009-05-12"),
    ("Economy and Finance Minister Bruno Le Maire said on Tuesday that taxes would fall.", "2019-05-07"),
    ("Finance Minister Jacques Delors said on Tuesday that the franc would hold.", "1982-05-11"),
    ("German Finance Minister Theo Waigel said on Tuesday that the mark was stable.", "1995-05-09"),
    ("Defence Minister Manfred Woerner said on Tuesday that the missiles would stay.", "1985-05-07"),
    ("German Defence Minister Gerhard Stoltenberg said on Tuesday that the army would shrink.", "1991-05-07"),
    ("Canadian Finance Minister Michael Wilson said on Tuesday that the deficit would shrink.", "1988-05-10"),
    ("Italian Economy Minister Giulio Tremonti said on Tuesday that the deficit would shrink.", "2009-05-12"),
    # Tremonti's term at the ministry of finance before the 2001 merger is on his record too.
    ("Finance Minister Giulio Tremonti said on Tuesday that taxes would fall.", "1994-10-11"),
])
def test_a_finance_or_defence_minister_in_office_on_the_day_is_silent(text, day):
    assert role_findings(text, day) == []


def test_a_french_finance_minister_presented_as_current_between_two_terms_is_reported_with_both():
    (msg,) = role_findings("Finance Minister Pierre Beregovoy said on Tuesday that the franc would hold.",
                           "1987-05-05")
    assert msg.startswith(f"Pierre Bérégovoy was not {FRANCE} on 1987-05-05 (held 1984-07 – 1986-03-20, "
                          f"1988-05 – 1992-04-02; held by Édouard Balladur (1986-03-20 – 1988-05) on that date)")


def test_the_economy_minister_of_the_split_ministry_is_not_read_as_the_finance_minister():
    # 2014-17: Michel Sapin held finance, Emmanuel Macron the separate economy ministry.
    assert role_findings("Economy Minister Emmanuel Macron said on Tuesday that the law would pass.",
                         "2015-05-05") == []


def test_a_handover_stored_to_the_month_is_not_contradicted_in_that_month():
    assert role_findings("Finance Minister Allan MacEachen said on Tuesday that rates would fall.",
                         "1982-09-14") == []


def test_a_finance_minister_who_moved_to_defence_is_told_the_office_held_on_the_day():
    (msg,) = role_findings("Finance Minister Gerhard Stoltenberg said on Tuesday that taxes would fall.",
                           "1990-05-08")
    assert msg.startswith("Gerhard Stoltenberg was not Federal Minister of Finance (Germany) on 1990-05-08 "
                          "(held 1982-10 – 1989-04; held by Theo Waigel (1989-04 – 1998-10-27) on that date)")
    assert "on that date Stoltenberg was Federal Minister of Defence (1989-04 – 1992-03-31)" in msg


def test_a_defence_minister_presented_as_current_after_the_term_is_reported():
    (msg,) = role_findings("Defence Minister Volker Ruehe said on Tuesday that the army would shrink.",
                           "1999-05-11")
    assert msg.startswith("Volker Rühe was not Federal Minister of Defence on 1999-05-11 (held 1992-04-01 – "
                          "1998-10-27; held by Rudolf Scharping")


def test_an_italian_finance_title_between_recorded_terms_is_reported_even_with_no_holder_recorded():
    # No finance minister of 1995-2001 is recorded, but Tremonti's own record shows he was not one in 1998.
    (msg,) = role_findings("Finance Minister Giulio Tremonti said on Tuesday that taxes would fall.", "1998-05-12")
    assert msg.startswith(f"Giulio Tremonti was not {ITALY} on 1998-05-12 (held 1994-05 – 1995-01-17")


@pytest.mark.parametrize("text, day", [
    ("Prime Minister Michel Rocard said on Tuesday that the budget would pass.", "1990-05-08"),
    ("French Defence Minister Alain Juppe said on Tuesday that the troops would stay.", "2010-12-07"),
    ("Defence Minister Michele Alliot-Marie said on Tuesday that the troops would stay.", "2005-05-10"),
    ("Foreign Minister Claude Cheysson said on Tuesday that talks would resume.", "1983-05-10"),
    ("External Affairs Minister Joe Clark said on Tuesday that Canada would send aid.", "1988-05-10"),
    ("Canadian Foreign Minister Allan MacEachen said on Tuesday that talks would resume.", "1983-05-10"),
])
def test_earlier_prime_ministers_and_foreign_and_defence_ministers_in_office_are_silent(text, day):
    assert role_findings(text, day) == []


def test_a_french_foreign_minister_out_of_office_under_cohabitation_is_reported():
    (msg,) = role_findings("Foreign Minister Roland Dumas said on Tuesday that talks would resume.", "1987-05-05")
    assert msg.startswith("Roland Dumas was not Foreign Minister of France on 1987-05-05 (held 1984-12 – 1986-03-20, "
                          "1988-05 – 1993-03; held by Jean-Bernard Raimond (1986-03-20 – 1988-05) on that date)")


def test_a_secretary_of_state_for_external_affairs_after_the_term_is_reported():
    (msg,) = role_findings("Canadian Foreign Minister Joe Clark said on Tuesday that talks would resume.",
                           "1992-05-12")
    assert msg.startswith("Joe Clark was not Minister of Foreign Affairs (Canada) on 1992-05-12 (held 1984-09-17 – "
                          "1991-04; held by Barbara McDougall (1991-04 – 1993-06-25) on that date)")


@pytest.mark.parametrize("text, day", [
    ("Italian Treasury Minister Giovanni Goria said on Tuesday that the lira would hold.", "1986-05-06"),
    ("Treasury Minister Lamberto Dini said on Tuesday that the lira would hold.", "1995-10-10"),
    ("Italian Foreign Minister Giulio Andreotti said on Tuesday that talks would resume.", "1986-05-06"),
    ("Foreign Minister Lamberto Dini said on Tuesday that talks would resume.", "1999-05-11"),
    # The treasury was merged into the economy ministry in 2001; news kept the old title for its minister.
    ("Treasury Minister Giulio Tremonti said on Tuesday that the deficit would shrink.", "2003-05-06"),
])
def test_italian_ministers_before_the_2001_merger_are_silent_in_office(text, day):
    assert role_findings(text, day) == []


def test_the_treasury_minister_called_finance_minister_while_another_held_finance_is_reported():
    (msg,) = role_findings("Finance Minister Carlo Azeglio Ciampi said on Tuesday that the lira would hold.",
                           "1997-05-06")
    assert msg.startswith(f"Carlo Azeglio Ciampi was not {ITALY} on 1997-05-06")
    assert "held by Vincenzo Visco (1996-05-18 – 2000-04) on that date" in msg
    assert "on that date Ciampi was Minister of the Treasury (Italy, until 2001) (1996-05-18 – 1999-05)" in msg


def test_who_was_italys_treasury_minister_in_the_1980s():
    assert "Minister of the Treasury (Italy, until 2001) (1982-12 – 1987-07) [https://en.wikipedia.org/" in \
        kb_who("Giovanni Goria", "1985-05-07")[0]
    assert "Minister of the Treasury" not in kb_who("Giovanni Goria", "1988-01-12")[0]


@pytest.mark.parametrize("text, day", [
    ("Japanese Finance Minister Kiichi Miyazawa said on Tuesday that the yen was too strong.", "1987-05-05"),
    ("Foreign Minister Tadashi Kuranari said on Tuesday that talks would resume.", "1987-05-05"),
    ("Finance Minister Ryutaro Hashimoto said on Tuesday that rates would fall.", "1990-05-08"),
    ("Japan's Foreign Minister Keizo Obuchi said on Tuesday that talks would resume.", "1998-05-12"),
])
def test_japanese_ministers_before_2001_in_office_are_silent(text, day):
    assert role_findings(text, day) == []


def test_a_japanese_finance_minister_between_two_terms_is_reported_with_the_holder_of_the_day():
    (msg,) = role_findings("Finance Minister Noboru Takeshita said on Tuesday that the yen was too strong.",
                           "1987-05-05")
    assert msg.startswith("Noboru Takeshita was not Minister of Finance (Japan) on 1987-05-05 (held 1979-11 – "
                          "1980-07, 1982-11 – 1986-07; held by Kiichi Miyazawa (1986-07 – 1988-12) on that date)")



def test_who_was_italys_economy_minister_while_tremonti_was_out_in_july_2004():
    assert "no office recorded" in kb_who("Giulio Tremonti", "2004-07-10")[0]
    assert "Prime Minister of Italy (2001-06-11 – 2006-05-17)" in kb_who("Silvio Berlusconi", "2004-07-10")[0]
    assert f"{ITALY} (acting) (2004-07-03 – 2004-07-16)" in kb_who("Silvio Berlusconi", "2004-07-10")[0]


def test_who_was_germanys_finance_minister_at_unification():
    assert "Federal Minister of Finance (Germany) (1989-04 – 1998-10-27) [https://en.wikipedia.org/" in \
        kb_who("Theo Waigel", "1990-10-03")[0]
