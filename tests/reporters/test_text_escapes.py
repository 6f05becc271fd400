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


def test_the_html_report_survives_a_lone_surrogate_from_the_python_api():
    import io

    from factlint.config import Settings
    from factlint.document import load_text
    from factlint.engine.runner import check_document, rules_for
    from factlint.findings import FileResult
    from factlint.reporters import get_reporter

    doc = load_text("The council approved the the budget \ud800 today.", "x.txt")
    settings = Settings()
    rules = rules_for(settings)
    result = FileResult("x.txt")
    result.document = doc
    result.findings, result.errors, result.notices = check_document(doc, settings, rules)
    assert result.findings
    out = io.StringIO()
    get_reporter("html")([result], rules, out)
    assert "\ufffd" in out.getvalue() and out.getvalue().encode("utf-8")
