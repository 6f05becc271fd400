"""The recall benchmark's injection machinery, on two short articles written for this test (never corpus text).

Each family must find its hook in these articles and, where factlint can see the error, the expected rule must
fire at the injected place; otherwise the benchmark could silently stop measuring anything.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from factlint.config import Settings
from factlint.document import load_document
from factlint.engine.runner import rules_for

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_recall", REPO / "benchmarks" / "bench_recall.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_recall"] = module
    spec.loader.exec_module(module)
    return module


DATED = """---
date: 2019-03-20
---
# Council approves a new bridge

LONDON - The council met on Tuesday, March 12, to approve the plan for a crossing over the estuary.

The old bridge was opened in 1965 and was closed on April 3, 2018, after an inspection found cracks in its piers.

Of the 240 residents who replied to the survey, 180 backed the plan, or 75%, according to the council's report.

The new span will be 12 miles (19 km) long and will carry two lanes of traffic in each direction across the water.

Prime Minister Theresa May said the project mattered to the whole region and promised money from the budget.

The council said in a statement posted on Twitter that work would begin within weeks if the money arrived.

Five people were killed and 14 injured on the old bridge, bringing the total number of casualties to 19.

Elsewhere, Russia launched 40 drones overnight, and Ukrainian air defences intercepted 31 drones, officials said.
"""

UNDATED = """Harbour plan wins support

The harbour board met to discuss the plan for a new quay, which would replace the one built after the war.

Prime Minister Tony Blair visited the harbour on Sunday 12 June and praised the workers who had kept it running.

The board expects the work to take two years and to cost far less than the estimate published on 3 April.

Residents said the quay had been neglected for decades and that the town deserved a modern harbour at last.
"""


def _outcomes(bench, path: str, source: str, seed: str):
    settings = Settings()
    doc = load_document(path, source)
    injections = bench.injections_for(doc, settings, seed)
    return injections, bench.evaluate(path, source, injections, settings, rules_for(settings))


def test_each_family_finds_its_hook_in_a_dated_article_and_the_rule_fires(bench):
    injections, outcomes = _outcomes(bench, "dated.md", DATED, "t1")
    status = {}
    for o in outcomes:
        status.setdefault(o.injection.key, Counter())[o.status] += 1
    expected_hooks = {
        "dates.weekday (existing)": 1,        # Tuesday, March 12
        "dates.impossible (existing)": 1,     # April 3, 2018 (a date with a weekday is left to the weekday family)
        "dates.past-after-pub (existing)": 2,  # opened in 1965, closed on April 3, 2018
        "numbers.part-of (existing)": 1,
        "numbers.share (existing)": 1,
        "numbers.conversion (existing)": 1,
        "numbers.total (existing)": 1,
        "numbers.launched (existing)": 1,
        "people.title-swap (existing)": 1,
        "people.former (existing)": 1,
        "entities.name-not-yet (existing)": 1,
    }
    for key, n in expected_hooks.items():
        assert status.get(key, Counter())["detected"] == n, (key, status.get(key))
    # the inserted families run on a dated article and are caught at their place
    for key in ("dates.weekday (inserted)", "dates.relative (inserted)", "entities.name-not-yet (inserted)"):
        assert status[key]["detected"] == 1, (key, status.get(key))
    assert any(k.startswith("numbers.") and k.endswith("(inserted)") for k in status)
    # collateral: only the share stated beside the altered part, which the alteration really did break
    collateral = {o.injection.key: o.collateral for o in outcomes if o.collateral}
    assert collateral == {"numbers.part-of (existing)": ["share-does-not-match-counts"]}


def test_undated_article_marks_date_dependent_injections_not_applicable(bench):
    injections, outcomes = _outcomes(bench, "undated.txt", UNDATED, "t2")
    by_key = {o.injection.key: o for o in outcomes}
    # a date without a year and a titled person cannot be judged without a publication date
    assert by_key["dates.weekday (existing)"].status == "not-applicable"
    assert by_key["people.title-swap (existing)"].status == "not-applicable"
    assert by_key["dates.relative (inserted)"].status == "not-applicable"
    # a written year needs no publication date; "on Twitter" is checked with an explicit date of 2024
    assert by_key["dates.weekday (inserted)"].status == "detected"
    assert by_key["dates.impossible (existing)"].status == "detected"
    retired = by_key["entities.retired-name (inserted)"]
    assert retired.status == "detected" and retired.injection.pub_date is not None


def test_an_error_already_in_the_article_is_not_counted(bench):
    source = DATED.replace("Tuesday, March 12", "Monday, March 12")  # 12 March 2019 was a Tuesday
    _, outcomes = _outcomes(bench, "dated.md", source, "t1")
    weekday = [o for o in outcomes if o.injection.key == "dates.weekday (existing)"]
    assert [o.status for o in weekday] == ["pre-existing"]


def test_injections_are_reproducible_and_leave_the_source_alone(bench):
    first, _ = _outcomes(bench, "dated.md", DATED, "t1")
    second, _ = _outcomes(bench, "dated.md", DATED, "t1")
    assert [(i.key, i.start, i.new) for i in first] == [(i.key, i.start, i.new) for i in second]
    weekday = next(i for i in first if i.key == "dates.weekday (existing)")
    mutated = weekday.apply(DATED)
    assert "Tuesday, March 12" not in mutated and mutated.count("\n") == DATED.count("\n")


def test_missing_corpus_skips_cleanly(bench, tmp_path, capsys):
    assert bench.main(["bench_recall.py", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out
