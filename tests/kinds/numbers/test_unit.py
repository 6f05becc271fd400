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
