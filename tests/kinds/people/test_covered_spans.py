"""The KB-name spans name-variant skips, looked up by bisection: the same answers as testing every span."""

import random

from factlint.kinds.people.name_variants import _Covered


def test_offsets_inside_overlapping_touching_and_empty_spans():
    covered = _Covered([(10, 15), (12, 20), (20, 22), (30, 30), (40, 41)])
    inside = [x for x in range(0, 50) if x in covered]
    assert inside == list(range(10, 22)) + [40]


def test_agrees_with_a_scan_of_every_span():
    rng = random.Random(7)
    for _ in range(50):
        spans = [(a, a + rng.randrange(0, 6)) for a in (rng.randrange(0, 60) for _ in range(rng.randrange(0, 8)))]
        covered = _Covered(spans)
        for x in range(-2, 70):
            assert (x in covered) == any(s <= x < e for s, e in spans), (spans, x)
