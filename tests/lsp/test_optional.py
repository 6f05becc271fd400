"""The language server is an optional extra: the base install neither imports nor needs pygls."""

from __future__ import annotations

import subprocess
import sys

HIDE_PYGLS = "import sys; sys.modules['pygls'] = None; sys.modules['lsprotocol'] = None; "


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", HIDE_PYGLS + code], capture_output=True, text=True, timeout=120)


def test_check_runs_without_pygls(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("The council approved the the budget.\n", encoding="utf-8")
    proc = _run(f"from factlint.cli.main import main; sys.argv = ['factlint', 'check', {str(article)!r}]; main()")
    assert proc.returncode == 1 and "repeated-word" in proc.stdout


def test_lsp_without_pygls_says_how_to_install_it():
    proc = _run("from factlint.cli.main import main; sys.argv = ['factlint', 'lsp']; main()")
    assert proc.returncode == 2
    assert "pip install 'factlint[lsp]'" in proc.stderr
