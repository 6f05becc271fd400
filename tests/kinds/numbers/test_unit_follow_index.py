"""figure-unit's ``follow``: the earliest matched figure within the factor, found by bisection as by a full scan."""

import random
from dataclasses import dataclass

from factlint.kinds.numbers.unit import _Earliest


@dataclass
class Fig:
    value: float
    step: float


def scan(matched, q, follow):
    for first, context in matched:
        if q.step == first.step and first.value / follow <= q.value <= first.value * follow:
            return first, context
    return None


def test_earliest_of_repeated_values_and_the_bounds():
    matched = [(Fig(2.0, 0.1), "late"), (Fig(1.0, 0.1), "a"), (Fig(1.0, 0.1), "b"), (Fig(1.0, 1), "other step")]
    earliest = _Earliest(matched)
    assert earliest.near(Fig(1.1, 0.1), 1.25)[1] == "a"
    assert earliest.near(Fig(1.25, 0.1), 1.25)[1] == "a"  # the bound itself is within
    assert earliest.near(Fig(1.7, 0.1), 1.25)[1] == "late"
    assert earliest.near(Fig(1.3, 0.1), 1.25) is None
    assert earliest.near(Fig(1.0, 0.5), 1.25) is None  # no figure of that step


def test_agrees_with_a_scan_of_every_matched_figure():
    rng = random.Random(3)
    for _ in range(200):
        matched = [(Fig(rng.choice([0, 0.8, 1, 1.2, 1.5, 3, 2.4, 10]), rng.choice([0.1, 1])), str(i))
                   for i in range(rng.randrange(0, 9))]
        q = Fig(rng.choice([0, 0.8, 1, 1.1, 1.25, 1.9, 3.75, 12.5, -1]), rng.choice([0.1, 1]))
        assert _Earliest(matched).near(q, 1.25) == scan(matched, q, 1.25), (matched, q)
