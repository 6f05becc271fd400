"""The service's limits and access, set in ``.factlint.yaml``'s ``serve:`` section and on the command line:
body size (413), time (503, and the server goes on), the bearer token (401) and CORS origins."""

from __future__ import annotations

import pytest
from live_server import start_server  # noqa: F401  (the fixture that runs a server)

from factlint.config import ConfigError, Settings
from factlint.serve.options import resolve_options

TOKEN = "s3cret-token"
CMS = "https://cms.example"


@pytest.fixture(scope="module")
def limited(start_server, tmp_path_factory):
    folder = tmp_path_factory.mktemp("limited")
    (folder / ".factlint.yaml").write_text(
        f"serve:\n  cors-origins: [{CMS}]\n  token-env: NEWSROOM_TOKEN\n  max-bytes: 400000\n  concurrency: 1\n")
    return start_server("--timeout", "0.5", cwd=folder, env={"NEWSROOM_TOKEN": TOKEN})


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def long_article(sentences: int) -> str:
    """Invented copy, dense with dates, figures and names, so every check kind has work to do."""
    line = ("On Tuesday, March {d}, 2024, Councillor Jane Smith said spending rose 12% to $4.{d} million "
            "(£3.{d} million), up from 3,{d}00 in 2023, and that 40 of the 52 members had voted for it. ")
    return "".join(line.format(d=i % 9 + 1) + ("\n\n" if i % 5 == 4 else "") for i in range(sentences))


def test_a_token_is_required_when_configured(limited) -> None:
    assert limited.check({"text": "Fine."}).status == 401
    wrong = limited.check({"text": "Fine."}, headers=auth("guess"))
    assert wrong.status == 401 and wrong.headers.get("www-authenticate") == "Bearer"
    assert "bearer token" in wrong.json()["error"]
    assert limited.request("GET", "/v1/rules").status == 401
    assert limited.check({"text": "Fine."}, headers=auth()).status == 200
    assert limited.request("GET", "/healthz").status == 200  # a load balancer's probe carries no token


def test_a_body_over_the_limit_gets_413(limited) -> None:
    reply = limited.check({"text": "x" * 500_000}, headers=auth())
    assert reply.status == 413 and "400000" in reply.json()["error"]


def test_a_check_over_the_time_limit_gets_503_and_the_next_request_is_served(limited) -> None:
    slow = limited.check({"text": long_article(1800)}, headers=auth())
    assert slow.status == 503
    assert "longer than 0.5 s" in slow.json()["error"]
    after = limited.check({"text": "The mayor said the the budget rose."}, headers=auth())
    assert after.status == 200  # the one worker was stopped and replaced
    assert [f["rule"] for f in after.json()["findings"]] == ["repeated-word"]


def test_cors_headers_for_the_configured_origin_only(limited) -> None:
    ok = limited.check({"text": "Fine."}, headers={**auth(), "Origin": CMS})
    assert ok.headers.get("access-control-allow-origin") == CMS
    other = limited.check({"text": "Fine."}, headers={**auth(), "Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in {k.lower() for k in other.headers}
    preflight = limited.request("OPTIONS", "/v1/check", headers={
        "Origin": CMS, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert preflight.status == 200  # a preflight carries no token, and needs none
    assert "POST" in preflight.headers.get("access-control-allow-methods", "")
    assert "authorization" in preflight.headers.get("access-control-allow-headers", "").lower()


def test_command_line_options_beat_the_configuration(monkeypatch) -> None:
    settings = Settings(serve=(("max-bytes", 10), ("timeout", 3)), origins=(("serve", ".factlint.yaml:4"),))
    options = resolve_options(settings, {"max-bytes": 99, "timeout": None, "cors-origins": ()})
    assert (options.max_bytes, options.timeout, options.cors_origins, options.token) == (99, 3.0, (), None)
    monkeypatch.delenv("UNSET_TOKEN_VAR", raising=False)
    with pytest.raises(ConfigError, match=r"\.factlint\.yaml:4: serve: token-env names \$UNSET_TOKEN_VAR"):
        resolve_options(Settings(serve=(("token-env", "UNSET_TOKEN_VAR"),), origins=(("serve", ".factlint.yaml:4"),)),
                        {})
    with pytest.raises(ConfigError, match="'timeout' must be a number"):
        resolve_options(Settings(serve=(("timeout", "soon"),)), {})


def test_unknown_serve_keys_are_a_configuration_error(tmp_path) -> None:
    from factlint.config import resolve_settings

    (tmp_path / ".factlint.yaml").write_text("serve:\n  port: 80\n")
    with pytest.raises(ConfigError, match="'serve' maps some of cors-origins"):
        resolve_settings(tmp_path)
