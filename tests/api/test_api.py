"""factlint.api: the facade a Spark or Dask job calls gives what ``factlint check`` gives, with rules loaded once."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from factlint.api import Checker
from factlint.config import ConfigError

SLIP = "---\ndate: 2024-03-04\n---\n\nThe council approved the the budget on Monday.\n"


def test_check_text_finds_what_check_finds(cli, write) -> None:
    path = write("story.md", SLIP)
    expected = cli("check", "--format", "json", path).json()["findings"]
    result = Checker().check_text(SLIP, path=path)
    assert [f.to_json() for f in result.findings] == expected and expected


def test_check_files_and_bytes_agree_and_report_unreadable_files(write, tmp_path) -> None:
    checker = Checker(select=["repeated-word"])
    path = write("story.md", SLIP)
    results = list(checker.check_files([path, tmp_path / "gone.md"]))
    assert [f.rule for f in results[0].findings] == ["repeated-word"]
    assert results[1].errors and "no such file" in results[1].errors[0]
    assert checker.check_bytes(SLIP.encode(), path).findings == results[0].findings
    assert "binary" in checker.check_bytes(b"\0\1\2", "x.md").errors[0]


def test_rules_are_loaded_once_and_results_pickle(write) -> None:
    checker = Checker()
    rules = checker.rules
    checker.check_text(SLIP, path="a.md")
    assert checker.rules is rules and Checker().rules is rules  # one load per process and set of packs
    result = checker.check_text(SLIP, path="a.md")
    assert pickle.loads(pickle.dumps(result)).findings == result.findings


def test_date_and_ignore_are_applied() -> None:
    undated = "The vote took place on Monday, March 5, the mayor said.\n"
    assert "no publication date" in Checker().check_text(undated, path="a.md").notices[0]
    dated = Checker(date=date(2024, 3, 10))
    assert [f.rule for f in dated.check_text(undated, path="a.md").findings] == ["weekday-mismatch"]
    assert dated.check_text(undated, path="a.md", date=date(2018, 3, 10)).findings == []  # a Monday then
    assert Checker(date=date(2024, 3, 10), ignore=["dates"]).check_text(undated, path="a.md").findings == []


def test_a_misspelt_rule_name_is_an_error() -> None:
    with pytest.raises(ConfigError):
        Checker(select=["repeated-wrd"])
