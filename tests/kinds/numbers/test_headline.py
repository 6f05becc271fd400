"""The ``headline-change`` kind, one throw-away rule per parameter."""

import os
import subprocess
import sys

import pytest

from conftest import fired

STORY = "Ferry fares rise 9% this spring\n\nFerry fares rose 14% on the main routes, the operator said.\n"


def rule(make_rule, **params):
    return make_rule("headline-change", message="{headline}|{body}|{line}", **params)


def test_the_headline_figure_against_the_body_for_the_same_noun_and_direction(make_rule):
    assert fired(rule(make_rule), STORY) == ["fares rise 9%|14%|3"]
    assert fired(rule(make_rule), STORY.replace("rose 14%", "fell 14%")) == []
    assert fired(rule(make_rule), STORY.replace("Ferry fares rose", "Ticket sales rose")) == []
    assert fired(rule(make_rule), STORY.replace("rose 14%", "rose 14%, and fares on night crossings rose 9%")) == []


def test_front_matter_title_and_change_nouns(make_rule):
    from factlint.config import Settings
    from factlint.document import load_text
    from factlint.engine.runner import check_document

    md = "---\ntitle: Ferry fares rise 9% this spring\n---\n\nFerry fares saw a 14% rise this year.\n"
    findings, errors, _ = check_document(load_text(md, fmt="markdown"), Settings(), [rule(make_rule)])
    assert errors == [] and [(f.message, f.line) for f in findings] == [("fares rise 9%|14%|5", 5)]


def test_tolerance(make_rule):
    close = STORY.replace("rose 14%", "rose 9.8%")
    assert fired(rule(make_rule), close) == []
    assert fired(rule(make_rule, tolerance=0.5), close) == ["fares rise 9%|9.8%|3"]
    with pytest.raises(Exception, match="tolerance"):
        rule(make_rule, tolerance=-1)


def test_skip_nouns(make_rule):
    assert fired(rule(make_rule, skip_nouns=["fares"]), STORY) == []


def test_the_headline_pattern_is_the_same_in_every_process():
    """Built from sets of words, it must not follow their per-process order: the regex cache is keyed on it."""
    code = "from factlint.kinds.numbers import headline; print(headline._TITLE.pattern)"
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3)}
    assert len(seen) == 1 and "rise" in seen.pop()
