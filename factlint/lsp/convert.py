"""Findings as the protocol speaks them: diagnostics, code actions and hovers (``lsprotocol`` types).

factlint counts 1-based lines and columns in code points; the protocol counts 0-based lines and characters
in the encoding the client chose (UTF-16 unless it said otherwise), which differ after an emoji or a letter
outside the Basic Multilingual Plane, so every range goes through the workspace's position codec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from lsprotocol import types

if TYPE_CHECKING:
    from pygls.workspace.position_codec import PositionCodec

    from factlint.findings import Finding
    from factlint.kinds.rule import Rule

SOURCE = "factlint"
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
# What the suppression code action writes; the writer replaces it with the reason (directives.py).
REASON_PLACEHOLDER = "why this is right"


class Ranges:
    """Turns factlint's source places into protocol ranges for one document's lines."""

    def __init__(self, source: str, codec: "PositionCodec"):
        self.lines = source.splitlines(keepends=True) or [""]
        self.codec = codec

    def range(self, line: int, column: int, end_line: int, end_column: int) -> types.Range:
        points = types.Range(
            start=types.Position(line=line - 1, character=column - 1),
            end=types.Position(line=end_line - 1, character=end_column - 1),
        )
        return self.codec.range_to_client_units(self.lines, points)

    def line_end(self, line: int) -> types.Position:
        """The end of a 1-based line, before its line break."""
        text = self.lines[line - 1] if line <= len(self.lines) else ""
        points = types.Position(line=line - 1, character=len(text.rstrip("\r\n")))
        return self.codec.position_to_client_units(self.lines, points)


def diagnostic(f: "Finding", index: int, uri: str, ranges: Ranges, docs: Callable[[str], str | None]) -> types.Diagnostic:
    """One finding as a diagnostic; ``data`` carries its index in the document's last results, so a code action
    finds the finding's suggestions again without guessing from the range."""
    href = docs(f.rule)
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=ranges.range(r.line, r.column, r.end_line, r.end_column)),
            message=r.message or "compared here",
        )
        for r in f.related
    ]
    return types.Diagnostic(
        range=ranges.range(f.line, f.column, f.end_line, f.end_column),
        message=f.message,
        severity=_SEVERITY[f.severity],
        code=f.rule,
        code_description=types.CodeDescription(href=href) if href else None,
        source=SOURCE,
        related_information=related or None,
        data={"index": index, "rule": f.rule},
    )


def problem(message: str) -> types.Diagnostic:
    """A configuration or rule-file error, shown on the document's first line so the writer sees why nothing
    else is."""
    return types.Diagnostic(
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=1)),
        message=message, severity=types.DiagnosticSeverity.Error, source=SOURCE,
    )


def code_actions(uri: str, found: Sequence[tuple["Finding", types.Diagnostic]], ranges: Ranges) -> list[types.CodeAction]:
    """For each finding: one quick fix per suggestion (the first safe one preferred), then a suppression
    comment at the end of its line with a reason to fill in."""
    actions = []
    for f, diag in found:
        for k, s in enumerate(f.suggestions):
            edit = types.TextEdit(range=ranges.range(s.line, s.column, s.end_line, s.end_column), new_text=s.replacement)
            actions.append(types.CodeAction(
                title=f"Replace with '{s.replacement}' ({s.description})",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diag],
                edit=types.WorkspaceEdit(changes={uri: [edit]}),
                is_preferred=k == 0 and s.safe or None,
            ))
        at = ranges.line_end(f.line)
        comment = f" <!-- factlint-disable-line {f.rule} -- {REASON_PLACEHOLDER} -->"
        actions.append(types.CodeAction(
            title=f"Suppress {f.rule} on this line (write the reason in the comment)",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diag],
            edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(range=types.Range(start=at, end=at), new_text=comment)]}),
        ))
    return actions


def hover(found: Sequence["Finding"], rules: Callable[[str], "Rule | None"], ranges: Ranges) -> types.Hover | None:
    """The findings at a place: each message (it cites the KB facts and their sources), the rule's explanation
    and the suggestions, as Markdown."""
    if not found:
        return None
    parts = []
    for f in found:
        text = [f"**{f.severity}** `{f.rule}`: {f.message}"]
        rule = rules(f.rule)
        if rule is not None and rule.description:
            text.append(" ".join(rule.description.split()))
        text += [f"- suggestion: `{s.replacement}` ({s.description})" for s in f.suggestions]
        parts.append("\n\n".join(text))
    first = found[0]
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
        range=ranges.range(first.line, first.column, first.end_line, first.end_column),
    )


def covers(f: "Finding", line: int, column: int) -> bool:
    """Whether a finding's span holds the 1-based place (end exclusive, but a caret just after it counts)."""
    return (f.line, f.column) <= (line, column) <= (f.end_line, f.end_column)
