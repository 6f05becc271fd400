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
    assert again is not built and [w.parts() for w in again] == [w.parts() for w in built]
    assert "house" in again[0] and "Clarke" in again[1] and "Clarke" not in again[0]


def test_a_word_set_holds_exactly_its_words():
    from factlint.lang.words import WordSet

    given = ["house", "houses", "Clarke", "naïve", "o'clock", "x"] + [f"w{i}" for i in range(3000)]
    words = WordSet.from_parts(WordSet.of(given).parts())
    assert all(w in words for w in given)
    assert not any(w in words for w in ["hous", "housee", "clarke", "naive", "", "W1", "w3000", "o’clock"])


def test_every_word_of_the_list_is_found_in_its_own_part():
    import gzip

    from factlint.lang import words

    with gzip.open(words._DATA, "rt", encoding="utf-8") as f:
        listed = f.read().split()
    lower, names = words._lists()
    assert all((w in lower) != (w in names) for w in listed)
