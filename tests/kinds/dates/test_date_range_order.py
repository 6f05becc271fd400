"""The ``date-range-order`` kind, one throw-away rule per parameter."""

from conftest import fired


def test_a_backwards_range_needs_no_publication_date(make_rule):
    rule = make_rule("date-range-order", message="{range}: {last} before {first}")
    assert fired(rule, "He chaired the board from 2020 to 2018.", day=None) == ["2020 to 2018: 2018 before 2020"]
    assert fired(rule, "He chaired the board from 2018 to 2020.") == []


def test_skip_quotes(make_rule):
    text = '"I chaired the board from 2020 to 2018," he said.'
    assert fired(make_rule("date-range-order"), text) == ["hit"]
    assert fired(make_rule("date-range-order", skip_quotes=True), text) == []
