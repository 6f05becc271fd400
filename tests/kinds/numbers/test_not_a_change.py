"""Sentences that read like a change statement and are not one, as a reader sees them, with the true change
beside each so the check is shown to still fire."""

import pytest
from conftest import number_findings


def _changes(text: str) -> list[str]:
    return [f.message for f in number_findings(text) if f.rule == "change-does-not-match-figures"]


@pytest.mark.parametrize(
    "text",
    [
        # a range of values across places, not one change
        "Enrolment fell in every state. The drops range from 3 percent in Ohio to 27 percent in Maine.",
        # a plural noun names several changes, not one
        "The company's gains, from 40 cents to 35 cents a share, surprised traders.",
        "Jobs gains in the spring went from 240,000 to 180,000 a month.",
        # "sign up" is a phrasal verb, not a rise; the direction is the lowered estimate
        "The office cut its estimate of people who will sign up for the plan from 18 million to 11 million.",
        # the figure is itself a drop, revised: "down" may mean the drop grew
        "Officials revised output to an annualized drop of 6.4 percent, down from 5.9 percent.",
    ],
)
def test_not_read_as_a_change(text):
    assert _changes(text) == []


def test_real_changes_still_fire():
    assert _changes("Enrolment dropped from 3 percent to 27 percent in Maine.") != []
    assert _changes("The index gains 5% to 120 from 130.") != []
    assert _changes("Sign-ups were up from 18 million to 11 million.") != []
    assert _changes("Output grew 2.1 percent, down from 1.5 percent.") != []
