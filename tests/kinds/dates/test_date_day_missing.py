"""The ``date-day-missing`` kind: an abbreviated month after "on" with no day."""

from conftest import fired


def test_a_function_word_where_the_day_belongs_fires(make_rule):
    rule = make_rule("date-day-missing", message="{month}/{next}")
    assert fired(rule, "The minister said on Feb. that talks would resume.", day=None) == ["February/that"]
    assert fired(rule, "Police said on Sept. the suspect had fled.") == ["September/the"]


def test_a_written_day_or_a_new_sentence_is_left_alone(make_rule):
    rule = make_rule("date-day-missing")
    assert fired(rule, "The minister said on Feb. 3 that talks would resume.") == []
    assert fired(rule, "The store opened on Jan. Sales were slow.") == []
    assert fired(rule, "The minister spoke on March that talks would resume.") == []


def test_skip_quotes(make_rule):
    text = '"We spoke on Dec. that week," she said.'
    assert fired(make_rule("date-day-missing"), text) == ["hit"]
    assert fired(make_rule("date-day-missing", skip_quotes=True), text) == []
