"""The safe assertion language of rules, evaluated over intervals, never with ``eval``.

Rules state relations such as ``intercepted <= launched`` or ``share == part / whole * 100 within 1``.  Values
are intervals because news numbers are hedged ("more than 100", "about 30 km"): an assertion is *violated* only
when it cannot hold for any values inside the intervals, which is what ``Expr.possibly_true`` answers.

Grammar (lowest precedence first)::

    expr    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := sum (OP sum)? ("within" NUMBER "%"?)?     OP in < <= > >= == !=
    sum     := product (("+" | "-") product)*
    product := unary (("*" | "/") unary)*
    unary   := "-" unary | atom
    atom    := NUMBER | NAME | NAME "(" expr ("," expr)* ")" | "(" expr ")"

Functions: ``abs``, ``min``, ``max``, ``round``.  Inputs are limited in length and nesting so a hostile rule file
cannot exhaust the stack or the CPU.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Union

from factlint.support import regexcache

MAX_LENGTH = 500
MAX_DEPTH = 40

_TOKEN = regexcache.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3})?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op><=|>=|==|!=|[-+*/(),<>%]))"
)


class ExprError(ValueError):
    """A syntax or evaluation error in an assertion, with a message fit for a rule author."""


@dataclass(frozen=True)
class Interval:
    """A closed interval of possible values; a plain number is ``Interval.point(x)``."""

    lo: float
    hi: float

    @staticmethod
    def point(x: float) -> "Interval":
        return Interval(x, x)

    def __add__(self, o: "Interval") -> "Interval":
        return Interval(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o: "Interval") -> "Interval":
        return Interval(self.lo - o.hi, self.hi - o.lo)

    def __mul__(self, o: "Interval") -> "Interval":
        c = [_mul(a, b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Interval(min(c), max(c))

    def __truediv__(self, o: "Interval") -> "Interval":
        if o.lo <= 0 <= o.hi:
            return Interval(-math.inf, math.inf)
        return self * Interval(1 / o.hi, 1 / o.lo)

    def __neg__(self) -> "Interval":
        return Interval(-self.hi, -self.lo)

    def widen(self, amount: float) -> "Interval":
        return Interval(self.lo - amount, self.hi + amount)

    def magnitude(self) -> float:
        return max(abs(self.lo), abs(self.hi))


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0  # 0 * inf is 0 here: an unbounded factor times zero is still zero
    return a * b


# A boolean result is the frozenset of truth values that are possible given the intervals.
Value = Union[Interval, frozenset]


class Expr:
    """A parsed assertion or arithmetic expression."""

    def __init__(self, source: str, node: tuple, names: frozenset[str]):
        self.source = source
        self._node = node
        self.names = names

    def evaluate(self, env: dict[str, Interval]) -> Value:
        """The interval (arithmetic) or the set of possible truth values (assertion) for ``env``."""
        return _eval(self._node, env)

    def possibly_true(self, env: dict[str, Interval]) -> bool:
        """False only when the assertion cannot hold for any values within the intervals of ``env``."""
        result = self.evaluate(env)
        if isinstance(result, Interval):
            raise ExprError(f"'{self.source}' is a number, not an assertion")
        return True in result

    def __repr__(self) -> str:
        return f"Expr({self.source!r})"


def parse(source: str) -> Expr:
    """Parse an expression, raising ``ExprError`` with the position of the problem."""
    if not isinstance(source, str):
        raise ExprError("an expression must be a string")
    if len(source) > MAX_LENGTH:
        raise ExprError(f"expression longer than {MAX_LENGTH} characters")
    tokens = _tokenize(source)
    parser = _Parser(source, tokens)
    node = parser.parse_expr(0)
    if parser.pos != len(tokens):
        raise ExprError(f"unexpected '{tokens[parser.pos][1]}' in '{source}'")
    return Expr(source, node, frozenset(parser.names))


def parse_assertion(source: str) -> Expr:
    """Parse an assertion and try it once on sample values, so that a rule file saying ``max(parts)`` (a number)
    or comparing a comparison fails when it is loaded, not on every article; ``ExprError`` says why."""
    expr = parse(source)
    if isinstance(expr.evaluate({name: Interval(1.0, 1.0) for name in expr.names}), Interval):
        raise ExprError(f"'{source}' is a number, not an assertion; compare it with something")
    return expr


def _tokenize(source: str) -> list[tuple[str, str]]:
    tokens = []
    pos = 0
    while pos < len(source):
        if source[pos:].strip() == "":
            break
        m = _TOKEN.match(source, pos)
        if not m or m.end() == pos:
            raise ExprError(f"unexpected character '{source[pos:].strip()[0]}' at column {pos + 1} in '{source}'")
        kind = m.lastgroup or "op"
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    return tokens


_COMPARE = {"<", "<=", ">", ">=", "==", "!="}


class _Parser:
    def __init__(self, source: str, tokens: list[tuple[str, str]]):
        self.source = source
        self.tokens = tokens
        self.pos = 0
        self.names: set[str] = set()

    def peek(self) -> str | None:
        return self.tokens[self.pos][1] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> tuple[str, str]:
        if self.pos >= len(self.tokens):
            raise ExprError(f"unexpected end of '{self.source}'" + (f", expected '{expected}'" if expected else ""))
        tok = self.tokens[self.pos]
        if expected is not None and tok[1] != expected:
            raise ExprError(f"expected '{expected}' but found '{tok[1]}' in '{self.source}'")
        self.pos += 1
        return tok

    def _deeper(self, depth: int) -> int:
        if depth > MAX_DEPTH:
            raise ExprError(f"expression nested deeper than {MAX_DEPTH} levels")
        return depth + 1

    def parse_expr(self, depth: int) -> tuple:
        depth = self._deeper(depth)
        node = self.parse_and(depth)
        while self.peek() == "or":
            self.take()
            node = ("or", node, self.parse_and(depth))
        return node

    def parse_and(self, depth: int) -> tuple:
        node = self.parse_not(depth)
        while self.peek() == "and":
            self.take()
            node = ("and", node, self.parse_not(depth))
        return node

    def parse_not(self, depth: int) -> tuple:
        if self.peek() == "not":
            self.take()
            return ("not", self.parse_not(self._deeper(depth)))
        return self.parse_compare(depth)

    def parse_compare(self, depth: int) -> tuple:
        left = self.parse_sum(depth)
        op = self.peek()
        if op not in _COMPARE:
            return left
        self.take()
        right = self.parse_sum(depth)
        tol: tuple[float, bool] = (0.0, False)
        if self.peek() == "within":
            self.take()
            kind, text = self.take()
            if kind != "num":
                raise ExprError(f"'within' needs a number, found '{text}' in '{self.source}'")
            percent = self.peek() == "%"
            if percent:
                self.take()
            tol = (float(text), percent)
        if self.peek() in _COMPARE:
            raise ExprError(f"chained comparison in '{self.source}': use 'and'")
        return ("cmp", op, left, right, tol)

    def parse_sum(self, depth: int) -> tuple:
        node = self.parse_product(depth)
        while self.peek() in ("+", "-"):
            op = self.take()[1]
            node = ("arith", op, node, self.parse_product(depth))
        return node

    def parse_product(self, depth: int) -> tuple:
        node = self.parse_unary(depth)
        while self.peek() in ("*", "/"):
            op = self.take()[1]
            node = ("arith", op, node, self.parse_unary(depth))
        return node

    def parse_unary(self, depth: int) -> tuple:
        if self.peek() == "-":
            self.take()
            return ("neg", self.parse_unary(self._deeper(depth)))
        return self.parse_atom(depth)

    def parse_atom(self, depth: int) -> tuple:
        kind, text = self.take()
        if kind == "num":
            value = float(text)
            if not math.isfinite(value):
                raise ExprError(f"number '{text}' is out of range in '{self.source}'")
            return ("num", value)
        if text == "(":
            node = self.parse_expr(depth)
            self.take(")")
            return node
        if kind == "name":
            if text in ("and", "or", "not", "within"):
                raise ExprError(f"unexpected '{text}' in '{self.source}'")
            if self.peek() == "(":
                if text not in ("abs", "min", "max", "round"):
                    raise ExprError(f"unknown function '{text}' in '{self.source}' (abs, min, max, round)")
                self.take("(")
                args = [self.parse_expr(depth)]
                while self.peek() == ",":
                    self.take()
                    args.append(self.parse_expr(depth))
                self.take(")")
                _check_arity(text, len(args), self.source)
                return ("call", text, tuple(args))
            self.names.add(text)
            return ("name", text)
        raise ExprError(f"unexpected '{text}' in '{self.source}'")


def _check_arity(name: str, n: int, source: str) -> None:
    ok = {"abs": n == 1, "round": n in (1, 2), "min": n >= 1, "max": n >= 1}[name]
    if not ok:
        raise ExprError(f"wrong number of arguments to {name}() in '{source}'")


def _num(value: Value, what: str) -> Interval:
    if not isinstance(value, Interval):
        raise ExprError(f"{what} needs a number, not a comparison")
    return value


def _truth(value: Value) -> frozenset:
    if isinstance(value, Interval):
        raise ExprError("a number is not an assertion; compare it with something")
    return value


def _eval(node: tuple, env: dict[str, Interval]) -> Value:
    tag = node[0]
    if tag == "num":
        return Interval.point(node[1])
    if tag == "name":
        try:
            value = env[node[1]]
        except KeyError:
            raise ExprError(f"unknown name '{node[1]}'") from None
        return value if isinstance(value, Interval) else Interval.point(float(value))
    if tag == "neg":
        return -_num(_eval(node[1], env), "'-'")
    if tag == "arith":
        a = _num(_eval(node[2], env), node[1])
        b = _num(_eval(node[3], env), node[1])
        return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[node[1]](b)
    if tag == "call":
        args = [_num(_eval(a, env), node[1] + "()") for a in node[2]]
        return _call(node[1], args)
    if tag == "cmp":
        return _compare(node[1], _num(_eval(node[2], env), node[1]), _num(_eval(node[3], env), node[1]), node[4])
    if tag == "not":
        return frozenset(not v for v in _truth(_eval(node[1], env)))
    if tag in ("and", "or"):
        a = _truth(_eval(node[1], env))
        b = _truth(_eval(node[2], env))
        if tag == "and":
            return frozenset(x and y for x in a for y in b)
        return frozenset(x or y for x in a for y in b)
    raise ExprError(f"cannot evaluate {tag}")


def _call(name: str, args: list[Interval]) -> Interval:
    if name == "abs":
        a = args[0]
        if a.lo >= 0:
            return a
        if a.hi <= 0:
            return -a
        return Interval(0.0, max(-a.lo, a.hi))
    if name == "min":
        return Interval(min(a.lo for a in args), min(a.hi for a in args))
    if name == "max":
        return Interval(max(a.lo for a in args), max(a.hi for a in args))
    # round(x[, digits]): digits must be a plain small integer.
    digits = 0
    if len(args) == 2:
        d = args[1]
        if d.lo != d.hi or d.lo != int(d.lo) or not 0 <= d.lo <= 15:
            raise ExprError("round() takes a whole number of digits from 0 to 15")
        digits = int(d.lo)
    a = args[0]
    lo = round(a.lo, digits) if math.isfinite(a.lo) else a.lo
    hi = round(a.hi, digits) if math.isfinite(a.hi) else a.hi
    return Interval(lo, hi)


def _compare(op: str, a: Interval, b: Interval, tol: tuple[float, bool]) -> frozenset:
    amount, percent = tol
    if amount:
        b = b.widen(b.magnitude() * amount / 100 if percent else amount)
    possible = set()
    if op in ("<", "<="):
        strict = op == "<"
        if (a.lo < b.hi) if strict else (a.lo <= b.hi):
            possible.add(True)
        if (a.hi >= b.lo) if strict else (a.hi > b.lo):
            possible.add(False)
    elif op in (">", ">="):
        return _compare("<" if op == ">" else "<=", b, a, (0.0, False))
    elif op == "==":
        overlap = a.lo <= b.hi and b.lo <= a.hi
        if overlap:
            possible.add(True)
        if not (a.lo == a.hi == b.lo == b.hi):
            possible.add(False)
    else:  # !=
        return frozenset(not v for v in _compare("==", a, b, (0.0, False)))
    return frozenset(possible)
