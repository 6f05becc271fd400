"""The ``change`` kind: direction and ratio words ("rose", "fell", "doubled", "up 12%") against the figures."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Edit, Hit, Param, RuleParamError
from factlint.kinds.numbers.change_arithmetic import aligned, direction_bounds, ratio_bounds, stated_amount
from factlint.kinds.numbers.change_forms import (
    COMPARED, COMPARISONS, END, FACTOR_WORDS, FOLDS, MARK, NOUN_DOWN, NOUN_UP, PAIR_THEN_DIFFERENCE,
)
from factlint.kinds.numbers.select import rounded_bounds
from factlint.lang.change_words import FALL_WORDS, RATIO_WORDS, RISE_WORDS
from factlint.lang.regextrie import trie_regex

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity

_UP = "|".join(RISE_WORDS)
_DOWN = "|".join(FALL_WORDS)
_RATIO = RATIO_WORDS
_NOUN_UP = NOUN_UP
_NOUN_DOWN = NOUN_DOWN
# The word lists as letter tries: the engine then tests shared prefixes once (twice as fast on sentences).
_DIRECTIONS = trie_regex(f"{_UP}|{_DOWN}".split("|"))
# The words a sentence must hold to be read at all: directions, ratios, and the comparisons' "times", "than".
_CUES = f"{_UP}|{_DOWN}|{'|'.join(_RATIO)}|{_NOUN_UP}|{_NOUN_DOWN}|times|twice|double|triple|treble|above|below|than"
_CHANGED = regexcache.compile(r"(?i)\b(?:" + _DIRECTIONS + r")\b")
_DIRECTION_WORD = regexcache.compile(r"(?i)\b(?:" + trie_regex(_CUES.split("|")) + r")\b")
# Each figure of a sentence is masked as <_MARK><index><_END>: private-use characters that never occur in
# prose, so the text's own "Q3" or "q1" can never be read as a figure, and case-folding cannot touch them.
_MARK = MARK
_END = END
# Words between the parts of a change statement: anything but another figure, a sentence end or another
# direction word ("rose 5% to $10m in the year to March, from $8m").
_FILL = rf"(?:(?:\s*\({_MARK}\d+{_END}\))|(?!\b(?:{_DIRECTIONS})\b)[^{_MARK}.;!?]){{0,50}}?"


def _sign(name: str) -> str:
    """What an end of a change is, when the text says: "to a loss of $4m" is -$4m, "from a profit of $5m" +$5m."""
    return (rf"(?:(?P<{name}_neg>(?:an?\s+)?(?:net\s+)?(?:loss|losses|deficit)\s+of\s+)"
            rf"|(?:an?\s+)?(?:net\s+)?(?:profits?|surplus|income|earnings)\s+of\s+)?")


_STATEMENT_SOURCE = (
    rf"(?i)\b(?P<hedge>more\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+)?"
    rf"(?:(?:an?\s+)?(?P<noun>{_NOUN_UP}|{_NOUN_DOWN})\s+of|an?\s+{_MARK}(?P<n0>\d+){_END}\s+(?P<noun0>{_NOUN_UP}|"
    rf"{_NOUN_DOWN})|(?P<dir>{_DIRECTIONS}|{'|'.join(_RATIO)})(?:\s+(?P<fold_hedge>more\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|some\s+)?"
    rf"(?P<fold>{'|'.join(FOLDS)}))?)\b"
    rf"(?:\s+by)?(?:\s+{_MARK}(?P<n>\d+){_END})?"
    # "from A to B" first: the other branch, all optional, would otherwise take "from A" alone
    rf"(?:"
    rf"{_FILL}\bfrom\s+{_sign('b2')}{_MARK}(?P<b2>\d+){_END}(?:\s+[a-z]+){{0,2}}?\s+to\s+{_sign('a2')}"
    rf"{_MARK}(?P<a2>\d+){_END}"
    rf"|(?:{_FILL}\b(?:to|at)\s+{_sign('a')}{_MARK}(?P<a>\d+){_END})?"
    rf"(?:{_FILL}\b(?:from|compared\s+with|against)\s+{_sign('b')}{_MARK}(?P<b>\d+){_END})?"
    rf")"
)
_UP_FROM = regexcache.compile(
    rf"(?i){_MARK}(?P<a>\d+){_END}(?:\s+[a-z]+){{0,3}}?,?\s+(?P<dir>up|down)"
    rf"(?:\s+(?:by\s+)?{_MARK}(?P<n>\d+){_END})?\s+from\s+{_MARK}(?P<b>\d+){_END}"
)


@lru_cache(maxsize=1)
def _statement() -> regex.Pattern:
    """The change-statement pattern, compiled on first use (it is the slowest to compile)."""
    return regexcache.compile(_STATEMENT_SOURCE)


_UP_WORDS = frozenset(_UP.split("|")) | frozenset(_NOUN_UP.split("|"))
# Direction words and their opposites in the same form, for suggesting the verb that fits the figures.
_PAIRS = dict(p.split(":") for p in (
    "rose:fell risen:fallen rise:fall rises:falls rising:falling increased:decreased increase:decrease "
    "increases:decreases increasing:decreasing up:down higher:lower grew:shrank"
).split())
_OPPOSITE = _PAIRS | {v: k for k, v in _PAIRS.items()}
_TOKEN = regexcache.compile(f"{_MARK}(\\d+){_END}")


class ChangeKind(CheckKind):
    """Checks a stated change against its start and end figures, in one sentence.

    Recognised statements (``statements: [changes]``): "rose 76% to $1.13bn from $639m", "fell from 4.1% to
    3.5%", "an increase of 12% from 200 to 224", "a rise of 5 points to 120 from 115", "sales of $5m, up 10% from
    $4.5m", "a 12% rise to 224 from 200", "doubled to 400 from 200", "rose fourfold", "halved", and with a loss at
    either end ("fell 20% to a loss of $4m from $5m": -$4m); and (``comparisons``, the wordings in
    ``change_forms``) a figure set against a base: "$12m, 20% higher than the $10m of 2003", "$12m, up 20% on
    $10m", "$12m against $10m, up 20%", "$12m, three times (as much as) the $4m", "twice", "double".  Checked:

    - direction: "rose"/"up" needs the end above the start, "fell"/"down" below it;
    - a percentage change against (end - start) / start; for two percentages the change may also be in points;
    - a change in points against the difference of two percentages (percentage points) or two index levels;
    - an absolute change in the same unit ("rose 20 cents to 5.10 dlrs" is skipped: cents are another unit),
      read at the figures' precision when all three are exact ("down by 30 to 126 from 150" is 24);
    - ratio words: doubled ≈ 2×, tripled ≈ 3×, halved ≈ ½, "N times" ≈ N× (N× or (N+1)× for "N times more
      than"), within ``ratio_tolerance`` (hedged "more than doubled" and "nearly doubled" are one-sided).

    Every figure is widened by half its written rounding step and a percentage by one step (writers truncate),
    so only changes the figures cannot support are reported; for the direction, two exact figures in one unit
    share the finer step ("fell to 12 from 10": the "10" is not rounded to tens).  Bare small figures are read
    as places in a ranking ("climbed to five from 13") unless the subject is an amount ("sales", "profit").
    Figures in tables and wire-style result lists are never read.
    """

    params = {
        "ratio_tolerance": Param("float", "relative slack for doubled/tripled/halved (0.1 = ±10%)", default=0.1,
                                 minimum=0, below=1),
        "statements": Param("list", "which statements are read: changes (\"rose 5% to A from B\"), comparisons "
                            "(\"A, 5% above B\", \"A, up 5% on B\", \"A, three times B\")",
                            default=["changes"], items="str"),
    }
    message_values = {
        "statement": "the change as written",
        "problem": "what the figures give instead",
        "line": "the source line of the statement",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.ratio_tol = float(rule.params["ratio_tolerance"])
        self.statements = frozenset(rule.params["statements"])
        if not self.statements or not self.statements <= {"changes", "comparisons"}:
            raise RuleParamError("statements", "statements must list changes, comparisons or both")

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        text = doc.text
        qs = analysis.quantities
        by_sentence: dict[int, list] = {}
        for q in qs:
            if not q.table and q.sentence >= 0:
                by_sentence.setdefault(q.sentence, []).append(q)
        for k, members in by_sentence.items():
            if len(members) < 2 or k >= len(doc.sentences):
                continue
            span = doc.sentences[k]
            if _DIRECTION_WORD.search(text, span.start, span.end) is None:
                continue
            masked, spans = _mask(text, span.start, span.end, members)
            reported: set[int] = set()  # one finding per figure: two wordings may read the same change
            for st in self._statements(masked, qs, text):
                for hit in self._judge(analysis, st, spans, qs):
                    if hit.start not in reported:
                        reported.add(hit.start)
                        yield hit

    def _statements(self, masked: str, qs: list, text: str) -> Iterator[regex.Match]:
        """The change statements and comparisons of one masked sentence that the rule reads."""
        if "changes" in self.statements:
            yield from _statement().finditer(masked)
            for st in _UP_FROM.finditer(masked):
                a = qs[int(st.group("a"))]
                if not _FALL_AMOUNT.match(text, max(0, a.start - 30), a.start):
                    yield st
        if "comparisons" in self.statements:
            for pattern in COMPARISONS:
                yield from pattern.finditer(masked)

    def _judge(self, analysis: "Analysis", st: regex.Match, spans: dict, qs: list) -> Iterator[Hit]:
        g = st.groupdict()
        word = " ".join((g.get("dir") or g.get("dir2") or g.get("noun") or g.get("noun0") or "").lower().split())
        word = COMPARED.get(word.split(" ")[0], word) if word else word
        g["n"] = g.get("n") or g.get("n2") or g.get("n3") or g.get("n0")
        g["hedge"] = g.get("hedge") or g.get("fold_hedge")
        factors = _factors(g, qs)
        if factors:
            word = "times"
        a_i = g.get("a") or g.get("a2")
        b_i = g.get("b") or g.get("b2")
        if not word or a_i is None or b_i is None or not _one_change(st):
            return
        a, b = qs[int(a_i)], qs[int(b_i)]
        text = analysis.doc.text
        a_neg, b_neg = g.get("a_neg") or g.get("a2_neg"), g.get("b_neg") or g.get("b2_neg")
        if g.get("b2") and st.re is PAIR_THEN_DIFFERENCE and not _CHANGED.search(st.string, max(0, st.start() - 60),
                                                                                  st.start()):
            return  # "cost from $50 to $100, up 20%": a range of prices, not a change from one to the other
        if a_neg or b_neg:
            if _LOSS_SUBJECT.search(st.string, max(0, st.start() - 80), st.start()):
                return  # "the net loss fell to a loss of …": the subject is already the loss
            a, b = _signed(a, a_neg), _signed(b, b_neg)
        if (_rank_like(a, text) or _rank_like(b, text)) and not _AMOUNT_SUBJECT.match(
            text, max(0, min(a.start, b.start) - 80), min(a.start, b.start)
        ):
            return
        n = qs[int(g["n"])] if g.get("n") else None
        b_lo, b_hi = aligned(a, b, analysis.doc.text)
        if b_lo is None:
            return
        a_lo, a_hi = rounded_bounds(a)
        problem = None
        if word in _RATIO or factors:
            targets = factors or (_RATIO[word],)
            problem = self._ratio(targets, (g.get("hedge") or "").strip().lower(), a_lo, a_hi, b_lo, b_hi)
        else:
            d_lo, d_hi, e_lo, e_hi = direction_bounds(a, b, a_lo, a_hi, b_lo, b_hi)
            if word in _UP_WORDS:
                if d_hi <= e_lo:
                    problem = f"{a.text} is not above {b.text}"
            elif d_lo >= e_hi:
                problem = f"{a.text} is not below {b.text}"
        if problem is None and n is not None and word not in _RATIO and not factors:
            problem = stated_amount(word in _UP_WORDS, n, a, b, a_lo, a_hi, b_lo, b_hi)
        if problem is None:
            return
        figures = [int(i) for i in (a_i, b_i, g.get("n")) if i is not None]
        start = min(spans[i][0] for i in figures)
        end = max(spans[i][1] for i in figures)
        statement = " ".join(analysis.doc.text[start:end].split())
        said = statement if st.re in COMPARISONS else f"{(g.get('fold') or word).lower()} … {statement}"  # the comparison word is in the span
        values = {"statement": said, "problem": problem,
                  "line": analysis.doc.position(a.num_start)[0]}  # fmt: skip
        related = ((b.num_start, b.end, f"from {b.text}"),)
        edits = _verb_edit(st, spans, word) if n is None and word not in _RATIO else ()
        yield Hit(a.num_start, a.end, values, related, edits)

    def _ratio(self, targets: tuple, hedge: str, a_lo, a_hi, b_lo, b_hi) -> str | None:
        """The factor the figures give, when it is none of ``targets`` within the tolerance and the hedge."""
        if b_lo <= 0:
            return None
        r_lo, r_hi = ratio_bounds(a_lo, a_hi, b_lo, b_hi)
        for target in targets:
            lo, hi = target * (1 - self.ratio_tol), target * (1 + self.ratio_tol)
            if hedge == "more than":
                lo, hi = target * (1 - self.ratio_tol / 2), float("inf")
            elif hedge in ("nearly", "almost"):
                lo, hi = target * (1 - 2 * self.ratio_tol), target * (1 + self.ratio_tol / 2)
            elif hedge:
                lo, hi = target * (1 - 2 * self.ratio_tol), target * (1 + 2 * self.ratio_tol)
            if r_lo <= hi and lo <= r_hi:
                return None
        return f"the figures give a factor of {(a_lo + a_hi) / (b_lo + b_hi):.2f}, not {targets[0]:g}"


def _factors(g: dict, qs: list) -> tuple:
    """The factors "N times (more than) B" or "twice B" may mean; empty when the statement states none.

    "three times more than" is read by some writers as 3x and by others as 4x, so both are accepted; a hedged
    or inexact factor ("about three times", "2-3 times") is not judged.
    """
    if g.get("twice"):
        return (FACTOR_WORDS[g["twice"].lower()],)
    if g.get("fold"):
        return (FOLDS[g["fold"].lower()],)
    if not g.get("times") or g.get("n") is None:
        return ()
    n = qs[int(g["n"])]
    if not n.exact or n.kind != "count" or n.value < 1.5:
        return ()
    return (n.value, n.value + 1) if g.get("more") else (n.value,)


# Statements that read like a change but are not one: a range of values ("the drops range from 2 percent in
# Virginia to 32 percent"), a plural noun ("the drops", "jobs gains": several changes, not one), and a
# particle of a phrasal verb ("who will sign up for the exchanges from 21 million to 13 million").
_RANGE_WORDS = regexcache.compile(r"(?i)\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|between)\b")
_PLURAL_NOUN_BEFORE = regexcache.compile(
    r"(?ri)(?:\b(?:the|these|those|its|their|his|her|our|such|any|some|recent|big|small|further)"
    r"|[a-z]{2}(?<![sui])s|['’]s)\s+\Z"
)
_PHRASAL_BEFORE = regexcache.compile(
    r"(?ri)\b(?:sign|set|end|show|make|made|give|gave|given|sum|take|took|taken|break|broke|broken|shut|line|"
    r"look|hold|held|write|wrote|written|put|call|bring|brought|follow|catch|caught|close|hand|back|sit|sat|"
    r"stand|stood|wind|wound|wrap|fill|open|team|split|turn|step|settle|calm|slow|tie|tied|lock|wash|sell|"
    r"sold|buy|bought|play|hunt|track|crack|clamp)(?:s|ed|d|ing|ped|ping|ted|ting|ned|ning)?\s+\Z"
)
# A figure that is itself a fall ("an annualized drop of 7.1 percent, down from 6.3 percent"): "down" may
# mean the drop grew or the rate fell, so its sign is unknown.
_FALL_AMOUNT = regexcache.compile(
    r"(?ri)\b(?:(?:drop|decline|fall|decrease|contraction|loss|cut|reduction|slump)\s+of|" + _DOWN
    + r"|shrank|contracted|lost)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?\Z"
)


# The subject of a change is a loss ("the net loss fell to a loss of …") when the word stands in the clause
# before the verb, with no comma or figure between.
_LOSS_SUBJECT = regexcache.compile(rf"(?i)\b(?:loss|losses|deficit|deficits)\b[^.;!?,{_MARK}]*\Z")


def _signed(q: "Quantity", loss: str | None) -> "Quantity":
    """``q`` as the end of a change it is: a loss is below zero ("to a loss of $4m" is -$4m)."""
    if not loss:
        return q
    return replace(q, value=-q.value, low=-q.high, high=-q.low, text=f"{' '.join(loss.split())} {q.text}")


def _one_change(st: regex.Match) -> bool:
    """Whether the matched statement describes one change, not a range, several changes or a phrasal verb."""
    masked = st.string
    word = (st.groupdict().get("dir") or "").lower()
    if _RANGE_WORDS.search(masked, st.start(), st.end()):
        return False
    if word in ("up", "down") and _PHRASAL_BEFORE.match(masked, max(0, st.start("dir") - 20), st.start("dir")):
        return False
    if word.endswith("s") and word in _S_FORMS:  # a noun after a determiner, a plural or a possessive
        return not (_PLURAL_NOUN_BEFORE.match(masked, max(0, st.start("dir") - 20), st.start("dir"))
                    or masked.startswith(",", st.end("dir")))  # fmt: skip
    return True


_S_FORMS = frozenset(w for w in RISE_WORDS + FALL_WORDS if w.endswith("s") and w != "grows")


# What a change statement is about when its subject is an amount ("sales fell to 12 from 10"): then bare
# figures are amounts, not places in a ranking ("climbed to five from 13").
_AMOUNT_SUBJECT = regexcache.compile(
    r"(?ri)\b(?:sales|revenues?|profits?|turnover|output|exports|imports|production|membership|attendance|"
    r"enrol?ments?|number|numbers|total|prices?|costs?|earnings|income|spending|debt|deficit|surplus|"
    r"population|unemployment|inflation)(?:\s+(?:has|have|had))?\s+(?:"
    + _DIRECTIONS
    + r")\b[^.;!?\d]{0,30}\Z"
)
_AT_BEFORE = regexcache.compile(r"(?ri)\b(?:at|to|from|in|number|no\.?|place|position|spot)\s+\Z")


def _rank_like(q: "Quantity", text: str) -> bool:
    """A bare number in words or after "at" ("at five, up from 13") is usually a rank or a place, not a figure."""
    if q.kind != "count" or q.noun is not None:
        return False
    return q.words or _AT_BEFORE.match(text, max(0, q.start - 10), q.start) is not None and q.value < 100


def _verb_edit(st: regex.Match, spans: dict, word: str) -> tuple[Edit, ...]:
    """The opposite direction word in the same form, when the figures move the other way and no amount is stated
    ("rose to 3 from 5" → "fell").  Its place in the prose is counted back from the next masked figure."""
    key = "dir" if st.groupdict().get("dir") else "noun"
    if key not in st.re.groupindex or st.group(key) is None:
        return ()  # a comparison ("12% above 10"): no direction word to swap
    new = _OPPOSITE.get(word)
    token = _TOKEN.search(st.string, st.end(key))
    if new is None or token is None:
        return ()
    start = spans[int(token.group(1))][0] - (token.start() - st.start(key))
    written = st.group(key)
    new = new.capitalize() if written[:1].isupper() else new
    return (Edit(start, start + len(written), new, f"the figures {'rise' if new.lower() in _PAIRS else 'fall'}: '{new}'"),)


def _mask(text: str, start: int, end: int, members: list) -> tuple[str, dict[int, tuple[int, int]]]:
    """The sentence with each figure replaced by its masked index, and where each figure stands in the prose."""
    out = []
    pos = start
    spans = {}
    for q in members:
        if q.start < pos:
            continue
        out.append(text[pos : q.start])
        out.append(f"{_MARK}{q.index}{_END}")
        spans[q.index] = (q.start, q.end)
        pos = q.end
    out.append(text[pos:end])
    return "".join(out), spans


