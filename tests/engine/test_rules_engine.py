"""Loading and validating rule packs, and the pattern kind."""

import pytest

from factlint.engine.loader import RuleError, load_rules

GOOD = """\
- id: no-very-unique
  kind: pattern
  category: style
  severity: warning
  message: "'{match}' cannot be graded"
  description: Unique is absolute.
  pattern: very unique
"""


def load(write, text, name="pack/rules.yaml"):
    path = write(name, text)
    return load_rules([str(path).rsplit("/", 1)[0]])


def problems(write, text):
    with pytest.raises(RuleError) as info:
        load(write, text)
    return info.value.problems


def test_good_rule_loads_with_defaults(write):
    (rule,) = load(write, GOOD)
    assert rule.id == "no-very-unique" and rule.params["ignore_case"] is False and rule.line == 1


def test_misspelt_key_names_file_line_and_key(write):
    text = GOOD.replace("  severity: warning\n", "  severity: warning\n  severty: error\n")
    (msg,) = problems(write, text)
    assert msg.endswith("pack/rules.yaml:5: rule 'no-very-unique': unknown key 'severty' (did you mean 'severity'?)")


def test_unknown_kind_wrong_type_and_bad_category(write):
    text = GOOD.replace("kind: pattern", "kind: magic").replace("category: style", "category: grammar")
    msgs = problems(write, text)
    assert any(":2: rule 'no-very-unique': unknown kind 'magic'" in m for m in msgs)
    assert any(":3: rule 'no-very-unique': 'category' must be one of" in m for m in msgs)
    msgs = problems(write, GOOD + "  ignore_case: yes please\n")
    assert any(":8: rule 'no-very-unique': 'ignore_case' must be a bool" in m for m in msgs)


def test_duplicate_id_is_an_error(write):
    msgs = problems(write, GOOD + GOOD)
    assert any("duplicate id" in m and ":8:" in m for m in msgs)


def test_invalid_regex_and_unknown_template_value(write):
    msgs = problems(write, GOOD.replace("pattern: very unique", "pattern: '(unclosed'"))
    assert any(":7:" in m and "invalid regular expression" in m for m in msgs)


def test_bad_yaml_syntax_names_the_line(write):
    msgs = problems(write, GOOD + "  - : [\n")
    assert len(msgs) == 1 and "pack/rules.yaml:" in msgs[0] and "invalid YAML" in msgs[0]


def test_yaml_tags_cannot_construct_objects(write):
    msgs = problems(write, "- !!python/object/apply:os.system ['echo hi']\n")
    assert msgs and "invalid YAML" in msgs[0]


def test_pattern_kind_reports_matches_with_exceptions_and_case(write, cli):
    pack = write("pack/r.yaml", GOOD + "  ignore_case: true\n  exceptions: ['Very Unique']\n")
    art = write("a.md", "A very unique plan. A VERY UNIQUE one. A Very Unique brand. Veryunique.\n")
    run = cli("check", "--rules", pack, "--select", "no-very-unique", "--format", "json", art)
    cols = [(f["line"], f["column"], f["end_column"]) for f in run.json()["findings"]]
    assert cols == [(1, 3, 14), (1, 23, 34)]
    assert run.json()["findings"][0]["message"] == "'very unique' cannot be graded"


def test_pathological_user_regex_times_out_without_hanging(write, cli):
    slow = GOOD.replace("pattern: very unique", "pattern: '(x+x+)+y'\n  whole_word: false\n  timeout: 0.2")
    pack = write("pack/r.yaml", slow)
    art = write("a.txt", "x" * 5000 + "\n")
    run = cli("check", "--rules", pack, "--select", "no-very-unique", art)
    assert run.code == 2
    assert "rule 'no-very-unique': pattern timed out after 0.2 s" in run.err


def test_template_cannot_reach_attributes(write):
    msgs = problems(write, GOOD.replace("'{match}' cannot be graded", "{match.__class__}"))
    assert any("stray" in m for m in msgs)
