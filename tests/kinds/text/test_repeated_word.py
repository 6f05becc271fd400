"""The shipped repeated-word rule on the doublings real copy contains: slips fire, legitimate doubles do not."""

import pytest

from factlint.config import Settings
from factlint.document import load_text
from factlint.engine.runner import check_document, rules_for


def _repeated(text: str) -> list[str]:
    rules = [r for r in rules_for(Settings()) if r.id == "repeated-word"]
    findings, errors, _ = check_document(load_text(text), Settings(), rules)
    assert errors == []
    return [f.message for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        "Aides said the the budget would pass.",
        "Officers kept reporters and and protesters away.",
        "The bank has little cash on its balance sheet sheet this quarter.",
        "The state has the sixth-largest largest economy in the region.",
        "After after the vote, the chamber emptied.",  # a capitalised slip at a sentence start
        "The mayor said said Wednesday that the plan was dead.",
        "He warned that the country risked isolating itself it it refused.",
        "The minister said it it’s too late to change course.",  # a contraction after the slip
        "She wanted a 'deep and special special' bond with the allies.",  # a closing single quote
    ],
)
def test_slips_fire(text):
    assert len(_repeated(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The best adviser is someone who can tell you you're wrong.",  # "you're" is another word
        "All the people telling you you can't win are wrong.",  # object, then subject
        "The company issued a non-denial denial on Friday.",  # the "non-X X" figure
        "Most pundits expect that May may call an early election.",  # a name, then the modal
        "Many of the wounded died, Haddad said, and Said said the same.",  # a name, then the verb
        "He wanted to skip the usual Q&A and read from the book.",
        "He wanted to break the format of the usual Q&A a little.",  # "A" of "Q&A", then the article
        "Everyone agrees, blah blah blah, and then nothing happens.",  # reduplication
        "He waved, said bye bye and left.",
        "It is really really worrying how few people notice.",  # spoken emphasis in a transcript
        "There were many many reporters in the room.",
        "The leaders told members to ignore the far right right now.",
        "Candidate slips in new poll 3:49 autoplay autoplay Copy this code to your website.",  # page furniture
        "He wrote a 5,000-word word count into the brief.",
    ],
)
def test_legitimate_doubles_do_not_fire(text):
    assert _repeated(text) == []
