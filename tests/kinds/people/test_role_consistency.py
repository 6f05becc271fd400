"""The ``role-consistency`` kind, one throw-away rule per parameter."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError

GROUPS = [["president", "prime minister"]]


def test_exclusive_groups(make_rule):
    text = "President Ivo Lenk met the press. Later Prime Minister Ivo Lenk left."
    rule = make_rule("role-consistency", message="{name}: {title} after {other}", exclusive=GROUPS)
    assert fired(rule, text) == ["Ivo Lenk: Prime Minister after President"]
    assert fired(make_rule("role-consistency", exclusive=[["president", "mayor"]]), text) == []
    with pytest.raises(RuleError, match="each group must be a list of at least two title forms"):
        make_rule("role-consistency", exclusive=[["president"]])


def test_skip_quotes(make_rule):
    text = 'President Ivo Lenk met the press. "Prime Minister Ivo Lenk left," he said.'
    assert fired(make_rule("role-consistency", exclusive=GROUPS), text) == []
    assert fired(make_rule("role-consistency", exclusive=GROUPS, skip_quotes=False), text) == ["hit"]
