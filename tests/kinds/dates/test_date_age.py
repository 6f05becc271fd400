"""The ``date-age`` kind, one throw-away rule per parameter (published 10 May 2024)."""

from conftest import fired


def test_an_age_the_birth_year_cannot_give(make_rule):
    rule = make_rule("date-age", message="{stated} not {expected}")
    assert fired(rule, "Born in 1975, the 52-year-old runs the port.") == ["52 not 48 or 49"]
    assert fired(rule, "Born in 1975, the 49-year-old runs the port.") == []


def test_scope_widens_how_far_the_age_may_stand_from_the_birth_date(make_rule):
    text = "The harbour master was born in 1975. The 52-year-old runs the port."
    assert fired(make_rule("date-age"), text) == []
    assert fired(make_rule("date-age", scope="paragraph"), text) == ["hit"]
    assert fired(make_rule("date-age", scope="document"), text) == ["hit"]


def test_skip_quotes(make_rule):
    text = 'Born in 1975, "the 52-year-old runs the port," he said.'
    assert fired(make_rule("date-age"), text) == []
    assert fired(make_rule("date-age", skip_quotes=False), text) == ["hit"]
