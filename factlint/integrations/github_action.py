"""The GitHub Action's check step (``python -m factlint.integrations.github_action``).

``action.yml`` passes every input and all event data through environment variables and runs only this
module, so nothing a pull request controls (file names, titles, branch names) is ever pasted into a shell
script.  File names come from ``git diff -z`` and go to the checker as a Python list: no shell, no word
splitting, no option parsing.

Environment (set by action.yml from its inputs, or by the runner):
``FACTLINT_PATHS`` files or folders, one per line (default: the article files the pull request or push changed);
``FACTLINT_FAIL_ON``; ``FACTLINT_CONFIG``; ``FACTLINT_SARIF_FILE``; ``FACTLINT_CHANGED_LINES_ONLY`` ("true"
reports only findings on changed lines); ``FACTLINT_REVIEW_COMMENTS`` ("true" also posts them as one pull-request
review, see ``review.py``) with ``FACTLINT_GITHUB_TOKEN``; ``GITHUB_EVENT_NAME``, ``GITHUB_EVENT_PATH``, ``GITHUB_OUTPUT``,
``GITHUB_STEP_SUMMARY``, ``RUNNER_TEMP``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Mapping

from factlint.findings import SEVERITIES

_ZERO_SHA = "0" * 40
SUMMARY_ROWS = 200  # a summary longer than this is unreadable; the annotations and SARIF have everything


class ActionError(RuntimeError):
    """A problem with the action's setup (inputs, git history); shown as an error annotation."""


def _git(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(["git", "-c", "core.quotePath=false", *args], capture_output=True, check=False)
    if check and proc.returncode != 0:
        raise ActionError(f"git {args[0]} failed: {proc.stderr.decode('utf-8', 'replace').strip()}")
    return proc


def _has_commit(sha: str) -> bool:
    return _git("cat-file", "-e", f"{sha}^{{commit}}", check=False).returncode == 0


def _ensure_commit(sha: str) -> bool:
    """Whether ``sha`` is available, fetching it from origin when a shallow checkout lacks it."""
    if _has_commit(sha):
        return True
    _git("fetch", "--no-tags", "--quiet", "origin", sha, check=False)
    return _has_commit(sha)


def event_range(env: Mapping[str, str]) -> tuple[str, str] | None:
    """``(base, head)`` commits of the pull request or push that triggered the run, if there are any."""
    path = env.get("GITHUB_EVENT_PATH")
    if not path or not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as fh:
        event = json.load(fh)
    pr = event.get("pull_request")
    if isinstance(pr, dict):
        base, head = pr.get("base", {}).get("sha"), pr.get("head", {}).get("sha")
    else:
        base, head = event.get("before"), event.get("after")
    if not isinstance(base, str) or not isinstance(head, str) or base == _ZERO_SHA or not base:
        return None
    return base, head


def changed_files(base: str, head: str) -> tuple[list[str], str]:
    """Files added, copied, modified or renamed between ``base`` and ``head``, and the commit to diff against.

    The pull request's own changes are those since the merge base; when a shallow history has none, the
    two commits are compared directly.
    """
    if not _ensure_commit(base):
        raise ActionError(f"base commit {base} is not in the checkout; use actions/checkout with fetch-depth: 0")
    if not _ensure_commit(head):
        head = "HEAD"  # the checked-out merge commit holds the same changes
    merge_base = _git("merge-base", base, head, check=False)
    since = merge_base.stdout.decode().strip() if merge_base.returncode == 0 else base
    out = _git("diff", "--name-only", "-z", "--no-ext-diff", "--diff-filter=ACMR", "-M", since, head, "--")
    names = [n for n in out.stdout.decode("utf-8", "surrogateescape").split("\0") if n]
    return names, since


def article_files(names: list[str], config: str | None) -> list[str]:
    """The changed files factlint would check in a folder walk (the configuration's include and exclude)."""
    from factlint.config import resolve_settings
    from factlint.run.discover import iter_files

    settings = resolve_settings(config_path=config)
    eligible = {os.path.normpath(p) for p in iter_files(["."], settings.include, settings.exclude)}
    return [n for n in names if os.path.normpath(n) in eligible]


def _as_path_argument(name: str) -> str:
    """A file name the checker cannot mistake for standard input (a file named '-').

    Other names, even '-rf.md' or '--format=json.md', are safe as they are: they never pass an option parser.
    """
    return os.path.join(".", name) if name == "-" else name


def set_outputs(env: Mapping[str, str], values: dict[str, str]) -> None:
    """Append step outputs, each with a fresh delimiter so no value can end it early and forge another."""
    target = env.get("GITHUB_OUTPUT")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as fh:
        for key, value in values.items():
            delimiter = f"ghadelimiter_{uuid.uuid4()}"
            fh.write(f"{key}<<{delimiter}\n{value}\n{delimiter}\n")


def write_summary(env: Mapping[str, str], results, since: str | None) -> None:
    """A findings table for the run's summary page; every value is HTML-escaped (names and messages are untrusted)."""
    target = env.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from factlint.reporters.html import escape

    findings = [f for r in results for f in r.findings]
    scope = " on changed lines" if since else ""
    lines = [f"### factlint: {len(findings)} finding{'s' if len(findings) != 1 else ''}{scope} in "
             f"{len(results)} file{'s' if len(results) != 1 else ''}", ""]
    if findings:
        lines.append("<table><tr><th>File</th><th>Line</th><th>Severity</th><th>Rule</th><th>Message</th></tr>")
        for f in findings[:SUMMARY_ROWS]:
            cells = (f.path, str(f.line), f.severity, f.rule, f.message)
            lines.append("<tr>" + "".join(f"<td>{escape(c).replace(chr(10), ' ')}</td>" for c in cells) + "</tr>")
        lines.append("</table>")
        if len(findings) > SUMMARY_ROWS:
            lines.append(f"<p>… and {len(findings) - SUMMARY_ROWS} more (see the annotations or the SARIF file).</p>")
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def run(env: Mapping[str, str]) -> int:
    """The whole step: choose files, check once, write annotations, SARIF, summary and outputs; the exit code."""
    from factlint.run.check import CheckRequest, collect
    from factlint.reporters import get_reporter

    fail_on = env.get("FACTLINT_FAIL_ON", "").strip() or None
    if fail_on is not None and fail_on not in SEVERITIES:
        raise ActionError(f"fail-on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    config = env.get("FACTLINT_CONFIG", "").strip() or None
    lines_only = env.get("FACTLINT_CHANGED_LINES_ONLY", "false").strip().lower() in ("true", "1", "yes")
    sarif_file = env.get("FACTLINT_SARIF_FILE", "").strip() or os.path.join(env.get("RUNNER_TEMP") or ".", "factlint.sarif")
    review = env.get("FACTLINT_REVIEW_COMMENTS", "false").strip().lower() in ("true", "1", "yes")
    given = [p for p in env.get("FACTLINT_PATHS", "").split("\n") if p.strip()]
    base = None
    if given:
        paths = given
        span = event_range(env) if lines_only or review else None
        if span:
            base = changed_files(*span)[1]
    else:
        span = event_range(env)
        if span is None:
            paths = ["."]  # no pull request or push to compare with: check everything
        else:
            names, base = changed_files(*span)
            paths = [_as_path_argument(n) for n in article_files(names, config)]
    since = base if lines_only else None
    results, rules, code = [], [], 0
    if paths:
        request = CheckRequest(paths=paths, fmt="github", fail_on=fail_on, config_path=config, diff_base=since)
        outcome = collect(request)
        results, rules, code = outcome.results, outcome.rules, outcome.exit_code
    else:
        print("factlint: no article files changed")
        rules = _rules_only(config)
    get_reporter("github")(results, rules, sys.stdout)
    try:  # a sarif-file in a folder that does not exist yet: make the folder rather than lose the outputs
        os.makedirs(os.path.dirname(os.path.abspath(sarif_file)), exist_ok=True)
    except OSError as exc:
        raise ActionError(f"sarif-file {sarif_file}: cannot create its folder ({exc.strerror})") from None
    with open(sarif_file, "w", encoding="utf-8") as fh:
        get_reporter("sarif")(results, rules, fh)
    findings = sum(len(r.findings) for r in results)
    print(f"factlint: {findings} finding{'s' if findings != 1 else ''} in {len(results)} "
          f"file{'s' if len(results) != 1 else ''}; SARIF report: {sarif_file}")
    write_summary(env, results, since)
    if review:
        from factlint.integrations.review import post_review

        print(post_review(env, results, base))
    set_outputs(env, {"sarif-file": os.path.abspath(sarif_file), "findings": str(findings), "files": str(len(results))})
    return code


def _rules_only(config: str | None):
    """The rules a run would report, for a SARIF file with no results (code scanning then closes old alerts)."""
    from factlint.config import resolve_settings
    from factlint.engine.runner import known_rules

    return known_rules(resolve_settings(config_path=config))


def main() -> None:
    """The action's check step: run, and turn a configuration problem into one error annotation and exit 2."""
    from factlint.config import ConfigError
    from factlint.engine.loader import RuleError
    from factlint.errors import BaselineError, GitError
    from factlint.reporters.github import escape_data

    try:
        code = run(os.environ)
    except (ActionError, ConfigError, RuleError, GitError, BaselineError) as exc:
        print(f"::error title=factlint::{escape_data(str(exc))}")
        code = 2
    sys.exit(code)


if __name__ == "__main__":
    main()
