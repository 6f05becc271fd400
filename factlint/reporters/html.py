"""``--format html``: one self-contained page an editor reads, not a log a machine parses.

Each article with findings is shown as its prose (the words the reader sees, markup removed) with every
finding highlighted in place: the message on hover, and again in a note in the margin, level with the paragraph
it is about, that links to the highlight and to the places it compares with.  A summary at the top counts findings per severity and rule.

Article text, file names and messages are untrusted: everything is escaped, the page has no script and loads
nothing (a Content-Security-Policy of ``default-src 'none'`` forbids it even if something slipped through).
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from typing import TYPE_CHECKING, TextIO

from factlint import __version__
from factlint.findings import SEVERITIES, Finding, severity_rank

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.kinds.rule import Rule
    from factlint.findings import FileResult

CSP = "default-src 'none'; style-src 'unsafe-inline'"
STYLE = """
body{font:16px/1.5 Georgia,serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.15rem;margin:2rem 0 .5rem;font-family:sans-serif;word-break:break-all}
.summary,.files,.rules,.margin{font-family:sans-serif;font-size:.9rem}
.rules td,.rules th{padding:.1rem .8rem .1rem 0;text-align:left}.rules td.n{text-align:right}
.article{display:grid;grid-template-columns:minmax(0,3fr) minmax(14rem,2fr);column-gap:1.5rem;align-items:stretch}
.text{white-space:pre-wrap;overflow-wrap:anywhere;border-left:3px solid #ddd;padding-left:1rem;min-width:0}
mark{background:#ffe58a;border-bottom:2px solid #c79a00;padding:0 1px}
mark.error{background:#ffc9c9;border-bottom-color:#c92a2a}mark.info{background:#d0ebff;border-bottom-color:#1971c2}
mark.related{background:transparent;border-bottom:2px dashed #868e96}
mark.point::after{content:"\\2691";color:#c92a2a}
.margin{list-style:none;padding:0;margin:0;min-width:0;overflow-wrap:anywhere;word-break:break-word}.margin>li{margin:0 0 .8rem;padding-left:.5rem;border-left:3px solid #c79a00}
.margin>li.error{border-left-color:#c92a2a}.margin>li.info{border-left-color:#1971c2}
.sev{font-weight:bold;text-transform:uppercase;font-size:.75rem}.rule{color:#555}
.margin ul{margin:.2rem 0 0;padding-left:1rem}.clean{color:#555;font-family:sans-serif;font-size:.9rem}
:target{outline:2px solid #1971c2}
ins{background:#d3f9d8;text-decoration:none;padding:0 2px}
"""


_LONE_SURROGATES = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def escape(text: str) -> str:
    """Escaped for text and attribute values; undecodable file-name bytes and lone surrogates become U+FFFD."""
    text = _LONE_SURROGATES.sub("\ufffd", text)  # any surrogate surrogateescape cannot turn back into a byte
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return html.escape(text, quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def write(results: "list[FileResult]", rules: "list[Rule]", stream: TextIO, color: bool = False) -> None:
    """Write the whole page: summary, then each article with findings highlighted."""
    findings = [f for r in results for f in r.findings]
    severities = Counter(f.severity for f in findings)
    by_rule = Counter((f.rule, f.category) for f in findings)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>factlint report: {_plural(len(findings), 'finding')}</title>",
        f"<style>{STYLE}</style></head><body>",
        "<header><h1>factlint report</h1>",
    ]
    parts = ", ".join(f"{severities[s]} {s}{'s' if severities[s] != 1 else ''}"
                      for s in reversed(SEVERITIES) if severities[s])
    out.append(f'<p class="summary" id="summary">{_plural(len(findings), "finding")}'
               f"{f' ({parts})' if parts else ''} in {_plural(len(results), 'file')}.</p>")
    if by_rule:
        out.append('<table class="rules"><tr><th>Findings</th><th>Rule</th><th>Category</th></tr>')
        for (rule, category), n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f'<tr><td class="n">{n}</td><td>{escape(rule)}</td><td>{escape(category)}</td></tr>')
        out.append("</table>")
    flagged = [(i, r) for i, r in enumerate(results, 1) if r.findings or r.errors]
    if flagged:
        out.append('<ul class="files">')
        for i, r in flagged:
            what = _plural(len(r.findings), "finding") if not r.errors else "could not be checked"
            out.append(f'<li><a href="#file-{i}">{escape(r.path)}</a>: {what}</li>')
        out.append("</ul>")
    clean = len(results) - len(flagged)
    if clean:
        out.append(f'<p class="clean">{_plural(clean, "file")} without findings.</p>')
    out.append(f'<p class="clean">factlint {escape(__version__)}</p></header><main>')
    for i, result in flagged:
        out.append(file_section(i, result))
    out.append("</main></body></html>\n")
    stream.write("\n".join(out))


def file_section(index: int, result: "FileResult") -> str:
    out = [f'<section class="file" id="file-{index}"><h2>{escape(result.path)}</h2>']
    title = result.document.title if result.document is not None else None
    if title and not result.document.text.lstrip().startswith(title.strip()):  # front matter: not in the text
        out.append(f'<p class="clean">Title: {escape(result.document.title)}</p>')
    for error in result.errors:
        out.append(f'<p class="clean">{escape(error)}</p>')
    doc = result.document
    if doc is None or not result.findings:
        out.append("</section>")
        return "\n".join(out)
    locator = doc.locator
    marks: list[tuple[int, int, str, str, str, str]] = []  # start, end, anchor id, kind, severity, title
    notes = []
    for n, f in enumerate(result.findings, 1):
        fid = f"f{index}-{n}"
        start, end = locator.prose_span(f)
        marks.append((start, end, fid, "finding", f.severity, f"{f.severity} [{f.rule}] {f.message}"))
        for k, r in enumerate(f.related, 1):
            r_start, r_end = locator.prose_span(r)
            marks.append((r_start, r_end, f"{fid}-r{k}", "related", f.severity, f"{r.message} (see [{f.rule}] {f.message})"))
        notes.append(_note(fid, f))
    text = _unwrapped(doc)
    # One grid row per stretch of text that starts at a paragraph holding a finding: its notes sit in the
    # margin level with it, not in one list at the top of the article.
    starts = [p.start for p in doc.paragraphs]
    cut_of = [starts[k] if (k := bisect.bisect_right(starts, locator.prose_span(f)[0]) - 1) > 0 else 0
              for f in result.findings]
    cuts = sorted(set(cut_of) | {0})
    placed: set[str] = set()
    out.append('<div class="article">')
    for k, lo in enumerate(cuts):
        hi = cuts[k + 1] if k + 1 < len(cuts) else len(text)
        row = "".join(note for note, cut in zip(notes, cut_of) if cut == lo)
        body = _highlight(text, marks, lo, hi, placed, first=k == 0, last=hi == len(text))
        out.append(f'<div class="text">{body}</div><ol class="margin">{row}</ol>')
    out.append("</div></section>")
    return "\n".join(out)


def _unwrapped(doc: "Document") -> str:
    """The prose with line breaks inside a paragraph shown as spaces (same length, so offsets still hold).

    Markdown and plain text are often wrapped at a fixed width; shown as written, the report would break lines
    mid-sentence.  Breaks between paragraphs stay.
    """
    text = doc.text
    pieces = []
    pos = 0
    for p in doc.paragraphs:
        pieces.append(text[pos:p.start])
        pieces.append(text[p.start:p.end].replace("\n", " "))
        pos = p.end
    pieces.append(text[pos:])
    return "".join(pieces)


def _note(fid: str, f: Finding) -> str:
    related = "".join(
        f'<li><a href="#{fid}-r{k}">line {r.line}:{r.column}</a>: {escape(r.message)}</li>'
        for k, r in enumerate(f.related, 1)
    )
    suggested = "".join(
        f'<li class="suggestion">suggestion: <ins>{escape(x.replacement)}</ins> ({escape(x.description)})</li>'
        for x in f.suggestions
    )
    return (
        f'<li class="{f.severity}" id="note-{fid}"><a href="#{fid}">line {f.line}:{f.column}</a> '
        f'<span class="sev">{f.severity}</span> <span class="rule">[{escape(f.rule)}]</span> {escape(f.message)}'
        + (f"<ul>{related}{suggested}</ul>" if related or suggested else "") + "</li>"
    )


def _highlight(text: str, marks: list[tuple[int, int, str, str, str, str]], lo: int, hi: int, placed: set[str],
               first: bool, last: bool) -> str:
    """The escaped text of ``text[lo:hi]`` with ``<mark>`` elements; overlapping spans split it into pieces.

    Each piece is marked with every span covering it (``data-f`` lists their ids, the title all messages);
    a span's id sits on its first piece (``placed`` carries ids over from earlier rows), so links land on it.
    An empty span becomes a visible pin.
    """
    bounds = sorted({lo, hi, *(x for m in marks for x in m[:2] if lo < x < hi)})
    pieces: list[str] = []
    points = sorted((m for m in marks if m[0] == m[1] and (lo <= m[0] < hi or last and m[0] == hi)),
                    key=lambda m: m[0])
    p = 0
    for a, b in zip(bounds, bounds[1:] + [None]):
        while p < len(points) and points[p][0] == a:
            m = points[p]
            placed.add(m[2])
            pieces.append(f'<mark class="point {m[4]}" id="{m[2]}" data-f="{m[2]}" title="{escape(m[5])}"></mark>')
            p += 1
        if b is None:
            break
        chunk = escape(text[a:b])
        covering = [m for m in marks if m[0] <= a and b <= m[1] and m[0] < m[1]]
        if not covering:
            pieces.append(chunk)
            continue
        main = [m for m in covering if m[3] == "finding"]
        lead = main or covering
        severity = max((m[4] for m in lead), key=severity_rank)
        cls = severity if main else f"related {severity}"
        starting = [m[2] for m in covering if m[0] == a and m[2] not in placed]
        placed.update(starting)
        pieces.extend(f'<span id="{extra}"></span>' for extra in starting[1:])
        id_attr = f' id="{starting[0]}"' if starting else ""
        ids = " ".join(m[2] for m in covering)
        title = "\n".join(m[5] for m in covering)
        pieces.append(f'<mark class="{cls}"{id_attr} data-f="{ids}" title="{escape(title)}">{chunk}</mark>')
    if first and pieces and not pieces[0].startswith("<"):
        pieces[0] = pieces[0].lstrip()  # the blank lines left where front matter or a heading tag was
    return "".join(pieces).rstrip() if last else "".join(pieces)
