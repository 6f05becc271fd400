"""The ``role-at-date`` kind, one throw-away rule per parameter, against the fictional test KB.

Anna Brask was finance minister of Freedonia from February 2015 to June 2019 and prime minister since July 2019.
"""

from conftest import fired


def test_mode_current(make_rule):
    rule = make_rule("role-at-date", message="{name} was not {title} on {date}")
    # Held only later (from 2019-07-01): a title she did not have yet.
    assert fired(rule, "Prime Minister Anna Brask spoke.", day="2017-03-01") == [
        "Anna Brask was not Prime Minister on 2017-03-01"]
    # Held earlier (2015-2019) and presented as current.
    assert fired(rule, "Finance Minister Anna Brask spoke on Friday.", day="2021-03-01") == [
        "Anna Brask was not Finance Minister on 2021-03-01"]
    # Held earlier, in a past-tense reference: news style, not a finding.
    assert fired(rule, "Finance Minister Anna Brask spoke.", day="2021-03-01") == []
    assert fired(rule, "Finance Minister Anna Brask spoke.", day="2017-03-01") == []


def test_mode_former(make_rule):
    rule = make_rule("role-at-date", mode="former")
    assert fired(rule, "Former prime minister Anna Brask spoke.", day="2017-03-01") == ["hit"]
    assert fired(rule, "Former finance minister Anna Brask spoke.", day="2021-03-01") == []


def test_mode_stale_former(make_rule):
    rule = make_rule("role-at-date", mode="stale-former")
    assert fired(rule, "Former finance minister Anna Brask spoke.", day="2017-03-01") == ["hit"]
    assert fired(rule, "Former finance minister Anna Brask spoke.", day="2021-03-01") == []


def test_skip_quotes(make_rule):
    text = '"Finance Minister Anna Brask will speak," he said.'
    assert fired(make_rule("role-at-date"), text, day="2021-03-01") == []
    assert fired(make_rule("role-at-date", skip_quotes=False), text, day="2021-03-01") == ["hit"]
