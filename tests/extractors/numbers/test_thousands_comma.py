"""A figure with thousands separators followed by a comma keeps its full value ("to 925,000, from ...")."""

from conftest import number_findings

from factlint.document import load_text
from factlint.extractors.numbers import extract_quantities


def _values(text: str) -> list[float]:
    return [q.value for q in extract_quantities(load_text(text))]


def test_comma_after_thousands_group_ends_the_number():
    assert _values("Enrolment is expected to grow to 812,000, from 640,000, officials said.") == [812000, 640000]
    assert _values("Payrolls were revised down, to 248,000 from 263,000, and July rose.") == [248000, 263000]


def test_list_of_figures_still_splits_at_comma_space():
    assert _values("The towns have 1,200, 3,400 and 5,600 residents.") == [1200, 3400, 5600]


def test_change_with_comma_after_figures():
    text = "State officials expect the rolls to grow by more than 25 percent, to 812,000, from 640,000."
    assert [f.rule for f in number_findings(text)] == []
    wrong = "Payrolls for June went down, to 248,000 from 263,000, the agency said."
    assert [f.rule for f in number_findings(wrong)] == []
    assert [f.rule for f in number_findings("Payrolls went down, to 268,000 from 263,000, the agency said.")] == [
        "change-does-not-match-figures"
    ]
