"""The contract between the rule engine and the check kinds.

A check kind is generic Python; a rule is YAML data that names a kind and fills its parameters.  The engine
validates each rule's parameters against ``CheckKind.params`` when the rule file is loaded, builds one kind
instance per rule, and calls ``check`` once per document.  A kind yields ``Hit`` objects in prose offsets;
the engine formats the rule's message template with ``Hit.values`` and maps offsets to source positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Iterator, Literal, NamedTuple

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.kinds.analysis import Analysis
    from factlint.kinds.rule import Rule


class Param(NamedTuple):
    """One parameter a kind accepts in a rule: its type, whether it is required, and its documentation.

    ``type`` is one of ``str``, ``int``, ``float``, ``bool``, ``list`` (of ``items``), ``dict`` (free mapping,
    validated by the kind in ``__init__``).  ``choices`` restricts a ``str``; ``minimum``/``maximum`` (inclusive)
    and ``above``/``below`` (exclusive) bound a number.  Declared here rather than tested in each kind, the
    bounds are checked in one place (the loader, which names the rule file's line) and appear in the JSON Schema
    editors validate rule files with.
    """

    type: str
    help: str
    required: bool = False
    default: Any = None
    items: str | None = None
    choices: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    above: float | None = None
    below: float | None = None

    def out_of_bounds(self, key: str, value: float) -> str | None:
        """What is wrong with ``value`` against the declared bounds ("window must be at least 1"), or None."""
        if ((self.minimum is None or value >= self.minimum) and (self.above is None or value > self.above)
                and (self.maximum is None or value <= self.maximum) and (self.below is None or value < self.below)):
            return None
        if self.minimum is not None and self.maximum is not None:
            return f"{key} must be between {_num(self.minimum)} and {_num(self.maximum)}"
        bounds = ((self.minimum, "at least"), (self.above, "above"), (self.maximum, "at most"), (self.below, "below"))
        return f"{key} must be " + " and ".join(f"{words} {_num(b)}" for b, words in bounds if b is not None)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


class Edit(NamedTuple):
    """A replacement a kind proposes for the prose ``[start, end)``; the engine maps it to the source.

    Propose only what the check knows (the weekday the date falls on), never a guess.  ``safe`` only when applying
    it cannot change what the article says, for ``check --fix``.
    """

    start: int
    end: int
    replacement: str
    description: str
    safe: bool = False


@dataclass(frozen=True)
class Hit:
    """A place a check found: prose offsets ``[start, end)``, the values its message may cite, and related places.

    ``related`` holds ``(start, end, message)`` triples in prose offsets of the same document; ``suggestions``
    the replacements the kind knows, best first.
    """

    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    related: tuple[tuple[int, int, str], ...] = ()
    suggestions: tuple[Edit, ...] = ()


class RuleParamError(ValueError):
    """A rule's parameters are well-typed but do not make sense to the kind (bad regex, unknown role…)."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key


class RuleTimeout(RuntimeError):
    """A rule's user-supplied pattern ran past its timeout on one document.

    Part of the contract rather than of the ``pattern`` kind: any kind running newsroom-written regexes may
    raise it, and the engine reports it as one line and skips the rule for that file without naming a kind.
    """


class PubDateMissing(Exception):
    """Raised by ``Analysis.pub_date`` on an undated article; the engine skips the rest of the rule for it."""


class CheckKind:
    """Base class of every check kind.

    Subclasses set ``params``, document themselves in their class docstring (shown by
    ``factlint explain``), validate and precompile their parameters in ``__init__`` (raising
    ``RuleParamError`` naming the key), and implement ``check``.
    """

    params: ClassVar[dict[str, Param]] = {}
    # The rule ``scope`` values the kind honours.  Empty for a kind that fixes its own reach (one sentence, one
    # apposition, the whole article): the loader then rejects any ``scope:`` key, which would have no effect.
    scopes: ClassVar[tuple[str, ...]] = ()
    # Whether every finding of the kind is judged against the publication date.  Such a kind reads
    # ``analysis.pub_date`` when it first has something to judge; on an undated article the engine stops the rule
    # there and the run notes the missing date once per file.  The rule is stopped at that first read rather than
    # skipped before it runs so that the note comes, as it always has, only for articles where a check had
    # something to judge (an undated article without dates gets none).  A kind needing the date for some
    # findings only (``date-weekday``: yearless dates) leaves this False and calls ``analysis.publication_date()``.
    needs_pub_date: ClassVar[bool] = False
    # How the kind honours a rule's ``skip_quotes`` parameter, which it declares in ``params`` exactly when this
    # is set.  "hits": the engine drops the rule's hits that start inside a direct quotation.  "candidates": the
    # kind leaves quoted candidates out itself, with ``self.quoted(doc, offset)``, before they can count for
    # anything else: the first spelling of a name, the once-per-article report, a request for the publication
    # date (which would draw the missing-date note), or a place other than the hit's start (a range's part, an
    # age before a name).  None: quotations mean nothing to the kind (number rules pick quoted figures or not
    # with a selector's ``quoted`` key).
    quotations: ClassVar[Literal["hits", "candidates"] | None] = None

    def __init_subclass__(cls, **kwargs: Any):
        super().__init_subclass__(**kwargs)
        if (cls.quotations is None) == ("skip_quotes" in cls.params):
            raise TypeError(f"{cls.__name__}: declare a 'skip_quotes' parameter exactly when 'quotations' is set")
    # Values every hit of this kind provides to message templates, documented for rule writers.
    message_values: ClassVar[dict[str, str]] = {}

    def __init__(self, rule: "Rule"):
        self.rule = rule
        self.skip_quotes = bool(rule.params.get("skip_quotes", False))

    def quoted(self, doc: "Document", offset: int) -> bool:
        """Whether a place is inside a direct quotation that this rule leaves alone (the one quotation test)."""
        return self.skip_quotes and doc.in_quote(offset)

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        raise NotImplementedError
