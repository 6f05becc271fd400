"""Every shipped rule's message reads cleanly as the user sees it: no double space, no "(line N)" repeated."""

from __future__ import annotations

import re
from datetime import date

import pytest

from factlint.config import Settings
from factlint.document import load_text
from factlint.engine.loader import load_rules
from factlint.engine.runner import check_document
from factlint.rulelang.template import render_message
from factlint.support.resources import rules_dir

RULES = load_rules([str(rules_dir() / "default")])


@pytest.mark.parametrize("rule", [r for r in RULES if any(e.fires for e in r.examples)], ids=lambda r: r.id)
def test_each_firing_example_gives_a_clean_message(rule):
    for example in (e for e in rule.examples if e.fires):
        day = date.fromisoformat(example.date) if example.date else date(2024, 5, 10)
        findings, _errors, _ = check_document(load_text(example.text, pub_date=day), Settings(), [rule])
        for finding in findings:
            assert "  " not in finding.message, finding.message
            refs = re.findall(r"\(line (\d+)\)", finding.message)
            assert all(a != b for a, b in zip(refs, refs[1:])), finding.message
            assert finding.message == finding.message.strip()


def test_part_of_a_whole_on_one_line_without_a_noun():
    findings, _e, _ = check_document(load_text("Of the 240 who sat the exam, 280 passed.", pub_date=date(2024, 5, 10)),
                                     Settings(), [r for r in RULES if r.id == "part-exceeds-whole"])
    assert [f.message for f in findings] == ["280 (line 1) is stated as part of 240 (same line) but is larger"]


def test_an_empty_value_takes_its_space_with_it_and_other_lines_stay():
    template = "{a} {noun} (line {a_line}) vs {b} {noun} (line {b_line})."
    assert render_message(template, {"a": "3", "noun": "", "a_line": 2, "b": "4", "b_line": 5}) == \
        "3 (line 2) vs 4 (line 5)."


def test_rules_listing_ends_each_description_at_a_sentence_end(cli):
    listing = cli("rules").out.splitlines()[1:]
    rows = {line.split()[0]: line for line in listing if line.strip()}
    assert '("on Nov. 5")' in rows["date-day-missing"]
    assert rows["part-exceeds-whole"].endswith("the part cannot exceed the whole.")
    for rid, row in rows.items():
        assert row.count("(") == row.count(")") and row.count('"') % 2 == 0, rid


def test_explain_shows_a_pattern_as_the_yaml_writes_it(cli):
    out = cli("explain", "repeated-word").out
    assert r"\b(?P<word>\p{L}\p{Ll}*)\s+" in out
    assert "\\\\" not in out
