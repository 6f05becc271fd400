"""The ``figure-unit`` kind, one throw-away rule per parameter."""

import pytest

from conftest import fired

RATIO = r"\bbook-to-bill ratio (?:was )?$"
SALE = r"\s*from the sale of\b"
MILLIONS = "The firm sold one plant for 40 mln dlrs and another for 217 mln dlrs. "


def test_quantity_and_before(make_rule):
    rule = make_rule("figure-unit", message="{figure} after {context}", before=RATIO)
    assert fired(rule, "The book-to-bill ratio was 1.13 pct in March.") == ["1.13 pct after book-to-bill ratio was"]
    assert fired(rule, "The book-to-bill ratio was 1.13 in March.") == []
    assert fired(make_rule("figure-unit", before=RATIO, quantity="money"), "The book-to-bill ratio was 1.13 pct.") == []


def test_after(make_rule):
    rule = make_rule("figure-unit", quantity="money", after=SALE)
    assert fired(rule, MILLIONS + "It received 257 dlrs from the sale of a station.") == ["hit"]
    assert fired(rule, MILLIONS + "It received 257 dlrs in the sale of a station.") == []
    with pytest.raises(Exception, match="before"):
        make_rule("figure-unit")


def test_below_unscaled_and_scaled_elsewhere(make_rule):
    text = MILLIONS + "It received 257 mln dlrs from the sale of a station."
    assert fired(make_rule("figure-unit", quantity="money", after=SALE), text) == ["hit"]
    assert fired(make_rule("figure-unit", quantity="money", after=SALE, unscaled=True), text) == []
    small = MILLIONS + "It received 2,570 dlrs from the sale of a car."
    assert fired(make_rule("figure-unit", quantity="money", after=SALE, below=1000), small) == []
    lone = "She received 257 dlrs from the sale of her bicycle."
    assert fired(make_rule("figure-unit", quantity="money", after=SALE), lone) == ["hit"]
    assert fired(make_rule("figure-unit", quantity="money", after=SALE, scaled_elsewhere=2), lone) == []


def test_follow_reports_the_same_ratio_again(make_rule):
    rule = make_rule("figure-unit", message="{figure} like {first} (line {first_line}) after {context}", before=RATIO,
                     follow=1.25)
    text = "The book-to-bill ratio was 1.13 pct in March.\n\nThe February figure was revised from the 1.11 pct reported."
    assert fired(rule, text) == ["1.11 pct like 1.13 pct (line 1) after book-to-bill ratio was"]
    assert fired(rule, text.replace("1.11 pct", "1.1 pct")) == []  # another decimal step: another measure
    assert fired(rule, text.replace("1.11 pct", "1.61 pct")) == []
    assert fired(rule, text.replace("from the 1.11", "up 1.11")) == []
    assert fired(rule, text.replace("1.13 pct in", "1.13 in")) == []
    with pytest.raises(Exception, match="follow must be above 1"):
        make_rule("figure-unit", before=RATIO, follow=0.5)
