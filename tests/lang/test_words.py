"""The shipped English word list answers the two questions the name checks ask."""

from factlint.lang.words import is_common_word, is_known_name


def test_common_words_and_known_names():
    assert is_common_word("Green") and is_common_word("house")
    assert not is_common_word("Telvrow")
    assert is_known_name("Clarke") and not is_known_name("Telvrow")
