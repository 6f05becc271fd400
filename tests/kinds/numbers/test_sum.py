"""The ``sum`` kind, one throw-away rule per parameter."""

from conftest import fired

CASUALTIES = "Five people were killed and 14 injured, bringing the total number of casualties to 21."


def test_total_and_parts_selectors(make_rule):
    assert fired(make_rule("sum", message="{parts} = {parts_sum}, not {total}"), CASUALTIES) == ["Five + 14 = 19, not 21"]
    assert fired(make_rule("sum", total={"total": True, "kind": "money"}), CASUALTIES) == []
    assert fired(make_rule("sum", parts={"noun": "car"}), CASUALTIES) == []


def test_assert(make_rule):
    assert fired(make_rule("sum", **{"assert": "parts <= total"}), CASUALTIES) == []


def test_partial_assert(make_rule):
    text = "A total of 17 people were hurt, including five children and 14 women."
    assert fired(make_rule("sum"), text) == ["hit"]
    assert fired(make_rule("sum", partial_assert="parts >= total"), text) == []


def test_scope(make_rule):
    text = "Five people were killed and 14 injured. That brought the total number of casualties to 21."
    assert fired(make_rule("sum"), text) == []
    assert fired(make_rule("sum", scope="paragraph"), text) == ["hit"]
    assert fired(make_rule("sum", scope="document"), text) == ["hit"]
