"""Photo captions and galleries are marked once by the reader, and never give the article its date."""

from factlint.document import load_document, load_text


def captions(text, fmt="text"):
    doc = load_document("a.md" if fmt == "markdown" else "a.txt", text)
    return [doc.text[c.start:c.end][:30] for c in doc.captions]


def test_gallery_counters_labels_and_credits_mark_caption_paragraphs():
    text = ("The council met on Friday.\n"
            "Photos: The flood Rescuers wade through water on May 3, 2026. Hide Caption 1 of 12\n"
            "Image caption The mayor at a rally in 2019\n"
            "Firefighters work at the scene on Tuesday. (AP Photo/Jane Doe)\n"
            "A crowd gathers outside the court. REUTERS/John Roe\n"
            "Volunteers fill sandbags near the river. Getty Images\n"
            "The vote is due next week.\n")
    assert captions(text) == ["Photos: The flood Rescuers wad", "Image caption The mayor at a r",
                              "Firefighters work at the scene", "A crowd gathers outside the co",
                              "Volunteers fill sandbags near "]


def test_a_paragraph_printed_twice_is_page_furniture_but_a_short_repeat_is_not():
    caption = "A child is treated after a village was attacked in the eastern region on March 3, 2026, activists said."
    text = f"The talks resumed.\n{caption}\nMore text.\n{caption}\nAdvertisement\nAdvertisement\n"
    assert captions(text) == [caption[:30], caption[:30]]


def test_body_paragraph_is_not_a_caption():
    doc = load_text("Officials said the photos showed damage. The report is due in June.\n")
    assert doc.captions == [] and not doc.in_caption(5)


def test_in_caption_answers_for_offsets_inside_the_caption():
    doc = load_text("Body text here.\nImage caption The minister in 2019\n")
    assert doc.in_caption(doc.text.index("minister")) and not doc.in_caption(doc.text.index("Body"))


def test_publication_date_is_never_taken_from_a_caption():
    doc = load_text("Image caption The governor at a rally on April 22, 2017 in Seattle\n"
                    "The governor has announced his bid for the nomination.\n")
    assert doc.pub_date is None


def test_publication_date_needs_a_reporting_verb_or_a_dateline():
    assert load_text("The climber disappeared ten years ago, on May 1, 2014, in the hills.\n").pub_date is None
    assert str(load_text("The ministry announced on December 3, 2023, that talks resume.\n").pub_date) == "2023-12-03"
    assert str(load_text("GENEVA, Dec. 3, 2023 (Wire) - Talks resumed.\n").pub_date) == "2023-12-03"
    assert str(load_text("LONDON, 3 December 2023 — Talks resumed.\n").pub_date) == "2023-12-03"
    assert str(load_text("Posted by Jane Doe on 19 Sep 2016\nThe story.\n").pub_date) == "2016-09-19"


def test_a_link_card_after_a_name_is_marked_inside_its_paragraph():
    text = ("The senator criticised Ann Lind Ann Marie LindMayor to resign next month: report Council votes on budget "
            "MORE over the plan, aides said.\n")
    doc = load_text(text)
    (card,) = doc.captions
    assert doc.text[card.start:card.end] == "Mayor to resign next month: report Council votes on budget MORE"
    assert not doc.in_caption(doc.text.index("senator")) and not doc.in_caption(doc.text.index("aides"))


def test_capitals_inside_a_name_or_a_shouted_word_are_no_card():
    doc = load_text("Bob McDonald said the MORE program would grow.\nAnn DeVos spoke. The plan needs MORE money.\n")
    assert doc.captions == []
