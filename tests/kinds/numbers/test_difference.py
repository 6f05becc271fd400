"""The ``difference-as-percent`` kind: a percentage equal to the gap between two amounts beside it."""

from conftest import fired

SPENDING = "Spending last year was 27.3 mln dlrs. Metals took 17.7 mln dlrs of it, while oil will take {rest}."


def test_the_rest_given_as_a_percentage(make_rule):
    rule = make_rule("difference-as-percent", message="{figure} = {first} (line {line}) - {second}")
    assert fired(rule, SPENDING.format(rest="less than last year's 9.6 pct")) == [
        "9.6 pct = 27.3 mln dlrs (line 1) - 17.7 mln dlrs"
    ]
    assert fired(rule, SPENDING.format(rest="less than last year's 9.6 mln dlrs")) == []
    assert fired(rule, SPENDING.format(rest="less than last year's 9.5 pct")) == []


def test_a_change_or_a_share_is_not_read(make_rule):
    rule = make_rule("difference-as-percent")
    assert fired(rule, SPENDING.format(rest="a share that rose 9.6 pct")) == []
    assert fired(rule, SPENDING.format(rest="9.6 pct of the rest")) == []


def test_window_and_written_step(make_rule):
    near = "Spending last year was 27.3 mln dlrs. Metals took 17.7 mln dlrs, oil last year's 9.6 pct."
    assert fired(make_rule("difference-as-percent"), near) == ["hit"]
    far = "Spending last year was 27.3 mln dlrs. It said more. Metals took 17.7 mln dlrs, oil last year's 9.6 pct."
    assert fired(make_rule("difference-as-percent"), far) == []
    assert fired(make_rule("difference-as-percent", window=2), far) == ["hit"]
    steps = "Spending last year was 27.30 mln dlrs. Metals took 17.70 mln dlrs, while oil took last year's 9.6 pct."
    assert fired(make_rule("difference-as-percent"), steps) == []
