from click.testing import CliRunner
from conftest import DATA, kb_who

from factlint.cli.kb import kb


def test_who_on_a_date_shows_roles_sources_and_age():
    on_date, output = kb_who("Rustem Umerov", "2023-12-03")
    assert "Minister of Defence of Ukraine (2023-09-06 – 2025-07-17) [https://" in on_date
    assert "National Security" not in on_date
    assert "born 1982-04-19; age 41 on 2023-12-03" in output


def test_who_by_surname_and_imprecise_dates():
    result = CliRunner().invoke(kb, ["who", "Dorn", "--on", "2016-03-01", "-k", str(DATA / "kb-freedonia.yaml")])
    assert result.exit_code == 0, result.output
    assert "possibly Secretary of the Security Council of Freedonia (2016 – 2020-05-20" in result.output


def test_who_unknown_person_and_bad_date():
    runner = CliRunner()
    assert runner.invoke(kb, ["who", "Nobody Atall"]).exit_code == 1
    assert runner.invoke(kb, ["who", "Rustem Umerov", "--on", "3 Dec"]).exit_code == 2


def test_who_by_initials_finds_the_person_whose_given_names_they_stand_for():
    on_date, output = kb_who("I. K. Gujral", "1997-06-01")
    assert output.startswith("Inder Kumar Gujral (")
    assert "Prime Minister of India" in on_date
    result = CliRunner().invoke(kb, ["who", "Q. Z. Gujral"])
    assert "Inder Kumar Gujral" not in result.output
