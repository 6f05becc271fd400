"""Clause tense: the verb a date belongs to, and silence when the words do not fix the time."""

import pytest

from factlint.extractors.dates_tense import clause_tense


@pytest.mark.parametrize("sentence, date_text, tense", [
    ("The bill was signed into law on June 14, 2024.", "June 14, 2024", "past"),
    ("On June 14, 2024, the bill was signed.", "June 14, 2024", "past"),
    ("Biden signed the bill on June 14.", "June 14", "past"),
    ("The bill, which has been signed on June 14, is law.", "June 14", "past"),
    ("The law will take effect on July 1.", "July 1", "future"),
    ("It will be signed on June 14.", "June 14", "future"),
    ("The vote is expected to take place on June 14.", "June 14", "future"),
    ("They agreed to hold talks on June 14.", "June 14", None),
    ("The vote would be held on June 14 if parliament agreed.", "June 14", None),
    ("Talks are set for June 14.", "June 14", "present"),
])
def test_clause_tense(sentence, date_text, tense):
    i = sentence.index(date_text)
    assert clause_tense(sentence, i, i + len(date_text)) == tense


@pytest.mark.parametrize("sentence, date_text", [
    ("The planned vote on June 14 is the first.", "June 14"),  # inside a noun phrase: no tense
    ("The first crewed flight in 2022 and a second in 2024.", "2022"),  # adjective, not a verb
    ("The contract was a deal with exports beginning in 1990.", "1990"),  # a participle governs the date
    ("Inflation will reach 10 pct versus 20,000 pct in 1985.", "1985"),  # a comparison is another time
    ("Output in 1986 is expected to be maintained.", "1986"),
])
def test_dates_the_verb_does_not_govern_have_no_tense(sentence, date_text):
    i = sentence.index(date_text)
    assert clause_tense(sentence, i, i + len(date_text)) is None
