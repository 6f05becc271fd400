"""How big a regular expression from a rule file may grow once compiled, checked before ``regex`` sees it.

``regex`` expands counted repeats into its program: ``a{99999999}`` took a process to 24 GB and
``(a{1000}){1000}`` takes seconds.  A rule pack can come from a pull request, so a pattern's expanded size (the
characters it would have with every ``{m,n}`` written out, nested repeats multiplied) is bounded before it is
compiled.  The estimate is deliberately simple: it reads escapes, classes and groups, nothing more.
"""

from __future__ import annotations

from factlint.support import regexcache

MAX_PATTERN_CHARS = 10_000
MAX_EXPANDED = 100_000
_COUNT = regexcache.compile(r"\{(\d{1,12})(?:,(\d{0,12}))?\}")


def expanded_size(pattern: str) -> int:
    """About how many atoms ``pattern`` has with its counted repeats written out."""
    stack: list[int] = [0]  # size of the sequence being read, per open group
    last = 0  # size of the last atom or group, which a quantifier repeats
    i = 0
    while i < len(pattern):
        c = pattern[i]
        m = _COUNT.match(pattern, i) if c == "{" else None
        if m:
            times = max(int(m.group(1)), int(m.group(2) or 0))
            stack[-1] += last * (times - 1)
            last *= times
            i = m.end()
            continue
        if c == "\\":
            i += 2
            last = 1
        elif c == "[":
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            j += pattern[j:j + 1] == "]"
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            last = 1
        elif c == "(":
            stack.append(0)
            i += 1
            continue
        elif c == ")" and len(stack) > 1:
            last = stack.pop()
            stack[-1] += last
            i += 1
            continue
        else:
            i += 1
            last = 1 if c not in "|*+?" else 0
        stack[-1] += last
        if stack[-1] > MAX_EXPANDED * 10:  # already far too big: stop counting
            break
    return sum(stack)


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` is too costly to compile, or None."""
    if len(pattern) > MAX_PATTERN_CHARS:
        return f"pattern of {len(pattern):,} characters (at most {MAX_PATTERN_CHARS:,})"
    size = expanded_size(pattern)
    if size > MAX_EXPANDED:
        return f"pattern would expand to about {size:,} elements with its counted repeats (at most {MAX_EXPANDED:,})"
    return None
