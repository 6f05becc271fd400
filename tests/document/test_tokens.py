"""The words of a document's prose (``document/tokens.py``): found once, where a run of letters puts them."""

import pickle

from factlint.document import load_text
from factlint.document.tokens import Tokens
from factlint.kinds.people.name_forms import scan


def words(tokens: Tokens) -> list[tuple[str, str | None, str | None]]:
    return [(tokens.text[s:e], before, after) for s, e, before, after in tokens.capitalised()]


def test_capitalised_words_with_the_words_one_space_away():
    tokens = Tokens("the Smith and a Jones, Dr. Ray's 'Quux x-Ray.")
    assert words(tokens) == [("Smith", "the", "and"), ("Jones", None, None), ("Dr", None, None),
                             ("Ray's", None, None), ("Quux", None, "x-Ray")]


def test_a_capital_inside_a_word_opens_no_word():
    assert words(Tokens("McDonald and ab'Cd met O'Brien-Smith")) == [("McDonald", None, "and"),
                                                                    ("O'Brien-Smith", "met", None)]


def test_the_word_ending_at_a_place():
    tokens = Tokens("met 'J. Smith' -a b")
    assert tokens.word_ending_at(6) == (5, 6)  # J
    assert tokens.word_ending_at(3) == (0, 3)
    assert tokens.word_ending_at(2) is None  # "met" goes on
    assert tokens.word_ending_at(17) is None  # a lone lower-case letter is no word
    assert tokens.first_start == 0 and Tokens(" 3 ").first_start == 3


def test_lower_case_words_holding_a_part_outside_handles_paths_and_addresses():
    tokens = Tokens("the vote, the @vote #tag a/path path/ example.com vote's well-known devote Vote x-votevote")
    assert tokens.lower_words_containing("vote") == ["vote", "vote's", "devote", "x-votevote"]
    assert tokens.lower_words_containing("the") == ["the", "the"]
    assert tokens.lower_words_containing("path") == [] and tokens.lower_words_containing("l-k") == ["well-known"]
    assert tokens.lower_words_containing("e v") == []  # no word holds a space


def test_letter_runs_split_at_apostrophes_hyphens_and_digits():
    runs = Tokens("O'Neill met Ana-Maria at 10am, 2 Église St.").letter_runs
    assert runs == {"O", "Neill", "met", "Ana", "Maria", "at", "am", "Église", "St"}


def test_a_pickled_document_keeps_no_words_but_finds_them_again():
    doc = load_text("Ann Lee spoke.")
    assert words(doc.tokens) == [("Ann", None, "Lee"), ("Lee", "Ann", "spoke")]
    again = pickle.loads(pickle.dumps(doc))
    assert again.tokens is not doc.tokens and words(again.tokens) == words(doc.tokens)


def test_scan_reads_neighbours_initials_and_lower_case_words():
    forms, lower = scan(Tokens("Later Blake M. Roney's firm met the roneys. Anti-Roney well-roney J. Roney"))
    roney = forms["Roney"]
    assert [(o.prev, o.next, o.sentence_start) for o in roney] == [
        ("Blake", "firm", False), ("Anti", "well-roney", False), ("J", None, False)]
    assert roney[0].prev_first is False and forms["Blake"][0].prev_first is True
    assert forms["M"][0].prev == "Blake" and forms["Anti-Roney"][0].sentence_start is True
    assert lower["roneys"] == 2 and lower["roney"] == 1 and lower["well-roney"] == 1 and lower["Roney"] == 0
