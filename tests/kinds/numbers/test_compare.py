"""The ``compared-figures`` kind, one throw-away rule per parameter."""

import pytest

from conftest import fired

JOIN = ["against", "compared (?:with|to)", "up from"]


def test_scale_check_and_near(make_rule):
    rule = make_rule("compared-figures", message="{second} vs {first}: {read}", connectors=JOIN)
    text = "The group had sales of 6.57 billion stg against 8.81 mln."
    assert fired(rule, text, None) == ["8.81 mln vs 6.57 billion stg: 8,810,000,000"]
    assert fired(rule, "The group had sales of 6.57 billion stg against 8.81 billion.", None) == []
    assert fired(rule, "The group had sales of 6.57 billion stg against 950 mln.", None) == []
    assert fired(make_rule("compared-figures", connectors=JOIN, near=1.2), text, None) == []
    with pytest.raises(Exception, match="near"):
        make_rule("compared-figures", connectors=JOIN, near=1.0)


def test_connectors_and_max_words(make_rule):
    text = "Sales were 6.57 billion dlrs this year, well up from 8.81 mln."
    assert fired(make_rule("compared-figures", connectors=JOIN), text, None) == ["hit"]
    assert fired(make_rule("compared-figures", connectors=["against"]), text, None) == []
    assert fired(make_rule("compared-figures", connectors=JOIN, max_words=0), text, None) == []


def test_volatile(make_rule):
    text = "Profit was 1.2 billion dlrs against 1.5 mln, on sales of 9 billion dlrs."
    assert fired(make_rule("compared-figures", connectors=JOIN), text, None) == ["hit"]
    assert fired(make_rule("compared-figures", connectors=JOIN, volatile=["profit"]), text, None) == []
    # The profit words before an earlier figure do not cover a later pair.
    later = "Profit was 90 mln dlrs, on sales of 6.57 billion dlrs against 8.81 mln."
    assert fired(make_rule("compared-figures", connectors=JOIN, volatile=["profit"]), later, None) == ["hit"]


def test_currency_check(make_rule):
    rule = make_rule("compared-figures", check="currency", connectors=JOIN)
    assert fired(rule, "It lost $470m (compared to a profit of £13m a year ago).", None) == ["hit"]
    assert fired(rule, "It lost $470m (compared to a profit of $13m a year ago).", None) == []
    assert fired(rule, "It made $186m (£98m) in the quarter, compared with $1.13bn a year ago.", None) == []
    assert fired(rule, "It earned 165 mln dlrs or 60 cts a share, up from 150 mln dlrs.", None) == []


def test_to_from_reads_the_two_ends_of_a_change(make_rule):
    text = "Sales rose to 6.57 billion stg from 8.81 mln in 1985."
    assert fired(make_rule("compared-figures", connectors=JOIN), text, None) == []
    rule = make_rule("compared-figures", message="{second} vs {first}", connectors=JOIN, to_from=True)
    assert fired(rule, text, None) == ["8.81 mln vs 6.57 billion stg"]
    assert fired(rule, "Sales of 6.57 billion stg came from 8.81 mln.", None) == []  # no change verb before
    assert fired(rule, "The fund grew to 1.2 billion dlrs from 1.5 mln investors.", None) == []
