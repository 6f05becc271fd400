"""HTML reader: the visible article text, without script, style, navigation, the page's footer or asides (a
copyright line, related links), and its publication date."""

from __future__ import annotations

from html.parser import HTMLParser

from factlint.document.directives import parse_comment
from factlint.document.model import line_starts_of
from factlint.document.reader import Parsed, line_col, parse_date_value

_HIDDEN = {"script", "style", "nav", "noscript", "template", "head", "svg", "button", "form", "select", "aside",
           "footer"}
_QUOTE_PARTS = {"footer"}  # kept inside a blockquote, where a footer is the quotation's attribution
_BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "blockquote",
    "header", "footer", "aside", "figure", "figcaption", "table", "tr", "td", "th", "br", "hr", "main", "dd", "dt",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"}
_DATE_META = {"article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date"}


class _Walker(HTMLParser):
    def __init__(self, source: str, parsed: Parsed):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.parsed = parsed
        self.line_starts = line_starts_of(source)
        self.hidden_stack: list[str] = []
        self.in_title = False
        self.title_parts: list[str] = []
        self.kept: list[tuple[int, int]] = []  # visible text ranges in source offsets
        self.para_start: int | None = None
        self.para_end = 0
        self.break_offsets: list[int] = []
        self.blockquotes = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        attrs_d = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attrs_d.get("property") or attrs_d.get("name") or attrs_d.get("itemprop") or "").lower()
            if key in _DATE_META and self.parsed.meta_date is None:
                self.parsed.meta_date = parse_date_value(attrs_d.get("content", ""))
        if tag == "time" and "datetime" in attrs_d and self.parsed.meta_date is None:
            self.parsed.meta_date = parse_date_value(attrs_d["datetime"])
        if tag == "title":
            self.in_title = True
        if tag == "blockquote":
            self.blockquotes += 1
        if tag in _HIDDEN and tag not in _VOID and not (tag in _QUOTE_PARTS and self.blockquotes):
            self.hidden_stack.append(tag)
        if tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "blockquote":
            self.blockquotes = max(0, self.blockquotes - 1)
        if self.hidden_stack and tag in self.hidden_stack:
            while self.hidden_stack:
                if self.hidden_stack.pop() == tag:
                    break
        if tag in _BLOCK:
            self._break()

    def _break(self) -> None:
        self.break_offsets.append(self._offset())
        if self.para_start is not None:
            self.parsed.paragraphs.append((self.para_start, self.para_end))
            self.para_start = None

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.hidden_stack or not data.strip():
            return
        start = self._offset()
        end = start + len(data)
        self.kept.append((start, end))
        if self.para_start is None:
            self.para_start = start + (len(data) - len(data.lstrip()))
        self.para_end = end - (len(data) - len(data.rstrip()))

    def handle_entityref(self, name):
        self._keep_ref()

    def handle_charref(self, name):
        self._keep_ref()

    def _keep_ref(self) -> None:
        # Entities stay in the prose as written (e.g. "&amp;"); they are rare in article text.
        if self.hidden_stack or self.in_title:
            return
        start = self._offset()
        end = self.source.find(";", start) + 1 or start + 1
        self.kept.append((start, end))
        if self.para_start is None:
            self.para_start = start
        self.para_end = end

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A ``<![`` that CPython's parser cannot name (``<![0``, ``<![foo[``) raises AssertionError there;
        browsers read any ``<![`` outside SVG/MathML as a bogus comment up to the next ``>``, and so do we."""
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # raised after the parser moved its position on: put it back first
            self.lineno, self.offset = position
            return self.parse_bogus_comment(i, report)

    def handle_comment(self, data):
        line, col = line_col(self.source, self._offset())
        d = parse_comment(data, line, col)
        if d is not None:
            self.parsed.directives.append(d)


def read_html(source: str, path: str) -> Parsed:
    """Visible text of an HTML article; everything else is dropped."""
    parsed = Parsed()
    walker = _Walker(source, parsed)
    walker.feed(source)
    walker.close()
    walker._break()
    pos = 0
    breaks = iter(walker.break_offsets + [len(source) + 1])
    next_break = next(breaks)
    for start, end in walker.kept:
        if start > pos:
            parsed.drops.append((pos, start))
            block = False
            while next_break <= start:
                block = block or next_break >= pos
                next_break = next(breaks)
            if block and pos > 0:
                parsed.breaks[pos] = "\n\n"
        pos = max(pos, end)
    if pos < len(source):
        parsed.drops.append((pos, len(source)))
    title = " ".join("".join(walker.title_parts).split())
    parsed.title = title or None
    return parsed
