"""A title broken across a line break keeps its modifier in every input format ("former⏎President X").

Hard-wrapped plain text and Markdown keep the break as a newline; an HTML ``<br>`` becomes a paragraph break.
Without the modifier, "President Barack Obama said on Tuesday" in 2018 would be a former title presented as
current.
"""

import pytest

ARTICLES = {
    "article.md": "---\ndate: 2018-05-03\n---\n\nAt the rally, former\nPresident Barack Obama said on Tuesday"
                  " that the deal was bad.\n",
    "article.txt": "At the rally, former\nPresident Barack Obama said on Tuesday that the deal was bad.\n",
    "article.html": "<html><body><p>At the rally, former<br>President Barack Obama said on Tuesday that the"
                    " deal was bad.</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_modifier_before_a_line_break_is_kept(cli, write, name):
    path = write(name, ARTICLES[name])
    run = cli("check", "--format", "json", "--date", "2018-05-03", "--select", "people", path)
    assert [f["rule"] for f in run.json()["findings"]] == []
    # The same sentence without "former" is reported: the test can fail.
    run = cli("check", "--format", "json", "--date", "2018-05-03", "--select", "people",
              write("x-" + name, ARTICLES[name].replace("former", "the")))
    assert [f["rule"] for f in run.json()["findings"]] == ["people-role-at-date"]
