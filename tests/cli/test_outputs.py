"""Outputs never replace an input and never leave half a file; a place that cannot take one is a clean error."""

import json
import os

ARTICLE = "---\ndate: 2024-03-14\n---\n\nThe council approved the the budget.\n"


def test_o_naming_the_article_being_checked_is_refused_and_the_article_kept(cli, write):
    path = write("story.md", ARTICLE)
    run = cli("check", "story.md", "-o", "story.md")
    assert run.code == 2 and run.err.strip() == "factlint: story.md: not written: it is one of the files being read"
    assert open(path, encoding="utf-8").read() == ARTICLE


def test_o_naming_an_article_found_in_a_folder_is_refused(cli, write):
    path = write("news/story.md", ARTICLE)
    run = cli("check", "news", "-o", "news/story.md")
    assert run.code == 2 and "not written: it is one of the files being read" in run.err
    assert open(path, encoding="utf-8").read() == ARTICLE


def test_baseline_create_over_an_article_is_refused(cli, write):
    path = write("story.md", ARTICLE)
    run = cli("baseline", "create", "story.md", "story.md")
    assert run.code == 2 and "story.md: not written: it is one of the files being read" in run.err
    assert open(path, encoding="utf-8").read() == ARTICLE


def test_o_naming_a_directory_a_missing_directory_or_an_unwritable_place(cli, write, tmp_path):
    write("story.md", ARTICLE)
    (tmp_path / "out").mkdir()
    run = cli("check", "story.md", "-o", "out")
    assert (run.code, run.err.strip()) == (2, "factlint: out: cannot write there: it is a directory")
    run = cli("check", "story.md", "-o", "missing/report.txt")
    assert run.code == 2 and run.err.startswith("factlint: missing/report.txt: cannot write there: no directory")
    assert "Traceback" not in run.err
    if os.geteuid() != 0:  # root writes anywhere
        (tmp_path / "ro").mkdir(mode=0o500)
        run = cli("check", "story.md", "-o", "ro/report.txt")
        assert run.code == 2 and run.err.startswith("factlint: ro/report.txt: cannot write")


def test_a_report_replaces_the_old_one_whole_and_leaves_no_temporary_file(cli, write, tmp_path):
    write("story.md", ARTICLE)
    write("report.json", "old report")
    run = cli("check", "story.md", "--format", "json", "-o", "report.json")
    assert run.code == 1
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["files"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "story.md"]
