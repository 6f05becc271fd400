"""The default date rules as a user meets them: the message printed, the places it points to, and silence
where nothing can be known."""

from datetime import date

from conftest import SEED

from factlint.config import Settings
from factlint.document import load_text
from factlint.engine.runner import check_document, rules_for


def run(text: str, pub: date | None = date(2024, 5, 10), **settings):
    st = Settings(select=("dates",), **settings)
    findings, errors, notices = check_document(load_text(text, path="a.txt", pub_date=pub), st, rules_for(st))
    assert errors == []
    return findings, notices


def messages(text: str, pub: date | None = date(2024, 5, 10)) -> list[str]:
    return [f"[{f.rule}] {f.message}" for f in run(text, pub)[0]]


def test_impossible_and_mismatched_dates_need_no_publication_date():
    assert messages("It opened on February 30, 2023.", pub=None) == [
        "[impossible-date] 'February 30, 2023' does not exist: February has 28 days in 2023"]
    assert messages("Voting ended on Monday, March 12, 2024.", pub=None) == [
        "[weekday-mismatch] 'Monday, March 12, 2024': 12 March 2024 is a Tuesday, not a Monday"]


def test_a_yearless_weekday_date_is_read_in_the_years_around_publication():
    # 3 January 2025 is a Friday: in an article of late December 2024 it is right, though 3 January 2024
    # was a Wednesday.
    assert messages("The talks resume on Friday, January 3.", pub=date(2024, 12, 28)) == []
    assert messages("The talks resume on Monday, January 3.", pub=date(2024, 12, 28)) == [
        "[weekday-mismatch] 'Monday, January 3': 3 January 2025 is a Friday, not a Monday"]


def test_tense_against_publication_cites_both_dates():
    (f,), _ = run("The bill was signed into law on June 14, 2024.")
    assert f.rule == "past-event-after-publication"
    assert f.message == ("'June 14, 2024' is told in the past tense but 14 June 2024 is after the publication "
                         "date, 10 May 2024")
    assert (f.line, f.column, f.end_column) == (1, 33, 46)
    assert messages("The bill was signed into law in 2025.") == [
        "[past-event-after-publication] '2025' is told in the past tense but 2025 is after the publication "
        "date, 10 May 2024"]
    assert messages("The bill was signed into law in May 2024.") == []  # same month: compared at month precision


def test_relative_conflict_points_at_the_explicit_date():
    (f,), _ = run("Last year's floods, which struck in 2021, destroyed the bridge.")
    assert f.message == ("'Last year' means 2023 in an article of 10 May 2024, but the same time is given as "
                         "2021")
    assert [(r.column, r.message) for r in f.related] == [(37, "stated here as 2021")]


def test_elapsed_time_and_anniversary_and_age():
    assert messages("The mill shut more than a decade ago, in 2018.") == [
        "[elapsed-time-conflict] 'more than a decade ago' points to before 2014 from 10 May 2024, but the same "
        "time is given as 2018"]
    assert messages("Two years ago, in 2019, the mill shut.") == [
        "[elapsed-time-conflict] 'Two years ago' points to around 2022 from 10 May 2024, but the same time is "
        "given as 2019"]
    assert messages("They marked the third anniversary of the invasion, which began in 2022.") == [
        "[anniversary-mismatch] the third anniversary of an event in 2022 falls in 2025; the article is dated "
        "10 May 2024 (2 years on)"]
    assert messages("Born in 1975, the 52-year-old runs the port.") == [
        "[age-birth-mismatch] a person born 1975 is 48 or 49 on 10 May 2024, not 52"]
    assert messages("Born on 20 June 1975, she is 49.") == []  # no age form the extractor reads as an age
    assert messages("Born on 20 June 1975, the 49-year-old runs the port.") == [
        "[age-birth-mismatch] a person born 20 June 1975 is 48 on 10 May 2024, not 49"]


def test_undated_articles_skip_date_relative_checks_and_say_so_once():
    findings, notices = run("Harbour notes.\n\nThe bill was signed into law on June 14, 2024. It was signed in 2025.",
                            pub=None)
    assert findings == []
    assert len(notices) == 1 and "no publication date" in notices[0]


def test_quotes_speak_from_their_own_day():
    assert messages('"We signed it on June 14, 2024," the mayor said.') == []


def test_reference_article_draws_no_date_finding():
    if not SEED.exists():
        return
    text = SEED.read_text(encoding="utf-8")
    doc = load_text(text, path="seed.txt")
    assert doc.pub_date == date(2023, 12, 3)
    st = Settings(select=("dates",))
    findings, errors, _ = check_document(doc, st, rules_for(st))
    assert findings == [] and errors == []


def test_a_past_verb_with_its_object_before_the_date_is_still_past():
    # The verb comes straight after its subject, so the words between it and the date are its object.
    for text in ("The ferry operator halted all sailings on the northern route in August 2025.",
                 "Harbourside first introduced night berths in 2025.",
                 "Norway exported two million tonnes of salmon in 2025."):
        (f,), _ = run(text)
        assert f.rule == "past-event-after-publication", text
        assert "is told in the past tense but" in f.message
    # A modifier before a noun is no verb: the sentence says nothing about when.
    assert messages("The first crewed flight in 2025 and a second in 2026.") == []
    assert messages("The state owned ferry company in 2025 will be sold.") == []


def test_participles_and_comparisons_take_the_past_of_their_clause():
    assert messages("The marina, founded in 2026, is the largest on the coast.") == [
        "[past-event-after-publication] '2026' is told in the past tense but 2026 is after the publication "
        "date, 10 May 2024"]
    assert messages("When appointed harbour master in June 2025, she ordered a review.") == [
        "[past-event-after-publication] 'June 2025' is told in the past tense but June 2025 is after the "
        "publication date, 10 May 2024"]
    assert messages("Berth fees were 1.2 million euros in 2023, compared with 1.1 million euros in 2025.") == [
        "[past-event-after-publication] '2025' is told in the past tense but 2025 is after the publication "
        "date, 10 May 2024"]
    # A forecast's comparison, a future main clause and a cause after "against" keep no tense.
    assert messages("Fees are expected to reach 1.4 million euros in 2026, compared with 1.3 million in 2025.") == []
    assert messages("When elected in 2025, the new board will set the fees.") == []
    assert messages("The council warned against a strike in 2025.") == []
