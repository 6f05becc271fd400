"""The ``relation`` kind, one throw-away rule per parameter."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError

DRONES = {"downed": {"role": "downed"}, "launched": {"role": "launched"}}


def relation(make_rule, **params):
    return make_rule("relation", **{"quantities": DRONES, "assert": "downed <= launched", **params})


def test_quantities_and_assert(make_rule):
    rule = relation(make_rule, message="{downed} {downed_verb} > {launched}")
    text = "Russia launched 176 drones overnight, and Ukrainian forces intercepted {} drones."
    assert fired(rule, text.format(186)) == ["186 intercepted > 176"]
    assert fired(rule, text.format(139)) == []
    with pytest.raises(RuleError, match="not among quantities"):
        relation(make_rule, **{"assert": "downed <= fired"})


def test_same(make_rule):
    text = "Russia launched 40 missiles, and Ukrainian forces intercepted 55 drones."
    assert fired(relation(make_rule), text) == ["hit"]
    assert fired(relation(make_rule, same=["class"]), text) == []


def test_agree(make_rule):
    text = "Russia launched 50 drones. Its forces shot down 60 Ukrainian drones."  # owners: Russia, Ukraine
    assert fired(relation(make_rule, scope="document"), text) == ["hit"]
    assert fired(relation(make_rule, scope="document", agree=["owner"]), text) == []


def test_differ(make_rule):
    text = "Russia launched 50 drones. Russian forces shot down 60 drones."  # one actor: Russia
    assert fired(relation(make_rule, scope="document"), text) == ["hit"]
    assert fired(relation(make_rule, scope="document", differ=["actor"]), text) == []


def test_link_part_of(make_rule):
    parts = {"part": {}, "whole": {}}
    rule = make_rule("relation", **{"quantities": parts, "assert": "part <= whole", "link": "part_of"})
    assert fired(rule, "Of the 240 students who sat the exam, 280 passed.") == ["hit"]
    assert fired(rule, "Some 240 students sat the exam and 280 teachers marked it.") == []


def test_scope(make_rule):
    text = "Russia launched 112 drones overnight.\n\nAir defences destroyed 118 drones."
    assert fired(relation(make_rule), text) == []
    assert fired(relation(make_rule, scope="paragraph"), text) == []
    assert fired(relation(make_rule, scope="document"), text) == ["hit"]
