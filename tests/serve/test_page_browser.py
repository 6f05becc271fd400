"""The page at ``/`` in headless Chromium: the form an editor pastes into, and the article it sends back
highlighted with the findings beside it, with nothing loaded from anywhere but the server."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from live_server import start_server  # noqa: F401  (the fixture that runs a server)

from tests.reporters.test_html_report import Dom, needs_browser, render

PASTED = ("The council approved the the budget on Thursday. <script>document.title='pwned'</script>\n\n"
          '<img src="http://evil.example/track.png"> The mayor left.')


@pytest.fixture(scope="module")
def server(start_server):
    return start_server()


def submitting_page(tmp_path: Path, action: str, fields: dict[str, str]) -> Path:
    """A local page that submits the server's form with these values, as pressing Check would."""
    inputs = "".join(f'<textarea name="{html.escape(k)}">{html.escape(v)}</textarea>' for k, v in fields.items())
    page = tmp_path / "submit.html"
    page.write_text(f'<!DOCTYPE html><html><body><form method="post" action="{html.escape(action)}">{inputs}</form>'
                    "<script>document.forms[0].submit()</script></body></html>")
    return page


def browse(target: str | Path, tmp_path: Path) -> tuple[Dom, str, set[str]]:
    dom_text, urls = render(target, tmp_path, wait_ms=8000)
    return Dom(dom_text), dom_text, urls


@needs_browser
def test_the_form_is_there_and_loads_nothing(server, tmp_path) -> None:
    dom, dom_text, urls = browse(server.url + "/", tmp_path)
    form = next(a for t, a in dom.elements if t == "form")
    assert form["method"] == "post" and form["action"] == "/"
    names = {a.get("name") for t, a in dom.elements if t in ("textarea", "select", "input")}
    assert {"text", "format", "date"} <= names and "token" not in names  # no token configured
    assert not any(t in ("script", "img", "link", "iframe") for t, _ in dom.elements)
    csp = server.request("GET", "/").headers["content-security-policy"]
    assert "default-src 'none'" in csp and "form-action 'self'" in csp


@needs_browser
def test_a_pasted_article_comes_back_highlighted_with_the_findings_beside_it(server, tmp_path) -> None:
    page = submitting_page(tmp_path, server.url + "/", {"text": PASTED, "format": "text"})
    dom, dom_text, urls = browse(page, tmp_path)
    assert "<title>factlint</title>" in dom_text  # the pasted script did not run
    text = "".join(dom.text)
    assert "<script>document.title='pwned'</script>" in text  # shown as the words it is
    assert dom.highlighted("f1-1") == "the the"
    assert "[repeated-word]" in text and "line 1:" in text  # the margin note beside the text
    box = next(a for t, a in dom.elements if t == "textarea")
    assert box["name"] == "text"
    assert "The council approved the the budget" in text  # the pasted text is kept in the box
    assert not any(t in ("script", "img") for t, _ in dom.elements)  # the pasted markup is text, not elements
    assert not any("evil.example" in u for u in urls)  # the pasted image was never fetched
