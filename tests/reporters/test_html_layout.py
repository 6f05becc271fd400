"""The HTML report's layout as an editor sees it in a browser: each margin note level with its paragraph, long
URLs wrapped inside the page, and an HTML page's footer and asides not shown (or checked) as article text."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from factlint.document import load_document
from factlint.findings import FileResult, Finding
from factlint.reporters.html import write

from tests.reporters.test_html_report import BROWSER, needs_browser

PARAGRAPHS = [f"Paragraph {n} of the story says little, at some length, about the council and its plans for "
              "the town, the roads, the schools and the parks, so that it wraps over several lines." for n in range(1, 7)]
LONG_URL = "https://en.wikipedia.org/wiki/" + "List_of_office_holders_of_an_imaginary_country_" * 6

# Measured in the page itself (a copy without the report's CSP, which rightly forbids scripts).
PROBE = """<script>
const r = e => e.getBoundingClientRect();
const notes = [...document.querySelectorAll('.margin > li')].map(li => {
  const mark = document.getElementById(li.id.slice(5));
  return {id: li.id, note: r(li).top, mark: r(mark).top, line: parseFloat(getComputedStyle(mark).lineHeight)};
});
const out = document.createElement('pre'); out.id = 'geom';
out.textContent = JSON.stringify({notes, scroll: document.documentElement.scrollWidth,
  width: document.documentElement.clientWidth,
  widest: Math.max(...[...document.querySelectorAll('.margin li')].map(e => r(e).right))});
document.body.appendChild(out);
</script>"""


def _measure(page: Path, tmp_path: Path) -> dict:
    probe = tmp_path / "probe.html"
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text(encoding="utf-8"))
    probe.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    proc = subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           "--window-size=1280,900", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                           probe.as_uri()], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    found = re.search(r'<pre id="geom">(.*?)</pre>', proc.stdout, re.S)
    assert found, proc.stdout[-2000:]
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


@needs_browser
def test_each_note_sits_beside_its_paragraph_and_long_urls_wrap(tmp_path: Path) -> None:
    source = "\n\n".join(PARAGRAPHS) + "\n"
    doc = load_document("story.txt", source)
    fifth = source.split("\n")[8]
    assert fifth.startswith("Paragraph 5")
    findings = [
        Finding("story.txt", 1, 11, 1, 14, "early", "style", "info", "first paragraph"),
        Finding("story.txt", 9, 11, 9, 14, "late", "people", "error", f"not in office then (source: {LONG_URL})"),
        Finding("story.txt", 11, 1, 11, 10, "last", "style", "warning", "sixth paragraph"),
    ]
    page = tmp_path / "report.html"
    with open(page, "w", encoding="utf-8") as fh:
        write([FileResult("story.txt", findings, document=doc)], [], fh)
    geom = _measure(page, tmp_path)
    assert [n["id"] for n in geom["notes"]] == ["note-f1-1", "note-f1-2", "note-f1-3"]
    for note in geom["notes"]:
        assert abs(note["note"] - note["mark"]) <= 1.5 * note["line"], note  # level with its line
    assert geom["notes"][1]["note"] > geom["notes"][0]["note"] + 4 * geom["notes"][0]["line"]
    assert geom["scroll"] <= geom["width"]  # nothing runs off the page
    assert geom["widest"] <= geom["width"]


def test_an_html_pages_footer_and_aside_are_not_article_text() -> None:
    page = ("<html><body><article><p>The council met on Monday.</p>"
            "<blockquote><p>We will build it.</p><footer>the mayor</footer></blockquote>"
            "<aside>Related: the the budget</aside><footer>Copyright 2024 Example News. Contact us</footer>"
            "</article><footer>All rights reserved</footer></body></html>")
    text = load_document("story.html", page).text
    assert "The council met on Monday." in text and "We will build it." in text
    assert "the mayor" in text  # a quotation's attribution stays
    assert "Copyright" not in text and "rights reserved" not in text and "Related" not in text


def test_a_footer_finding_is_not_reported(cli, write) -> None:
    path = write("story.html", "<html><body><p>The council approved the budget.</p>"
                               "<footer>Read the the latest news</footer></body></html>")
    assert cli("check", path).code == 0
