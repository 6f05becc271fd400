"""What the mention finder reads from the forms reporters use (fictional people from tests/data)."""

import pytest
from conftest import DATA

from factlint.document import load_text
from factlint.extractors.people import PersonMention, find_mentions


@pytest.fixture
def kb():
    from factlint.kb.loader import load_kb

    return load_kb([str(DATA / "kb-freedonia.yaml")])


def titled(kb, text):
    doc = load_text(text)
    return [m for m in find_mentions(doc, kb) if isinstance(m, PersonMention) and m.title is not None]


def one(kb, text):
    (m,) = titled(kb, text)
    return m


def test_title_before_name_with_jurisdiction_adjective(kb):
    m = one(kb, "Freedonian Finance Minister Anna Brask said taxes would rise.")
    assert (m.key, m.title.form, m.title.jurisdiction, m.title.modifiers) == (
        "anna-brask", "finance minister", "freedonia", frozenset())
    assert m.title.text == "Freedonian Finance Minister"


def test_apposition_with_possessive_jurisdiction_inside_the_title(kb):
    m = one(kb, "Later, Carl Dorn, the Secretary of Freedonia’s Security Council, spoke.")
    assert m.key == "carl-dorn" and m.title.form == "secretary of the security council"
    assert m.title.jurisdiction == "freedonia" and m.title.position == "after"


def test_possessive_title_then_comma_name(kb):
    m = one(kb, "Freedonia's finance minister, Anna Brask, met bankers.")
    assert m.key == "anna-brask" and m.title.jurisdiction == "freedonia"


def test_comma_after_title_is_not_apposition_without_determiner(kb):
    assert titled(kb, "In a call with the prime minister, Brask said nothing.") == []


@pytest.mark.parametrize("text, modifiers", [
    ("Former prime minister Anna Brask spoke.", {"former"}),
    ("Then-President Rufus T. Firefly spoke.", {"then"}),
    ("The ex-president Rufus Firefly spoke.", {"former"}),
    ("President-elect Carl Dorn spoke.", {"incoming"}),
    ("Acting President Carl Dorn spoke.", {"acting"}),
    ("Carl Dorn, who served as president, spoke.", {"past"}),
    ("Carl Dorn, a former president, spoke.", {"former"}),
    ("Carl Dorn, the outgoing president, spoke.", {"outgoing"}),
])
def test_modifiers(kb, text, modifiers):
    assert set(one(kb, text).title.modifiers) == modifiers


@pytest.mark.parametrize("text", [
    "Ruritanian President Carl Dorn spoke.",
    "Carl Dorn, the President of the Ruritanian Senate, spoke.",
    # A lower-case owner is another body's title too: the bank's president, not the country's.
    "Carl Dorn, the bank's president, spoke.",
    "He met the company’s president Carl Dorn.",
])
def test_unknown_qualifier_is_recorded(kb, text):
    assert one(kb, text).title.qualified


@pytest.mark.parametrize("text", [
    "Carl Dorn, the country's president, spoke.",   # points at the jurisdiction in play
    "That's President Carl Dorn on the left.",       # a contraction, not an owner
])
def test_a_possessive_that_is_no_owner_leaves_the_title_bare(kb, text):
    assert not one(kb, text).title.qualified


def test_deputy_changes_the_office(kb):
    assert one(kb, "Deputy finance minister Anna Brask spoke.").title.changed


def test_sentence_boundary_is_not_a_qualifier(kb):
    m = one(kb, "She met Ms Lind. Former minister Jon Arne left.")
    assert not m.title.qualified and m.title.modifiers == {"former"}


def test_surnames_bind_to_the_full_name_introduced_earlier(kb):
    doc = load_text("Finance Minister Anna Brask spoke. Brask said more. Dorn said nothing.")
    people = [m for m in find_mentions(doc, kb) if isinstance(m, PersonMention)]
    assert [(m.written, m.key, m.bound) for m in people] == [("Anna Brask", "anna-brask", True),
                                                              ("Brask", "anna-brask", True)]


def test_unknown_people_with_titles(kb):
    m = one(kb, "Prime Minister Jon Arne Vik spoke on Monday.")
    assert m.person is None and m.key == "jon arne vik" and m.title.form == "prime minister"


def test_who_heads(kb):
    m = one(kb, "Anna Brask, who heads the finance ministry, spoke.")
    assert m.key == "anna-brask" and m.title.form == "head of the finance ministry"
    assert one(kb, "Anna Brask, who headed the finance ministry, spoke.").title.modifiers == {"past"}


def test_entity_needs_context_when_ambiguous(kb):
    from factlint.extractors.people import EntityMention

    def names(text):
        return [m.name.name for m in find_mentions(load_text(text), kb) if isinstance(m, EntityMention)]

    assert names("In a message posted on X, Brask spoke.") == ["X"]
    assert names("His X account was suspended.") == ["X"]
    assert names("Malcolm X spoke. Factor X matters. He rated it X.") == []
    assert names("He wrote on Twitter.") == ["Twitter"]


def test_platform_words_around_an_ambiguous_name(kb):
    from factlint.extractors.people import EntityMention

    def names(text):
        return [m.name.name for m in find_mentions(load_text(text), kb) if isinstance(m, EntityMention)]

    # People and content placed on the platform, and other platforms beside it, say "X" is the platform.
    assert names("Many people on X pointed out the error.") == ["X"]
    assert names("The slogan drew ridicule across X on Monday.") == ["X"]
    assert names("The clip drew millions of views on X and Facebook.") == ["X"]
    assert names("The clip spread on Facebook, Instagram and X.") == ["X"]
    # The letter as a label, a street or a variable is no platform, whatever comes before it.
    assert names("Readings on X axis rose, and users on X Street complained.") == []
    assert names("The cost spread across X and Y is constant.") == []


def test_two_people_sharing_a_name_are_not_guessed(tmp_path):
    from factlint.kb.loader import load_kb

    twin = tmp_path / "twin.yaml"
    twin.write_text("people:\n  - id: other-anna\n    name: Anna Brask\n")
    kb2 = load_kb([str(DATA / "kb-freedonia.yaml"), str(twin)])
    people = [m for m in find_mentions(load_text("Anna Brask spoke. Prime Minister Anna Brask left."), kb2)
              if isinstance(m, PersonMention)]
    assert all(m.person is None for m in people)


def test_titles_found_only_at_word_starts(kb):
    assert titled(kb, "The vicepresidents and ministerial aides of Freedonian Presidential Guard left.") == []


def test_hyphenated_title_words_are_the_title(kb):
    m = one(kb, "Freedonian Prime-Minister Anna Brask said taxes would rise.")
    assert (m.key, m.title.form, m.title.jurisdiction) == ("anna-brask", "prime minister", "freedonia")


def test_a_namesake_the_kb_does_not_know_leaves_a_later_bare_surname_unbound(kb):
    def last(text):
        people = [m for m in find_mentions(load_text(text), kb) if isinstance(m, PersonMention)]
        return (people[-1].written, people[-1].bound)

    opening = "Finance Minister Anna Brask spoke. "
    assert last(opening + "Ola Brask, her brother, disagreed. Brask said more.") == ("Brask", False)
    assert last(opening + "Ola\tBrask disagreed. Brask said more.") == ("Brask", False)
    # not a given name and a surname: a word run on by a hyphen or a dot, or a line break between the two
    assert last(opening + "Ola Brask-Lund disagreed. Brask said more.") == ("Brask", True)
    assert last(opening + "Dr.Ola Brask disagreed. Brask said more.") == ("Brask", True)
    assert last(opening + "Ola\nBrask disagreed. Brask said more.") == ("Brask", True)
