"""The ``date-weekday`` kind, one throw-away rule per parameter."""

from conftest import fired


def test_window_days_limits_the_years_a_yearless_date_is_read_in(make_rule):
    # 3 January 2025 is a Friday and 3 January 2024 a Wednesday; published 28 December 2024.
    text = "The talks resume on Wednesday, January 3."
    assert fired(make_rule("date-weekday"), text, day="2024-12-28") == ["hit"]
    assert fired(make_rule("date-weekday", window_days=400), text, day="2024-12-28") == []


def test_skip_quotes(make_rule):
    text = '"Voting ended on Monday, March 12, 2024," he said.'
    assert fired(make_rule("date-weekday"), text) == ["hit"]
    assert fired(make_rule("date-weekday", skip_quotes=True), text) == []
