"""The ``parts-within-cap`` kind: items whose upper ends add up to more than the stated maximum total."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError

CUE = "earned|made"
LISTED = ("The minister earned up to £85,000 from speeches, articles and advice.\n\n"
          "Mr Smith was away for a year. His interests include £20,000 from articles and up to £35,000 for speeches. "
          "He was also paid between £25,000 and £35,000 as an adviser.")


def test_items_over_the_maximum(make_rule):
    rule = make_rule("parts-within-cap", message="{total} < {parts_sum} = {parts}", cue_before=CUE)
    assert fired(rule, LISTED.replace("The minister", "Minister John Smith")) == [
        "up to £85,000 < £90,000 = £20,000 + up to £35,000 + between £25,000 and £35,000"
    ]
    assert fired(rule, LISTED.replace("up to £85,000", "up to £95,000")) == []


def test_the_list_ends_at_another_subject(make_rule):
    rule = make_rule("parts-within-cap", cue_before=CUE)
    # "Mr Smith" is not named in the total's sentence: the list is someone else's
    assert fired(rule, LISTED) == []
    other = LISTED.replace("Mr Smith was away for a year. His", "Ms Jones, his rival, says her")
    assert fired(rule, other.replace("The minister", "Minister John Smith")) == []


def test_cue_before(make_rule):
    text = LISTED.replace("The minister", "Minister John Smith")
    assert fired(make_rule("parts-within-cap", cue_before="received"), text) == []
    assert len(fired(make_rule("parts-within-cap", cue_before="earned"), text)) == 1


def test_listing(make_rule):
    text = LISTED.replace("The minister", "Minister John Smith")
    text = text.replace("from speeches, articles and advice", "last year")
    assert fired(make_rule("parts-within-cap", cue_before=CUE), text) == []
    assert len(fired(make_rule("parts-within-cap", cue_before=CUE, listing=r"\s+last\s+year"), text)) == 1


def test_skip(make_rule):
    text = (LISTED.replace("The minister", "Minister John Smith")
            .replace("He was also paid between", "He lost between"))
    assert fired(make_rule("parts-within-cap", cue_before=CUE), text) == []
    assert len(fired(make_rule("parts-within-cap", cue_before=CUE, skip=""), text)) == 1


def test_window(make_rule):
    text = LISTED.replace("The minister", "Minister John Smith")
    assert fired(make_rule("parts-within-cap", cue_before=CUE, window=2), text) == []
    with pytest.raises(RuleError, match="window must be at least 1"):
        make_rule("parts-within-cap", cue_before=CUE, window=0)
