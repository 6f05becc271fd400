"""The shipped English word list answers the two questions the name checks ask."""

from factlint.lang.words import is_common_word, is_known_name


def test_common_words_and_known_names():
    assert is_common_word("Green") and is_common_word("house")
    assert not is_common_word("Telvrow")
    assert is_known_name("Clarke") and not is_known_name("Telvrow")


def test_the_lists_read_back_from_the_cache_are_the_lists_built(tmp_path, monkeypatch):
    from factlint.lang import words
    from factlint.support.cache import cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    words._lists.cache_clear()
    built = words._lists()
    assert any(p.name.startswith("words-") for p in cache_dir().iterdir())
    words._lists.cache_clear()
    again = words._lists()
    words._lists.cache_clear()
    assert again == built and again is not built
    assert "house" in again[0] and "Clarke" in again[1] and "Clarke" not in again[0]
