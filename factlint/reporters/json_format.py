"""JSON output: ``{"version": 1, "files": N, "findings": [...]}`` — a public contract; only ever add keys.

The document is written finding by finding, byte for byte what ``json.dump(..., indent=2, ensure_ascii=False)``
writes for the whole: the findings of a huge file are not all turned into dicts at once.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from factlint.reporters import all_findings

if TYPE_CHECKING:
    from factlint.kinds.rule import Rule
    from factlint.findings import FileResult


def write(results: "list[FileResult]", rules: "list[Rule]", stream: TextIO, color: bool = False) -> None:
    """Write every finding in the stable JSON shape."""
    findings = all_findings(results)
    stream.write(f'{{\n  "version": 1,\n  "files": {len(results)},\n  "findings": ')
    if not findings:
        stream.write("[]")
    else:
        stream.write("[")
        for i, f in enumerate(findings):
            # A finding's own lines, indented to its depth in the document (JSON strings hold no raw line break).
            text = json.dumps(f.to_json(), indent=2, ensure_ascii=False).replace("\n", "\n    ")
            stream.write(("," if i else "") + "\n    " + text)
        stream.write("\n  ]")
    stream.write("\n}\n")
