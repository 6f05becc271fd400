"""Suggested fixes: what each check proposes, only when it knows, mapped back onto the source it replaces."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import DATA, suggested
from factlint.config import Settings
from factlint.document import load_document
from factlint.engine.loader import RuleError
from factlint.engine.runner import check_document


def test_weekday_the_date_falls_on_then_the_date_the_weekday_implies(make_rule):
    rule = make_rule("date-weekday")
    assert suggested(rule, "The vote was held on Monday, March 12, 2024.") == [[("Monday", "Tuesday"), ("12", "11")]]
    # The Monday nearest 1 March lies in February: changing the day alone cannot reach it.
    # The Monday nearest Sunday 31 March is 1 April: changing the day alone cannot reach it.
    assert suggested(rule, "The vote was held on Monday, March 31, 2024.") == [[("Monday", "Sunday")]]
    assert suggested(rule, "The vote was held on Sunday, March 3rd, 2024.") == [[]] or \
        suggested(rule, "The vote was held on Sunday, March 3rd, 2024.") == []


def test_ordinal_day_keeps_its_suffix(make_rule):
    rule = make_rule("date-weekday")
    assert suggested(rule, "It opened on Monday, March 12th, 2024.") == [[("Monday", "Tuesday"), ("12th", "11th")]]


def test_role_the_title_held_on_the_date_or_former(make_rule):
    rule = make_rule("role-at-date")
    # Prime minister only from July 2019: in 2017 she was finance minister.
    # Before the name, the office's prose title in the case written; the text may name the country already.
    assert suggested(rule, "Prime Minister Anna Brask spoke.", day="2017-03-01") == [
        [("Prime Minister", "Finance Minister")]]
    assert suggested(rule, "Freedonian Prime Minister Anna Brask spoke.", day="2017-03-01") == [
        [("Prime Minister", "Finance Minister")]]
    # In apposition, the office's full name.
    assert suggested(rule, "Anna Brask, the prime minister, spoke.", day="2017-03-01") == [
        [("prime minister", "Minister of Finance of Freedonia")]]
    # Finance minister until 2019, presented as current in 2021: "Former …" at the sentence start, and the
    # office she held then.
    (edits,) = suggested(rule, "Finance Minister Anna Brask spoke on Friday.", day="2021-03-01")
    assert ("Finance Minister", "Former Finance Minister") in edits
    assert len(edits) == 2
    # "former" goes before the title the suggestion replaces, after a country named before it
    (edits,) = suggested(rule, "The Freedonian Finance Minister Anna Brask spoke on Friday.", day="2021-03-01")
    assert ("Finance Minister", "former Finance Minister") in edits


def test_conversion_the_converted_value(make_rule):
    rule = make_rule("conversion")
    # to the precision the conversion was written in: whole kilometres for "30 km", tenths for "30.5 km"
    assert suggested(rule, "The trail is 12 miles (30 km) long.") == [[("30 km", "19 km")]]
    assert suggested(rule, "The trail is 12 miles (30.5 km) long.") == [[("30.5 km", "19.31 km")]]
    assert suggested(rule, "The route covers 2,300 miles (3,100 kilometres).") == [[("3,100 kilometres", "3,701 kilometres")]]


def test_change_the_verb_that_fits_the_figures(make_rule):
    rule = make_rule("change")
    assert suggested(rule, "Profit rose to $3m from $5m, the company said.") == [[("rose", "fell")]]
    assert suggested(rule, "Sales Increased to $3m from $5m.") == [[("Increased", "Decreased")]]
    # With an amount written, flipping the verb alone would not make the sentence right: no suggestion.
    assert suggested(rule, "Profit rose 40% to $3m from $5m.") == [[]]


def test_names_as_the_article_spells_them_elsewhere(make_rule):
    assert suggested(make_rule("name-spelling"), "Volodymyr Zelenskyy spoke. Zelensky later left.") == [
        [("Zelensky", "Zelenskyy")]]
    assert suggested(make_rule("name-spelling"), "Volodymyr Zelenskyy spoke. Volodymyr Zelensky later left.") == [
        [("Zelensky", "Zelenskyy")]]


def test_entity_its_name_on_the_date(make_rule):
    retired = make_rule("entity-name", mode="retired")
    assert suggested(retired, "The minister said on Twitter that talks continue.", day="2024-05-01") == [
        [("Twitter", "X (formerly Twitter)")]]
    not_yet = make_rule("entity-name")
    assert suggested(not_yet, "In a message posted on X, the minister said talks continue.", day="2022-05-01") == [
        [("X", "Twitter")]]


def test_pattern_suggest_template_and_safe(make_rule):
    rule = make_rule("pattern", pattern=r"(?P<word>\w+) (?P=word)", suggest="{word}", safe=True)
    assert suggested(rule, "We saw the the budget.") == [[("the the", "the")]]
    with pytest.raises(RuleError, match="safe needs a suggest template"):
        make_rule("pattern", pattern="x", safe=True)
    with pytest.raises(RuleError, match="stray"):
        make_rule("pattern", pattern="x", suggest="{word")


def _findings(source: str, name: str):
    doc = load_document(name, source, pub_date=date(2024, 5, 10))
    from factlint.engine.runner import rules_for

    settings = Settings(kb_files=(str(DATA / "kb-freedonia.yaml"),))
    findings, _, _ = check_document(doc, settings, [r for r in rules_for(settings) if r.id == "repeated-word"])
    return findings


def test_repeated_word_is_safe_and_only_where_the_source_maps_one_for_one():
    (f,) = _findings("We saw the the budget.\n", "a.md")
    (s,) = f.suggestions
    assert (s.replacement, s.line, s.column, s.end_column, s.safe) == ("the", 1, 8, 15, True)
    # Emphasis inside the span: the prose reads "the the" but the source holds markup; replacing it would
    # drop the markup, so no suggestion (the finding stays).
    (f,) = _findings("We saw the *the* budget.\n", "b.md")
    assert f.suggestions == ()
    (f,) = _findings("<p>We saw the <b>the</b> budget.</p>\n", "c.html")
    assert f.suggestions == ()
