"""The ``balance`` kind: a surplus or deficit against the two sides of the account the same paragraph gives.

A trade balance is exports less imports, a budget balance revenue less spending.  Reporters state all three
("exports of $593.4bn and imports of $561.4bn … a surplus of $32bn") and get the difference or its sign wrong;
or they call the balance a surplus in one place and "the deficit" a few lines later.  Both are read here: the
amount and sign against the paragraph's two figures, and the word against the one the article used first.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Any, Iterator

import regex

from factlint.support import regexcache
from factlint.support.rangeindex import RangeIndex
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.select import line_of, rounded_bounds

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity

# The words that may stand between a side's noun and its figure: "exports of $5bn", "imports were $4bn",
# "exports rose to $5bn", "imports $4bn" (the verb left out).  A change ("rose by $1bn", "rose $1bn") never.
_LINK = (
    r"(?:\s+(?:of|were|was|at|worth|(?:were|was)\s+worth|totalled|totaled|totalling|totaling|reached|hit|stood\s+at|"
    r"came\s+to|amounted\s+to|"
    r"(?:rose|fell|grew|climbed|dropped|increased|decreased|jumped|surged|slipped|declined)"
    r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s?cent|pct))?\s+to))?\s*,?\s*\Z"
)


class BalanceKind(CheckKind):
    """Checks a stated surplus or deficit against the paragraph's two sides, or against the article's own word.

    Each entry of ``pairs`` is "PLUS / MINUS", two regexes for the nouns of the sides ("exports / imports",
    "revenues? / spending"); ``surplus`` and ``deficit`` are regexes for the balance words.  A side's figure is
    money written right after its noun ("exports of $5bn", "imports rose to $4bn"); a balance figure is money
    right after a balance word ("a surplus of $1bn", "the deficit widened to $1bn") or right before one ("a $1bn
    deficit").

    ``check: figures``: when the balance's sentence and the ``window`` sentences either side hold no figures in
    its currency but it, one figure for each side and the balance's earlier value ("from $3bn"), the balance
    must have the sign the sides give (surplus when PLUS is larger) and an amount within the rounding of the
    figures plus ``tolerance`` (a fraction of the balance).  A side written with a scale but no currency
    ("imports fell to 8.33 billion", as wire copy writes) is read in the balance's currency.

    ``check: naming``: a bare "the deficit" (or "the surplus") in a sentence that names both sides of a pair, when
    the article has earlier
    called the balance of that account ("trade surplus", or the pair's own name in ``account``) only by the other
    word; the article's earlier sentence is cited.
    """

    params = {
        "check": Param("str", "what is compared", default="figures", choices=("figures", "naming")),
        "pairs": Param("list", "\"PLUS / MINUS\" regexes for the nouns of the two sides", required=True, items="str"),
        "account": Param("list", "regexes naming each pair's account (\"trade\"), one per pair", default=[],
                         items="str"),
        "surplus": Param("str", "regex for the words of a positive balance", default="surplus(?:es)?"),
        "deficit": Param("str", "regex for the words of a negative balance", default="deficits?|shortfalls?"),
        "tolerance": Param("float", "slack on the amount, as a fraction of the balance", default=0.05, minimum=0,
                           below=1),
        "window": Param("int", "how many sentences either side of the balance's are read for the sides", default=1,
                        minimum=0),
    }
    message_values = {
        "balance": "the balance as written (\"a surplus of $42bn\"; for naming, \"the deficit\")",
        "plus": "the first side's figure as written (figures)",
        "minus": "the second side's figure as written (figures)",
        "problem": "what the figures or the earlier wording give instead",
        "line": "the source line of the balance",
    }

    def __init__(self, rule: Any):
        super().__init__(rule)
        p = rule.params
        self.mode = p["check"]
        if p["account"] and len(p["account"]) != len(p["pairs"]):
            raise RuleParamError("account", "account needs one regex per pair")
        self.tolerance = float(p["tolerance"])
        self.window = int(p["window"])
        try:
            self.pairs = []
            for entry in p["pairs"]:
                plus, sep, minus = entry.partition(" / ")
                if not sep:
                    raise RuleParamError("pairs", f"pair {entry!r} must read \"PLUS / MINUS\"")
                self.pairs.append(tuple(regexcache.compile(rf"(?ri)\b(?:{w})" + _LINK) for w in (plus, minus))
                                  + tuple(regexcache.compile(rf"(?i)\b(?:{w})\b") for w in (plus, minus)))
            self.accounts = [regexcache.compile(rf"(?i)\b(?:{a})\s+") for a in p["account"]]
            self.words = {"surplus": p["surplus"], "deficit": p["deficit"]}
            self.after_word = {k: regexcache.compile(rf"(?ri)\b(?:{w})" + _BALANCE_LINK) for k, w in self.words.items()}
            self.before_word = {k: regexcache.compile(rf"(?i)\s+(?:(?:trade|budget|fiscal|current[-\s]account)\s+)?"
                                                      rf"(?:{w})\b") for k, w in self.words.items()}
            self.bare = {k: regexcache.compile(rf"\bthe\s+(?:{w})\b") for k, w in self.words.items()}
            self.word_at = {k: regexcache.compile(rf"(?i)(?:{w})\b") for k, w in self.words.items()}
        except regex.error as exc:
            raise RuleParamError("pairs", f"bad regular expression: {exc}") from None

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        if self.mode == "naming":
            yield from self._naming(analysis)
            return
        text = analysis.doc.text
        money = [q for q in analysis.quantities if not q.table and q.sentence >= 0 and q.exact
                 and (q.kind == "money" or _bare_scaled(q))]
        balances = [(q, w) for q in money if q.kind == "money" and (w := self._balance_word(text, q))]
        by_start = RangeIndex(money, attrgetter("start"))
        earlier = {id(m) for q, _ in balances for m in _compared_with(text, q, by_start)}
        by_sentence = RangeIndex(money, attrgetter("sentence"))
        balances_by_sentence = RangeIndex([q for q, _ in balances], attrgetter("sentence"))
        for bal, word in balances:
            lo, hi = bal.sentence - self.window, bal.sentence + self.window + 1
            near = [q for q in by_sentence.between(lo, hi) if id(q) not in earlier]
            if sum(1 for q in balances_by_sentence.between(lo, hi) if id(q) not in earlier) != 1:
                continue  # another balance nearby: which sides belong to which is not plain
            near = [q for q in near if q.unit in (bal.unit, None)]
            for plus_re, minus_re, _, _ in self.pairs:
                plus = [q for q in near if plus_re.search(text, max(0, q.start - 60), q.start)]
                minus = [q for q in near if minus_re.search(text, max(0, q.start - 60), q.start)]
                if len(plus) != 1 or len(minus) != 1 or plus[0] is minus[0]:
                    continue
                if len(near) == 3 and plus[0].unit in (bal.unit, None) and minus[0].unit in (bal.unit, None):
                    hit = self._judge(analysis, bal, word, plus[0], minus[0])
                    if hit is not None:
                        yield hit
                break

    def _balance_word(self, text: str, q: "Quantity") -> str | None:
        """"surplus" or "deficit" when the figure is the amount of a balance, else None."""
        for word in ("surplus", "deficit"):
            if self.after_word[word].search(text, max(0, q.start - 60), q.start):
                return word
            if self.before_word[word].match(text, q.end, q.end + 40):
                return word
        return None

    def _judge(self, analysis: "Analysis", bal: "Quantity", word: str, plus: "Quantity",
               minus: "Quantity") -> Hit | None:
        """A hit when the balance has the wrong sign or an amount the two sides cannot give."""
        p_lo, p_hi = rounded_bounds(plus)
        m_lo, m_hi = rounded_bounds(minus)
        b_lo, b_hi = rounded_bounds(bal)
        slack = self.tolerance * bal.value
        sign = 1 if word == "surplus" else -1
        d_lo, d_hi = sorted(((p_lo - m_hi) * sign, (p_hi - m_lo) * sign))
        actual = plus.value - minus.value
        if d_hi <= 0:
            other = "deficit" if actual < 0 else "surplus"
            problem = f"{plus.text} less {minus.text} is a {other} of {_money(bal, abs(actual))}"
        elif d_lo <= b_hi + slack and b_lo - slack <= d_hi:
            return None
        else:
            problem = f"{plus.text} less {minus.text} is {_money(bal, abs(actual))}"
        values = {"balance": _quote(analysis.doc.text, bal, word), "plus": plus.text, "minus": minus.text,
                  "problem": problem, "line": line_of(analysis, bal)}
        related = tuple((q.num_start, q.end, f"side: {q.text}") for q in (plus, minus))
        return Hit(bal.num_start, bal.end, values, related)

    def _naming(self, analysis: "Analysis") -> Iterator[Hit]:
        """A bare "the deficit" near the sides after the article called the account's balance a surplus (or back)."""
        doc = analysis.doc
        text = doc.text
        sentences = doc.sentences
        if not self.pairs:
            return
        # Read once for every pair: where each sentence's sides may be named from (the sentence before too, in
        # the same paragraph: "Exports rose. With imports rising too, the deficit grew.") and its bare balance.
        paragraphs = [doc.paragraph_at(span.start) for span in sentences]
        leads = [sentences[i - 1].start if i and paragraphs[i - 1] == paragraphs[i] else span.start
                 for i, span in enumerate(sentences)]
        bares = {word: [pattern.search(text, span.start, span.end) for span in sentences]
                 for word, pattern in self.bare.items()}
        for k, pair in enumerate(self.pairs):
            _, _, plus_word, minus_word = pair
            account = self.accounts[k] if self.accounts else None
            first: dict[str, int] = {}  # where the article first names the account's balance with each word
            for i, span in enumerate(sentences):
                lead = leads[i]
                for word, other in (("surplus", "deficit"), ("deficit", "surplus")):
                    bare = bares[word][i]
                    if (bare and other in first and word not in first and plus_word.search(text, lead, span.end)
                            and minus_word.search(text, lead, span.end)):
                        earlier = doc.sentences[first[other]]
                        values = {"balance": bare.group(0), "plus": "", "minus": "",
                                  "line": doc.position(bare.start())[0],
                                  "problem": f"line {doc.position(earlier.start)[0]} calls it a {other}"}
                        yield Hit(bare.start(), bare.end(), values, ((earlier.start, earlier.end, f"a {other}"),))
                        first[word] = i  # once per article
                for word in ("surplus", "deficit"):
                    if word not in first and account is not None and self._named(text, span, account, word):
                        first[word] = i

    def _named(self, text: str, span: Any, account: regex.Pattern, word: str) -> bool:
        """Whether the sentence names the account's balance with ``word`` ("a trade surplus")."""
        for m in account.finditer(text, span.start, span.end):
            if self.word_at[word].match(text, m.end(), span.end):
                return True
        return False


# A balance's earlier value, written right after it ("fell to $1.05bn from $3.04bn"): not a side.
_EARLIER = regexcache.compile(r"(?i)\s+(?:from|against|compared\s+with|versus)(\s+)")


def _compared_with(text: str, q: "Quantity", by_start: "RangeIndex[Quantity]") -> "list[Quantity]":
    """The figures right after ``q`` and "from", "against", "versus" or "compared with": the earlier value.

    Those figures start anywhere in the whitespace after the connector (``_EARLIER``'s last group), so they
    are looked up by position rather than by testing every figure of the article against ``q``.
    """
    m = _EARLIER.match(text, q.end)
    return by_start.between(m.start(1) + 1, m.end(1) + 1) if m else []
_SCALE = regexcache.compile(r"(?i)\d\s*(?:billion|bln|bn|million|mln|mn|trillion)\b")


def _bare_scaled(q: "Quantity") -> bool:
    """A figure with a scale but no currency ("imports fell to 8.33 billion"): wire copy writes "dlrs" once."""
    return q.kind == "count" and q.unit is None and q.noun is None and _SCALE.search(q.text) is not None


# After a balance word, up to its figure: "a surplus of $5bn", "the deficit widened to $5bn", "deficit $5bn".
_BALANCE_LINK = (
    r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?"  # "the deficit in the first quarter fell to"
    r"(?:\s+(?:of|was|is|were|at|stood\s+at|came\s+to|amounted\s+to|totalled|totaled|reached|hit|"
    r"(?:rose|fell|grew|widened|narrowed|shrank|climbed|dropped|increased|decreased|jumped|swelled)\s+to))?\s*\Z"
)


def _money(like: "Quantity", value: float) -> str:
    """``value`` written at the scale of ``like`` ("$32bn" beside "$42bn")."""
    sym = like.text[: len(like.text) - len(like.text.lstrip("$£€¥"))] or ""
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if like.value >= scale:
            return f"{sym}{value / scale:,.4g}{suffix}" if sym else f"{value / scale:,.4g}{suffix} {like.unit}"
    return f"{sym}{value:,.0f}" if sym else f"{value:,.0f} {like.unit}"


def _quote(text: str, q: "Quantity", word: str) -> str:
    """The balance as written: the figure and its word ("a surplus of $42bn"), else the figure and the word."""
    before = text[max(0, q.start - 40) : q.start]
    at = before.lower().rfind(word[:5])
    if at >= 0:
        return " ".join(text[max(0, q.start - 40) + at : q.end].split())
    return f"{q.text} {word}"
