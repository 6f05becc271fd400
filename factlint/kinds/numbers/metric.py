"""The ``metric-scale`` kind: a company's turnover cannot be a small fraction of its own profit.

Profit is what is left of turnover after costs, so a company's sales below its net profit, in one article, by
the factor a scale word makes ("net profit of 360 mln francs" and "turnover … from the 15.7 mln"), mean a
"billion" became "mln" (or the other way round).  The figures need not be compared in one sentence: wire copy
gives profit, turnover and investment a paragraph each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.compare import scale_of
from factlint.kinds.numbers.select import BySentence, line_of

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity


class MetricScaleKind(CheckKind):
    """Reports a ``whole`` figure (turnover, sales) a thousand-fold slip below a ``part`` (net profit) near it.

    A figure's metric is the last name from ``part`` or ``whole`` before it in its clause (no comma between),
    with no other amount between (a percentage may stand between: "turnover should rise seven pct from the 15.7
    mln"), and not a figure of a part of the company (``parts`` just before the name or between it and the
    figure: "the unit's sales", "sales at its cable unit").  Both figures must be written with a scale word, in
    one currency (or the whole bare: "15.7 mln"), within ``window`` sentences of each other; the whole must be
    below the part, and read a thousand times larger give a part-to-whole ratio
    between the two ``margin`` bounds: so an article whose turnover is really tiny beside a one-off gain
    ("including a gain", matching ``one_off``) is left alone.  A name followed by ``compound`` ("sales tax") or
    inside a capitalised name ("Petroleum Revenue Tax") is another noun.
    """

    params = {
        "part": Param("list", "regexes naming the part (net profit)", required=True, items="str"),
        "whole": Param("list", "regexes naming the whole (turnover, sales)", required=True, items="str"),
        "parts": Param("str", "regex on the words before a metric that make it a part of the company's", default=""),
        "one_off": Param("str", "regex; a part figure's sentence matching it is not read", default=""),
        "compound": Param("str", "regex matched right after a name that makes it another noun (sales tax)",
                          default=""),
        "window": Param("int", "most sentences between the two figures", default=2),
        "margin": Param("list", "least and greatest part / (whole x 1000)", default=[0.005, 0.5], items="float"),
    }
    message_values = {
        "whole": "the whole's figure as written", "whole_metric": "its metric as written",
        "part": "the part's figure as written", "part_metric": "its metric as written",
        "part_line": "the part's source line", "read": "the whole read a thousand times larger",
    }

    def __init__(self, rule: Any):
        super().__init__(rule)
        p = rule.params
        try:
            names = "|".join(f"(?P<part{i}>{r})" for i, r in enumerate(p["part"]))
            names += "|" + "|".join(f"(?P<whole{i}>{r})" for i, r in enumerate(p["whole"]))
            self.metric = regexcache.compile(rf"(?i)\b(?:{names})\b")
            self.parts = regexcache.compile(rf"(?i)\b(?:{p['parts']})\W+(?:\w+\W+)?\Z") if p["parts"] else None
            self.parts_between = regexcache.compile(rf"(?i)\b(?:{p['parts']})\b") if p["parts"] else None
            self.one_off = regexcache.compile(rf"(?i)\b(?:{p['one_off']})") if p["one_off"] else None
            self.compound = regexcache.compile(rf"(?i)(?:{p['compound']})") if p["compound"] else None
        except Exception as exc:
            raise RuleParamError("part", f"bad regex: {exc}") from None
        if len(p["margin"]) != 2 or not 0 < p["margin"][0] < p["margin"][1]:
            raise RuleParamError("margin", "margin must be two bounds, the least first, above 0")
        self.window = int(p["window"])
        self.lo, self.hi = (float(x) for x in p["margin"])

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        amounts = [q for q in analysis.quantities if not q.table and q.sentence >= 0 and _amount(q)]
        by_sentence = BySentence(amounts)
        named = [(q, self._metric(analysis, q, by_sentence.between(q.sentence, q.sentence))) for q in amounts]
        parts = BySentence([(q, m) for q, m in named if m is not None and m[0] == "part"], lambda e: e[0].sentence)
        for whole, m in named:
            if m is None or m[0] != "whole":
                continue
            for part, pm in parts.between(whole.sentence - self.window, whole.sentence + self.window):
                if not _same_currency(whole, part):
                    continue
                if self.one_off and self.one_off.search(doc.text, *_sentence_span(doc, part)):
                    continue
                ratio = part.value / (whole.value * 1000)
                if whole.value < part.value and self.lo <= ratio <= self.hi:
                    values = {"whole": whole.text, "whole_metric": m[1].lower(), "part": part.text, "part_metric": pm[1].lower(),
                              "part_line": line_of(analysis, part), "read": f"{whole.value * 1000:,.0f}"}
                    yield Hit(whole.num_start, whole.end, values, ((part.num_start, part.end, f"{pm[1]} {part.text}"),))
                    break

    def _metric(self, analysis: "Analysis", q: "Quantity", same_sentence: list) -> tuple[str, str] | None:
        """("part" or "whole", the name as written) of the metric a figure gives, or None when unsure.

        ``same_sentence``: the amounts of the figure's sentence, in order."""
        text = analysis.doc.text
        start, _ = _sentence_span(analysis.doc, q)
        before = [o for o in same_sentence if o.end <= q.start]
        if before:
            start = max(start, before[-1].end)  # another amount between: the name before it is that amount's
        found = None
        for found in self.metric.finditer(text, start, q.start):
            pass
        if found is None or q.start - found.end() > 120 or _CLAUSE_BREAK.search(text, found.end(), q.start):
            return None  # "$3 billion in profit, sending shares toward a $1 trillion valuation": another clause
        if self.compound and self.compound.match(text, found.end()) or _in_name(text, found.start()):
            return None  # "sales tax", "Petroleum Revenue Tax": another noun, or a name
        if self.parts and (self.parts.search(text, max(0, found.start() - 40), found.start())
                           or self.parts_between.search(text, found.end(), q.start)):
            return None  # "the unit's sales", "sales at its cable unit"
        side = "part" if any(k.startswith("part") and v for k, v in found.groupdict().items()) else "whole"
        return side, " ".join(found.group(0).split())


_CLAUSE_BREAK = regexcache.compile(r"[,;:()]|\s[-–—]\s")
_CAPITALISED_BEFORE = regexcache.compile(r"\b\p{Lu}[\w'’-]*\s+\Z")


def _in_name(text: str, start: int) -> bool:
    """Whether a capitalised metric stands after a capitalised word: a name ("Petroleum Revenue Tax")."""
    return text[start : start + 1].isupper() and _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) is not None


def _amount(q: "Quantity") -> bool:
    """A money figure, or a bare one, written with a scale word ("360 mln francs", "15.7 mln")."""
    if q.kind not in ("money", "count") or (q.kind == "count" and (q.noun or q.unit)):
        return False
    return scale_of(q) is not None and q.value > 0


def _same_currency(a: "Quantity", b: "Quantity") -> bool:
    return a.kind != "money" or b.kind != "money" or a.unit == b.unit


def _sentence_span(doc: Any, q: "Quantity") -> tuple[int, int]:
    s = doc.sentences[q.sentence]
    return s.start, s.end
