"""Clause tense: the verb a date belongs to, and silence when the words do not fix the time."""

import pytest

from factlint.extractors.dates.tense import clause_tense


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


@pytest.mark.parametrize("sentence, date_text", [
    ("Bolivia halted all payments on its foreign debt in March 1989.", "1989"),  # name + verb + object
    ("The regulator later fined two banks in 1990.", "1990"),  # determiner + noun + adverb + verb
    ("He said it was delayed when they closed two plants in 1990.", "1990"),  # pronoun after a clause word
    ("The bank, which acquired shares in 1990, is French.", "1990"),  # relative pronoun as subject
    ("The bank, founded in 1988, is French.", "1988"),  # a participle right before the date
    ("When appointed in 1990, he decided to act.", "1990"),  # "when" + participle takes the main clause
    ("Profits rose to 5 mln in 1986 from 4 mln in 1985.", "1985"),  # the comparison's baseline
    ("It lost 3 mln, against a loss of 1 mln in 1985.", "1985"),
    ("The bank approved more loans in 1986 than in 1985.", "1985"),
    ("The deal was agreed with the Citibank-led steering committee in 1984.", "1984"),  # a noun in "-ing"
])
def test_past_readings(sentence, date_text):
    i = sentence.index(date_text)
    assert clause_tense(sentence, i, i + len(date_text)) == "past"


@pytest.mark.parametrize("sentence, date_text", [
    ("First introduced business rules in 1990 were strict.", "1990"),  # no subject before the "-ed" word
    ("The state owned company in 1990 was sold.", "1990"),  # a compound modifier
    ("When elected in 2025, she will cut taxes.", "2025"),  # the main clause is future
    ("He will decide when appointed in 2025.", "2025"),
    ("Sales are expected to reach 5 bln, compared with 4 bln in 1987.", "1987"),  # a forecast's baseline
    ("He warned against a recession in 1990.", "1990"),  # "against" a cause, not a value
    ("Growth slowed, compared with an expected 3 pct in 1987.", "1987"),  # the comparison has its own verb
])
def test_no_past_reading(sentence, date_text):
    i = sentence.index(date_text)
    assert clause_tense(sentence, i, i + len(date_text)) != "past"
