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


def test_adjectival_participles_are_not_past_verbs():
    s = "The planned vote on June 14 is the first."
    i = s.index("June 14")
    assert clause_tense(s, i, i + 7) == "present"
