"""Inputs found by fuzzing that once ended in a traceback or "(please report this)": each is now a correct
result or one clean line naming the file, with exit code 2."""

import pytest

HEAD = "---\ndate: {date}\n---\n\n"


def _no_crash(run) -> None:
    assert "Traceback" not in run.err and "please report" not in run.err, run.err


def test_a_front_matter_integer_of_5000_digits_is_kept_as_text(cli, write):
    write("a.md", "---\ndate: 2024-03-14\ncount: " + "9" * 5000 + "\n---\n\nThe council approved the budget.\n")
    run = cli("check", "a.md")
    _no_crash(run)
    assert run.code == 0


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_weekday_and_relative_words_at_the_ends_of_the_calendar(cli, write, day):
    write("a.md", HEAD.format(date=day) + "On Monday, yesterday, last week and last year the vote was held; "
                  "next month and next year it is held again, tomorrow too, and last Tuesday. Sales doubled to 80 in 2019 "
                  "and will grow in 2031; the plant opened on May 5, 1990.\n")
    run = cli("check", "a.md")
    _no_crash(run)
    # the only findings are the true ones: at year 1 the 1990 opening is still to come, at 9999 2031 is past
    wanted = "past-event-after-publication" if day.startswith("0001") else "future-event-before-publication"
    assert run.code == 1 and run.out.count("[") == 1 and wanted in run.out


@pytest.mark.parametrize("figure", ["9" * 320, "\U0001CCF2", "1" + "0" * 400 + ".5"])
def test_numbers_python_cannot_convert_or_that_overflow_are_not_read(cli, write, figure):
    write("a.md", HEAD.format(date="2024-03-14") + f"They counted {figure} people, 40% of 10 voters, or 5 of them.\n")
    run = cli("check", "a.md")
    _no_crash(run)
    assert run.code == 1 and "share-does-not-match-counts" in run.out  # the rest of the article is still checked


def test_a_config_path_too_long_for_the_system(cli, write):
    write("a.md", HEAD.format(date="2024-03-14") + "Text.\n")
    run = cli("check", "--config", "x" * 300 + ".yaml", "a.md")
    assert run.code == 2 and "cannot read configuration file (File name too long)" in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_config_paths_with_a_nul_byte(cli, write):
    write("a.md", HEAD.format(date="2024-03-14") + "Text.\n")
    write(".factlint.yaml", 'rules: ["a\\0b"]\n')
    run = cli("check", "a.md")
    assert run.code == 2 and "'rules' holds a NUL byte" in run.err and "Traceback" not in run.err


def test_a_rule_pack_name_too_long_for_the_system(cli, write):
    write("a.md", HEAD.format(date="2024-03-14") + "Text.\n")
    run = cli("check", "--rules", "p" * 300, "a.md")
    assert run.code == 2 and "cannot read rule pack (File name too long)" in run.err


def test_kb_lint_on_year_0000(cli, write):
    write("kb.yaml", "offices:\n  - id: o\n    name: O\npeople:\n  - id: a\n    name: A B\n    roles:\n"
                     "      - office: o\n        start: 0000\n        source: s\n")
    run = cli("kb", "lint", "kb.yaml")
    assert run.code == 2 and run.err.strip() == "factlint: kb.yaml:9: start: year 0 does not exist in '0000'"


def _rule(write, extra: str) -> None:
    write("pack/r.yaml", f"- id: t\n  category: dates\n  severity: info\n  message: x\n  description: x\n{extra}")


def test_tolerance_days_beyond_a_century_is_refused_at_load(cli, write):
    write("a.md", HEAD.format(date="2024-03-14") + "Text.\n")
    _rule(write, "  kind: date-tense\n  tense: past\n  tolerance_days: 1000000000\n")
    run = cli("check", "--rules", "pack", "a.md")
    assert run.code == 2 and "tolerance_days must be between 0 and 36525" in run.err


def test_a_sum_assertion_that_is_a_number_is_refused_at_load(cli, write):
    write("a.md", HEAD.format(date="2024-03-14") + "Text.\n")
    _rule(write, "  kind: sum\n  assert: 'max(parts)'\n")
    run = cli("check", "--rules", "pack", "a.md")
    assert run.code == 2 and "'max(parts)' is a number, not an assertion" in run.err


def test_a_date_written_with_a_digit_python_cannot_convert_is_not_read(cli, write):
    write("a.md", HEAD.format(date="2024-03-14") + "\U0001CCF2 March 3, 2021 and 3/\U0001CCF2/2020 passed. "
                  "The council approved the the budget.\n")
    run = cli("check", "a.md")
    _no_crash(run)
    assert run.code == 1 and "repeated-word" in run.out


def test_an_age_beside_a_publication_date_of_year_1_or_an_unconvertible_digit(cli, write):
    write("a.md", HEAD.format(date="0001-01-01") + "The 45-year-old Rustem Umerov spoke.\n")
    run = cli("check", "a.md")
    _no_crash(run)
    assert run.code == 0  # no age to compare with before the birth
    write("b.md", HEAD.format(date="2024-03-14") + "The \U0001CCF2-year-old Rustem Umerov spoke.\n")
    run = cli("check", "b.md")
    _no_crash(run)
    assert run.code == 0


def test_a_kb_file_name_too_long_for_the_system(cli, write):
    write("a.md", HEAD.format(date="2024-03-14") + "Text.\n")
    write(".factlint.yaml", "kb: [" + "k" * 300 + ".yaml]\n")
    run = cli("check", "a.md")
    assert run.code == 2 and "cannot be read (File name too long)" in run.err and "Traceback" not in run.err
    assert len(run.err.strip().splitlines()) == 1
