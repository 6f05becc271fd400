"""``review-comments: true``: the Action posts one pull-request review with a comment on each changed line that
has a finding, to a fake GitHub API on 127.0.0.1 (the simulated runner of test_action.py)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests.integrations.test_action import ACTION, DASHED, QUOTED, TOKEN, pr, run_action  # noqa: F401

MAX_REQUESTS = 3  # the server answers at most this many requests, then stops by itself


class FakeAPI:
    """A GitHub REST API stand-in that records every request and answers with ``status``."""

    def __init__(self, status: int = 200):
        self.requests: list[dict] = []
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (the http.server name)
                length = int(self.headers.get("Content-Length", "0"))
                api.requests.append({"path": self.path, "headers": dict(self.headers),
                                     "body": json.loads(self.rfile.read(length) or b"null")})
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.server.timeout = 5
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/v3"
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        for _ in range(MAX_REQUESTS):
            self.server.handle_request()  # returns after a request or after the timeout
        self.server.server_close()

    def __enter__(self) -> "FakeAPI":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.thread.join(timeout=30)


def runner(api: FakeAPI) -> dict:
    return {"GITHUB_API_URL": api.url, "GITHUB_REPOSITORY": "newsroom/site"}


def test_one_review_with_a_comment_on_each_changed_line(pr: dict) -> None:  # noqa: F811
    with FakeAPI() as api:
        run = run_action(pr, runner_env=runner(api), **{"review-comments": "true"})
    assert run["proc"].returncode == 1, run["proc"].stderr  # the findings still fail the step
    # INJECTING holds gone.md's text: git (and GitHub's diff) see a rename without changed lines, where GitHub
    # refuses comments, so its finding stays an annotation only.
    assert "posted a review with 3 comments" in run["proc"].stdout
    (request,) = api.requests
    assert request["path"] == "/api/v3/repos/newsroom/site/pulls/7/reviews"
    assert request["headers"]["Authorization"] == f"Bearer {TOKEN}"
    body = request["body"]
    assert body["event"] == "COMMENT" and body["commit_id"] == pr["head"]
    comments = sorted(body["comments"], key=lambda c: c["path"])
    assert [c["path"] for c in comments] == sorted(["-", DASHED, QUOTED])
    assert body["body"] == "factlint: 3 of 4 findings on changed lines."
    for c in comments:
        assert c["line"] == 5 and c["side"] == "RIGHT"
        assert "[`repeated-word`]" in c["body"] and "the the" in c["body"]


def test_the_token_never_appears_in_a_script_or_the_log(pr: dict) -> None:  # noqa: F811
    check = next(s for s in ACTION["runs"]["steps"] if s.get("id") == "check")
    assert check["env"]["FACTLINT_GITHUB_TOKEN"] == "${{ inputs.github-token }}"
    assert ACTION["inputs"]["github-token"]["default"] == "${{ github.token }}"
    with FakeAPI() as api:
        run = run_action(pr, runner_env=runner(api), **{"review-comments": "true"})
    assert TOKEN not in run["proc"].stdout + run["proc"].stderr + run["summary"]


def test_an_api_refusal_is_a_warning_not_a_crash(pr: dict) -> None:  # noqa: F811
    with FakeAPI(status=403) as api:
        run = run_action(pr, runner_env=runner(api), **{"review-comments": "true", "fail-on": "error"})
    assert run["proc"].returncode == 0 and "Traceback" not in run["proc"].stderr
    assert "::warning title=factlint::review not posted: HTTP 403" in run["proc"].stdout
    assert len(api.requests) == 1 and run["outputs"]["findings"] == "4"


@pytest.mark.parametrize("inputs", [{}, {"review-comments": "false"}])
def test_no_review_unless_asked(pr: dict, inputs: dict) -> None:  # noqa: F811
    with FakeAPI() as api:
        run_action(pr, runner_env=runner(api), **inputs)
        api.server.timeout = 0.1
    assert api.requests == []
