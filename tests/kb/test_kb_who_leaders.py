"""``kb who`` for the heads of state and government a reader asks about: the office held on the day, not just
"in the knowledge base", including leaders whose effective power moved between offices."""

import pytest
from click.testing import CliRunner

from factlint.cli.kb import kb
from conftest import kb_who



@pytest.mark.parametrize("name, day, office", [
    ("Boris Yeltsin", "1995-06-01", "President of Russia"),
    ("Mikhail Gorbachev", "1988-06-01", "General Secretary of the Communist Party of the Soviet Union"),
    ("Leonid Brezhnev", "1975-01-01", "General Secretary of the Communist Party of the Soviet Union"),
    ("Suharto", "1990-01-01", "President of Indonesia"),
    ("B. J. Habibie", "1999-01-01", "President of Indonesia"),
    ("Li Peng", "1990-01-01", "Premier of the State Council of the People's Republic of China"),
    ("Zhao Ziyang", "1985-01-01", "Premier of the State Council of the People's Republic of China"),
    ("Benjamin Netanyahu", "2015-01-01", "Prime Minister of Israel"),
    ("Benjamin Netanyahu", "2024-01-01", "Prime Minister of Israel"),
    ("Yair Lapid", "2022-09-01", "Prime Minister of Israel"),
    ("Hosni Mubarak", "2000-01-01", "President of Egypt"),
    ("Bertie Ahern", "2000-01-01", "Taoiseach"),
    ("Fred Sinowatz", "1985-01-01", "Chancellor of Austria"),
    ("Süleyman Demirel", "1970-01-01", "Prime Minister of Turkey"),
    ("Alexis Tsipras", "2017-01-01", "Prime Minister of Greece"),
    ("Mauno Koivisto", "1990-01-01", "President of Finland"),
    ("Goodluck Jonathan", "2012-01-01", "President of Nigeria"),
    ("Pervez Musharraf", "2005-01-01", "President of Pakistan"),
    ("Prayut Chan-o-cha", "2018-01-01", "Prime Minister of Thailand"),
    ("Kenan Evren", "1985-01-01", "President of Turkey"),
    ("Turgut Özal", "1991-01-01", "President of Turkey"),
    ("Wojciech Jaruzelski", "1990-01-01", "President of Poland"),
    ("Hua Guofeng", "1980-03-01", "Premier of the State Council of the People's Republic of China"),
    ("Hu Yaobang", "1982-01-01", "Chairman of the Chinese Communist Party"),
    ("P. W. Botha", "1981-01-01", "Prime Minister of South Africa"),
    ("P. W. Botha", "1986-01-01", "State President of South Africa"),
    ("Hamid Karzai", "2002-03-01", "Chairman of the Interim Administration of Afghanistan"),
    ("Hamid Karzai", "2010-03-01", "President of Afghanistan"),
    ("Nawaz Sharif", "1998-03-01", "Prime Minister of Pakistan"),
    ("Felipe González", "1990-03-01", "Prime Minister of Spain"),
    ("Saddam Hussein", "1990-08-02", "President of Iraq"),
    ("Mohammad Khatami", "2000-01-01", "President of Iran"),
    ("Lars Lokke Rasmussen", "2010-01-01", "Prime Minister of Denmark"),
    # Written by hand (not in the Archigos import): Cuba, Venezuela, Syria, Sri Lanka, Ethiopia.
    ("Fidel Castro", "1965-01-01", "Prime Minister of Cuba"),
    ("Fidel Castro", "1990-01-01", "President of Cuba (President of the Council of State 1976-2019)"),
    ("Raúl Castro", "2015-01-01", "First Secretary of the Communist Party of Cuba"),
    ("Hugo Chávez", "2005-01-01", "President of Venezuela"),
    ("Carlos Andrés Pérez", "1976-01-01", "President of Venezuela"),
    ("Hafez al-Assad", "1990-01-01", "President of Syria"),
    ("Bashar al-Assad", "2012-01-01", "President of Syria"),
    ("Sirimavo Bandaranaike", "1962-01-01", "Prime Minister of Sri Lanka"),
    ("Mahinda Rajapaksa", "2009-05-01", "President of Sri Lanka"),
    ("Haile Selassie", "1960-01-01", "Emperor of Ethiopia"),
    ("Mengistu Haile Mariam", "1980-01-01", "Chairman of the Derg (Provisional Military Administrative Council of Ethiopia)"),
    ("Meles Zenawi", "2000-01-01", "Prime Minister of Ethiopia"),
])
def test_a_leader_holds_the_office_of_that_day(name, day, office):
    assert f"    {office} (" in kb_who(name, day)[0]


def test_gorbachev_is_soviet_president_only_from_march_1990():
    assert "President of the Soviet Union" not in kb_who("Mikhail Gorbachev", "1989-01-01")[0]
    assert "President of the Soviet Union (1990-03-15 – 1991-12-25)" in kb_who("Mikhail Gorbachev", "1991-01-01")[0]


def test_putin_was_prime_minister_not_president_in_2010():
    held = kb_who("Vladimir Putin", "2010-06-01")[0]
    assert "Prime Minister of Russia" in held and "President of Russia" not in held


def test_suharto_was_not_yet_president_in_1966():
    assert "President of Indonesia" not in kb_who("Suharto", "1966-06-01")[0]


def test_nawaz_sharif_is_one_person_with_all_four_premierships():
    result = CliRunner().invoke(kb, ["who", "Nawaz Sharif", "--on", "2015-01-01"])
    assert result.output.count("Prime Minister of Pakistan:") == 4


def test_no_office_is_given_for_a_leader_whose_power_had_no_single_office():
    assert CliRunner().invoke(kb, ["who", "Deng Xiaoping", "--on", "1990-01-01"]).exit_code == 1


@pytest.mark.parametrize("day, reported", [
    ("1987-06-01", True),  # General Secretary only: no head-of-state post yet
    ("1989-01-10", False),  # Chairman of the Presidium, whom news called "Soviet President"
    ("1989-11-10", False),  # Chairman of the Supreme Soviet, likewise
    ("1990-06-01", False),  # President of the Soviet Union
])
def test_soviet_president_is_any_of_the_head_of_states_posts(cli, write, day, reported):
    path = write("a.md", f"---\ndate: {day}\n---\n\nSoviet President Mikhail Gorbachev said on Tuesday that the "
                         "reforms would go on.\n")
    findings = [f for f in cli("check", "--format", "json", path).json()["findings"]
                if f["rule"] == "people-role-at-date"]
    assert bool(findings) == reported
    if reported:
        assert "was not President of the Soviet Union on 1987-06-01" in findings[0]["message"]
        assert "Chairman of the Presidium of the Supreme Soviet of the Soviet Union 1988-10-01" in findings[0]["message"]


@pytest.mark.parametrize("name, day, office", [
    ("Nikolai Ryzhkov", "1988-06-01", "Chairman of the Council of Ministers of the Soviet Union"),
    ("Alexei Kosygin", "1970-06-01", "Chairman of the Council of Ministers of the Soviet Union"),
    ("Viktor Chernomyrdin", "1995-06-01", "Prime Minister of Russia"),
    ("Yevgeny Primakov", "1999-01-15", "Prime Minister of Russia"),
])
def test_soviet_and_russian_heads_of_government(name, day, office):
    assert office in kb_who(name, day)[0]


def test_prime_minister_primakov_before_his_premiership_is_reported(cli, write):
    path = write("a.md", "---\ndate: 1995-06-01\n---\n\nRussian Prime Minister Yevgeny Primakov said on Tuesday "
                         "that talks would go on.\n")
    (finding,) = [f for f in cli("check", "--format", "json", path).json()["findings"]
                  if f["rule"] == "people-role-at-date"]
    assert "held by Viktor Chernomyrdin" in finding["message"]


def test_raul_castro_acting_while_fidel_keeps_the_title():
    on_date, _ = kb_who("Raúl Castro", "2007-01-01")
    assert "President of Cuba" in on_date and "acting" in on_date
    assert "President of Cuba" in kb_who("Fidel Castro", "2007-01-01")[0]


def test_bashar_al_assad_is_no_president_after_his_fall():
    assert "President of Syria" not in kb_who("Bashar al-Assad", "2025-03-01")[0]
    assert "President of Syria" in kb_who("Ahmed al-Sharaa", "2025-03-01")[0]
