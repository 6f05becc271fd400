"""The ``date-relative-conflict`` kind, one throw-away rule per parameter (published 10 May 2024)."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_relative_kinds(make_rule):
    relative, ago = "Last year's floods, which struck in 2021, destroyed the bridge.", "Two years ago, in 2019, the mill shut."
    only_relative = make_rule("date-relative-conflict", relative_kinds=["relative"])
    assert fired(only_relative, relative) == ["hit"] and fired(only_relative, ago) == []
    only_ago = make_rule("date-relative-conflict", relative_kinds=["ago"])
    assert fired(only_ago, relative) == [] and fired(only_ago, ago) == ["hit"]
    with pytest.raises(RuleError, match="unknown relative kind 'soon'"):
        make_rule("date-relative-conflict", relative_kinds=["soon"])


def test_skip_quotes(make_rule):
    text = '"Two years ago, in 2019, the mill shut," he said.'
    assert fired(make_rule("date-relative-conflict"), text) == []
    assert fired(make_rule("date-relative-conflict", skip_quotes=False), text) == ["hit"]
