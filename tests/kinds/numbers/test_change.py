"""The ``change`` kind, one throw-away rule per parameter."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_a_change_the_figures_do_not_give(make_rule):
    rule = make_rule("change", message="{problem}")
    assert fired(rule, "Sales rose 20% to $5.6m from $5.1m.") == ["$5.1m to $5.6m is a change of +9.8%, not +20%"]
    assert fired(rule, "Sales rose 10% to $5.6m from $5.1m.") == []


def test_ratio_tolerance(make_rule):
    text = "Sales doubled to $6.6m from $2.5m."
    assert fired(make_rule("change"), text) == ["hit"]
    assert fired(make_rule("change", ratio_tolerance=0.4), text) == []
    with pytest.raises(RuleError, match="ratio_tolerance must be at least 0 and below 1"):
        make_rule("change", ratio_tolerance=1.5)
