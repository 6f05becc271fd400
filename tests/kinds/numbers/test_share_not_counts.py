"""share-does-not-match-counts must not compare a share with figures that are not its part and whole."""

from conftest import number_findings


def _shares(text: str) -> list[str]:
    return [f.message for f in number_findings(text) if f.rule == "share-does-not-match-counts"]


def test_gallery_counter_is_not_a_count():
    text = ("Supporters wave flags. Hide Caption 7 of 8 Photos: The rally The crowd this year was less than "
            "half the size of last year's. Hide Caption 8 of 8")
    assert _shares(text) == []


def test_share_describing_the_members_is_not_the_share():
    text = "Only 31 of the 212 council seats are in wards that are more than 40 percent Latino."
    assert _shares(text) == []
    assert _shares("Only 31 of the 212 council seats, or 40 percent, are in such wards.") != []


def test_glued_paragraphs_are_two_sentences():
    text = ("About 2 million of the 20 million filers waited last year.The spending plan would include a "
            "reduction of 6.5 percent in funding to the agency.")
    assert _shares(text) == []
