"""The ``date-invalid`` kind, one throw-away rule per parameter."""

from conftest import fired


def test_an_impossible_day_fires_without_a_publication_date(make_rule):
    rule = make_rule("date-invalid", message="{date}: {month} has {days} days in {year}")
    assert fired(rule, "It opened on February 30, 2023.", day=None) == [
        "February 30, 2023: February has 28 days in 2023"]
    assert fired(rule, "It opened on February 28, 2023.") == []


def test_skip_quotes(make_rule):
    text = '"We opened on September 31, 2021," she said.'
    assert fired(make_rule("date-invalid"), text) == ["hit"]
    assert fired(make_rule("date-invalid", skip_quotes=True), text) == []
