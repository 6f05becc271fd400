"""``check --fix``: the safe suggestions applied, atomically, to files that hold what was checked."""

from __future__ import annotations

import os
from pathlib import Path

from factlint.document import load_document
from factlint.findings import FileResult
from factlint.run.fix import fix_results

TWICE = "The council approved the the budget.\nA second second vote followed.\n"
WEEKDAY = "---\ndate: 2024-03-20\n---\nThe vote was held on Monday, March 12, 2024.\n"


def test_fix_applies_safe_suggestions_and_says_what_it_changed(cli, write):
    path = write("a.md", TWICE)
    os.chmod(path, 0o640)
    run = cli("check", "--fix", path)
    assert Path(path).read_text(encoding="utf-8") == "The council approved the budget.\nA second vote followed.\n"
    assert f"fixed {path}:1:22: [repeated-word] 'the the' -> 'the'" in run.err
    assert f"fixed {path}:2:3: [repeated-word] 'second second' -> 'second'" in run.err
    assert "No findings in 1 file." in run.out and run.code == 0  # what is left, checked again
    assert oct(os.stat(path).st_mode & 0o777) == oct(0o640)
    assert [p.name for p in Path(path).parent.iterdir()] == ["a.md"]  # no temporary file left behind


def test_fix_leaves_unsafe_suggestions_and_files_without_any_alone(cli, write):
    dated = write("vote.md", WEEKDAY)
    before = os.stat(dated).st_mtime_ns
    run = cli("check", "--fix", dated)
    assert run.code == 1 and "weekday-mismatch" in run.out  # suggested (Tuesday), but for an editor to choose
    assert Path(dated).read_text(encoding="utf-8") == WEEKDAY and os.stat(dated).st_mtime_ns == before


def test_dry_run_prints_a_unified_diff_and_writes_nothing(cli, write):
    path = write("a.md", TWICE)
    run = cli("check", "--fix", "--dry-run", path)
    assert run.code == 1
    assert run.out.startswith(f"--- {path}\n+++ {path}\n@@ -1,2 +1,2 @@\n")
    assert "-The council approved the the budget.\n" in run.out and "+The council approved the budget.\n" in run.out
    assert Path(path).read_text(encoding="utf-8") == TWICE
    assert cli("check", "--fix", "--dry-run", write("clean.md", "All is well.\n")).code == 0
    assert cli("check", "--dry-run", path).code == 2  # --dry-run means nothing without --fix


def test_html_and_standard_input_are_never_written(cli, write):
    page = write("a.html", "<p>The council approved the the budget.</p>\n")
    run = cli("check", "--fix", page)
    assert run.code == 1 and Path(page).read_text(encoding="utf-8").count("the the") == 1
    run = cli("check", "--fix", "--stdin-filename", "a.md", "-", input=TWICE)
    assert run.code == 1 and "fixed" not in run.err


def test_a_file_changed_since_it_was_checked_is_not_overwritten(write):
    path = write("a.md", TWICE)
    from factlint.config import Settings
    from factlint.engine.runner import check_document, rules_for

    doc = load_document(path, TWICE)
    settings = Settings()
    findings, _, _ = check_document(doc, settings, [r for r in rules_for(settings) if r.id == "repeated-word"])
    Path(path).write_text("Rewritten meanwhile, the the editor saved.\n", encoding="utf-8")
    out, err = _Stream(), _Stream()
    assert fix_results([FileResult(path, findings, document=doc)], set(), False, out, err) == 0
    assert "changed since it was checked" in err.text
    assert Path(path).read_text(encoding="utf-8") == "Rewritten meanwhile, the the editor saved.\n"


def test_byte_order_mark_is_kept(cli, write):
    path = write("bom.md", b"\xef\xbb\xbf" + TWICE.encode())
    cli("check", "--fix", path)
    assert Path(path).read_bytes() == b"\xef\xbb\xbfThe council approved the budget.\nA second vote followed.\n"


class _Stream:
    def __init__(self):
        self.text = ""

    def write(self, s: str) -> None:
        self.text += s

    def writelines(self, lines) -> None:
        self.text += "".join(lines)
