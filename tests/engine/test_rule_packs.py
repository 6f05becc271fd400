"""The default rule packs: their fixtures and examples pass, and every rule is tested both ways."""

from collections import defaultdict

from factlint.config import Settings
from factlint.engine.runner import rules_for
from factlint.run.ruletest import default_fixtures, run_rule_tests
from factlint.support.yamlfile import load_yaml


def test_default_pack_fixtures_and_examples_pass():
    failures, summary = run_rule_tests([], [])
    assert failures == [], "\n".join(failures)
    assert summary.endswith(", 0 failed")


def test_every_default_rule_has_a_firing_case_and_a_near_miss():
    expected = defaultdict(int)
    for path in default_fixtures().rglob("*"):
        if path.suffix in (".md", ".txt", ".html"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if "<!-- expect" in line:
                    for rule in line.split(":", 1)[1].replace("-->", " ").replace(",", " ").split():
                        expected[rule] += 1
    missing = []
    for rule in rules_for(Settings()):
        fires = expected[rule.id] + sum(ex.fires for ex in rule.examples)
        misses = sum(not ex.fires for ex in rule.examples)
        if not fires or not misses:
            missing.append(f"{rule.id}: {fires} firing cases, {misses} near-miss examples")
    assert not missing, "\n".join(missing)


def test_a_fixture_expectation_that_does_not_fire_is_reported(tmp_path):
    pack = tmp_path / "pack"
    (pack / "fixtures").mkdir(parents=True)
    (pack / "r.yaml").write_text(
        "- id: say-utilise\n  kind: pattern\n  category: style\n  severity: info\n  message: m\n"
        "  description: d\n  pattern: utilise\n  examples:\n    - {text: We utilise it., fires: true}\n"
        "    - {text: We use it., fires: true}\n", encoding="utf-8")
    (pack / "fixtures" / "a.md").write_text(
        "We use tools. <!-- expect: say-utilise -->\nWe utilise tools.\n", encoding="utf-8")
    failures, summary = run_rule_tests([str(pack)], [])
    assert any("a.md:1: missed: expected a 'say-utilise' finding here" in f for f in failures)
    assert any("a.md:2: unexpected: [say-utilise] m" in f for f in failures)
    assert any("did not fire on its example: 'We use it.'" in f for f in failures)
    assert summary == "1 passed, 2 failed"


def test_yaml_loader_keeps_key_lines():
    data = load_yaml("a: 1\nb:\n  c: 2\n", "x.yaml")
    assert data.line_of("b") == 2 and data["b"].line_of("c") == 3


def test_rule_reference_in_docs_is_current(cli):
    """docs/rules.md is generated from the rules; regenerate it with `factlint rules --markdown`."""
    from conftest import REPO

    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == cli("rules", "--markdown").out
