"""The document model: prose extraction, positions, paragraphs, sentences, quotes, publication date."""

from datetime import date

from factlint.document import load_document, load_text


def words_at(doc, word):
    """Source (line, column) of the first occurrence of ``word`` in the prose."""
    return doc.position(doc.text.index(word))


def test_markdown_front_matter_and_positions_point_into_source():
    src = "---\ntitle: Budget vote\ndate: 2024-05-10\nauthor: A. Writer\n---\n\n# Heading\n\nThe council met on *Friday* and voted.\n"
    doc = load_document("a.md", src)
    assert doc.title == "Budget vote"
    assert doc.front_matter["author"] == "A. Writer"
    assert doc.pub_date == date(2024, 5, 10) and doc.pub_date_source == "front matter"
    assert "title:" not in doc.text
    assert words_at(doc, "Friday") == (9, 21)
    assert words_at(doc, "Heading") == (7, 3)
    assert doc.text[doc.paragraphs[0].start:doc.paragraphs[0].end] == "Heading"


def test_markdown_skips_code_link_targets_and_comments():
    src = (
        "Intro text with `code 42` inline.\n\n"
        "```\nfenced 1999\n```\n\n"
        "    indented 77\n\n"
        "See [the report](https://example.com/2023/12/03/report) and ![chart](img/2019.png).\n\n"
        "<!-- an editor's note: 1234 -->\nEnd.\n"
    )
    doc = load_document("a.md", src)
    for hidden in ("42", "1999", "77", "example.com", "2023", "2019", "chart", "1234"):
        assert hidden not in doc.text, hidden
    assert "the report" in doc.text
    assert words_at(doc, "the report") == (9, 6)


def test_html_visible_text_meta_date_and_positions():
    src = (
        "<html><head><title>Storm</title>\n"
        '<meta property="article:published_time" content="2023-12-03T10:00:00Z">\n'
        "<script>var n = 12345;</script><style>p {}</style></head>\n"
        "<body><nav>Home 999</nav>\n<p>Winds of <b>120</b> km/h hit.</p><p>Next para.</p></body></html>\n"
    )
    doc = load_document("a.html", src)
    assert doc.pub_date == date(2023, 12, 3) and doc.pub_date_source == "html meta"
    assert "12345" not in doc.text and "999" not in doc.text and "p {}" not in doc.text
    assert words_at(doc, "120") == (5, 16)
    paras = [doc.text[p.start:p.end] for p in doc.paragraphs]
    assert paras == ["Winds of 120 km/h hit.", "Next para."]
    assert "hit.Next" not in doc.text


def test_html_time_element_gives_date():
    doc = load_document("a.html", '<article><time datetime="2022-02-24">Feb 24</time><p>Text.</p></article>')
    assert doc.pub_date == date(2022, 2, 24)


def test_plain_text_one_paragraph_per_line_and_dateline_date():
    doc = load_text("Officials said on December 3, 2023, that talks resumed.\nSubhead\nMore text here.\n")
    assert doc.pub_date == date(2023, 12, 3) and doc.pub_date_source == "dateline"
    assert len(doc.paragraphs) == 3


def test_dateline_ignores_birth_dates_and_later_paragraphs():
    assert load_text("Smith, born on March 5, 1960, spoke.\n").pub_date is None
    assert load_text("Talks resumed.\nThey began on May 1, 2020.\n").pub_date is None


def test_publication_date_precedence():
    src = "---\ndate: 2024-01-02\n---\nOn March 3, 2023, it happened.\n"
    assert load_document("a.md", src).pub_date == date(2024, 1, 2)
    doc = load_document("a.md", src, pub_date=date(2020, 6, 1))
    assert doc.pub_date == date(2020, 6, 1) and doc.pub_date_source == "--date"


def sentences(text):
    doc = load_text(text)
    return [doc.text[s.start:s.end] for s in doc.sentences]


def test_sentence_splitter_keeps_abbreviations_decimals_and_initials():
    text = (
        "Mr. Smith met Gen. Jones and Prof. Lee at No. 10 at 9 a.m. on Jan. 5. "
        "Growth was 3.5 per cent, said John F. Kennedy Jr. in the U.S. capital. "
        "The U.S. The end."
    )
    assert sentences(text) == [
        "Mr. Smith met Gen. Jones and Prof. Lee at No. 10 at 9 a.m. on Jan. 5.",
        "Growth was 3.5 per cent, said John F. Kennedy Jr. in the U.S. capital.",
        "The U.S.",
        "The end.",
    ]


def test_sentence_splitter_handles_quotes_and_questions():
    assert sentences('He asked: "Why now?" She left. It rained!') == ['He asked: "Why now?"', "She left.", "It rained!"]


def test_quotes_are_marked():
    doc = load_text("The minister said “we launched 50” and left. Critics said \"no\".")
    quoted = [doc.text[q.start:q.end] for q in doc.quotes]
    assert quoted == ["“we launched 50”", '"no"']
    assert doc.in_quote(doc.text.index("50"))
    assert not doc.in_quote(doc.text.index("Critics"))


def test_crlf_sources_map_to_the_right_line():
    doc = load_document("a.txt", "First line.\r\nSecond line here.\r\n")
    assert words_at(doc, "here") == (2, 13)


def quoted_texts(text):
    doc = load_text(text)
    return [doc.text[q.start:q.end] for q in doc.quotes]


def test_a_stray_quote_mark_only_covers_its_sentence():
    text = 'He called it "a disgrace. Officials disagreed. The vote went ahead.\n\nNext paragraph.\n'
    assert quoted_texts(text) == ['"a disgrace.']


def test_a_quote_continued_in_the_next_paragraph_runs_to_the_paragraph_end():
    text = '"We will rebuild. It will take years.\n\n"But we will do it," she said.\n'
    assert quoted_texts(text) == ['"We will rebuild. It will take years.', '"But we will do it,"']


def test_a_doubled_mark_counts_once():
    assert quoted_texts('They offered an ""unfair and inadequate" sum for the firm.') == ['""unfair and inadequate"']


def test_markup_dropped_at_the_very_end_does_not_break_paragraphs():
    for src in ("fell * Feb them to X <p>", "Text here <!-- a note -->", "Text [link](http://x.org)"):
        doc = load_document("a.md", src)
        assert all(0 <= p.start < p.end <= len(doc.text) for p in doc.paragraphs)


def test_plain_text_headline_is_the_title():
    """A first line that is short, unpunctuated and followed by a blank line is the headline, as in BBC exports."""
    doc = load_document("story.txt", "Harbour traffic rises 8% in spring\n\nThe port handled more ships. Officials said so.\n")
    assert doc.title == "Harbour traffic rises 8% in spring"
    assert doc.text.startswith("Harbour traffic rises 8% in spring")
    assert load_document("story.txt", "The port handled more ships.\n\nOfficials said so.\n").title is None
    assert load_document("story.txt", "Harbour traffic rises\nThe port handled more ships.\n").title is None


def test_html_malformed_marked_section_is_a_bogus_comment_not_a_crash():
    # "<![" followed by no section name made Python's HTML parser raise; browsers skip it to the next ">".
    doc = load_document("a.html", "<p>Before <![0 junk> after.</p><p><![foo[ x ]]> Next.</p><p>Tail <![</p>")
    assert "Before" in doc.text and "after." in doc.text and "Next." in doc.text
    assert "junk" not in doc.text
