"""The ``date-invalid`` kind, one throw-away rule per parameter."""

from conftest import fired


def test_an_impossible_day_fires_without_a_publication_date(make_rule):
    rule = make_rule("date-invalid", message="{date}: {month} has {days} days in {year}")
    assert fired(rule, "It opened on February 30, 2023.", day=None) == [
        "February 30, 2023: February has 28 days in 2023"]
    assert fired(rule, "It opened on February 28, 2023.") == []


def test_skip_quotes(make_rule):
    text = '"We opened on September 31, 2021," she said.'
    assert fired(make_rule("date-invalid"), text) == ["hit"]
    assert fired(make_rule("date-invalid", skip_quotes=True), text) == []


def test_a_day_over_31_fires_when_it_can_only_be_a_day(make_rule):
    rule = make_rule("date-invalid", message="{date}: {month} has {days} days")
    assert fired(rule, "The fund bought 5,000 shares on April 54 at 9 dlrs each.") == ["April 54: April has 30 days"]
    assert fired(rule, "The plant reopened June 44, 2019, after repairs.") == ["June 44, 2019: June has 30 days"]


def test_a_number_over_31_beside_a_month_is_left_alone_when_it_may_be_no_day(make_rule):
    rule = make_rule("date-invalid")
    assert fired(rule, "In March 45 people were hurt in the floods.") == []
    assert fired(rule, "The vote on May 40 was counted twice, said Theresa May.") == []
    assert fired(rule, "Sales in March 67 were the highest of the decade.") == []


def test_a_count_before_a_month_and_year_is_no_day(make_rule):
    rule = make_rule("date-invalid")
    assert fired(rule, "Members: 36\n\nJuly 2011 was the busiest month.") == []
    assert fired(rule, "The club had 36 July 2011 arrivals.") == []
