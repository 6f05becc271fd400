"""``BySentence``: the figures of nearby sentences, looked up instead of rescanning the whole article's list."""

from dataclasses import dataclass

from conftest import fired

from factlint.kinds.numbers.select import BySentence


@dataclass
class Figure:
    name: str
    sentence: int


def test_between_is_inclusive_and_keeps_the_list_order():
    items = [Figure("a", 3), Figure("b", 1), Figure("c", 3), Figure("d", 2), Figure("e", 5)]
    index = BySentence(items)
    assert [f.name for f in index.between(2, 3)] == ["a", "c", "d"]
    assert [f.name for f in index.between(3, 3)] == ["a", "c"]
    assert [f.name for f in index.between(0, 0)] == []
    assert [f.name for f in index.between(4, 2)] == []  # an empty window (a negative width) holds nothing
    assert [f.name for f in index.between(-10, 10)] == ["a", "b", "c", "d", "e"]


def test_a_key_function_for_pairs():
    pairs = [(Figure("x", 4), "part"), (Figure("y", 0), "part")]
    assert [p[0].name for p in BySentence(pairs, lambda p: p[0].sentence).between(0, 1)] == ["y"]


FILLER = "Exports rose to 12 mln francs in the first quarter, the office said.\n\n"


def test_metric_pair_found_deep_in_a_long_article(make_rule):
    rule = make_rule("metric-scale", message="{whole} / {part}", part=["net\\s+profits?"], whole=["turnover", "sales"])
    text = FILLER * 60 + "Net profit rose to 360 mln francs.\n\nSales were 15.7 mln francs.\n\n" + FILLER * 60
    assert fired(rule, text) == ["15.7 mln francs / 360 mln francs"]
    before = FILLER * 60 + "Sales were 15.7 mln francs.\n\nNet profit rose to 360 mln francs.\n\n" + FILLER * 60
    assert fired(rule, before) == ["15.7 mln francs / 360 mln francs"]


def test_difference_amounts_found_deep_in_a_long_article(make_rule):
    rule = make_rule("difference-as-percent", message="{figure} = {first} - {second}")
    core = "Spending was 27.3 mln dlrs and metals took 17.7 mln dlrs, leaving 9.6 pct for oil.\n\n"
    assert fired(rule, FILLER * 60 + core + FILLER * 60) == ["9.6 pct = 27.3 mln dlrs - 17.7 mln dlrs"]
    apart = FILLER * 30 + "Spending was 27.3 mln dlrs.\n\nIt said more.\n\nMetals took 17.7 mln dlrs, or 9.6 pct.\n\n"
    assert fired(rule, apart) == []  # the larger amount two sentences before: outside the window
