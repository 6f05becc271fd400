"""``--format html`` rendered by a real browser (headless Chromium): highlights on the right words, nothing
executed or loaded from the network, whatever the article and its file name contain."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factlint.document import load_document
from factlint.findings import FileResult, Finding, Location

BROWSER = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
needs_browser = pytest.mark.skipif(
    BROWSER is None, reason="no headless Chromium here (Debian: apt-get install -y chromium)"
)

HOSTILE = (
    "The council approved the the budget on Thursday. <script>document.title='pwned'</script>\n\n"
    '<img src="http://evil.example/track.png"> The mayor said and and left. <a href="https://evil.example/">x</a>\n'
)


class Dom(HTMLParser):
    """The parts of a page the tests look at: marks (with their text), every element's attributes, scripts."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._open_mark: dict | None = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag == "mark":
            self._open_mark = {**attrs, "text": ""}
            self.marks.append(self._open_mark)

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open_mark = None

    def handle_data(self, data):
        self.text.append(data)
        if self._open_mark is not None:
            self._open_mark["text"] += data

    def highlighted(self, fid: str) -> str:
        """The words a finding's highlight covers (its pieces joined)."""
        return "".join(m["text"] for m in self.marks if fid in m.get("data-f", "").split())


def render(page: Path | str, tmp_path: Path, wait_ms: int | None = None) -> tuple[str, set[str]]:
    """The DOM Chromium built from the page (a file, or a URL), and every URL its network log mentions.

    ``wait_ms`` lets the page navigate (a form submitted) before the DOM is taken."""
    netlog = tmp_path / "netlog.json"
    proc = subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",  # loopback: the service under test
         f"--user-data-dir={tmp_path / 'profile'}", f"--log-net-log={netlog}",
         *([f"--virtual-time-budget={wait_ms}"] if wait_ms else []), "--dump-dom",
         page if isinstance(page, str) else page.as_uri()],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    urls: set[str] = set()
    if netlog.exists():
        for event in json.loads(netlog.read_text() or "{}").get("events", []):
            url = event.get("params", {}).get("url")
            if url:
                urls.add(url)
    return proc.stdout, urls


def factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from factlint.cli.main import main; main()", *args],
                          cwd=cwd, capture_output=True, text=True)


@needs_browser
def test_hostile_article_renders_escaped_with_highlights_on_the_words(tmp_path: Path) -> None:
    name = '<b onmouseover=alert(1)>odd "name".txt'
    (tmp_path / name).write_text(HOSTILE)
    (tmp_path / "clean.txt").write_text("Nothing wrong here.\n")
    proc = factlint("check", "--format", "html", "-o", "report.html", name, "clean.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    dom_text, urls = render(tmp_path / "report.html", tmp_path)
    dom = Dom(dom_text)
    assert "<title>factlint report: 2 findings</title>" in dom_text  # the script did not rename the page
    assert not any(tag == "script" for tag, _ in dom.elements)
    assert not any(tag in ("img", "iframe", "object", "embed", "link") for tag, _ in dom.elements)
    for tag, attrs in dom.elements:
        for key in ("src", "href", "action", "srcset"):
            value = attrs.get(key) or ""
            assert not value.lower().startswith(("http:", "https:", "//")), (tag, attrs)
    assert not any("evil.example" in u for u in urls)
    csp = [a for t, a in dom.elements if t == "meta" and a.get("http-equiv", "").lower() == "content-security-policy"]
    assert csp and csp[0]["content"] == "default-src 'none'; style-src 'unsafe-inline'"
    text = "".join(dom.text)
    assert "<script>document.title='pwned'</script>" in text  # shown to the editor as the words it is
    assert name in text
    assert "2 findings (2 warnings) in 2 files." in text
    assert "1 file without findings." in text
    assert dom.highlighted("f1-1") == "the the"
    assert dom.highlighted("f1-2") == "and and"
    first = next(m for m in dom.marks if m.get("id") == "f1-1")
    assert first["title"] == "warning [repeated-word] 'the' is repeated: \"the the\""
    lines = HOSTILE.split("\n")
    assert f"line 1:{lines[0].index('the the') + 1}" in text  # the margin gives the places in the source
    assert f"line 3:{lines[2].index('and and') + 1}" in text


@needs_browser
def test_overlapping_findings_and_related_places_are_linked(tmp_path: Path) -> None:
    source = "---\ntitle: \"<b>Drones</b> & more\"\ndate: 2024-03-14\n---\n\nOfficials said 176 drones were launched.\n\nOf these, 186 were intercepted.\n"
    doc = load_document("drones.md", source)
    launched = (6, 16, 6, 19)   # "176"
    intercepted = (8, 11, 8, 14)  # "186"
    main = Finding("drones.md", *intercepted, "intercepted-exceeds-launched", "numbers", "error",
                   "186 intercepted is more than the 176 launched <b>",
                   (Location("drones.md", *launched, "176 launched here"),))
    wide = Finding("drones.md", 8, 1, 8, 14, "vague-share", "style", "info", "'Of these' hides the number")
    page = tmp_path / "report.html"
    from factlint.reporters.html import write

    with open(page, "w", encoding="utf-8") as fh:
        write([FileResult("drones.md", [main, wide], document=doc)], [], fh)
    dom = Dom(render(page, tmp_path)[0])
    assert dom.highlighted("f1-1") == "186"
    assert dom.highlighted("f1-1-r1") == "176"
    assert dom.highlighted("f1-2") == "Of these, 186"
    both = next(m for m in dom.marks if m["text"] == "186")
    assert set(both["data-f"].split()) == {"f1-1", "f1-2"} and both["class"] == "error"
    assert "186 intercepted is more than the 176 launched <b>" in both["title"]
    assert "'Of these' hides the number" in both["title"]
    related = next(m for m in dom.marks if m.get("id") == "f1-1-r1")
    assert "related" in related["class"].split() and related["title"].startswith("176 launched here")
    links = [a["href"] for t, a in dom.elements if t == "a"]
    assert {"#f1-1", "#f1-1-r1", "#f1-2", "#file-1"} <= set(links)
    ids = [a["id"] for _, a in dom.elements if "id" in a]
    assert len(ids) == len(set(ids))
    assert not any(tag == "b" for tag, _ in dom.elements)
    assert "Title: <b>Drones</b> & more" in "".join(dom.text)


def test_page_is_written_without_a_browser_too(tmp_path: Path) -> None:
    """The parts that need no browser: one page, every finding listed, nothing external referenced."""
    (tmp_path / "a.txt").write_text(HOSTILE)
    proc = factlint("check", "--format", "html", "a.txt", cwd=tmp_path)
    assert proc.stdout.startswith("<!DOCTYPE html>")
    assert proc.stdout.count('<li class="warning" id="note-') == 2
    assert "<script" not in proc.stdout and 'src="http' not in proc.stdout


def test_wrapped_lines_of_a_paragraph_read_as_one_line_in_the_report(cli, write):
    path = write("wrapped.md", "---\ndate: 2024-03-14\n---\n\nThe council approved\nthe the budget.\n\nNext paragraph.\n")
    page = cli("check", "--format", "html", path).out
    assert "The council approved <mark" in page  # the break inside the paragraph became a space
    assert "budget.\n\nNext paragraph." in page  # the break between paragraphs stayed


def test_suggestions_are_shown_beside_their_finding(cli, write):
    page = cli("check", "--format", "html", write("a.md", "The council approved the the budget.\n")).out
    assert '<li class="suggestion">suggestion: <ins>the</ins> (replace with &#x27;the&#x27;)</li>' in page
