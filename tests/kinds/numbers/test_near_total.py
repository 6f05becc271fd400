"""The ``near-total`` kind, one throw-away rule per parameter."""

import pytest

from conftest import fired

CUE = r"\bwould\s+have|\ba\s+total\s+of"
HOLDING = ("The firm bought 120,401 shares. Its founder holds 30,202 shares. "
           "With them it would have 150,602 shares.")


def rule(make_rule, **params):
    params = {"cue_before": CUE, "nouns": ["shares"], **params}
    return make_rule("near-total", message="{total}|{gap}|{parts}|{parts_sum}|{parts_line}", **params)


def test_a_whole_one_off_the_parts_is_reported_with_them(make_rule):
    assert fired(rule(make_rule), HOLDING) == ["150,602|1 below|120,401 + 30,202|150,603|1"]
    assert fired(rule(make_rule), HOLDING.replace("150,602", "150,603")) == []
    assert fired(rule(make_rule), HOLDING.replace("150,602", "150,609")) == []


def test_an_exact_sum_of_other_parts_clears_the_whole(make_rule):
    text = "It bought 120,401 shares and then 30,201 shares. Its founder holds 30,202 shares. It would have 150,602 shares."
    assert fired(rule(make_rule), text) == []


def test_cue_before_and_cue_after(make_rule):
    plain = HOLDING.replace("With them it would have", "A rival owns")
    assert fired(rule(make_rule), plain) == []
    after = plain.replace("150,602 shares.", "150,602 shares in all.")
    assert fired(rule(make_rule, cue_after=r"in\s+all"), after)[0].startswith("150,602|")
    with pytest.raises(Exception, match="cue_before"):
        rule(make_rule, cue_before="(")


def test_nouns_and_money(make_rule):
    assert fired(rule(make_rule, nouns=["votes"]), HOLDING) == []
    money = "The fund raised $120,401 in May. It raised $30,202 in June. That gave a total of $150,601."
    assert fired(rule(make_rule), money) == ["$150,601|2 below|$120,401 + $30,202|150,603|1"]


def test_min_value_max_gap_max_parts_and_window(make_rule):
    assert fired(rule(make_rule, min_value=200000), HOLDING) == []
    off_by_four = HOLDING.replace("150,602", "150,599")
    assert fired(rule(make_rule), off_by_four) == []
    assert fired(rule(make_rule, max_gap=4), off_by_four)[0].startswith("150,599|4 below|")
    three = "It bought 100,001 shares. Then 20,001 shares. Then 30,001 shares. It would have 150,002 shares."
    assert fired(rule(make_rule), three)[0].startswith("150,002|1 below|")
    assert fired(rule(make_rule, max_parts=2), three) == []
    far = "The firm bought 120,401 shares. It waited. It waited more. Its founder holds 30,202 shares. It would have 150,602 shares."
    assert fired(rule(make_rule, window=2), far) == []
    assert fired(rule(make_rule, window=4), far)[0].startswith("150,602|")
    with pytest.raises(Exception, match="max_parts must be at least 2"):
        rule(make_rule, max_parts=1)


def test_rounded_figures_are_not_parts(make_rule):
    text = "The firm bought 120,000 shares. Its founder holds 30,201 shares. It would have 150,202 shares."
    assert fired(rule(make_rule), text) == []
