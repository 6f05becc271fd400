"""factlint's date and number extractors measured against test data other projects wrote for the same problem.

Run: ``python benchmarks/bench_external.py [-v] [external-dir]`` (default ``../shared/external/``; skipped
quietly when absent).  Reads Microsoft Recognizers-Text's English DateTime, Number and NumberWithUnit specs
and quantulum3's quantity tests (both MIT; nothing of them is copied into this repository) and prints, per
spec file and per form: gold spans, spans found, exact values, values inside the right interval, WRONG
values, values left unresolved, and extractions where the spec has none.  A wrong value is the figure that
matters: it becomes a confident false finding, where a missed or unresolved one only stays silent.

"News forms" are the written forms news articles use, picked by the gold text of each case (``date_form``,
``number_form``): full dates, month+day, month+year, years, "last/next <weekday|period>", "N <units> ago",
decades, quarters and centuries for dates; numbers with scale words, percentages, ranges and hedged
figures, currency amounts and number words for numbers.  Everything else (bare days "on 15", clock-bound
chatbot phrases, "the 3rd week", ordinals, plain digits) counts in the whole-suite figures only.  Cases the
spec marks ``NotSupported`` for python are still measured (they are about the reference implementation).
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import regex

from factlint.document import load_text
from factlint.extractors.dates import extract_dates
from factlint.extractors.numbers import extract_quantities

REPO = Path(__file__).resolve().parent.parent
DATE_SPECS = ["DateExtractor", "DateParser", "DatePeriodExtractor", "DatePeriodParser", "DurationExtractor",
              "MergedExtractor"]  # fmt: skip
NUMBER_SPECS = [("Number", "NumberModel"), ("Number", "PercentModel"), ("Number", "NumberRangeModel"),
                ("NumberWithUnit", "CurrencyModel"), ("NumberWithUnit", "DimensionModel"),
                ("NumberWithUnit", "TemperatureModel")]  # fmt: skip
COLUMNS = ["gold", "found", "valued", "exact", "interval", "WRONG", "unresolved", "extra"]

_M = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?)"
_UNITS = r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))"
_NUMW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a|an|a few|several)"
DATE_FORMS = [
    ("ago", rf"(?i)\b(?:\d+|{_NUMW})\s+{_UNITS}\b.*\b(?:ago|earlier|before|later|from now)\b"),
    ("decade", r"(?i)\b(?:(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?:\d{2,4}|'\d\d)'?s|the\s+(?:twenties|thirties|"
     r"forties|fifties|sixties|seventies|eighties|nineties))\b"),
    ("quarter", r"(?i)\b(?:q[1-4]\b|(?:first|second|third|fourth|last|next|this)\s+quarter\b)"),
    ("century", r"(?i)\bcentury\b"),
    ("full date", rf"(?i)^(?:{_WD},?\s+)?(?:{_M}\.?\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+(?:of\s+)?{_M}\.?,?\s+\d{{4}})$"),
    ("month+day", rf"(?i)^(?:(?:on\s+)?{_WD},?\s+)?(?:{_M}\.?\s+{_DAY}|(?:the\s+)?{_DAY}\s+(?:of\s+)?{_M})$"),
    ("month+year", rf"(?i)^(?:(?:in|of)\s+)?(?:(?:early|mid|late)[-\s])?{_M}\.?,?\s+(?:of\s+)?\d{{4}}$"),
    ("year", r"(?i)^(?:in\s+)?\d{4}$"),
    ("last/next", rf"(?i)^(?:last|next|this|past|previous|coming)\s+(?:{_WD}|week|weekend|month|year|{_M})$"),
]
NEWS_DATE_FORMS = {f for f, _ in DATE_FORMS}
NUMBER_FORMS = [
    ("percentage", r"(?i)%|\bper\s?cent\b|\bpercentage\b"),
    ("currency", r"(?i)[$£€¥₹]|\b(?:dollars?|pounds?|euros?|yen|rupees?|cents?|usd|gbp|eur|rs\.?)\b"),
    ("range", r"(?i)\b(?:between|from|more than|less than|fewer than|over|under|above|below|at least|at most|up to|"
     r"no more than|no less than|around|about|nearly|almost)\b|\d\s*[-–~]\s*\d|\bto\b"),
    ("scale", r"(?i)\d\s*(?:hundred|thousand|million|billion|trillion|lakh|crore|dozen|k|m|bn|b)\b"),
    ("number words", r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
     r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
     r"thousand|million|billion|trillion|dozen|half)\b"),
]
NEWS_NUMBER_FORMS = {f for f, _ in NUMBER_FORMS}
# A figure: digits, a vulgar fraction or a number word.  The currency and percent specs also mark the bare unit
# word ("the dollar", "a percentage") with no number in it; those are no figures of any form.
_HAS_FIGURE = regex.compile(r"\d|[¼½¾\u2150-\u215e]|" + dict(NUMBER_FORMS)["number words"])
# Chatbot and maths forms that no article writes and no check compares, kept out of the news figures; and
# spoken Mandarin money ("one kuai and five mao"), which the number-word test alone would call a news form.
NOT_NEWS_NUMBER = regex.compile(r"(?i)\d[eE][-+]?\d|\^|\b(?:dozens?\s+of|ordinal|th\s+of\s+a)\b|[¼½¾]\s*$|^\s*\.\d|"
                                r"\bpoint\b|\b\d+\s*/\s*\d+\b|-\s*\d+\s*$|\bnil\b|\bzero\b|\bnone\b|\bk\b|"
                                r"(?:th|fifth|third|quarter|fourth|half|first)s?\b(?<!\band\s+a\s+half)|\bover\s|"
                                r"\bout\s+of\b|\b\d?\s+in\s+\w|\bnought|\bnaught|\bnegative\b|\bminus\b|\bdo?zs?\b|"
                                r"\bdozens\b|\bequal|[<>]|\bor\s+(?:more|less|greater)|\b(?:bigger|smaller)\b|"
                                r"\b(?:exceed|surpass)|\d\s+\d{3}\b|\d,\d\d,|\d\.\d{3},|\b(?:kuai|mao)\b")


def date_form(gold: str) -> str:
    """The written form of a gold date span (a key of ``DATE_FORMS``), or "other"."""
    for name, pattern in DATE_FORMS:
        if regex.search(pattern, gold.strip()):
            return name
    return "other"


def number_form(gold: str, spec: str) -> str:
    """The written form of a gold number span; "other" for plain digits, ordinals, maths and units."""
    if spec in ("DimensionModel", "TemperatureModel"):
        return "unit" if spec == "DimensionModel" else "temperature"
    if NOT_NEWS_NUMBER.search(gold) or not _HAS_FIGURE.search(gold):
        return "other"  # maths and chatbot forms; a unit word with no figure ("a multibillion-dollar deal")
    for name, pattern in NUMBER_FORMS:
        if regex.search(pattern, gold):
            if name == "range" and spec not in ("NumberRangeModel", "PercentModel", "CurrencyModel"):
                continue
            return name
    return "digits"


def _load(path: Path) -> list:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _ref(case: dict) -> date | None:
    ref = (case.get("Context") or {}).get("ReferenceDateTime")
    return datetime.fromisoformat(ref[:19]).date() if ref else None


# Recognizers' value for a date that does not exist ("Feb 30", "31st of this month" in November): 0001-01-01.
# It is no day to compare with; the right reading is an impossible date (``valid=False``).
INVALID = (date(1, 1, 1), date(1, 1, 1))


def _gold_intervals(value: dict) -> list[tuple[date, date]]:
    """The readings a Recognizers value allows (future and past), each as inclusive days; end dates that the
    spec gives exclusively ("Jan" as 01-01..02-01) are taken both ways.  ``[INVALID]`` for a day the spec
    marks as impossible."""
    out = []
    for key in ("FutureResolution", "PastResolution"):
        res = value.get(key) or {}
        try:
            if "date" in res:
                d = date.fromisoformat(res["date"][:10])
                out.append((d, d))
            elif "startDate" in res and "endDate" in res:
                lo, hi = date.fromisoformat(res["startDate"][:10]), date.fromisoformat(res["endDate"][:10])
                out += [(lo, hi), (lo, hi - timedelta(days=1))]
        except ValueError:
            continue
    return [INVALID] if out and all(iv == INVALID for iv in out) else out


class Table:
    """Counts per (group, form) of the columns in ``COLUMNS``."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLUMNS, 0))
        self.misses: dict[str, list[str]] = defaultdict(list)
        self.wrong: list[str] = []

    def add(self, group: str, form: str, column: str) -> None:
        self.rows[(group, form)][column] += 1

    def found(self, group: str, form: str, extracted: list, start: int, end: int, miss: str, claimed: set) -> list:
        """The extractions overlapping one gold span, counted as gold and found (or listed as a miss); the ones
        used are added to ``claimed``, so the rest count as extractions where the spec has none."""
        self.add(group, form, "gold")
        hits = [x for x in extracted if x.start < end and x.end > start]
        if not hits:
            self.misses[form].append(miss)
            return hits
        self.add(group, form, "found")
        claimed.update(id(x) for x in hits)
        return hits

    def print(self, title: str, news: set[str]) -> None:
        print(f"\n== {title}")
        header = f"{'spec / form':42}" + "".join(f"{c:>11}" for c in COLUMNS)
        print(header)
        totals = {"ALL": dict.fromkeys(COLUMNS, 0), "NEWS": dict.fromkeys(COLUMNS, 0)}
        for (group, form), row in sorted(self.rows.items()):
            print(f"{group + ' / ' + form:42}" + "".join(f"{row[c]:>11}" for c in COLUMNS))
            for name in ("ALL", "NEWS") if form in news else ("ALL",):
                for c in COLUMNS:
                    totals[name][c] += row[c]
        for name, row in totals.items():
            line = f"{name:42}" + "".join(f"{row[c]:>11}" for c in COLUMNS)
            found = row["found"] / row["gold"] if row["gold"] else 0
            exact = row["exact"] / row["valued"] if row["valued"] else 0
            print(line + f"   found {found:.1%}, exact {exact:.1%} of valued, wrong {row['WRONG']}")


def run_dates(root: Path, table: Table, verbose: bool) -> None:
    """Every DateTime spec: gold spans found (overlap), and for parser specs the value against the gold one."""
    for spec in DATE_SPECS:
        path = root / "recognizers-text" / "DateTime" / "English" / f"{spec}.json"
        if not path.exists():
            continue
        for case in _load(path):
            text, ref = case["Input"], _ref(case)
            doc = load_text(text, pub_date=ref)
            mentions = extract_dates(doc) if doc.text == text else []
            claimed = set()
            for gold in case.get("Results", []):
                start, end = gold["Start"], gold["Start"] + gold["Length"]
                form = date_form(gold["Text"])
                hits = table.found(spec, form, mentions, start, end, f"{spec}: {gold['Text']!r} in {text!r}", claimed)
                if not hits:
                    continue
                intervals = _gold_intervals(gold.get("Value") or {}) if "Value" in gold and ref else []
                if not intervals:
                    continue
                table.add(spec, form, "valued")
                verdict = _date_verdict(hits, intervals, start, end)
                table.add(spec, form, verdict)
                if verdict == "WRONG":
                    m = hits[0]
                    literal = f" literal {m.literal[0]}..{m.literal[1]}" if m.literal else ""
                    table.wrong.append(f"{spec} [{form}]: {gold['Text']!r} ref {ref}: read {m.text!r} {m.lo}..{m.hi}{literal}, "
                                       f"gold {intervals[0][0]}..{intervals[0][1]}  [{text}]")
            for m in mentions:
                if id(m) not in claimed and m.kind not in ("age",):
                    table.add(spec, "(no gold)", "extra")
                    if verbose:
                        table.misses["(extra date)"].append(f"{spec}: {m.text!r} in {text!r}")


def _date_verdict(hits: list, intervals: list[tuple[date, date]], start: int, end: int) -> str:
    """exact, interval (a correct but wider reading), unresolved (no days), or WRONG.  A mention with a literal
    reading is judged by it alone: exact when it is one of the gold readings, WRONG otherwise, even where its
    interval holds the gold one (a literal reading claims one answer)."""
    best = max(hits, key=lambda m: min(m.end, end) - max(m.start, start))
    if intervals == [INVALID]:  # the spec's "no such day": right when read as an impossible date
        return "exact" if not best.valid else "unresolved" if best.lo is None and best.literal is None else "WRONG"
    if best.literal is not None:
        return "exact" if best.literal in intervals else "WRONG"
    if best.lo is None or best.hi is None:
        return "unresolved"
    if any((best.lo, best.hi) == iv for iv in intervals):
        return "exact"
    if any(best.lo <= lo and hi <= best.hi for lo, hi in intervals):
        return "interval"
    return "WRONG"


def _gold_number(res: dict) -> tuple[float, float] | None:
    """The gold value as an interval: "12" is a point, a range "[10,20)" or "(30," its ends."""
    raw = str(res.get("value", "")).strip()
    if not raw or raw.lower() in ("null", "none"):
        return None
    if raw.endswith("%"):
        raw = raw[:-1]
    if raw[0] in "[(":
        lo_s, _, hi_s = raw[1:-1 if raw[-1] in "])" else None].partition(",")
        try:
            lo = float(lo_s) if lo_s.strip() else -math.inf
            hi = float(hi_s) if hi_s.strip() else math.inf
        except ValueError:
            return None
        return lo, hi
    try:
        v = float(raw.replace(",", ""))
    except ValueError:
        return None
    return v, v


def _close(a: float, b: float) -> bool:
    return a == b or (math.isfinite(a) and math.isfinite(b) and abs(a - b) <= 1e-6 * max(1.0, abs(b)))


def _number_verdict(qs: list, gold: tuple[float, float]) -> str:
    lo, hi = gold
    if lo == -math.inf and hi >= 0 and all(q.low == 0 and q.kind != "measure" for q in qs):
        lo = 0.0  # "less than 10": the spec's (-inf, 10) is domain-free; a count or an amount has none below 0
    q = qs[0] if len(qs) == 1 else None
    if q is None:  # several figures over one gold span: a range read as two, or a misread split
        values = sorted(x.value for x in qs)
        if len(values) == 2 and _close(values[0], lo) and _close(values[1], hi):
            return "exact"
        return "WRONG" if lo == hi else "unresolved"
    if lo == hi:
        if _close(q.value, lo) and (q.low == q.high or q.low <= lo <= q.high):
            return "exact"
        return "interval" if q.low <= lo <= q.high and q.hedge else "WRONG"
    if (_close(q.low, lo) or q.low == lo) and (_close(q.high, hi) or q.high == hi):
        return "exact"
    return "interval" if q.low <= lo and hi <= q.high else "WRONG"


def _numbers_case(table: Table, spec: str, text: str, golds: list[tuple[str, int, int, tuple | None]],
                  verbose: bool) -> None:
    doc = load_text(text)
    if doc.text != text:
        return
    qs = extract_quantities(doc, extract_dates(doc))
    claimed = set()
    for gtext, start, end, value in golds:
        form = number_form(gtext, spec)
        hits = table.found(spec, form, qs, start, end, f"{spec}: {gtext!r} in {text!r}", claimed)
        if not hits:
            continue
        if value is None:
            continue
        table.add(spec, form, "valued")
        verdict = _number_verdict(hits, value)
        table.add(spec, form, verdict)
        if verdict == "WRONG":
            table.wrong.append(f"{spec} [{form}]: {gtext!r}: read " + ", ".join(f"{q.text!r}={q.value} [{q.low},{q.high}]"
                                                                     for q in hits) + f", gold {value}  [{text}]")
    for q in qs:
        if id(q) not in claimed:
            table.add(spec, "(no gold)", "extra")
            if verbose:
                table.misses["(extra number)"].append(f"{spec}: {q.text!r} in {text!r}")


_RANGE_SURFACE = regex.compile(r"\d[^\d]{0,16}?(?:-|–|\bto\b|\band\b)\s*[-$£€]?\d")
# quantulum3 counts in these units; the figure written is the count of items ("a dozen eggs" is 12 eggs).
_ITEM_UNITS = {"dozen": 12, "baker's dozen": 13, "gross": 144}


def _quantulum_gold(r: dict) -> tuple[float, float] | None:
    """quantulum3's value as an interval: a range ("3 to 4 L") is stored as its midpoint with the half-width
    as ``uncertainty`` (that is not an error bar: the ends are what the text says), and a count in dozens
    as dozens."""
    if not isinstance(r["value"], (int, float)):
        return None
    v = float(r["value"]) * _ITEM_UNITS.get(r.get("unit") or "", 1)
    u = r.get("uncertainty")
    if isinstance(u, (int, float)) and u and _RANGE_SURFACE.search(r["surface"]) and "+/-" not in r["surface"]:
        return v - u, v + u
    return v, v


def run_numbers(root: Path, table: Table, verbose: bool) -> None:
    """Recognizers' number models (value per gold span) and quantulum3's quantities (value per surface)."""
    for folder, spec in NUMBER_SPECS:
        path = root / "recognizers-text" / folder / "English" / f"{spec}.json"
        if not path.exists():
            continue
        for case in _load(path):
            golds = [(r["Text"], r["Start"], r["End"] + 1, _gold_number(r.get("Resolution") or {}))
                     for r in case.get("Results", [])]  # fmt: skip
            _numbers_case(table, spec, case["Input"], golds, verbose)
    path = root / "quantulum3" / "quantities.json"
    if path.exists():
        for case in _load(path):
            text, golds, pos = case["req"], [], 0
            for r in case["res"]:
                at = text.find(r["surface"], pos)
                if at < 0:
                    continue
                pos = at + len(r["surface"])
                golds.append((r["surface"], at, pos, _quantulum_gold(r)))
            _numbers_case(table, "quantulum3", text, golds, verbose)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv[1:] if a != "-v"]
    root = Path(args[0]) if args else REPO.parent / "shared" / "external"
    if not root.is_dir():
        print(f"bench_external: {root} not found; skipped")
        return 0
    dates, numbers = Table(), Table()
    run_dates(root, dates, verbose)
    run_numbers(root, numbers, verbose)
    dates.print("Dates (Recognizers-Text DateTime, English)", NEWS_DATE_FORMS)
    numbers.print("Numbers (Recognizers-Text Number/NumberWithUnit, quantulum3)", NEWS_NUMBER_FORMS)
    for title, table in (("dates", dates), ("numbers", numbers)):
        if table.wrong:
            print(f"\n-- WRONG {title} values ({len(table.wrong)})")
            print("\n".join(table.wrong))
        if verbose:
            for form, items in sorted(table.misses.items()):
                print(f"\n-- {title} not found, {form} ({len(items)})")
                print("\n".join(items))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
