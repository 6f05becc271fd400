"""Figures written in several pieces or with words around them, read as the one value they spell, or as none.

"3 hundred and 21", "3 dollars 50 cents", "one million and a half", "500 or more", "USD 200", "5k-20k",
"1000–5000": read piecewise, each gives a value nobody wrote, and a check comparing it a false finding.
Every sentence is written for these tests.
"""

from __future__ import annotations

import math

import pytest
from conftest import number_findings

from factlint.config import Settings
from factlint.document import load_text
from factlint.kinds.analysis import Analysis


def quantities(text: str) -> list:
    return list(Analysis(load_text(text), Settings()).quantities)


def values(text: str) -> list[float]:
    return [q.value for q in quantities(text)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The museum holds 3 hundred and 21 paintings.", 321),
        ("The census counted 4 thousand 3 hundred and 21 voters.", 4321),
        ("The budget is 6 crore and two hundred rupees.", 60_000_200),
        ("The tally stood at three million, two hundred & forty.", 3_000_240),
        ("Some two million, three hundred thousand people voted.", 2_300_000),
        ("The crowd was fifty - two strong.", 52),
        ("I want a hundred and two of those.", 102),
    ],
)
def test_a_smaller_part_after_a_scale_completes_the_figure(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The firm has 5 million and 40 staff.", [5_000_000, 40]),  # "N million and M": two figures maybe
        ("The army lost 3 hundred tanks and 21 jets.", [300, 21]),
        ("Of the 3 hundred, 21 were hurt.", [300, 21]),
    ],
)
def test_figures_that_may_be_two_stay_two(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("A ticket costs 3 dollars 50 cents.", 3.5),
        ("The fee was 15 dollars and 50.", 15.5),
        ("The fare rose to 17 USD 25.", 17.25),
        ("Lunch cost ten dollars and forty-five cents.", 10.45),
        ("It cost 10 $ 30 cent.", 10.3),
    ],
)
def test_an_amount_and_its_cents_are_one_amount(text, value):
    (q,) = quantities(text)
    assert q.kind == "money" and math.isclose(q.value, value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He paid 15 dollars and 20 people came.", [15, 20]),  # a count of people, not cents
        ("Tickets cost $40 and 50.", [40, 50]),  # maybe "$40 and $50": no cents reading
        ("It cost 20 euros, two more than last year.", [20, 2]),
    ],
)
def test_a_number_after_an_amount_is_no_cents_when_it_may_be_a_figure(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("There are one million and a half entries.", 1_500_000),
        ("The population is 3 million and a half.", 3_500_000),
        ("The fund is worth one billion and a half million.", 1_000_500_000),
        ("The journey took one and a half.", 1.5),
    ],
)
def test_a_fraction_after_a_scale_is_a_part_of_that_scale(text, value):
    assert values(text) == [value]


def test_hedges_after_a_figure_make_an_interval():
    (more,) = quantities("The hall holds 500 or more guests.")
    assert (more.low, more.high) == (500, math.inf)
    (fewer,) = quantities("Classes have 20 or fewer pupils.")
    assert (fewer.low, fewer.high) == (0, 20)
    (both,) = quantities("There are about five hundred and more in the shop.")
    assert both.low < 500 and both.high == math.inf


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("She offered USD 200 for the lot.", 200, "USD"),
        ("They lost 75 USD million last year.", 75_000_000, "USD"),
        ("Grants totalled 20 MUSD.", 20_000_000, "USD"),
        ("Its output is $2.174T a year.", 2.174e12, "USD"),
        ("The loss was $-99.99 on paper.", -99.99, "USD"),
    ],
)
def test_currency_codes_scale_letters_and_signs(text, value, unit):
    (q,) = quantities(text)
    assert (q.kind, q.unit) == ("money", unit) and math.isclose(q.value, value)


@pytest.mark.parametrize(
    "text",
    [
        "The annual revenue is ($99.99).",  # an accountant's negative or not: no certain value
        "The register shows 1,674,200.5 M.",  # a capital letter after the figure: a scale or a unit
        "The agency ran 3 T tests.",
    ],
)
def test_figures_with_an_unreadable_sign_or_letter_give_no_value(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text, interval",
    [
        ("Salaries range 5k-20k.", (5_000, 20_000)),
        ("The number range is 1000–5000.", (1000, 5000)),
        ("The number range is 1000 – 5000.", (1000, 5000)),
        ("Between 500-1500 people came.", (500, 1500)),
    ],
)
def test_ranges_with_scale_letters_and_four_digit_ends(text, interval):
    (q,) = quantities(text)
    assert (q.low, q.high) == interval


def test_year_spans_and_codes_stay_out():
    assert values("The war lasted from 1990-1995.") == []
    assert values("An F-16 and an A320-200 landed.") == []


def test_upper_bounds_start_at_zero_for_counts_and_below_zero_for_temperatures():
    (few,) = quantities("Fewer than a thousand pandas live in the wild.")
    assert (few.low, few.high) == (0, 1000)
    (cold,) = quantities("Nights were below 5 degrees Celsius.")
    assert (cold.low, cold.high) == (-math.inf, 5)


def test_a_whole_in_several_pieces_holds_its_parts():
    # The whole is 321, not 300 or 21: 310 of them is no part larger than the whole, 330 is.
    assert "part-exceeds-whole" not in [f.rule for f in number_findings(
        "Of the 3 hundred and 21 pupils, 310 passed the exam.")]
    assert "part-exceeds-whole" in [f.rule for f in number_findings(
        "Of the 3 hundred and 21 pupils, 330 passed the exam.")]


@pytest.mark.parametrize(
    "text",
    ["He is 6 feet 2 inches (1.88 metres) tall.", "He is 6ft 2in (1.88m) tall.", "The baby weighed 7lb 4oz (3.3kg).",
     "He weighs 12 stone 3 pounds (77kg)."],
)
def test_a_unit_and_its_subunit_are_one_measure(text):
    # Read apart, "2 inches (1.88 metres)" would be a false conversion; read together the figures agree.
    assert [f.rule for f in number_findings(text)] == []


def test_a_height_in_feet_and_inches_is_still_compared():
    messages = [f.message for f in number_findings("He is 6ft 2in (1.58m) tall.")]
    assert len(messages) == 1 and "1.880 m" in messages[0]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The register lists 1 414 021 100.", 1_414_021_100),  # space-grouped, at the end of a sentence
        ("The account held 1 234 567.89 in all.", 1_234_567.89),
        ("The grant was Rs 12,34,567 in all.", 1_234_567),  # lakh grouping
        ("They have two million and one half.", 2_500_000),
        ("The shop sold 3 dozens.", 36),
        ("Polling day is 2 1/2 weeks away.", 2.5),
        ("A tariff of 7 1/2% was added.", 7.5),
        ("The lending rate was 11 3/4 pct.", 11.75),
        ("Between eight million and nine million people voted.", 8_000_000),  # the low end of the range
    ],
)
def test_grouped_digits_and_fractions_of_words(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The total is one hundred and three and two thirds.",  # not 103
        "The order was three hundred and two dozens.",  # 302 dozen, or 300 and two dozen
        "The file holds 2.33 k.",  # a spaced letter: a scale or a unit
        "The table row reads 2 4/5 Denver.",  # fifths: a date in a results table as often as a fraction
    ],
)
def test_forms_with_an_unreadable_remainder_give_no_value(text):
    assert values(text) == []


def test_bounds_written_with_or_equal_to():
    (most,) = quantities("Primes less than or equal to 100 were listed.")
    assert (most.low, most.high) == (0, 100)
    (least,) = quantities("Sales greater than or equal to 50 were counted.")
    assert (least.low, least.high) == (50, math.inf)


def test_a_list_of_scaled_words_is_no_sum():
    assert values("Eight million, nine million people were counted.") == []  # not 17 million
    assert [q.unit for q in quantities("He met 50 Cent at the show.")] == [None]  # a name, not 50 cents


def test_a_one_letter_unit_only_as_written():
    assert [q.unit for q in quantities("A 500g bag was sold.")] == ["gram"]
    assert [q.unit for q in quantities("The 5G network covers 40 towns.")] == [None]  # a network, not grams


def test_mm_is_a_million_after_a_currency_and_millimetres_otherwise():
    assert values("The target is US$ 1MM this year.") == [1_000_000]
    assert [(q.value, q.unit) for q in quantities("The screw is 5mm long.")] == [(5, "millimeter")]
    assert values("The register shows 1,674.5 G.") == []
