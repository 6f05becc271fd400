"""The name-near-kb kind: a KB person's surname misspelt once, where a title or given names say who is meant."""

from __future__ import annotations

import pytest

from conftest import fired, suggested
from factlint.kinds.people.near_name import slips, typo_shaped


@pytest.fixture
def rule(make_rule):
    return make_rule("name-near-kb", "{written} -> {preferred} ({via}) [{source}]")


def test_a_title_held_on_the_date_names_the_person(rule):
    (msg,) = fired(rule, "Freedonian President Rufus Fireffly opened the session.", "2015-03-02")
    assert "Rufus Fireffly -> Rufus T. Firefly" in msg and "President of Freedonia" in msg and "test data" in msg


def test_the_suggestion_keeps_the_given_name(rule):
    assert suggested(rule, "Freedonian President Rufus Fireffly opened the session.", "2015-03-02") == \
        [[("Fireffly", "Firefly")]]


def test_a_title_someone_else_held_on_the_date_is_no_evidence(rule):
    # Dorn is president in 2022, and Firefly is one substitution away, not a slip of the pen
    assert fired(rule, "Freedonian President Rufus Fireflu opened the session.", "2022-03-02") == []


def test_an_undated_article_compares_every_holder(rule):
    assert len(fired(rule, "Freedonian President Rufus Fireffly opened the session.", None)) == 1


def test_given_names_the_holder_does_not_have_are_another_person(rule):
    assert fired(rule, "Freedonian President Otto Fireffly opened the session.", "2015-03-02") == []


def test_given_names_alone_take_a_slip_of_the_pen(rule):
    assert len(fired(rule, "The talks were led by Anna Brassk on Monday.")) == 1
    assert fired(rule, "The talks were led by Anna Braske on Monday.") == []  # another name, not a typo


def test_a_surname_that_is_a_word_or_a_kb_surname_is_left_alone(rule):
    assert fired(rule, "The talks were led by Anna Brisk on Monday.") == []
    assert fired(rule, "The talks were led by Anna Dorn on Monday.") == []


def test_credits_and_quotations_are_left_alone(rule):
    assert fired(rule, "Video report\n\nAnna Brassk, FREEDONIA TIMES\n\nThe talks went on.") == []
    assert fired(rule, "By Anna Brassk\n\nThe talks went on.") == []
    assert fired(rule, '"Ask Anna Brassk," he said.') == []


def test_short_surnames_are_not_judged(make_rule):
    rule = make_rule("name-near-kb", "{written}", min_length=6)
    assert fired(rule, "The talks were led by Anna Brassk on Monday.") == []


def test_min_length_must_be_sensible(make_rule):
    from factlint.engine.loader import RuleError

    with pytest.raises(RuleError, match="min_length must be at least 3"):
        make_rule("name-near-kb", "{written}", min_length=2)


def test_a_moved_doubling_is_one_slip():
    assert slips("Barosso", "Barroso") == 1 and slips("Waggoner", "Wagoner") == 1 and slips("Brask", "Brask") == 0
    assert typo_shaped("Horowtiz", "Horowitz") and not typo_shaped("Davies", "Davis")


def test_a_well_known_persons_surname_misspelt_after_their_given_name(rule):
    (msg,) = fired(rule, "The novelist Agatha Chrisite is still widely read.")
    assert msg.startswith("Agatha Chrisite -> Agatha Christie (the only well-known Agatha") and "curid=984" in msg


def test_a_well_known_persons_given_name_with_two_letters_swapped(rule):
    (msg,) = fired(rule, "Fans of Agahta Christie gathered in the square.")
    assert msg.startswith("Agahta Christie -> Agatha Christie")
    assert suggested(rule, "Fans of Agahta Christie gathered in the square.") == [[("Agahta", "Agatha")]]


def test_well_known_names_need_a_given_name_that_singles_out_one_person(rule):
    # hundreds of well-known people are called John: a John near a famous surname may be anyone
    assert fired(rule, "Retired admiral John Hutsno testified.") == []
    assert fired(rule, "Retired admiral John Lennno testified.") == []


def test_well_known_names_leave_other_spellings_and_the_article_s_own_alone(rule, make_rule):
    assert fired(rule, "Agatha Christie wrote it. Later Agatha Chrisite was filmed.") == []
    assert fired(rule, "The novelist Agatha Christic is still widely read.") == []  # a letter replaced: a name
    off = make_rule("name-near-kb", well_known=False)
    assert fired(off, "The novelist Agatha Chrisite is still widely read.") == []


def test_a_well_known_name_with_accents_misspelt_once(rule):
    # the list keeps the page's spelling, accents and all: the slip is judged against it
    (msg,) = fired(rule, "The tennis player Agnieszka Radwanksa won in straight sets.")
    assert msg.startswith("Agnieszka Radwanksa -> Agnieszka Radwańska") and "curid=4418261" in msg


def test_a_well_known_name_written_without_its_accents_is_no_slip(rule):
    assert fired(rule, "The tennis player Agnieszka Radwanska won in straight sets.") == []
    assert fired(rule, "Midfielder Karel Poborsky scored twice.") == []
    # ł has no plain-letter decomposition: Malysz is the usual English spelling, not a slip of the pen
    assert fired(rule, "The ski jumper Adam Malysz landed long.") == []


def test_the_kb_index_kept_in_the_cache_follows_edits_to_the_kb_file(rule, tmp_path, monkeypatch):
    from datetime import date

    from factlint.config import Settings
    from factlint.document import load_text
    from factlint.engine.runner import check_document
    from factlint.kb import loader
    from factlint.support.cache import cache_dir

    kb = tmp_path / "newsroom.yaml"

    def messages(given: str) -> list[str]:
        kb.write_text(f"people:\n  - id: q\n    name: {given} Quillbrook\n", encoding="utf-8")
        monkeypatch.setattr(loader, "_memo", {})  # a new process: the KB and its index come from the cache
        doc = load_text("The talks were led by Marta Quilbrook on Monday.", pub_date=date(2024, 5, 10))
        findings, errors, _ = check_document(doc, Settings(kb_files=(str(kb),)), [rule])
        assert errors == []
        return [f.message.split(" (")[0] for f in findings]

    assert messages("Marta") == ["Marta Quilbrook -> Marta Quillbrook"]
    assert list(cache_dir().glob("name-near-*.pickle"))
    assert messages("Marta") == ["Marta Quilbrook -> Marta Quillbrook"]
    assert messages("Greta") == []


def test_a_kb_persons_given_name_mistyped_before_their_exact_surname(rule):
    (msg,) = fired(rule, "On Monday Rufsu Firefly opened the session.", "2015-03-02")
    assert msg == ("Rufsu Firefly -> Rufus T. Firefly (the only Firefly it knows with a given name that close) "
                   "[test data]")
    assert suggested(rule, "On Monday Rufsu Firefly opened the session.", "2015-03-02") == [[("Rufsu", "Rufus")]]
    # the right given name, or the right spelling elsewhere in the article, is nothing to report
    assert fired(rule, "On Monday Rufus Firefly opened the session.", "2015-03-02") == []
    assert fired(rule, "Rufus Firefly spoke. Later Rufsu Firefly left.", "2015-03-02") == []


def test_a_well_known_persons_given_name_a_letter_short(rule):
    (msg,) = fired(rule, "Former French president Jaques Chirac died in Paris.")
    assert msg.startswith("Jaques Chirac -> Jacques Chirac (the only well-known Chirac with a given name that close)")
    # another given name (a name the word list knows), a letter replaced: other people, not slips
    assert fired(rule, "Nicholas Sarkozy and Gordan Brown met.") == []


def test_other_romanisations_of_a_given_name_are_left_alone(rule):
    # a doubled letter (Massoud/Masoud) or accents left out (Günter/Gunter): how English prose writes the name
    assert fired(rule, "The novelist Gunter Grass spoke.") == []
    assert fired(rule, "Fans of Agathha Christie gathered.") == []
