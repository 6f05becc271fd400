"""The ``pattern`` kind, one throw-away rule per parameter."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_pattern_reports_each_match_with_named_groups(make_rule):
    rule = make_rule("pattern", message="{match}/{word}", pattern=r"very (?P<word>unique)")
    assert fired(rule, "A very unique plan, and another very unique one.") == ["very unique/unique"] * 2


def test_ignore_case(make_rule):
    assert fired(make_rule("pattern", pattern="kiev"), "Talks in Kiev.") == []
    assert fired(make_rule("pattern", pattern="kiev", ignore_case=True), "Talks in Kiev.") == ["hit"]


def test_whole_word(make_rule):
    text = "The catalogue arrived."
    assert fired(make_rule("pattern", pattern="cat"), text) == []
    assert fired(make_rule("pattern", pattern="cat", whole_word=False), text) == ["hit"]


def test_exceptions_match_the_whole_text_case_sensitively(make_rule):
    rule = make_rule("pattern", message="{match}", pattern="[Kk]iev", exceptions=["Kiev"])
    assert fired(rule, "Kiev and kiev.") == ["kiev"]


def test_skip_quotes(make_rule):
    text = '"Unique things happen," she said. Unique, he agreed.'
    assert len(fired(make_rule("pattern", pattern="Unique"), text)) == 2
    assert len(fired(make_rule("pattern", pattern="Unique", skip_quotes=True), text)) == 1


def test_timeout_bounds_and_reports_a_runaway_pattern(make_rule):
    with pytest.raises(RuleError, match="timeout must be above 0 and at most 60"):
        make_rule("pattern", pattern="x", timeout=0)
    from datetime import date

    from factlint.config import Settings
    from factlint.document import load_text
    from factlint.engine.runner import check_document

    rule = make_rule("pattern", pattern=r"(a|aa)+$", whole_word=False, timeout=0.01)
    _, errors, _ = check_document(load_text("a" * 5000 + "b", pub_date=date(2024, 5, 10)), Settings(), [rule])
    assert len(errors) == 1 and "timed out after 0.01 s" in errors[0]
