"""The ``change`` kind on the wordings newsrooms use for one comparison, and on changes that end in a loss."""

import pytest
from conftest import fired


@pytest.fixture
def compare(make_rule):
    return make_rule("change", message="{statement}: {problem}", statements=["comparisons"])


@pytest.fixture
def change(make_rule):
    return make_rule("change", message="{statement}: {problem}")


@pytest.mark.parametrize("text", [
    "Sales were $12.4m, 30% up on the $10.3m of last year.",
    "Sales were $12.4m, an increase of 30% on the $10.3m of last year.",
    "Sales were $12.4m, a rise of 30% over last year's $10.3m.",
    "Sales were $12.4m, up 30% over last year's $10.3m.",
    "Sales were $12.4m, up 30% compared with $10.3m.",
    "Sales of £12.4m were 30 per cent higher than 2003's £10.3m.",
    "Sales were 30% higher than last year's $10.3m at $12.4m.",
    "At $12.4m, sales were 30% higher than the $10.3m of last year.",
    "Sales, at $12.4m, were 30% above last year's $10.3m.",
])
def test_a_difference_against_its_base_in_other_words(compare, text):
    (message,) = fired(compare, text)
    assert "10.3m to " in message and "12.4m is a change of +20.4%, not +30" in message
    assert fired(compare, text.replace("30", "20")) == []


@pytest.mark.parametrize("text", [
    "Sales were $12.4m compared with $10.3m, an increase of 30%.",
    "Sales were $12.4m against $10.3m, up 30%.",
    "Sales rose to $12.4m from $10.3m, up 30%.",
    "Sales rose from $10.3m to $12.4m, a rise of 30%.",
])
def test_a_difference_stated_after_the_pair(compare, text):
    assert len(fired(compare, text)) == 1
    assert fired(compare, text.replace("30", "20")) == []


def test_a_difference_after_the_pair_must_end_the_clause(compare):
    assert fired(compare, "Sales were $12.4m against $10.3m, up 30% on the previous quarter.") == []


def test_the_subject_between_needs_at_before_the_figure(compare):
    assert fired(compare, "Revenue was $12.4m, costs were 30% above the $10.3m budget.") == []


def test_a_price_range_is_not_a_change(compare):
    assert fired(compare, "Tickets now cost from $50 to $120, up 20%.") == []
    assert len(fired(compare, "Ticket prices rose from $50 to $120, up 20%.")) == 1


def test_double_and_triple(compare):
    assert fired(compare, "Profit was $12.4m, double the $3.1m it made.") == [
        "$12.4m, double the $3.1m: the figures give a factor of 4.00, not 2"
    ]
    assert fired(compare, "Profit was $6.2m, double the $3.1m it made.") == []
    assert len(fired(compare, "Profit was $6.2m, triple the $3.1m it made.")) == 1


def test_a_stated_difference_in_the_figures_unit(change):
    assert fired(change, "Sales fell by 30 to 126 from 150.") == ["fell … 30 to 126 from 150: 150 to 126 is a change of -24, not -30"]
    assert fired(change, "Sales fell by 24 to 126 from 150.") == []
    assert fired(change, "Sales fell by $30m to $126m from $150m.") == [
        "fell … $30m to $126m from $150m: $150m to $126m is a change of -24 million, not -$30m"
    ]


def test_a_stated_difference_may_be_rounded_a_little(change):
    assert fired(change, "The index fell 30 to 126.4 from 156.1.") == []
    assert fired(change, "The index rose 300 to 12,456 from 12,161.") == []


def test_a_difference_after_a_change(compare):
    assert fired(compare, "Sales fell to 126 mln dlrs from 150 mln dlrs, down 30 mln dlrs.") == [
        "126 mln dlrs from 150 mln dlrs, down 30 mln dlrs: 150 mln dlrs to 126 mln dlrs is a change of -24 million, "
        "not -30 mln dlrs"
    ]


def test_a_change_to_a_loss(change):
    assert fired(change, "Net income fell 20% to a loss of $4m from $5m.") == [
        "fell … 20% to a loss of $4m from $5m: $5m to a loss of $4m is a change of -180.0%, not -20%"
    ]
    assert fired(change, "Net income fell to a loss of $4m from a profit of $5m.") == []
    assert fired(change, "Net income rose to a loss of $4m from a profit of $5m.") == [
        "rose … $4m from a profit of $5m: a loss of $4m is not above $5m"
    ]
    assert fired(change, "Net income rose to a profit of $4m from a loss of $5m.") == []


def test_between_two_losses(change):
    assert len(fired(change, "Net income rose to a loss of $6m from a loss of $5m.")) == 1
    assert fired(change, "Net income fell to a loss of $6m from a loss of $5m.") == []


def test_a_loss_as_the_subject_is_not_turned_round(change):
    assert fired(change, "The net loss rose to a loss of $4m from a loss of $5m.") == []


def test_a_rise_with_its_figure_before_it(change):
    assert fired(change, "Sales saw a 30% rise to $12.4m from $10.3m.") == [
        "rise … 30% rise to $12.4m from $10.3m: $10.3m to $12.4m is a change of +20.4%, not +30%"
    ]
    assert fired(change, "Sales saw a 20% rise to $12.4m from $10.3m.") == []


def test_a_factor_written_after_the_verb(change):
    assert fired(change, "Sales rose fourfold to $9.3m from $3.1m.") == [
        "fourfold … $9.3m from $3.1m: the figures give a factor of 3.00, not 4"
    ]
    assert fired(change, "Sales rose threefold to $9.3m from $3.1m.") == []
    assert fired(change, "Sales rose more than threefold to $11.3m from $3.1m.") == []


def test_net_income_and_net_loss_ends(change):
    assert len(fired(change, "Net income fell 20% to a net loss of $4m, from net income of $5m.")) == 1
    assert fired(change, "Net income fell to a net loss of $4m, from net income of $5m.") == []


def test_a_loss_in_an_earlier_clause_is_not_the_subject(change):
    text = "Its arm swung to a loss of $3m from a profit of $5m, and the unit's income fell 20% to a loss of $2m from $4m."
    assert len(fired(change, text)) == 1
