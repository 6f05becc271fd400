"""The ``date-anniversary`` kind, one throw-away rule per parameter."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_slack_months_around_a_known_start_month(make_rule):
    # The second anniversary of February 2022 is February 2024: ten months before this article.
    text = "Kyiv marked the second anniversary of the invasion, which began in February 2022."
    assert fired(make_rule("date-anniversary"), text, day="2024-12-10") == ["hit"]
    assert fired(make_rule("date-anniversary", slack_months=10), text, day="2024-12-10") == []
    with pytest.raises(RuleError, match="slack_months must be between 0 and 24"):
        make_rule("date-anniversary", slack_months=30)


def test_skip_quotes(make_rule):
    text = '"We marked the third anniversary of the invasion, which began in 2022," he said.'
    assert fired(make_rule("date-anniversary"), text) == []
    assert fired(make_rule("date-anniversary", skip_quotes=False), text) == ["hit"]
