"""``factlint serve`` as a CMS meets it: JSON over HTTP against a running server, every endpoint and refusal."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from live_server import start_server  # noqa: F401  (the fixture that runs a server)

ARTICLE = "On Monday, March 5, 2024, the council met. The mayor said the the budget would rise.\n"
CLEAN = "The council met on a quiet evening and adjourned early.\n"


@pytest.fixture(scope="module")
def server(start_server):
    return start_server()


def test_check_returns_the_json_contract_of_check_without_a_path(server, tmp_path) -> None:
    reply = server.check({"text": ARTICLE, "format": "text"})
    assert reply.status == 200 and reply.headers["content-type"].startswith("application/json")
    data = reply.json()
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    cli = subprocess.run([sys.executable, "-m", "factlint", "check", "--format", "json", str(article)],
                         capture_output=True, text=True, cwd=tmp_path)
    expected = json.loads(cli.stdout)
    assert set(data) == set(expected)
    assert data["files"] == 1
    for finding in expected["findings"]:
        del finding["path"]  # no name was given
    assert data["findings"] == expected["findings"]
    assert {f["rule"] for f in data["findings"]} >= {"weekday-mismatch", "repeated-word"}


def test_the_given_name_labels_the_findings(server) -> None:
    data = server.check({"text": ARTICLE, "name": "drafts/budget.txt"}).json()
    assert data["findings"] and all(f["path"] == "drafts/budget.txt" for f in data["findings"])


def test_a_name_that_is_a_real_file_is_never_read(server, tmp_path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text(ARTICLE)
    reply = server.check({"text": CLEAN, "name": str(secret), "format": "markdown"})
    assert reply.status == 200 and reply.json()["findings"] == []  # the clean text was checked, not the file


@pytest.mark.parametrize("key", ["path", "rules", "config", "kb"])
def test_paths_rule_packs_and_configurations_are_refused(server, tmp_path, key) -> None:
    reply = server.check({"text": CLEAN, key: str(tmp_path)})
    assert reply.status == 400
    assert f"'{key}' cannot be given" in reply.json()["error"]


def test_format_select_ignore_and_date(server) -> None:
    html = "<p>The mayor said the the budget rose.</p>"
    assert [f["rule"] for f in server.check({"text": html, "format": "html"}).json()["findings"]] == ["repeated-word"]
    only = server.check({"text": ARTICLE, "select": ["weekday-mismatch"]}).json()["findings"]
    assert [f["rule"] for f in only] == ["weekday-mismatch"]
    without = server.check({"text": ARTICLE, "ignore": "style"}).json()["findings"]
    assert "repeated-word" not in {f["rule"] for f in without} and without
    dated = server.check({"text": "The talks resumed on Monday.", "date": "2024-03-05"})
    assert dated.status == 200


@pytest.mark.parametrize("body, fragment", [
    (b"{not json", "not valid JSON"),
    (b"[1, 2]", "JSON object"),
    (json.dumps({"format": "text"}).encode(), "'text' must be given"),
    (json.dumps({"text": "x", "format": "docx"}).encode(), "'format' must be one of"),
    (json.dumps({"text": "x", "date": "5 March"}).encode(), "YYYY-MM-DD"),
    (json.dumps({"text": "x", "select": ["no-such-rule"]}).encode(), "unknown rule or category 'no-such-rule'"),
    (json.dumps({"text": "x", "colour": "red"}).encode(), "unknown key 'colour'"),
])
def test_bad_requests_get_400_with_one_line(server, body, fragment) -> None:
    reply = server.request("POST", "/v1/check", body, {"Content-Type": "application/json"})
    assert reply.status == 400
    message = reply.json()["error"]
    assert fragment in message and "\n" not in message


def test_rules_rule_health_and_openapi(server) -> None:
    listed = server.request("GET", "/v1/rules").json()["rules"]
    ids = {r["id"] for r in listed}
    assert {"weekday-mismatch", "repeated-word"} <= ids
    assert all(set(r) >= {"id", "category", "severity", "enabled", "description"} for r in listed)
    one = server.request("GET", "/v1/rules/weekday-mismatch").json()
    assert one["id"] == "weekday-mismatch" and one["examples"] and "path" not in one
    missing = server.request("GET", "/v1/rules/no-such-rule")
    assert missing.status == 404 and "no rule 'no-such-rule'" in missing.json()["error"]
    assert server.request("GET", "/healthz").json()["status"] == "ok"
    spec = server.request("GET", "/openapi.json").json()
    assert spec["openapi"].startswith("3.") and {"/v1/check", "/v1/rules", "/v1/rules/{rule_id}"} <= set(spec["paths"])
    assert server.request("GET", "/v1/check").status == 405


def test_cors_is_off_unless_configured(server) -> None:
    reply = server.check({"text": CLEAN}, headers={"Origin": "https://cms.example"})
    assert "access-control-allow-origin" not in {k.lower() for k in reply.headers}
