"""The engine's side of the kind contract: scopes the loader accepts, the publication-date need, quotations."""

from datetime import date

import pytest
from conftest import fired

from factlint.config import Settings
from factlint.document import load_text
from factlint.engine.loader import RuleError
from factlint.engine.runner import check_document
from factlint.kinds.base import CheckKind, Hit, Param
from factlint.kinds.rule import Rule

PAST = "Harbour notes.\n\nThe bill was signed into law on June 14, 2024."  # no dateline to take a date from
NOTE = ("a.txt: no publication date found; checks that need one were skipped "
        "(give it with --date YYYY-MM-DD or front matter 'date:')")


def test_a_scope_the_kind_cannot_do_is_a_one_line_error_with_file_and_line(make_rule):
    with pytest.raises(RuleError) as info:
        make_rule("percentage", scope="sentence")
    (problem,) = info.value.problems
    assert problem.endswith(": rule 'throwaway-0': kind 'percentage' cannot work at scope 'sentence' "
                            "(it sets its own reach; remove the key)")
    assert ".yaml:7: " in problem  # the line of the scope key
    assert make_rule("sum", scope="paragraph").scope == "paragraph"


def run(rules, text, pub):
    return check_document(load_text(text, path="a.txt", pub_date=pub), Settings(), rules)


def test_undated_articles_skip_rules_needing_the_date_with_one_note(make_rule):
    rules = [make_rule("date-tense", tense="past"), make_rule("date-tense", tense="past", preps=["on"])]
    assert run(rules, PAST, None) == ([], [], [NOTE])
    findings, errors, notices = run(rules, PAST, date(2024, 5, 10))
    assert len(findings) == 2 and errors == [] and notices == []
    # Nothing to judge, nothing to note: the rule is stopped where it first needs the date, not before.
    assert run(rules, "The bill was signed into law.", None) == ([], [], [])
    assert fired(rules[0], PAST, day=None) == []


class _Undeclared(CheckKind):
    """Reads the publication date without declaring the need."""

    def check(self, analysis):
        yield Hit(0, 1, {"day": str(analysis.pub_date)})


def test_a_kind_reading_the_date_without_declaring_the_need_is_reported(make_rule):
    rule = Rule("undeclared", "undeclared", "style", "warning", "{day}", "d")
    rule.check = _Undeclared(rule)
    findings, errors, notices = run([rule], PAST, None)
    assert findings == [] and len(errors) == 1 and "rule 'undeclared' failed: PubDateMissing" in errors[0]
    (finding,) = run([rule], PAST, date(2024, 5, 10))[0]
    assert finding.message == "2024-05-10"


def test_a_quotation_policy_needs_its_skip_quotes_parameter():
    with pytest.raises(TypeError, match="declare a 'skip_quotes' parameter exactly when 'quotations' is set"):
        type("NoParam", (CheckKind,), {"quotations": "hits"})
    with pytest.raises(TypeError):
        type("NoPolicy", (CheckKind,), {"params": {"skip_quotes": Param("bool", "h", default=False)}})
