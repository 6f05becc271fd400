"""The ``percentage`` kind, one throw-away rule per parameter."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_extra_tolerance(make_rule):
    text = "Of the 240 students who sat the exam, 180 passed, a pass rate of 65%."
    assert fired(make_rule("percentage", message="{share}: {computed}%"), text) == ["65%: 75.0%"]
    assert fired(make_rule("percentage", extra_tolerance=10), text) == []


def test_word_tolerance(make_rule):
    text = "Of the 240 students who sat the exam, 72 passed, a third of them."
    assert fired(make_rule("percentage"), text) == ["hit"]
    assert fired(make_rule("percentage", word_tolerance=5), text) == []
    with pytest.raises(RuleError, match="tolerance must be between 0 and 50"):
        make_rule("percentage", word_tolerance=60)
