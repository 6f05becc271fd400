"""News forms of figures read with their right value, or with none: multipliers and fractions in words,
capital scale letters, lakh and crore, space-grouped thousands, hedges, unit words and degree signs.

A wrong value becomes a confident false finding, so each form is shown with the finding it must (not) give
and what the extractor must read.  All sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import number_findings

from factlint.config import Settings
from factlint.document import load_text
from factlint.kinds.analysis import Analysis


def values(text: str) -> list[tuple[str, float]]:
    return [(q.text, q.value) for q in Analysis(load_text(text), Settings()).quantities]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two dozen volunteers came.", ("Two dozen", 24)),
        ("The city has five and a half million residents.", ("five and a half million", 5_500_000)),
        ("The fund holds 1½ million shares.", ("1½ million", 1_500_000)),
        ("Nearly half a million visitors came.", ("Nearly half a million", 500_000)),
        ("The startup raised $10M from investors.", ("$10M", 10_000_000)),
        ("The deal is worth $1.2B in cash.", ("$1.2B", 1_200_000_000)),
        ("The scheme paid out 13 lakh rupees.", ("13 lakh rupees", 1_300_000)),
        ("The firm lost Rs 5 crore last year.", ("Rs 5 crore", 50_000_000)),
        ("The stadium seats 40 000 fans.", ("40 000", 40_000)),
        ("The walk is two and a half miles long.", ("two and a half miles", 2.5)),
    ],
)
def test_multipliers_fractions_and_scales_read_their_value(text, expected):
    assert expected in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three quarters of the members voted and two fifths abstained.",  # fractions, not 3 and 2
        "The index rose two point five percent.",  # a decimal in words
        "The course is 3 miles and a half.",  # the half after the unit
        "He ran the 10M race.",  # a capital letter without a currency: no certain scale
    ],
)
def test_forms_without_a_certain_value_give_none(text):
    assert not [v for _, v in values(text) if v in (3, 2, 5, 10)]


def test_hedges_before_a_count_make_an_interval():
    (over,) = Analysis(load_text("Over 100 people were evacuated."), Settings()).quantities
    assert (over.low, over.high, over.hedge) == (100, float("inf"), "over")
    (about,) = Analysis(load_text("About 1500 people marched in the rain."), Settings()).quantities
    assert about.value == 1500 and about.low < 1500 < about.high  # a hedged count of people, not a year
    assert values("In 1500 people lived in caves.") == []  # a year after "in"


def test_a_dozen_as_the_whole_of_a_part():
    # "two dozen" is 24, so 20 of them is no part larger than its whole.
    text = "Of the two dozen students in the class, 20 passed the exam."
    assert [f.rule for f in number_findings(text)] == []
    assert "part-exceeds-whole" in [f.rule for f in number_findings(
        "Of the two dozen students in the class, 30 passed the exam.")]


@pytest.mark.parametrize(
    "text",
    ["It reached 24 degrees Celsius (95 degrees Fahrenheit) at noon.", "It reached 24°C (95°F) at noon."],
)
def test_temperatures_in_words_and_degree_signs_are_converted(text):
    messages = [f.message for f in number_findings(text) if f.rule == "conversion-mismatch"]
    assert len(messages) == 1 and "75.2" in messages[0]
    assert [f for f in number_findings(text.replace("95", "75")) if f.rule == "conversion-mismatch"] == []
