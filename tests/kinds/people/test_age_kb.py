"""The ``age-kb`` kind, one throw-away rule per parameter; Anna Brask (test KB) was born on 15 March 1970."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_an_age_the_kb_birth_date_cannot_give(make_rule):
    rule = make_rule("age-kb", message="{name} is {expected}, not {age}")
    assert fired(rule, "Anna Brask, 50, spoke.", day="2024-05-10") == ["Anna Brask is 54, not 50"]
    assert fired(rule, "Anna Brask, 54, spoke.", day="2024-05-10") == []


def test_window_days_accepts_the_age_before_a_recent_birthday(make_rule):
    text = "Anna Brask, 53, spoke."  # she turned 54 five days before publication
    assert fired(make_rule("age-kb", window_days=0), text, day="2024-03-20") == ["hit"]
    assert fired(make_rule("age-kb"), text, day="2024-03-20") == []
    with pytest.raises(RuleError, match="window_days must be between 0 and 366"):
        make_rule("age-kb", window_days=400)


def test_skip_quotes(make_rule):
    text = '"Anna Brask, 50, will speak," he said.'
    assert fired(make_rule("age-kb"), text) == []
    assert fired(make_rule("age-kb", skip_quotes=False), text) == ["hit"]
