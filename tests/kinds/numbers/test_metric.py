"""The ``metric-scale`` kind: turnover a thousandfold slip below the profit beside it."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError

PROFIT = "Net profit rose to 360 mln francs last year, the company said.\n\n"


@pytest.fixture
def rule(make_rule):
    return make_rule("metric-scale", message="{whole_metric} {whole} / {part_metric} {part} line {part_line}: {read}",
                     part=["net\\s+profits?"], whole=["turnover", "sales"], parts="unit|division",
                     one_off="\\bgains?\\b")


def test_turnover_a_thousand_times_too_small(rule):
    assert fired(rule, PROFIT + "Group turnover should rise about seven pct from the 15.7 mln reported.") == [
        "turnover 15.7 mln / net profit 360 mln francs line 1: 15,700,000,000"
    ]
    assert fired(rule, PROFIT + "Group turnover should rise about seven pct from the 15.7 billion reported.") == []


def test_a_unit_and_a_one_off_gain(rule):
    assert fired(rule, PROFIT + "Sales at its cable unit rose to 15.7 mln francs.") == []
    gain = "Net profit rose to 360 mln dlrs, including a gain on its bank.\n\nSales were 15.7 mln dlrs."
    assert fired(rule, gain) == []


def test_currency_window_and_margin(rule, make_rule):
    assert fired(rule, PROFIT + "Sales were 15.7 mln dlrs.") == []
    far = PROFIT + "It said more. It said more. It said more.\n\nSales were 15.7 mln francs."
    assert fired(rule, far) == []
    assert len(fired(make_rule("metric-scale", part=["net\\s+profit"], whole=["sales"], window=5), far)) == 1
    tiny = PROFIT + "Sales were 360 francs."
    assert fired(rule, tiny) == []  # no scale word: not a scale slip
    close = PROFIT + "Sales were 300 mln francs."
    assert fired(rule, close) == []  # below the profit, but not a thousandfold slip
    with pytest.raises(RuleError, match="margin"):
        make_rule("metric-scale", part=["profit"], whole=["sales"], margin=[0.5, 0.1])


def test_another_noun_or_a_name(make_rule):
    rule = make_rule("metric-scale", part=["net\\s+profit"], whole=["revenue", "sales"], compound="\\s+tax\\b")
    assert fired(rule, "Net profit was 757 mln stg. Petroleum Revenue Tax was 16 mln stg.") == []
    assert fired(rule, "Net profit was 757 mln stg. The sales tax was 16 mln stg.") == []
    assert fired(rule, "Net profit was 757 mln stg. Revenue was 16 mln stg.") == ["hit"]


def test_the_name_and_its_figure_share_a_clause(make_rule):
    rule = make_rule("metric-scale", part=["profits?"], whole=["sales"])
    text = "It made $3 billion in profit, sending shares toward a $1 trillion valuation. Sales were $87.4 billion."
    assert fired(rule, text) == []
    assert fired(rule, "It made a profit of $1 trillion. Sales were $87.4 billion.") == ["hit"]
