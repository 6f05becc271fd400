"""Generated hostile inputs shared by the fast fuzz tests (tests/run/test_fuzz.py) and the long run
(benchmarks/fuzz.py): articles built from the fragments the extractors look for, and rule/config/KB files
built from the keys the loaders know, mixed with arbitrary text."""

from __future__ import annotations

import gc
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from hypothesis import strategies as st

FRAGMENTS = [
    "40 percent", "12%", "1,200", "3.5 million", "$4bn", "twice", "half", "doubled to 80", "rose 5% to 105",
    "on Monday", "last Tuesday", "yesterday", "in 2019", "March 3, 2021", "3/12/2023", "aged 45", "45-year-old",
    "born in 1970", "President Jane Doe", "Rustem Umerov", "Secretary of the Council", "five", "a dozen",
    "10 miles (16 km)", "20°C (68°F)", "of whom 3", "including 2", "7 of the 10", "\u0661\u0662",
    "\U0001CCF2", "9" * 320, "1e309", "\x1b[2J", "\ud800", "\u202e", "(", "\"", "—", "\n\n",
]
DATES = ["2024-03-14", "0001-01-01", "9999-12-31", "2000-02-29", "1" * 5000, "not a date", "0000"]


@st.composite
def articles(draw) -> tuple[str, str]:
    """(file name, text): front matter perhaps, then sentences of known fragments and arbitrary characters."""
    parts = draw(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40))
    body = " ".join(parts)
    head = ""
    if draw(st.booleans()):
        head = f"---\ndate: {draw(st.sampled_from(DATES))}\ncount: {draw(st.sampled_from(['1', '9' * 5000, '[', '']))}\n---\n"
    return draw(st.sampled_from(["a.md", "a.txt", "a.html"])), head + body


CONFIG_VALUES = ["[]", "[/]", "'\\0'", "x" * 300, "1e9", "-1", "0.5", "{a: b}", "US", "warning", "[a, b]", "null"]
CONFIG_KEYS = ["select", "ignore", "enable", "severity", "rules", "kb", "include", "exclude", "locale", "fail-on",
               "max-article-size", "bogus"]
RULE_KEYS = ["id", "kind", "category", "severity", "message", "description", "pattern", "tolerance_days", "assert",
             "examples", "scope"]
RULE_VALUES = ["x", "pattern", "style", "info", "a{99999999}", "(a{1000}){1000}", "1e9", "max(parts)", "[]",
               "'(unclosed'", "-1", "{text: a, fires: true}"]


@st.composite
def yaml_files(draw) -> tuple[str, str]:
    """(what, YAML text): a config, a rule file or a KB file of known keys with awkward values, or noise."""
    what = draw(st.sampled_from(["config", "rules", "kb"]))
    if what == "config":
        pairs = draw(st.lists(st.tuples(st.sampled_from(CONFIG_KEYS), st.sampled_from(CONFIG_VALUES)), max_size=5))
        text = "".join(f"{k}: {v}\n" for k, v in pairs)
    elif what == "rules":
        pairs = draw(st.lists(st.tuples(st.sampled_from(RULE_KEYS), st.sampled_from(RULE_VALUES)), max_size=8))
        text = "- " + "\n  ".join(f"{k}: {v}" for k, v in pairs) + "\n" if pairs else ""
    else:
        date = draw(st.sampled_from(DATES + ["2014", "2016-05"]))
        text = (f"offices:\n  - id: o\n    name: O\npeople:\n  - id: a\n    name: {draw(st.text(max_size=10))!r}\n"
                f"    roles:\n      - office: o\n        start: {date}\n        source: s\n")
    if draw(st.booleans()):
        text += draw(st.text(max_size=40))
    return what, text


_warm: list[bool] = []


def check_article(name: str, text: str, folder: Path) -> float:
    """Check one generated article in-process; return CPU seconds (load on the machine does not make an input
    look slow); raise if anything crashed."""
    from factlint.config import Settings
    from factlint.engine.runner import check_file, rules_for

    settings = Settings()
    rules = rules_for(settings)
    path = folder / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    if not _warm:  # the first article of a process compiles the grammars: not what the 2 s bound is about
        check_file(str(path), settings, rules)
        _warm.append(True)
    with _cpu_clock() as took:
        result = check_file(str(path), settings, rules)
    elapsed = took[0]
    crashed = [e for e in result.errors if "please report" in e]
    assert not crashed, crashed
    return elapsed


def load_yaml_kind(what: str, text: str, folder: Path) -> float:
    """Load one generated config, rule or KB file; only the loaders' own one-line errors may come out."""
    name = {"config": ".factlint.yaml", "rules": "rules.yaml", "kb": "kb.yaml"}[what]
    path = folder / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    with _cpu_clock() as took:
        _load(what, path)
    return took[0]


def _load(what: str, path: Path) -> None:
    from factlint.config import ConfigError, load_layer, merge_layers
    from factlint.engine.loader import RuleError, load_rules
    from factlint.errors import KBError
    from factlint.kb.loader import load_kb
    from factlint.kb.lint import lint_files

    try:
        if what == "config":
            merge_layers([load_layer(path)])
        elif what == "rules":
            load_rules([str(path)])
        else:
            load_kb([str(path)], shipped=False, cache=False)
            lint_files([str(path)])
    except (ConfigError, RuleError, KBError) as exc:
        assert "\n" not in str(exc) or what == "rules", str(exc)


@contextmanager
def _cpu_clock() -> Iterator[list[float]]:
    """CPU seconds of the block, with the cyclic garbage collector held off: after some 90,000 inputs a full
    collection of the fuzzer's own heap (hypothesis keeps every example's data) once took 2 s inside one tiny
    input, which repeated in 0.01 s. The collector runs again, untimed, after the block."""
    took = [0.0]
    gc.disable()
    start = time.process_time()
    try:
        yield took
    finally:
        took[0] = time.process_time() - start
        gc.enable()
