"""The default number rules as an editor meets them: what fires, what stays silent, and what the message says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import number_findings

from factlint.engine.loader import load_rules

REPO = Path(__file__).resolve().parents[3]
SEED_CANDIDATES = [REPO.parent / "shared" / "seed", REPO.parent.parent / "shared" / "seed"]
SEED_NAME = "000_104712a9dbac1dd9.txt"


# Written for this test in the shape of the reference article's drone sentence.
REPORT = (
    "The air force said in a statement that a total of 176 drones and one missile were launched by Russia "
    "overnight, with Ukrainian forces successfully intercepting or neutralizing {downed} drones. Meanwhile, the "
    "Russian Defense Ministry claimed its forces had shot down 57 Ukrainian drones in the same timeframe.\n"
)


def test_coherent_drone_figures_give_no_finding():
    assert number_findings(REPORT.format(downed=139)) == []


def test_more_intercepted_than_launched_gives_exactly_one_finding_citing_both_places():
    findings = number_findings(REPORT.format(downed=186))
    assert len(findings) == 1
    f = findings[0]
    assert f.rule == "intercepted-exceeds-launched" and f.severity == "error"
    assert "186 drones" in f.message and "176 drones launched" in f.message and "(line 1)" in f.message
    assert len(f.related) == 1 and f.related[0].message == "176 launched"


def test_figures_on_different_lines_cite_their_lines():
    text = "Russia launched 112 drones overnight.\n\nAir defences destroyed 118 of the drones.\n"
    (f,) = number_findings(text)
    assert f.line == 3
    assert f.message == "118 drones destroyed (line 3) exceed the 112 drones launched (line 1)"
    assert (f.related[0].line, f.related[0].column) == (1, 17)


def _seed() -> Path | None:
    return next((d / SEED_NAME for d in SEED_CANDIDATES if (d / SEED_NAME).is_file()), None)


@pytest.mark.skipif(_seed() is None, reason="the reference article is not available here")
def test_reference_article_has_no_number_finding_and_one_when_its_figure_is_broken():
    text = _seed().read_text(encoding="utf-8")
    assert number_findings(text) == []
    broken = text.replace("neutralizing 139 drones", "neutralizing 186 drones")
    assert broken != text
    assert [f.rule for f in number_findings(broken)] == ["intercepted-exceeds-launched"]


@pytest.mark.parametrize(
    "text",
    [
        "More than 100 drones were launched and 120 drones were intercepted.",
        "Russia launched 50 drones. The Russian military said it shot down 60 Ukrainian drones.",
        "Russia launched 50 drones overnight. Since February, air defences have intercepted 4,000 drones.",
        "Russia launched 40 drones on Monday and 60 drones on Tuesday. Ukraine intercepted 55 drones.",
        "Russia launched 40 missiles and 60 drones. Ukraine intercepted 55 drones.",
    ],
)
def test_near_misses_stay_silent(text):
    assert number_findings(text) == []


@pytest.mark.parametrize(
    "text, rule, fragment",
    [
        ("Five people were killed and 14 injured, bringing the total number of casualties to 21.",
         "parts-do-not-add-up", "5 + 14"),
        ("Of the 240 students who sat the exam, 180 passed, a pass rate of 65%.",
         "share-does-not-match-counts", "which is 75.0%"),
        ("Sales rose 20% to $5.6m from $5.1m.", "change-does-not-match-figures", "+9.8%"),
        ("Unemployment fell to 5.4% from 5.1%.", "change-does-not-match-figures", "is not below"),
        ("The route is 12 miles (about 30 km) long.", "conversion-mismatch", "12 miles is 19.3 km, not about 30 km"),
        ("Of the 240 students who sat the exam, 280 passed.", "part-exceeds-whole", "280"),
        ("Net profit rose to 360 mln francs.\n\nGroup turnover should rise seven pct from the 15.7 mln of 1986.",
         "turnover-below-profit", "turnover of 15.7 mln is a small fraction of the net profit of 360 mln francs"),
        ("Spending was 27.3 mln dlrs. Metals took 17.7 mln dlrs, and oil less than last year's 9.6 pct.",
         "difference-given-as-percent", "9.6 pct is exactly 27.3 mln dlrs (line 1) minus 17.7 mln dlrs"),
        ("The laptop has 801.11ac Wi-Fi.", "network-standard-number", "'802.11ac'"),
    ],
)  # fmt: skip
def test_each_rule_states_the_values_it_compares(text, rule, fragment):
    findings = number_findings(text)
    assert [f.rule for f in findings] == [rule]
    assert fragment in findings[0].message.replace("Five", "5")


def test_a_ratio_given_as_a_percentage_is_reported_again_where_it_recurs():
    text = ("The book-to-bill ratio was 1.13 pct, the group said.\n\nThe January figure was revised from the 1.11 pct"
            " reported last month.\n\nShipments were up 1.1 pct.")
    found = [(f.rule, f.message.split(" ")[0]) for f in number_findings(text)]
    assert found == [("ratio-given-as-percent", "1.13"), ("ratio-given-as-percent-again", "1.11")]


def _rule_file(tmp_path, body: str) -> str:
    path = tmp_path / "pack.yaml"
    path.write_text(
        "- id: my-rule\n  kind: relation\n  category: numbers\n  severity: error\n  message: '{a} {b}'\n"
        "  description: d\n" + body,
        encoding="utf-8",
    )
    return str(tmp_path)


@pytest.mark.parametrize(
    "body, complaint",
    [
        ("  quantities: {a: {role: x}}\n  assert: 'a <= a'\n", "exactly two"),
        ("  quantities: {a: {colour: red}, b: {}}\n  assert: 'a <= b'\n", "unknown selector key"),
        ("  quantities: {a: {}, b: {}}\n  assert: 'a <= c'\n", "not among quantities"),
        ("  quantities: {a: {}, b: {}}\n  assert: 'a <= b'\n  same: [colour]\n", "unknown attribute"),
    ],
)
def test_a_broken_relation_rule_is_refused_with_the_key_named(tmp_path, body, complaint):
    from factlint.engine.loader import RuleError

    with pytest.raises(RuleError) as exc:
        load_rules([_rule_file(tmp_path, body)])
    assert complaint in str(exc.value)


def test_pint_is_imported_only_when_a_conversion_is_checked(tmp_path):
    code = (
        "import sys\n"
        "from factlint.config import Settings\n"
        "from factlint.document import load_text\n"
        "from factlint.engine.runner import check_document, rules_for\n"
        "rules = [r for r in rules_for(Settings()) if r.category == 'numbers']\n"
        "check_document(load_text('Russia launched 50 drones.'), Settings(), rules)\n"
        "print('pint' in sys.modules)\n"
        "check_document(load_text('It is 12 miles (19 km) away.'), Settings(), rules)\n"
        "print('pint' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    run = lambda: subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert run().stdout.split() == ["False", "True"]
    # The factors pint computed are remembered: the next run converts miles to km without importing pint.
    assert run().stdout.split() == ["False", "False"]
