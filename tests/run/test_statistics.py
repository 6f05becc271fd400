"""``--statistics``: counts per rule and per category after the findings, without breaking machine formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = "---\ndate: 2024-03-14\n---\n\nThe council met. It approved the the budget and and the road plan.\n"
EXTRA_RULE = """- id: road-word
  kind: pattern
  category: entities
  severity: info
  message: "'{match}' mentioned"
  description: A test rule that flags the word road.
  pattern: road
"""


def factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from factlint.cli.main import main; main()", *args],
                          cwd=cwd, capture_output=True, text=True)


def test_counts_follow_the_findings(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "b.md").write_text(ARTICLE)
    (tmp_path / "pack.yaml").write_text(EXTRA_RULE)
    proc = factlint("check", "--statistics", "--rules", "pack.yaml", "a.md", "b.md", cwd=tmp_path)
    assert proc.returncode == 1
    report, _, stats = proc.stdout.partition("\nFindings per rule:\n")
    assert report.count("[repeated-word]") == 4 and report.count("[road-word]") == 2
    assert stats.splitlines() == [
        "  4  repeated-word  (style)  e.g. 'the' is repeated: \"the the\"",
        "  2  road-word      (entities)  e.g. 'road' mentioned",
        "Findings per category:",
        "  4  style",
        "  2  entities",
        "  6  total",
    ]


def test_json_report_stays_valid_and_counts_go_to_stderr(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ARTICLE)
    proc = factlint("check", "--statistics", "--format", "json", "a.md", cwd=tmp_path)
    assert len(json.loads(proc.stdout)["findings"]) == 2
    assert "  2  repeated-word  (style)" in proc.stderr


def test_no_findings(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("The council met.\n")
    proc = factlint("check", "--statistics", "a.md", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.endswith("Findings per rule:\n  none\n  0  total\n")
