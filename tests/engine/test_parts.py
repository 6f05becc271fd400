"""A file too large to analyse whole is checked in parts, and the user sees the same findings at the same places.

The split size is set low (a few kilobytes) so that small generated files are cut into several parts; every
expected place is found in the generated text itself, never taken from the output under test.
"""

from __future__ import annotations

from dataclasses import replace

from factlint.config import Settings
from factlint.engine.parts import parts_of
from factlint.engine.runner import check_file, rules_for

WRONG = "Monday, March 12, 2024"  # 12 March 2024 was a Tuesday
MESSAGE = "'Monday, March 12, 2024': 12 March 2024 is a Tuesday, not a Monday"
FILLER = ("The council met again in the old town hall. Members spoke about roads, schools and the harbour. "
          "A vote on the budget was put off until the spring.")
HEAD = "---\ntitle: Council notes\ndate: 2024-05-10\n---\n\n"
SMALL = Settings(select=("dates",), split_bytes=4000)  # parts of about 1,000 characters
WHOLE = replace(SMALL, split_bytes=10**9)


def places(text: str, needle: str) -> list[tuple[int, int]]:
    """1-based line and column of every occurrence of ``needle`` in ``text``."""
    out, i = [], text.find(needle)
    while i != -1:
        line = text.count("\n", 0, i) + 1
        out.append((line, i - (text.rfind("\n", 0, i) + 1) + 1))
        i = text.find(needle, i + 1)
    return out


def article(paragraphs: int, sep: str = "\n\n") -> str:
    body = sep.join(f"Item {n}. Voting ended on {WRONG}, the clerk said. {FILLER}" for n in range(paragraphs))
    return HEAD + body + "\n"


def check(tmp_path, name: str, text: str, settings: Settings = SMALL):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = check_file(str(path), settings, rules_for(settings))
    assert result.errors == []
    return result


def shown(findings) -> list[tuple]:
    return [(f.line, f.column, f.end_line, f.end_column, f.rule, f.message) for f in findings]


def test_each_part_reports_its_planted_error_at_its_place_in_the_file(tmp_path):
    text = article(40)
    result = check(tmp_path, "big.md", text)
    expected = [(line, col, line, col + len(WRONG), "weekday-mismatch", MESSAGE) for line, col in places(text, WRONG)]
    assert len(expected) == 40
    assert shown(result.findings) == expected
    note = [n for n in result.notices if "checked in" in n]
    assert len(note) == 1 and note[0].endswith("parts of about 1 KB; checks across parts were not made")
    assert int(note[0].split(" checked in ")[1].split()[0]) >= 5


def test_a_one_line_file_is_cut_at_sentence_ends_and_columns_stay_the_files(tmp_path):
    text = "Dateline notes. " + " ".join(
        f"Item {n}. Voting ended on {WRONG}, the clerk said. {FILLER}" for n in range(40)) + "\n"
    settings = replace(SMALL, select=("weekday-mismatch",))
    result = check(tmp_path, "big.txt", text, settings)
    expected = [(1, col, 1, col + len(WRONG), "weekday-mismatch", MESSAGE) for _, col in places(text, WRONG)]
    assert shown(result.findings) == expected
    starts = [p.start for p in parts_of(text, 1000, "text")]
    assert len(starts) >= 5 and all(text[s - 2:s] == ". " for s in starts[1:])  # cut after a sentence
    # Some part begins with the very sentence that holds a planted error: its column is counted from the file.
    assert any(text.startswith("Item", s) and text.find(WRONG, s) - s < 30 for s in starts[1:])


def test_errors_local_to_a_sentence_are_the_same_as_when_the_file_is_checked_whole(tmp_path):
    text = article(30).replace("Item 7.", "It closed on February 30, 2023. Item 7.")
    parts = check(tmp_path, "a.md", text)
    whole = check(tmp_path, "a.md", text, WHOLE)
    assert not any("checked in" in n for n in whole.notices)
    assert shown(parts.findings) == shown(whole.findings)
    assert any(f.rule == "impossible-date" for f in parts.findings)


def test_suppression_regions_and_next_line_directives_work_across_parts(tmp_path):
    paragraphs = [f"Item {n}. Voting ended on {WRONG}, the clerk said. {FILLER}" for n in range(40)]
    paragraphs[5] = "<!-- factlint-disable weekday-mismatch -- quoted from the minutes -->\n\n" + paragraphs[5]
    paragraphs[30] = "<!-- factlint-enable weekday-mismatch -->\n\n" + paragraphs[30]
    paragraphs[35] = "<!-- factlint-disable-next-line weekday-mismatch -->\n" + paragraphs[35]
    paragraphs[37] = "<!-- factlint-disable-next-line impossible-date -->\n" + paragraphs[37]  # nothing to hide
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    settings = replace(SMALL, select=("dates", "unused-suppression"))
    result = check(tmp_path, "a.md", text, settings)
    lines = [line for line, _ in places(text, WRONG)]
    kept = [f.line for f in result.findings if f.rule == "weekday-mismatch"]
    assert kept == lines[:5] + lines[30:35] + lines[36:]
    stale = [f for f in result.findings if f.rule == "unused-suppression"]
    assert [(f.line, f.column) for f in stale] == places(text, "<!-- factlint-disable-next-line impossible-date")
    whole = replace(settings, split_bytes=10**9)
    assert shown(result.findings) == shown(check(tmp_path, "a.md", text, whole).findings)


def test_a_code_fence_with_blank_lines_is_never_cut_open(tmp_path):
    fence = "```\n" + "\n\n".join(f"Line {n}: voting ended on {WRONG}, it says." for n in range(60)) + "\n```"
    text = article(4) + "\n" + fence + "\n\n" + article(4).removeprefix(HEAD)
    result = check(tmp_path, "a.md", text)
    assert len(result.findings) == 8  # the prose's errors; the code block's are not prose
    assert shown(result.findings) == shown(check(tmp_path, "a.md", text, WHOLE).findings)


def test_the_command_line_says_the_file_was_checked_in_parts(cli, write):
    write(".factlint.yaml", "split-size: 0.004\nselect: [dates]\n")
    write("big.md", article(20))
    run = cli("check", "big.md")
    assert run.code == 1
    assert "factlint: note: big.md: 0.0 MB checked in" in run.err
    assert "checks across parts were not made" in run.err
    first = places(article(20), WRONG)[-1]
    assert f"big.md:{first[0]}:{first[1]}: error [weekday-mismatch]" in run.out
    assert f"Voting ended on {WRONG}" in run.out  # the source line is shown under the finding
    run = cli("check", "-q", "big.md")
    assert "checked in" not in run.err


def test_split_size_must_be_a_size(cli, write):
    write(".factlint.yaml", "split-size: 0\n")
    write("a.md", article(1))
    run = cli("check", "a.md")
    assert run.code == 2 and "'split-size' must be a number of megabytes from 0.001 to 100000" in run.err
