"""RangeIndex returns what a filter over the whole list would, in the same order."""

from factlint.support.rangeindex import RangeIndex


def test_sorted_items_in_range():
    items = [1, 3, 3, 5, 8, 13]
    index = RangeIndex(items, lambda x: x)
    assert index.between(3, 8) == [3, 3, 5]
    assert index.between(9, 13) == []
    assert index.between(-5, 100) == items


def test_unsorted_items_keep_their_order():
    items = [("b", 7), ("a", 2), ("c", 5), ("d", 2)]
    index = RangeIndex(items, lambda pair: pair[1])
    assert index.between(2, 6) == [("a", 2), ("c", 5), ("d", 2)]
