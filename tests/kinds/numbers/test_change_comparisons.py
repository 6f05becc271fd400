"""The ``change`` kind's comparisons ("A, 20% above B", "up 20% on B", "three times B") and changes in points."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


@pytest.fixture
def compare(make_rule):
    return make_rule("change", message="{statement}: {problem}", statements=["comparisons"])


def test_a_percentage_against_its_base(compare):
    assert fired(compare, "Sales were $12.4m, 30% higher than the $10.3m of last year.") == [
        "$12.4m, 30% higher than the $10.3m: $10.3m to $12.4m is a change of +20.4%, not +30%"
    ]
    assert fired(compare, "Sales were $12.4m, 20% higher than the $10.3m of last year.") == []
    assert fired(compare, "Costs were $8.1m, 12% below the $9.2m budget.") == []
    assert len(fired(compare, "Costs were $8.1m, 20% less than the $9.2m budget.")) == 1


def test_the_direction_against_the_base(compare):
    assert fired(compare, "Costs were $9.8m, 6% below the $9.2m budget.") == [
        "$9.8m, 6% below the $9.2m: $9.8m is not below $9.2m"
    ]


def test_up_on(compare):
    assert len(fired(compare, "Profits of $6.2m were up 40% on last year's $5.1m.")) == 1
    assert fired(compare, "Profits of $6.2m were up 20% on last year's $5.1m.") == []


def test_factors(compare):
    assert fired(compare, "Profit was $12.4m, three times the $3.1m it made.") == [
        "$12.4m, three times the $3.1m: the figures give a factor of 4.00, not 3"
    ]
    assert fired(compare, "Profit was $12.4m, four times the $3.1m it made.") == []
    assert fired(compare, "Profit was $12.4m, four times as much as the $3.1m it made.") == []
    assert len(fired(compare, "Profit was $9.3m, twice the $3.1m it made.")) == 1
    assert fired(compare, "Profit was $6.2m, twice the $3.1m it made.") == []


def test_times_more_than_may_mean_one_more(compare):
    assert fired(compare, "Profit was $12.4m, three times more than the $3.1m it made.") == []
    assert fired(compare, "Profit was $9.3m, three times more than the $3.1m it made.") == []
    assert len(fired(compare, "Profit was $18.6m, three times more than the $3.1m it made.")) == 1


def test_a_hedged_factor_is_not_judged(compare):
    assert fired(compare, "Profit was $12.4m, about three times the $3.1m it made.") == []


def test_statements_choose_what_is_read(make_rule):
    text = "Sales were $12.4m, 30% higher than the $10.3m of last year. Sales rose 20% to $5.6m from $5.1m."
    assert len(fired(make_rule("change"), text)) == 1
    assert len(fired(make_rule("change", statements=["comparisons"]), text)) == 1
    assert len(fired(make_rule("change", statements=["changes", "comparisons"]), text)) == 2
    with pytest.raises(RuleError, match="statements must list changes, comparisons or both"):
        make_rule("change", statements=["guesses"])


def test_points(make_rule):
    rule = make_rule("change", message="{problem}")
    assert fired(rule, "The index rose 5 points to 121.4 from 118.2.") == [
        "118.2 to 121.4 is a change of +3.2 points, not +5 points"
    ]
    assert fired(rule, "The index rose 3 points to 121.4 from 118.2.") == []
    assert fired(rule, "The jobless rate rose 2 percentage points to 5.5% from 3.5%.") == []
    assert len(fired(rule, "The jobless rate rose 3 percentage points to 5.5% from 3.5%.")) == 1
    assert fired(rule, "The yield rose 30 basis points to 5.5% from 3.5%.") == []


def test_the_base_follows_the_connector(compare):
    # "out of" and "in his first" do not name a base: no factor is stated
    assert fired(compare, "He scored 17, 5 times out of 20 attempts.") == []
    assert fired(compare, "He had 6.2 goals, three times in his first 9.3 games.") == []
    assert len(fired(compare, "Profit was $12.4m, three times last year's $3.1m.")) == 1
