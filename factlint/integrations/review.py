"""Pull-request review comments for the GitHub Action (input ``review-comments: true``).

GitHub shows only a few annotations per step, so a pull request with many findings hides most of them.  A
review, as reviewdog posts for Vale, puts each finding on its changed line in the diff.  One review is posted
per run through the REST API (``POST /repos/{owner}/{repo}/pulls/{number}/reviews``), with ``urllib`` only.

The token comes from ``FACTLINT_GITHUB_TOKEN`` (action.yml passes the ``github-token`` input through ``env:``,
never through a script), the API's address from ``GITHUB_API_URL`` (GitHub Enterprise has its own).  Only
findings on lines the pull request added or changed are posted: GitHub refuses a comment on any other line.  A
failed request is a warning annotation, not a failed step: the annotations and SARIF still hold everything.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import Any

MAX_COMMENTS = 100  # one review stays readable; the rest are in the annotations and the SARIF file
TIMEOUT = 30.0  # seconds per request: a stuck API must not hold the runner until the job's timeout


def pull_request(env: Mapping[str, str]) -> tuple[int, str] | None:
    """The pull request's number and head commit, when the run was triggered by one."""
    path = env.get("GITHUB_EVENT_PATH")
    if not path or not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as fh:
        pr = json.load(fh).get("pull_request")
    if not isinstance(pr, dict) or not isinstance(pr.get("number"), int):
        return None
    head = (pr.get("head") or {}).get("sha")
    return pr["number"], head if isinstance(head, str) else ""


def review_comments(results: list[Any], since: str, root: str = ".") -> list[dict[str, Any]]:
    """One comment per finding whose last line was added or changed since ``since``, at that line."""
    from factlint.run.gitdiff import changed_lines

    findings = [f for r in results for f in r.findings]
    if not findings:
        return []
    changed = changed_lines(since, sorted({f.path for f in findings}), set())
    top = os.path.abspath(root)
    comments = []
    for f in findings:
        last = f.end_line or f.line
        if not changed.touches(f.path, last, last):
            continue
        comments.append({
            "path": os.path.relpath(os.path.abspath(f.path), top).replace(os.sep, "/"),
            "line": last, "side": "RIGHT",
            "body": f"**factlint** {f.severity} [`{f.rule}`]: {f.message}",
        })
    return comments[:MAX_COMMENTS]


def post_review(env: Mapping[str, str], results: list[Any], since: str | None) -> str:
    """Post the findings on changed lines as one review; what happened, as one line for the log."""
    token = env.get("FACTLINT_GITHUB_TOKEN", "").strip()
    repo = env.get("GITHUB_REPOSITORY", "").strip()
    pr = pull_request(env)
    if pr is None or not since:
        return "factlint: review comments need a pull_request event; none posted"
    if not token or not repo:
        return "::warning title=factlint::review-comments needs github-token and GITHUB_REPOSITORY; none posted"
    comments = review_comments(results, since, env.get("GITHUB_WORKSPACE") or ".")
    if not comments:
        return "factlint: no findings on changed lines; no review posted"
    number, head = pr
    total = sum(len(r.findings) for r in results)
    body: dict[str, Any] = {
        "event": "COMMENT", "comments": comments,
        "body": f"factlint: {len(comments)} of {total} finding{'s' if total != 1 else ''} on changed lines.",
    }
    if head:
        body["commit_id"] = head
    api = (env.get("GITHUB_API_URL") or "https://api.github.com").rstrip("/")
    request = urllib.request.Request(
        f"{api}/repos/{repo}/pulls/{number}/reviews", data=json.dumps(body).encode("utf-8"), method="POST",
        headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json",
                 "X-GitHub-Api-Version": "2022-11-28", "Content-Type": "application/json",
                 "User-Agent": "factlint-action"},
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 (the API's own URL)
            response.read()
    except urllib.error.HTTPError as exc:
        return f"::warning title=factlint::review not posted: HTTP {exc.code} from the GitHub API"
    except (urllib.error.URLError, OSError) as exc:
        from factlint.reporters.github import escape_data

        return f"::warning title=factlint::review not posted: {escape_data(str(getattr(exc, 'reason', exc)))}"
    return f"factlint: posted a review with {len(comments)} comment{'s' if len(comments) != 1 else ''}"
