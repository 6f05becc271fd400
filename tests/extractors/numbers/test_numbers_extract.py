"""The number extractor: what a reader would call a figure, its interval, and what it is bound to."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

from factlint.document import load_text
from factlint.extractors.numbers import extract_quantities


def figures(text: str, dates=()) -> list:
    return extract_quantities(load_text(text), list(dates))


def only(text: str):
    qs = [q for q in figures(text) if q.kind != "ordinal"]
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    "text, written, kind, value, unit",
    [
        ("Officials counted 1,200 ballots.", "1,200", "count", 1200, None),
        ("The rate is 3.5 today.", "3.5", "count", 3.5, None),
        ("The reading was -4 overnight.", "-4", "count", -4, None),
        ("It fell to minus 15C overnight.", "minus 15C", "measure", -15, "degree_Celsius"),
        ("Prices rose 12% last year.", "12%", "percent", 12, "%"),
        ("Prices rose 12 per cent last year.", "12 per cent", "percent", 12, "%"),
        ("Growth was 4.7pc last year.", "4.7pc", "percent", 4.7, "%"),
        ("Inflation was 3.5 pct in January.", "3.5 pct", "percent", 3.5, "%"),
        ("The deal is worth $4bn to the firm.", "$4bn", "money", 4e9, "USD"),
        ("The club paid £3.2m for him.", "£3.2m", "money", 3.2e6, "GBP"),
        ("The fund holds €1.5 billion in bonds.", "€1.5 billion", "money", 1.5e9, "EUR"),
        ("Profit was 12 mln dlrs in the quarter.", "12 mln dlrs", "money", 12e6, "USD"),
        ("The city has 3.5 million residents.", "3.5 million", "count", 3.5e6, None),
        ("The city has 2.1m residents.", "2.1m", "count", 2.1e6, None),
        ("The port handled 45,000 tonnes of grain.", "45,000 tonnes", "measure", 45000, "metric_ton"),
        ("One hundred and twenty people attended.", "One hundred and twenty", "count", 120, None),
        ("He bought a dozen eggs.", "a dozen", "count", 12, None),
        ("Twenty-three people attended.", "Twenty-three", "count", 23, None),
    ],
)
def test_numerals_words_scales_and_units(text, written, kind, value, unit):
    q = only(text)
    assert (q.text, q.kind, q.unit) == (written, kind, unit)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("About 200 people came.", 150, 250),  # half the rounding step of 200 exceeds 10%
        ("More than 100 drones came.", 100, math.inf),
        ("At least 5 people came.", 5, math.inf),
        ("Up to 30 people came.", 0, 30),
        ("Fewer than 10 people came.", 0, 10),
        ("Nearly 40 people came.", 35, 40),
        ("Between 300 and 400 people came.", 300, 400),
        ("It took 10-12 hours to arrive.", 10, 12),
        ("Some 15-20% of staff left.", 13.5, 22),
        ("It costs $3-4bn to build.", 3e9, 4e9),
        ("Dozens of people came.", 24, math.inf),
        ("Hundreds of people came.", 200, math.inf),
    ],
)
def test_hedges_and_ranges_are_intervals(text, low, high):
    q = only(text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 2023 after a long debate.",
        "The summit opened on December 3 in Paris.",
        "Voting closes at 10:30am and results follow at 9pm.",
        "The driver, aged 34, was unhurt.",
        "John Smith, 34, said he was unhurt.",
        "She was a 34-year-old nurse.",
        "He lives at 10 Downing Street in London.",
        "Call 555-123-4567 for tickets.",
        "Chelsea won 2-1 at home.",
        "A Boeing 747 landed at dawn.",
        "Section 5 of the act applies.",
        "The F-16 jets flew past.",
        "Fashion changed in the 1990s.",
        "The 21st century began.",
        "The 6-1/8 pct bonds traded at par.",
    ],
)
def test_years_dates_times_ages_addresses_scores_and_labels_are_not_counts(text):
    assert [q.text for q in figures(text) if q.kind in ("count", "money", "percent")] == []


def test_ordinals_are_kept_apart_from_counts():
    qs = figures("He finished 21st of 30 runners.")
    assert [(q.text, q.kind) for q in qs] == [("21st", "ordinal"), ("30", "count")]


def test_a_date_mention_from_the_date_extractor_is_not_counted():
    @dataclass
    class DateMention:
        start: int
        end: int

    text = "The talks resumed on day 14 of the ceasefire with 30 delegates."
    doc = load_text(text)
    start = doc.text.index("day 14")
    assert [q.text for q in extract_quantities(doc, [DateMention(start, start + 6)])] == ["30"]


ATTACK = (
    "Ukraine's air force said a total of 176 drones and one missile were launched by Russia overnight, "
    "with Ukrainian forces intercepting or neutralizing 139 drones. Meanwhile, the Russian Defense Ministry "
    "claimed its forces had shot down 57 Ukrainian drones."
)


def test_binding_of_an_attack_report():
    qs = {q.text: q for q in figures(ATTACK)}
    launched, missile, downed, claim = qs["176"], qs["one"], qs["139"], qs["57"]
    assert (launched.cls, launched.role, launched.actor, launched.total) == ("drone", "launched", "russia", True)
    assert (missile.cls, missile.role, missile.actor) == ("missile", "launched", "russia")
    assert (downed.cls, downed.role, downed.actor) == ("drone", "downed", "ukraine")
    assert (claim.cls, claim.role, claim.actor, claim.owner) == ("drone", "downed", "russia", "ukraine")


@pytest.mark.parametrize(
    "text, figure, role, cls",
    [
        ("Russia launched 50 drones at the city.", "50", "launched", "drone"),
        ("Air defences shot down 40 drones.", "40", "downed", "drone"),
        ("Forty drones were shot down over the city.", "Forty", "downed", "drone"),
        ("Five people were killed and 14 injured.", "14", "injured", "person"),
        ("The blast left 12 people dead.", "12", "killed", "person"),
        ("Of the 240 students who sat the exam, 180 passed.", "180", "passed", "person"),
        ("Of the 240 students who sat the exam, 180 passed.", "240", "sat", "person"),
        ("The 40 soldiers killed 10 militants.", "10", "killed", "person"),
    ],
)
def test_event_roles_in_active_and_passive_voice(text, figure, role, cls):
    q = next(q for q in figures(text) if q.text == figure)
    assert (q.role, q.cls) == (role, cls)


def test_the_subject_of_an_active_verb_is_not_its_object():
    soldiers = next(q for q in figures("The 40 soldiers killed 10 militants.") if q.text == "40")
    assert soldiers.role is None


def test_part_of_a_whole():
    qs = figures("Russia fired 50 drones, of which 40 were shot down. Air defences destroyed 30 of them.")
    fifty, forty = qs[0], qs[1]
    assert forty.part_of == fifty.index and forty.cls == "drone" and forty.role == "downed"
    of_them = qs[2]
    assert of_them.text == "30" and of_them.cls == "drone" and of_them.part_of == fifty.index


def test_a_singular_noun_after_a_number_is_a_modifier_not_what_is_counted():
    q = only("Five drone strikes hit the city.")
    assert q.noun is None and q.cls is None


def test_cumulative_period_and_quotation_are_recorded():
    since = only("Since the start of the year, air defences have intercepted 3,100 drones.")
    assert since.period == "since"
    quoted = only('"We shot down 30 drones," the commander said.')
    assert quoted.quoted and quoted.role == "downed"


def test_wire_tables_are_never_bound():
    qs = figures("Shr 1.20 dlrs vs 98 cts\nNet 12.5 mln vs 10.2 mln\n")
    assert qs and all(q.table for q in qs)
