"""part-exceeds-whole on the wholes a reader would not take: spans of time, multipliers, one conjunct of
coordinated counts, a noun the pronoun phrase contradicts ("of these cases" after "26 states")."""

import pytest
from conftest import number_findings


def _parts(text: str) -> list[str]:
    return [f.message for f in number_findings(text) if f.rule == "part-exceeds-whole"]


@pytest.mark.parametrize(
    "text",
    [
        # "of them" after coordinated counts may mean their sum (12 + 8)
        "Fourteen girls and nine boys died in the fire. Eighteen of them were under ten.",
        # a duration counts no members
        "I have spent three years talking with nurses across the region, and more than 200 of them work in rural "
        "clinics.",
        # a multiplier counts no members
        "Admissions rose four times over the decade, and one in every 12,400 of them was flagged for review.",
        # "which" refers to the figure right before it; here a duration, so there is no whole
        "The mayor signed 37 orders over eight years, while his successor signed 64 in two terms, six of which "
        "were struck down.",
        # "of these cases" names cases, not the states
        "Officials reported new infections in 31 states. At least 140 of these cases are in one county.",
    ],
)
def test_no_false_whole(text):
    assert _parts(text) == []


def test_true_parts_still_fire():
    assert _parts("Fourteen girls died in the fire. Eighteen of them were under ten.") != []
    assert _parts("The city reported 120 cases last week. At least 140 of these cases were children.") != []
    assert _parts("The army fired 50 shells, of which 60 hit the town.") != []
