"""A temperature that is a difference converts at 1.8 °F per °C with no offset; a reading keeps the +32."""

import pytest
from conftest import number_findings


def _conversions(text: str) -> list[str]:
    return [f.message for f in number_findings(text) if f.rule == "conversion-mismatch"]


@pytest.mark.parametrize(
    "text",
    [
        "Average temperatures rose 2C (3.6F) over the century.",
        "Nations pledged to hold warming well below 1.5C (2.7F) above pre-industrial levels.",
        "A rise of 3C (5.4F) would flood the delta.",
    ],
)
def test_difference_is_not_an_absolute_temperature(text):
    assert _conversions(text) == []


def test_readings_and_wrong_differences_still_fire():
    assert _conversions("Temperatures rose to 30C (68F) on Tuesday.") != []  # 30C is 86F
    assert _conversions("Temperatures rose by 2C (35.6F) over the century.") != []  # a rise of 2C is 3.6F
    assert _conversions("The wreck lies 1,800 nautical miles (2,900 kilometers) offshore.") != []
