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


@pytest.mark.parametrize("text", [
    "At rallies at the state fair last week, 2020 White House contenders drew crowds.",
    "A year ago today, on May 10, 2023, the storm hit the coast.",
    "If thrift was the crisis of the 1990s, today's crisis is the cost of housing.",
    "This year's contestants are aware of that history — from one senator in 1984 to another in 2000.",
    "Talks resumed.\nSochi transformed – This September 2010 photo shows the slopes. Hide Caption 6 of 19\n",
])
def test_attributive_contrasting_and_compound_times_are_not_restatements(make_rule, text):
    assert fired(make_rule("date-relative-conflict"), text) == []


def test_a_real_restatement_is_still_compared(make_rule):
    assert fired(make_rule("date-relative-conflict"), "Last year's floods, which struck in 2021, hit the town.") == ["hit"]
    assert fired(make_rule("date-relative-conflict"), "Sales fell last year (2021).") == ["hit"]
