"""The ``entity-name`` kind, one throw-away rule per parameter (Twitter was renamed X on 23 July 2023)."""

from conftest import fired


def test_mode_not_yet(make_rule):
    rule = make_rule("entity-name", message="{written} on {date}: {current}")
    text = "In a message posted on X, the minister said talks continue."
    assert fired(rule, text, day="2022-05-01") == ["X on 2022-05-01: Twitter"]
    assert fired(rule, text, day="2023-12-03") == []


def test_mode_retired(make_rule):
    rule = make_rule("entity-name", mode="retired")
    assert fired(rule, "The minister said on Twitter that talks continue.", day="2024-05-01") == ["hit"]
    assert fired(rule, "The minister said on Twitter that talks continue.", day="2022-05-01") == []


def test_skip_quotes(make_rule):
    text = '"I said on Twitter that talks continue," the minister said.'
    assert fired(make_rule("entity-name", mode="retired"), text) == []
    assert fired(make_rule("entity-name", mode="retired", skip_quotes=False), text) == ["hit"]
