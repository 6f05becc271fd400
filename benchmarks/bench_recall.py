"""Recall of the default rules: known errors injected into real articles, and how many factlint catches.

Run: ``.venv/bin/python benchmarks/bench_recall.py [corpus-dir] [--seed N] [--examples N]``.

The false-positive side of factlint is measured on the unmodified corpus; this script measures the other side.
Each article of ``../shared/corpus`` is loaded, and for every *hook* it offers (a dated weekday expression, a
"X of the Y" pair the number extractor bound, a titled person the knowledge base knows, …) one error is
injected **in memory** — corpus text never leaves the corpus folder.  The mutated article is checked in-process
and the injection counts as *detected* when a finding of the expected rule covers the injected place (its own
span or one of its related places).  An injection whose place already had such a finding in the unmodified
article is *pre-existing* and left out.  One the tool cannot be expected to see (no publication date for a
check that needs one, a direct quotation the rule deliberately skips) is *not applicable*, not a miss.
*Collateral* counts injections that also produced some other new finding (another rule, or the expected rule
elsewhere): a symptom of either a second true error the injection created or of a noisy rule.

Hooks are found with factlint's own extractors (``Analysis.dates / .quantities / .mentions``) or simple
patterns; where the corpus has few natural hooks, short sentences of this script's own wording are inserted at
a paragraph end, and reported as separate ``inserted`` sub-families, since they measure coverage of wording
written here rather than of real reporting.  Everything is seeded per article, so runs are reproducible.
Exits quietly when the corpus is absent.
"""

from __future__ import annotations

import argparse
import bisect
import math
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import regex

from factlint.config import Settings
from factlint.document import load_document, read_source
from factlint.document.model import Document
from factlint.kinds.analysis import Analysis
from factlint.engine.runner import check_document, rules_for
from factlint.findings import Finding

REPO = Path(__file__).resolve().parent.parent
CANDIDATES = [REPO.parent / "shared" / "corpus", REPO.parent.parent / "shared" / "corpus"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
THIRTY_DAY_MONTHS = (4, 6, 9, 11)
# The date after which "X" names the former Twitter, and a date well after it for the "on Twitter" injections.
X_RENAMED = date(2023, 7, 23)
RETIRED_NAME_DATE = date(2024, 5, 10)

_MONTH_WORD = regex.compile(r"\b(?P<m>" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?!\w)")
_DAY_NUMBER = regex.compile(r"(?<![\d,.])(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d,.]\d|\d)")
_YEAR_NUMBER = regex.compile(r"(?<!\d)(?P<y>1\d{3}|2\d{3})(?!\d)")
_WEEKDAY_WORD = regex.compile(r"(?i)\A(?P<w>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?P<day>day)?\.?")
_NUMERAL = regex.compile(r"\d[\d,]*(?:\.\d+)?")
_SMALL_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen twenty").split()
_WORD_NUMERAL = regex.compile(r"(?i)(?P<w>" + "|".join(sorted(_SMALL_WORDS, key=len, reverse=True)) + r")\b")
# A clause that tells a finished event, and words that make a date an intention or a deadline instead.
_PAST_CLAUSE = regex.compile(r"(?i)\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b|\b(?:began|won|lost|took|made|held|"
                             r"met|fell|rose|grew|paid|sold|bought|left|came|went|saw|gave|led|set|ran|struck)\b")
_NOT_PAST = regex.compile(r"(?i)\b(?:will|would|shall|should|could|can|may|might|must|to|expected|planned|"
                          r"scheduled|due|plans?|aims?|hopes?|intends?|until|by|before|from|since|between|"
                          r"through|ending|ended|starting|if|unless)\b|['\u2019]s\b")
_CLAUSE_START = regex.compile(r"(?r)[,;:()\u2014\u2013]|\s-\s|\b(?:that|which|who|when|while|and|but)\b")
_CLAUSE_END = regex.compile(r"[,;:()\u2014\u2013.!?]|\s-\s")
_FUTURE_AFTER = regex.compile(r"(?i)\b(?:will|would|shall|could|may|might|to)\b|['\u2019]ll\b")
_SENTENCE_END = regex.compile(r"[.!?][\"'\u201d\u2019)]*\Z")
# Where a one-letter platform name still reads as the platform: "on Twitter" -> "on X", "Twitter account".
_PLATFORM_PLACE = regex.compile(r"\bon\s+\w+\b|\w+\s+(?:account|post|posts|feed|user|users)\b")
_HEDGE_OPEN = regex.compile(r"\s*\(\s*\Z")


# ------------------------------------------------------------------------------------------ the injections


@dataclass
class Injection:
    """One error put into one article: a single source edit, where to look for the finding, and what it is."""

    family: str                      # "dates.weekday", "numbers.part-of", …
    variant: str                     # "existing" (an expression already in the article) or "inserted"
    expect: tuple[str, ...]          # rule ids any of which counts as catching it
    start: int                       # source edit: replace source[start:end] with ``new``
    end: int
    new: str
    region: tuple[int, int]          # the hook, in original source offsets (contains the edit)
    sentence: str                    # the mutated sentence, for the list of misses
    focus: int = 0                   # where in ``sentence`` the edit is
    pub_date: date | None = None     # a publication date given to the check (as --date would)
    na: str | None = None            # why the tool cannot be expected to see it, if it cannot
    path: str = ""

    def excerpt(self, width: int = 120) -> str:
        """The mutated sentence, cut to ``width`` characters around the edit."""
        if len(self.sentence) <= width:
            return self.sentence
        lo = max(0, min(self.focus - width // 3, len(self.sentence) - width + 3))
        cut = self.sentence[lo : lo + width - 3 * (lo > 0) - 3]
        return ("..." if lo > 0 else "") + cut + "..."

    @property
    def key(self) -> str:
        return f"{self.family} ({self.variant})"

    def apply(self, source: str) -> str:
        return source[: self.start] + self.new + source[self.end :]

    def mutated_region(self) -> tuple[int, int]:
        delta = len(self.new) - (self.end - self.start)
        lo, hi = self.region
        return lo, max(hi + delta, lo + 1)


class _Article:
    """One loaded article with the helpers the hook finders share (prose-to-source edits, paragraph ends)."""

    def __init__(self, doc: Document, analysis: Analysis, rng: random.Random):
        self.doc = doc
        self.a = analysis
        self.rng = rng
        self.pub = doc.pub_date

    def src_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The source span of prose ``[start, end)``, or None when markup sits inside it (no clean edit)."""
        s = self.doc.source_offset(start)
        e = self.doc.source_offset(end - 1) + 1
        if self.doc.source[s:e] != self.doc.text[start:end] or "\n" in self.doc.text[start:end]:
            return None
        return s, e

    def sentence_with(self, start: int, end: int, new: str) -> tuple[str, int]:
        """The prose sentence around ``[start, end)`` with that span replaced by ``new``, and the edit's place."""
        s = self.doc.sentence_at(start)
        lo, hi = (s.start, s.end) if s else (max(0, start - 60), min(len(self.doc.text), end + 60))
        before = " ".join(self.doc.text[lo:start].split())
        return " ".join((self.doc.text[lo:start] + new + self.doc.text[end:hi]).split()), len(before)

    def edit(self, family: str, expect: tuple[str, ...], start: int, end: int, new: str,
             region: tuple[int, int] | None = None, na: str | None = None,
             pub_date: date | None = None) -> Injection | None:
        """An injection replacing prose ``[start, end)`` with ``new``; ``region`` (prose) is the whole hook."""
        span = self.src_span(start, end)
        rlo, rhi = region or (start, end)
        rspan = (self.doc.source_offset(rlo), self.doc.source_offset(rhi - 1) + 1)
        if span is None:
            return None
        sentence, focus = self.sentence_with(start, end, new)
        return Injection(family, "existing", expect, span[0], span[1], new, (min(rspan[0], span[0]),
                         max(rspan[1], span[1])), sentence, focus, pub_date, na, self.doc.path)

    def insert(self, family: str, expect: tuple[str, ...], sentence: str, na: str | None = None,
               pub_date: date | None = None) -> Injection | None:
        """An injection adding ``sentence`` at the end of a random paragraph after the first.

        Never the first two paragraphs (a title and the lead): a dateline is read there, and an insertion must not
        date an article.
        """
        ends = []
        for p in self.doc.paragraphs[2:]:
            if p.end - p.start < 60 or not _SENTENCE_END.search(self.doc.text, p.start, p.end):
                continue
            span = self.src_span(p.end - 1, p.end)
            if span is not None:
                ends.append(span[1])
        if not ends:
            return None
        at = self.rng.choice(ends)
        return Injection(family, "inserted", expect, at, at, " " + sentence, (at, at), sentence, 0, pub_date, na,
                         self.doc.path)


def _fmt_like(value: float, like: str) -> str:
    """``value`` written in the style of the numeral ``like`` (thousands commas, decimal places)."""
    decimals = len(like.split(".")[1]) if "." in like else 0
    text = f"{value:,.{decimals}f}" if "," in like else f"{value:.{decimals}f}"
    return text


def _numeral(text: str, q) -> tuple[int, int, str, float] | None:
    """The numeral of quantity ``q`` in prose: (start, end, as written, its value before scale)."""
    m = _NUMERAL.match(text, q.num_start)
    if m:
        try:
            return m.start(), m.end(), m.group(), float(m.group().replace(",", ""))
        except ValueError:
            return None
    m = _WORD_NUMERAL.match(text, q.num_start)
    if m:
        return m.start(), m.end(), "0", float(_SMALL_WORDS.index(m.group("w").lower()))
    return None


# -- dates ---------------------------------------------------------------------------------------------------


def weekday_existing(art: _Article) -> list[Injection]:
    """A weekday written with a date ("Monday, March 12") is changed to one the date cannot fall on."""
    out = []
    for m in art.a.dates:
        if m.kind != "date" or m.weekday is None or m.day is None or m.month is None or not m.valid:
            continue
        w = _WEEKDAY_WORD.match(m.text)
        if not w:
            continue
        na = None
        if m.year is not None:
            fits = {date(m.year, m.month, m.day).weekday()}
        elif art.pub is None:
            fits, na = set(), "a date without a year in an undated article"
        else:
            fits = set()
            for y in (art.pub.year - 1, art.pub.year, art.pub.year + 1):
                try:
                    fits.add(date(y, m.month, m.day).weekday())
                except ValueError:
                    pass
        wrong = art.rng.choice([d for d in range(7) if d not in fits])
        name = WEEKDAYS[wrong] if w.group("day") else WEEKDAYS[wrong][:3]
        inj = art.edit("dates.weekday", ("weekday-mismatch",), m.start, m.start + len(w.group("w") + (w.group("day") or "")),
                       name, region=(m.start, m.end), na=na)
        if inj:
            out.append(inj)
    return out


def weekday_inserted(art: _Article) -> list[Injection]:
    """A sentence with a dated weekday of this script's wording, the weekday wrong."""
    rng = art.rng
    if art.pub is not None:
        d = art.pub - timedelta(days=rng.randint(20, 400))
    else:
        d = date(rng.randint(1995, 2015), rng.randint(1, 12), rng.randint(1, 28))
    wrong = WEEKDAYS[(d.weekday() + rng.randint(1, 6)) % 7]
    forms = [
        f"The meeting was held on {wrong}, {MONTHS[d.month - 1]} {d.day}, {d.year}.",
        f"The agreement was signed on {wrong} {d.day} {MONTHS[d.month - 1]} {d.year}.",
        f"Talks resumed on {wrong}, {AP_MONTHS[d.month - 1]} {d.day}, {d.year}, in the capital.",
    ]
    if art.pub is not None:  # a date without a year, near publication: the weekday must fit no nearby year
        d = art.pub - timedelta(days=rng.randint(2, 60))
        fits = set()
        for y in (d.year - 1, d.year, d.year + 1):
            try:
                fits.add(date(y, d.month, d.day).weekday())
            except ValueError:
                pass
        wrong = WEEKDAYS[rng.choice([k for k in range(7) if k not in fits])]
        forms.append(f"The vote took place on {wrong}, {MONTHS[d.month - 1]} {d.day}.")
    inj = art.insert("dates.weekday", ("weekday-mismatch",), rng.choice(forms))
    return [inj] if inj else []


def impossible_date(art: _Article) -> list[Injection]:
    """A day and month written with a month name become a day that does not exist (April 31, February 30)."""
    out = []
    for m in art.a.dates:
        if m.kind != "date" or m.day is None or m.month is None or not m.valid or m.weekday is not None:
            continue
        mw = _MONTH_WORD.search(m.text)
        dn = next((x for x in _DAY_NUMBER.finditer(m.text) if int(x.group("d")) == m.day), None)
        if not mw or not dn:
            continue
        text = m.text
        if m.month == 2:
            pieces = [(dn.start("d"), dn.end("d"), "30")]
        elif m.month in THIRTY_DAY_MONTHS:
            pieces = [(dn.start("d"), dn.end("d"), "31")]
        else:  # a 31-day month: move the date to a 30-day month and make its day the 31st
            month = art.rng.choice(THIRTY_DAY_MONTHS)
            word = mw.group("m")
            name = MONTHS[month - 1] if len(word.rstrip(".")) > 4 or word in MONTHS else AP_MONTHS[month - 1]
            pieces = [(dn.start("d"), dn.end("d"), "31"), (mw.start("m"), mw.end("m"), name)]
        for a, b, new in sorted(pieces, reverse=True):
            text = text[:a] + new + text[b:]
        inj = art.edit("dates.impossible", ("impossible-date",), m.start, m.end, text)
        if inj:
            out.append(inj)
    return out


def past_after_publication(art: _Article) -> list[Injection]:
    """A dated past event ("was opened in 1985") is moved to a year after publication."""
    if art.pub is None:
        return []
    out = []
    text = art.doc.text
    for m in art.a.dates:
        if m.kind not in ("date", "month", "year") or m.year is None or m.lo is None or m.lo > art.pub:
            continue
        if m.prep not in ("on", "in", "during"):
            continue
        y = _YEAR_NUMBER.search(m.text)
        if not y or int(y.group("y")) != m.year:
            continue
        sent = art.doc.sentence_at(m.start)
        lo = sent.start if sent else max(0, m.start - 200)
        cut = _CLAUSE_START.search(text, lo, m.start)
        clause = text[cut.end() if cut else lo : m.start]
        close = _CLAUSE_END.search(text, m.end, sent.end if sent else m.end + 200)
        after = text[m.end : close.start() if close else m.end]
        if not _PAST_CLAUSE.search(clause) or _NOT_PAST.search(clause) or _FUTURE_AFTER.search(after):
            continue
        na = "in a direct quotation (the rule reads quotes as speaking from their own day)" \
            if art.doc.in_quote(m.start) else None
        new_year = str(art.pub.year + art.rng.randint(1, 3))
        inj = art.edit("dates.past-after-pub", ("past-event-after-publication",), m.start + y.start("y"),
                       m.start + y.end("y"), new_year, region=(m.start, m.end), na=na)
        if inj:
            out.append(inj)
    return out


def relative_inserted(art: _Article) -> list[Injection]:
    """A relative time restated with a wrong explicit one, in this script's wording."""
    rng = art.rng
    ref = art.pub or date(2000, 6, 15)
    month = MONTHS[rng.randint(0, 11)]
    forms = [
        (f"Last year's floods, which struck in {ref.year - rng.randint(2, 4)}, destroyed the old bridge.",
         "relative-date-conflict"),
        (f"The plant closed last year, in {ref.year - rng.randint(2, 4)}, after a long dispute.",
         "relative-date-conflict"),
        (f"Sales fell sharply last year ({ref.year - rng.randint(2, 4)}), the company said.",
         "relative-date-conflict"),
        (f"This year's harvest, which ended in {month} {ref.year - rng.randint(1, 3)}, was the smallest in a decade.",
         "relative-date-conflict"),
        (f"The strike two years ago, in {ref.year - rng.randint(5, 8)}, cost the region dearly.",
         "elapsed-time-conflict"),
    ]
    sentence, _ = rng.choice(forms)
    na = None if art.pub else "undated article"
    inj = art.insert("dates.relative", ("relative-date-conflict", "elapsed-time-conflict"), sentence, na=na)
    return [inj] if inj else []


# -- numbers -------------------------------------------------------------------------------------------------


def _count(q) -> bool:
    return q.kind == "count" and not q.table


def numbers_existing(art: _Article) -> list[Injection]:
    """Bound figure pairs the number extractor found, one figure altered so the relation breaks."""
    text = art.doc.text
    qs = art.a.quantities
    by_index = {q.index: q for q in qs}
    out: list[Injection | None] = []
    for q in qs:
        # part of a whole: "12 of the 40" -> the part made larger than the whole
        whole = by_index.get(q.part_of) if q.part_of is not None else None
        if whole is not None and _count(q) and _count(whole) and math.isfinite(whole.high):
            num = _numeral(text, q)
            if num:
                s, e, like, base = num
                scale = q.value / base if base else 1.0
                new = math.ceil(whole.high * 1.5 / scale) + 1
                lo, hi = min(q.start, whole.start), max(q.end, whole.end)
                out.append(art.edit("numbers.part-of", ("part-exceeds-whole",), s, e, _fmt_like(new, like),
                                    region=(lo, hi), na=_quoted(q, whole)))
                # a share stated with the pair: "12 of the 40 members, or 30%," -> the share off by 20 points
                for p in qs:
                    if p.kind == "percent" and p.sentence == q.sentence and whole.value and q.exact and whole.exact:
                        actual = 100 * q.value / whole.value
                        if abs(p.value - actual) <= max(2.0, p.step) and (pn := _numeral(text, p)):
                            shifted = p.value + 20 if p.value < 60 else p.value - 20
                            out.append(art.edit("numbers.share", ("share-does-not-match-counts",), pn[0], pn[1],
                                                _fmt_like(shifted, pn[2]),
                                                region=(min(p.start, lo), max(p.end, hi)), na=_quoted(p, q)))
        # launched / intercepted: the downed figure made larger than the launched one
        if q.role == "downed" and _count(q):
            for l in qs:
                if l.role == "launched" and _count(l) and l.cls == q.cls and l.paragraph == q.paragraph \
                        and math.isfinite(l.high) and q.high <= l.low and (num := _numeral(text, q)):
                    s, e, like, base = num
                    scale = q.value / base if base else 1.0
                    new = math.ceil(l.high * 1.3 / scale) + 1
                    out.append(art.edit("numbers.launched", ("intercepted-exceeds-launched",), s, e,
                                        _fmt_like(new, like), region=(min(q.start, l.start), max(q.end, l.end)),
                                        na=_quoted(q, l)))
                    break
        # conversions: "12 miles (19 km)" -> the converted figure doubled
        if q.kind == "measure" and q.index + 1 in by_index:
            c = by_index[q.index + 1]
            if c.kind == "measure" and c.unit and q.unit and c.unit != q.unit \
                    and _HEDGE_OPEN.search(text, q.end, c.start) and (num := _numeral(text, c)):
                s, e, like, base = num
                out.append(art.edit("numbers.conversion", ("conversion-mismatch",), s, e, _fmt_like(base * 2 + 1, like),
                                    region=(q.start, c.end), na=_quoted(q, c)))
        # a stated total with its parts: the total made smaller than the parts together
        if q.total and _count(q) and q.cls is not None:
            # parts count the same class, or the events that class stands for (casualties: killed, injured)
            roles = _class_roles().get(q.cls, ())
            parts = [p for p in qs if p is not q and p.sentence == q.sentence and _count(p) and not p.total
                     and p.part_of is None and (p.cls == q.cls or p.role in roles)]
            if len(parts) >= 2 and (num := _numeral(text, q)):
                s, e, like, base = num
                scale = q.value / base if base else 1.0
                new = max(1, math.floor(sum(p.value for p in parts) * 0.5 / scale))
                lo, hi = min(p.start for p in [q, *parts]), max(p.end for p in [q, *parts])
                out.append(art.edit("numbers.total", ("parts-do-not-add-up",), s, e, _fmt_like(new, like),
                                    region=(lo, hi), na=_quoted(q, *parts)))
    return [i for i in out if i is not None]


def _class_roles() -> dict:
    from factlint.extractors.numbers.lexicon import load_lexicon

    return load_lexicon().class_roles


def _quoted(*qs) -> str | None:
    return "in a direct quotation" if any(q.quoted for q in qs) else None


def numbers_inserted(art: _Article) -> list[Injection]:
    """A short sentence of this script's wording whose figures cannot all be true."""
    rng = art.rng
    n = rng.randint(20, 90)
    w = rng.choice([120, 240, 360, 480])
    km = rng.randint(8, 40)
    forms = [
        ("launched", ("intercepted-exceeds-launched", "part-exceeds-whole"),
         f"Russia launched {n} drones overnight, and Ukrainian air defences intercepted {n + rng.randint(5, 20)} drones."),
        ("launched", ("intercepted-exceeds-launched", "part-exceeds-whole"),
         f"The army said {n} rockets were fired at the town and {n + rng.randint(5, 20)} were shot down."),
        ("part-of", ("part-exceeds-whole",),
         f"Of the {w} workers at the plant, {w + rng.randint(10, 60)} lost their jobs."),
        ("part-of", ("part-exceeds-whole",),
         f"Rescuers said {n + rng.randint(10, 40)} of the {n} passengers had been brought ashore."),
        ("share", ("share-does-not-match-counts",),
         f"Of the {w} members, {w // 2} voted for the motion, a share of {rng.choice([30, 70, 75])}%."),
        ("share", ("share-does-not-match-counts",),
         f"In all, {w // 4} of the {w} schools, or {rng.choice([40, 50, 60])} per cent, were closed."),
        ("conversion", ("conversion-mismatch",),
         f"The new road is {km} miles ({km * 3} km) long."),
        ("conversion", ("conversion-mismatch",),
         f"Temperatures reached {km}C ({km + 20}F) in the afternoon."),
        ("total", ("parts-do-not-add-up",),
         f"Five people were killed and {km} injured, bringing the total number of casualties to {km + 12}."),
        ("total", ("parts-do-not-add-up",),
         f"The fund received {n} applications from companies and {w} from charities, {n + w + 50} in all."),
    ]
    name, expect, sentence = rng.choice(forms)
    inj = art.insert(f"numbers.{name}", expect, sentence)
    return [inj] if inj else []


# -- people --------------------------------------------------------------------------------------------------


def people_existing(art: _Article) -> list[Injection]:
    """A titled person the KB knows, holding the title on the article's date: the title is swapped for another
    office of that jurisdiction the person did not hold then, or "former" is put before it."""
    from factlint.extractors.people import offices_for, person_mentions

    out: list[Injection | None] = []
    kb = art.a.kb
    text = art.doc.text
    for m in person_mentions(art.a.mentions):
        t = m.title
        if t is None or m.person is None or t.modifiers or t.changed or t.qualified or m.surname_only:
            continue
        if art.pub is None:
            out.append(Injection("people.title-swap", "existing", ("people-role-at-date",), 0, 0, "", (0, 0),
                                 text[m.start:m.end], na="undated article", path=art.doc.path))
            continue
        offices = offices_for(kb, t, m.person)
        held = [r for r in m.person.roles if r.office in {o.id for o in offices} and r.status_on(art.pub) is True]
        if not held:
            continue  # the title is not (known to be) right on the date: no clean hook
        na = "in a direct quotation" if art.doc.in_quote(m.start) else None
        fs, fe = t.start, t.end  # the title's own words; t.text may add a place before them ("US President")
        lead_start = t.end - len(t.text)
        if text[lead_start:t.end] != t.text:
            lead_start = fs
        # (a) another office of the same jurisdiction that the person did not hold on the date, one the KB can
        # judge then: someone held it that day, or the person held it at another time within their recorded
        # history; and one its first title names alone (not "Industry Secretary" in 2019, an office abolished in
        # 1983 whose title the later Trade and Industry Secretary shared)
        jur = kb.offices[held[0].office].jurisdiction
        mine_now = {r.office for r in m.person.roles if r.status_on(art.pub) is not False}
        ever = {r.office for r in m.person.roles}
        others = [o for o in kb.offices.values() if o.jurisdiction == jur and o.id not in mine_now and o.titles
                  and len(kb.offices_for_title(o.titles[0], jur)) == 1
                  and ((o.id in ever and m.person.history_covers(art.pub)) or kb.holders(o.id, art.pub))]
        if others:
            o = art.rng.choice(sorted(others, key=lambda o: o.id))
            new = _title_case(o.titles[0]) if text[fs:fs + 1].isupper() else o.titles[0]
            out.append(art.edit("people.title-swap", ("people-role-at-date",), fs, fe, new,
                                region=(m.start, m.end), na=na))
        # (b) "former" before a title the person still held: "former US President", "Britain's former Prime
        # Minister", "the former prime minister"
        at = fs if ("'" in t.text or "\u2019" in t.text or t.position == "after") else lead_start
        lead = "Former " if _sentence_initial(art.doc, at) else "former "
        out.append(art.edit("people.former", ("people-stale-former",), at, at + 1, lead + text[at],
                            region=(m.start, m.end), na=na))
    return [i for i in out if i is not None]


def _title_case(title: str) -> str:
    small = {"of", "the", "for", "and", "on", "in"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in title.split())


def _sentence_initial(doc: Document, at: int) -> bool:
    s = doc.sentence_at(at)
    return s is not None and doc.text[s.start:at].strip(" \"'\u201c") == ""


# -- entities ------------------------------------------------------------------------------------------------


def entities_existing(art: _Article) -> list[Injection]:
    """A renamed entity's name replaced by one it only took after the article's date ("on Twitter" -> "on X"
    in 2019)."""
    from factlint.extractors.people import entity_mentions

    if art.pub is None:
        return []
    out = []
    for m in entity_mentions(art.a.mentions):
        later = [n for n in m.entity.names if n.start is not None and n.start.first > art.pub]
        if not later:
            continue
        n = later[0]
        if n.ambiguous and not _PLATFORM_PLACE.search(art.doc.text[max(0, m.start - 4):m.end + 10]):
            continue  # "X" stands for the platform only where the words say so ("on X", "an X post")
        na = "in a direct quotation" if art.doc.in_quote(m.start) else None
        inj = art.edit("entities.name-not-yet", ("entity-name-not-yet",), m.start, m.end, n.name, na=na)
        if inj:
            out.append(inj)
    return out


def entities_inserted(art: _Article) -> list[Injection]:
    """"posted on X" before the rename (dated articles), or "on Twitter" after it (undated articles, checked
    with an explicit publication date of RETIRED_NAME_DATE, as ``--date`` would give it)."""
    rng = art.rng
    if art.pub is not None and art.pub < X_RENAMED:
        sentence = rng.choice([
            "The ministry said in a statement posted on X that it would respond.",
            "The mayor wrote on X that the road would reopen within days.",
            "In a post on X, the company apologised to its customers.",
        ])
        inj = art.insert("entities.name-not-yet", ("entity-name-not-yet",), sentence)
    elif art.pub is None:
        sentence = rng.choice([
            "The ministry said in a statement posted on Twitter that it would respond.",
            "The mayor wrote on Twitter that the road would reopen within days.",
            "In a post on Twitter, the company apologised to its customers.",
        ])
        inj = art.insert("entities.retired-name", ("entity-retired-name",), sentence, pub_date=RETIRED_NAME_DATE)
    else:
        inj = None
    return [inj] if inj else []


FINDERS = (weekday_existing, weekday_inserted, impossible_date, past_after_publication, relative_inserted,
           numbers_existing, numbers_inserted, people_existing, entities_existing, entities_inserted)


def injections_for(doc: Document, settings: Settings, seed: int | str) -> list[Injection]:
    """Every injection the article offers, drawn with a generator seeded by ``seed`` (reproducible)."""
    analysis = Analysis(doc, settings)
    out = []
    for finder in FINDERS:
        art = _Article(doc, analysis, random.Random(f"{seed}:{finder.__name__}"))
        out.extend(finder(art))
    return out


# ------------------------------------------------------------------------------------------ evaluation


@dataclass
class Outcome:
    """What one injection produced."""

    injection: Injection
    status: str                      # detected, missed, not-applicable, pre-existing
    collateral: list[str] = field(default_factory=list)  # rule ids of other new findings
    quoted: bool = False             # the tool read the injected place as a direct quotation


def _prose_offset(doc: Document, src: int) -> int:
    """The prose offset of source offset ``src`` (the nearest copied character at or after it)."""
    k = max(0, bisect.bisect_right([s for _, s in doc.segments], src) - 1)
    text_start, source_start = doc.segments[k] if doc.segments else (0, 0)
    return min(len(doc.text) - 1, text_start + max(0, src - source_start))


def _offsets(source: str) -> list[int]:
    starts = [0]
    i = source.find("\n")
    while i != -1:
        starts.append(i + 1)
        i = source.find("\n", i + 1)
    return starts


def _spans(f: Finding, lines: list[int]) -> list[tuple[int, int]]:
    """Source spans of a finding and of its related places."""
    out = []
    for loc in (f, *f.related):
        if loc.line - 1 < len(lines) and loc.end_line - 1 < len(lines):
            out.append((lines[loc.line - 1] + loc.column - 1, lines[loc.end_line - 1] + loc.end_column - 1))
    return out


def _covers(f: Finding, lines: list[int], region: tuple[int, int]) -> bool:
    lo, hi = region
    hi = max(hi, lo + 1)
    return any(s < hi and e > lo for s, e in _spans(f, lines))


def evaluate(path: str, source: str, injections: list[Injection], settings: Settings, rules) -> list[Outcome]:
    """Check each injected variant of one article against the unmodified article's findings."""
    baseline: dict[date | None, list[Finding]] = {}
    orig_lines = _offsets(source)
    outcomes = []
    for inj in injections:
        if inj.na:
            outcomes.append(Outcome(inj, "not-applicable"))
            continue
        if inj.pub_date not in baseline:
            doc = load_document(path, source, pub_date=inj.pub_date)
            baseline[inj.pub_date] = check_document(doc, settings, rules)[0]
        before = baseline[inj.pub_date]
        if any(f.rule in inj.expect and _covers(f, orig_lines, inj.region) for f in before):
            outcomes.append(Outcome(inj, "pre-existing"))
            continue
        mutated = inj.apply(source)
        doc = load_document(path, mutated, pub_date=inj.pub_date)
        if doc.pub_date != load_document(path, source, pub_date=inj.pub_date).pub_date:
            outcomes.append(Outcome(inj, "not-applicable"))  # the edit changed the article's date: not a test
            continue
        after = check_document(doc, settings, rules)[0]
        lines = _offsets(mutated)
        region = inj.mutated_region()
        hits = [f for f in after if f.rule in inj.expect and _covers(f, lines, region)]
        old = Counter((f.rule, f.line, f.message) for f in before)
        new = []
        for f in after:
            k = (f.rule, f.line, f.message)
            if old[k]:
                old[k] -= 1
            elif f not in hits:
                new.append(f.rule)
        quoted = doc.in_quote(_prose_offset(doc, region[0] + (inj.variant == "inserted")))
        outcomes.append(Outcome(inj, "detected" if hits else "missed", new, quoted))
    return outcomes


# ------------------------------------------------------------------------------------------ the report


def _corpus(arg: str | None) -> Path | None:
    if arg:
        return Path(arg)
    return next((p for p in CANDIDATES if p.is_dir()), None)


def run(corpus: Path, seed: int) -> tuple[list[Outcome], int, int]:
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md")
    settings = Settings()
    rules = rules_for(settings)
    outcomes: list[Outcome] = []
    dated = 0
    for path in files:
        source = read_source(str(path))
        rel = str(path.relative_to(corpus))
        doc = load_document(rel, source)
        dated += doc.pub_date is not None
        injections = injections_for(doc, settings, f"{seed}:{rel}")
        outcomes.extend(evaluate(rel, source, injections, settings, rules))
    return outcomes, len(files), dated


def _row(label: str, r: Counter) -> None:
    recall = f"{100 * r['detected'] / r['injected']:.0f}%" if r["injected"] else "-"
    print(f"  {label:34} {r['injected']:8} {r['detected']:8} {recall:>7} {r['collateral']:7} "
          f"{r['not-applicable']:5} {r['pre-existing']:7}")


def report(outcomes: list[Outcome], examples: int, family: str | None = None) -> None:
    rows: dict[str, Counter] = defaultdict(Counter)
    collateral_rules: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        rows[o.injection.key][o.status] += 1
        if o.status in ("detected", "missed"):
            rows[o.injection.key]["injected"] += 1
            if o.collateral:
                rows[o.injection.key]["collateral"] += 1
                collateral_rules[o.injection.key].update(set(o.collateral))
        if o.status == "missed":
            misses[o.injection.key].append(o)
            if family and o.injection.key.startswith(family):
                print(f"missed {o.injection.key} {o.injection.path}: {o.injection.sentence}")
    head = f"  {'family':34} {'injected':>8} {'detected':>8} {'recall':>7} {'collat.':>7} {'n/a':>5} {'pre-ex.':>7}"
    print(head)
    categories: dict[str, Counter] = defaultdict(Counter)
    for key in sorted(rows):
        categories[key.split(".")[0]].update(rows[key])
        _row(key, rows[key])
    print()
    for cat in sorted(categories):
        _row(f"{cat} (all)", categories[cat])
    _row("all", sum(categories.values(), Counter()))
    if collateral_rules:
        print("\ncollateral findings (rule: injections):")
        for key in sorted(collateral_rules):
            print(f"  {key}: " + ", ".join(f"{r} {n}" for r, n in collateral_rules[key].most_common()))
    if examples:
        print("\nmissed examples:")
        for key in sorted(misses):
            quoted = sum(o.quoted for o in misses[key])
            note = f" ({quoted} of {len(misses[key])} inside what factlint reads as a quotation)" if quoted else ""
            print(f"  {key}:{note}")
            unquoted = [o for o in misses[key] if not o.quoted] + [o for o in misses[key] if o.quoted]
            for o in unquoted[:examples]:
                print(f"    - {'[quote] ' if o.quoted else ''}{o.injection.excerpt()}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", type=int, default=3, help="missed examples printed per family")
    ap.add_argument("--family", help="list every miss of the families starting with this, with its file")
    args = ap.parse_args(argv[1:])
    corpus = _corpus(args.corpus)
    if corpus is None or not corpus.is_dir():
        print("bench_recall: no corpus found (looked for ../shared/corpus); skipped")
        return 0
    t0 = time.perf_counter()
    outcomes, files, dated = run(corpus, args.seed)
    elapsed = time.perf_counter() - t0
    print(f"bench_recall: {files} articles ({dated} dated), {len(outcomes)} injections, seed {args.seed}, "
          f"{elapsed:.1f} s")
    report(outcomes, args.examples, args.family)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
