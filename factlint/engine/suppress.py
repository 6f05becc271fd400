"""Suppression directives applied to a file's findings, and the stale ones reported.

All ``factlint-disable…`` handling lives here so every format and every rule behave the same way.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from factlint.document.model import Directive
from factlint.findings import Finding
from factlint.kinds.rule import Rule

UNUSED_SUPPRESSION = Rule(
    id="unused-suppression",
    kind="builtin",
    category="style",
    severity="warning",
    message="factlint-{action} ({rules}) suppresses nothing here; remove it",
    description=(
        "A factlint-disable directive that suppresses nothing (the finding it silenced was fixed, or it names the "
        "wrong rule). Reported so stale directives do not pile up and hide future findings; remove the directive. "
        "Built in: it has no YAML rule, but can be ignored or given a severity like any rule."
    ),
)
BUILTIN_RULES = (UNUSED_SUPPRESSION,)  # rules the engine applies itself; listed, explained and configured like any


@dataclass
class _Scope:
    directive: Directive
    first: int
    last: int
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        rules = self.directive.rules
        return self.first <= finding.line <= self.last and (
            not rules or finding.rule in rules or finding.category in rules
        )


def apply_suppressions(
    path: str,
    directives: list[Directive],
    findings: list[Finding],
    last_line: int,
    unused_severity: str | None,
    ran: set[str],
) -> list[Finding]:
    """Drop suppressed findings; report each directive that suppressed nothing.

    ``ran`` holds the ids and categories of the rules that ran: a directive for a rule that was switched off in
    this run cannot be judged and is not reported.  ``unused_severity`` None means the report is switched off.
    """
    scopes = _scopes(directives, last_line)
    suppressed = _suppressed(scopes, findings)
    kept = [f for i, f in enumerate(findings) if i not in suppressed]
    for s in scopes:
        judged = not s.directive.rules or any(r in ran for r in s.directive.rules)
        if not s.used and unused_severity is not None and judged:
            d = s.directive
            what = ", ".join(d.rules) if d.rules else "all rules"
            kept.append(
                Finding(
                    path, d.line, d.column, d.line, d.column + 4, UNUSED_SUPPRESSION.id, UNUSED_SUPPRESSION.category,
                    unused_severity, UNUSED_SUPPRESSION.message.format(action=d.action, rules=what),
                )
            )
    return kept


def _suppressed(scopes: list[_Scope], findings: list[Finding]) -> set[int]:
    """The positions of the findings some scope covers, marking every covering scope used.

    A sweep over the lines in order keeps only the scopes open at each line, so thousands of directives cost
    time in proportion to their number and the findings', not the product of both.
    """
    by_line: dict[int, list[int]] = {}
    for i, f in enumerate(findings):
        by_line.setdefault(f.line, []).append(i)
    pending = sorted(scopes, key=lambda s: s.first)
    active: list[tuple[int, int, _Scope]] = []  # a heap by last line
    nxt = 0
    suppressed: set[int] = set()
    for line in sorted(by_line):
        while nxt < len(pending) and pending[nxt].first <= line:
            heapq.heappush(active, (pending[nxt].last, nxt, pending[nxt]))
            nxt += 1
        while active and active[0][0] < line:
            heapq.heappop(active)
        for i in by_line[line]:
            for _, _, scope in active:
                if scope.covers(findings[i]):
                    scope.used = True
                    suppressed.add(i)
    return suppressed


def _scopes(directives: list[Directive], last_line: int) -> list[_Scope]:
    scopes: list[_Scope] = []
    open_blocks: list[_Scope] = []
    for d in sorted(directives, key=lambda d: (d.line, d.column)):
        if d.action == "disable-next-line":
            scopes.append(_Scope(d, d.line + 1, d.line + 1))
        elif d.action == "disable-line":
            scopes.append(_Scope(d, d.line, d.line))
        elif d.action == "disable-file":
            scopes.append(_Scope(d, 1, last_line))
        elif d.action == "disable":
            block = _Scope(d, d.line, last_line)
            scopes.append(block)
            open_blocks.append(block)
        elif d.action == "enable":
            for block in list(open_blocks):
                if not d.rules or set(block.directive.rules) & set(d.rules) or not block.directive.rules:
                    block.last = d.line
                    open_blocks.remove(block)
    return scopes
