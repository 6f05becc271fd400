"""The ``date-anniversary`` kind, one throw-away rule per parameter."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_slack_months_around_a_known_start_month(make_rule):
    # The second anniversary of February 2022 is February 2024: ten months before this article.
    text = "Kyiv marked the second anniversary of the invasion, which began in February 2022."
    assert fired(make_rule("date-anniversary"), text, day="2024-12-10") == ["hit"]
    assert fired(make_rule("date-anniversary", slack_months=10), text, day="2024-12-10") == []
    with pytest.raises(RuleError, match="slack_months must be between 0 and 24"):
        make_rule("date-anniversary", slack_months=30)


def test_skip_quotes(make_rule):
    text = '"We marked the third anniversary of the invasion, which began in 2022," he said.'
    assert fired(make_rule("date-anniversary"), text) == []
    assert fired(make_rule("date-anniversary", skip_quotes=False), text) == ["hit"]


@pytest.mark.parametrize("text", [
    # The day after "on" is the ceremony's, not the event's.
    "The judge spoke at the commemoration of the 150th anniversary of the famous address on November 19, 2023.",
    # A date after a list comma belongs to the next item.
    "Interest grew with the 400th anniversary of the first landing, the 2023 film and new museums.",
    # A caption is dated by its photo.
    "Talks resumed.\nThe president speaks at a ceremony for the 100th anniversary of the uprising, in the capital, "
    "March 1, 2023. REUTERS/Jane Doe\n",
])
def test_the_ceremony_or_another_item_is_not_the_event_date(make_rule, text):
    assert fired(make_rule("date-anniversary"), text) == []


def test_a_relative_clause_after_a_comma_still_dates_the_event(make_rule):
    assert fired(make_rule("date-anniversary"), "They marked the third anniversary of the war, which began in 2022.") \
        == ["hit"]
