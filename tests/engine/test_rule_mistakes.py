"""Rule-writing mistakes that used to pass silently are reported at load, with the file and the line."""

from __future__ import annotations

import pytest

PATTERN = """\
- id: house-style
  kind: pattern
  category: style
  severity: info
  message: "Write 'okay', not '{mtach}'"
  description: House spelling.
  pattern: "(?P<word>OK)"
"""

SUM = """\
- id: toll-parts
  kind: sum
  category: numbers
  severity: warning
  message: "The parts ({parts}) exceed the total ({total})."
  description: Parts of a toll.
  total: {role: killed}
  parts: {role: kiled}
"""


@pytest.mark.parametrize("text, line, words", [
    (PATTERN, 5, ["'{mtach}'", "neither {match} nor a named group", "match, word"]),
    (SUM, 8, ["unknown role 'kiled'", "never fire", "did you mean 'killed'?"]),
    (SUM.replace("{role: killed}", "{role: killed, class: peeple}"), 7, ["unknown class 'peeple'"]),
])
def test_a_mistake_in_a_rule_is_one_error_line_and_exit_2(cli, write, text, line, words):
    pack = write("pack/mine.yaml", text)
    article = write("a.txt", "OK, three people were killed.\n")
    run = cli("check", "--rules", pack, article)
    assert run.code == 2
    (error,) = [ln for ln in run.err.splitlines() if pack in ln]
    assert f"{pack}:{line}:" in error
    for word in words:
        assert word in error


def test_named_groups_and_known_roles_still_load(cli, write):
    good = PATTERN.replace("{mtach}", "{word}") + SUM.replace("kiled", "injured").replace("- id: toll", "- id: ok")
    pack = write("pack/mine.yaml", good)
    run = cli("check", "--rules", pack, write("a.txt", "Nothing here.\n"))
    assert run.code == 0, run.err


def test_the_vocabulary_file_names_no_setting_that_does_not_exist():
    from factlint.extractors.numbers.lexicon import default_vocabulary_path

    assert "numbers-vocabulary" not in default_vocabulary_path().read_text(encoding="utf-8")
