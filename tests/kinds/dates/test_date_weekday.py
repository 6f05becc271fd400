"""The ``date-weekday`` kind, one throw-away rule per parameter."""

from conftest import fired


def test_window_days_limits_the_years_a_yearless_date_is_read_in(make_rule):
    # 3 January 2025 is a Friday and 3 January 2024 a Wednesday; published 28 December 2024.
    text = "The talks resume on Wednesday, January 3."
    assert fired(make_rule("date-weekday"), text, day="2024-12-28") == ["hit"]
    assert fired(make_rule("date-weekday", window_days=400), text, day="2024-12-28") == []


def test_skip_quotes(make_rule):
    text = '"Voting ended on Monday, March 12, 2024," he said.'
    assert fired(make_rule("date-weekday"), text) == ["hit"]
    assert fired(make_rule("date-weekday", skip_quotes=True), text) == []


def test_yearless_date_in_a_gallery_caption_is_left_alone_but_a_written_year_is_checked(make_rule):
    rule = make_rule("date-weekday", window_days=60)
    # 8 May 2024 is a Wednesday; a gallery updated later may mean another year.
    assert fired(rule, "Talks resumed.\nPhotos: Talks Delegates arrive on Tuesday, May 8. Hide Caption 1 of 9\n") == []
    assert fired(rule, "Talks resumed.\nDelegates arrive on Tuesday, May 8, 2024. (AP Photo/Jane Doe)\n") == ["hit"]
    assert fired(rule, "Talks resumed.\nDelegates arrived on Tuesday, May 8, after a long trip.\n") == ["hit"]


def test_yearless_date_in_a_quoted_letter_speaks_from_the_letter(make_rule):
    rule = make_rule("date-weekday", window_days=60)
    text = '"I request a meeting on this upcoming Tuesday, May 8," the lawyer wrote.'
    assert fired(rule, text) == []


def test_yearless_date_in_a_narrative_set_in_another_year_is_not_judged_by_the_publication_year(make_rule):
    rule = make_rule("date-weekday", window_days=60)
    text = ("A report on last year's strike found a confused chain of command.\n"
            "The trouble began on Tuesday, May 8, when the union sent its notice.\n")
    assert fired(rule, text) == []
    text = "In 2019 the club moved. The first match was on Tuesday, May 8, at home."
    assert fired(rule, text) == []
    # A year far ahead (a title, a target) does not move the narrative: the date is still this year's.
    text = "The film 2030: A Future was shown. The premiere was on Tuesday, May 8, in Paris."
    assert fired(rule, text) == ["hit"]


def test_yearless_date_far_from_publication_is_not_assumed_to_be_in_its_year(make_rule):
    # 3 March 2024 is a Sunday, 3 March 2025 a Tuesday: "Super Tuesday, March 3" in a May 2024 article.
    assert fired(make_rule("date-weekday", window_days=60), "She campaigns in states voting Tuesday, March 3.") == []
