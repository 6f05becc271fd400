"""Article text never drives the terminal: control characters in it are shown, not obeyed."""

ARTICLE = "---\ndate: 2024-01-01\n---\nThe \x1b]0;owned\x07 show drew 40% of 200 viewers, or 90 people. \x1b[2J\u202e\n"


def test_text_output_shows_escape_sequences_from_the_article_as_visible_characters(cli, write):
    write("esc.md", ARTICLE)
    run = cli("check", "esc.md")
    assert run.code == 1 and "share-does-not-match-counts" in run.out
    assert "\x1b" not in run.out and "\x07" not in run.out and "\u202e" not in run.out
    assert "\u241b]0;owned\u2407 show" in run.out
    line, caret = run.out.splitlines()[1:3]
    assert line[caret.index("^"):].startswith("40%")  # one stand-in per character: the caret still aligns


def test_github_annotations_carry_no_escape_sequence(cli, write):
    write("e\x1b[8msc.md", ARTICLE)  # a file name reaches the annotation's properties
    run = cli("check", "--format", "github", "e\x1b[8msc.md")
    assert run.code == 1 and run.out.startswith("::error ") and "\x1b" not in run.out
