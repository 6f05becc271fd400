"""The ``date-year-contrast`` kind: "this year" and the same year written out on two sides of one comparison."""

from conftest import fired

PUB = "2024-03-05"


def test_the_same_year_on_both_sides_of_a_comparison_fires(make_rule):
    rule = make_rule("date-year-contrast", message="{relative}={explicit}={value}")
    assert fired(rule, "Output in 2024 should reach 12 mln tonnes against 11 mln this year.", day=PUB) == [
        "this year=2024=2024"]
    assert fired(rule, "Exports rose to 8 bln dlrs last year from 7 bln in 2023.", day=PUB) == [
        "last year=2023=2023"]


def test_different_years_or_separate_clauses_are_left_alone(make_rule):
    rule = make_rule("date-year-contrast")
    assert fired(rule, "Output in 2024 should reach 12 mln tonnes against 11 mln last year.", day=PUB) == []
    assert fired(rule, "Prices should ease to 3 pct next year from 4 pct this year, wages to 2 pct in 2025.",
                 day=PUB) == []
    assert fired(rule, "Sales will rise this year and reach 9 mln in 2024 after the merger.", day=PUB) == []


def test_revisions_and_fiscal_years_are_left_alone(make_rule):
    rule = make_rule("date-year-contrast")
    assert fired(rule, "It cut its 2024 forecast to 5 mln from a previous 6 mln this year.", day=PUB) == []
    assert fired(rule, "Profit in fiscal 2024 may reach 5 mln after 4 mln this year.", day=PUB) == []


def test_undated_articles_are_skipped(make_rule):
    rule = make_rule("date-year-contrast")
    assert fired(rule, "Output in 2024 should reach 12 mln tonnes against 11 mln this year.", day=None) == []


def test_skip_quotes(make_rule):
    text = '"Output in 2024 should reach 12 mln tonnes against 11 mln this year," he said.'
    assert fired(make_rule("date-year-contrast"), text, day=PUB) == []
    assert fired(make_rule("date-year-contrast", skip_quotes=False), text, day=PUB) == ["hit"]
