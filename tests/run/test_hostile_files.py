"""Files that are not articles never hang a run or fill its memory: skipped with a note, or refused by name."""

import os

import pytest

ARTICLE = "---\ndate: 2024-03-14\n---\n\nThe council approved the budget.\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_or_found_in_a_folder_is_skipped_with_a_note(cli, write, tmp_path):
    write("ok.md", ARTICLE)
    os.mkfifo(tmp_path / "pipe.md")
    run = cli("check", "pipe.md")
    assert run.code == 0 and "factlint: note: pipe.md: skipped: not a regular file" in run.err
    run = cli("check", ".")
    assert run.code == 0 and "pipe.md: skipped: not a regular file" in run.err and "in 2 files" in run.out


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_symlink_to_dev_zero_is_skipped(cli, tmp_path):
    os.symlink("/dev/zero", tmp_path / "zero.md")
    run = cli("check", "zero.md")
    assert run.code == 0 and "zero.md: skipped: not a regular file" in run.err


def test_a_huge_sparse_file_is_refused_without_reading_it_whole(cli, write, tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.write(b"Plain text at the start.\n")
        fh.truncate(1 << 30)
    ok = write("ok.md", ARTICLE)
    run = cli("check", "big.txt", ok)
    assert run.code == 2
    assert "factlint: big.txt: larger than the maximum article size (20 MB" in run.err
    assert "in 2 files" in run.out  # the other file was still checked


def test_max_article_size_is_configurable(cli, write):
    write(".factlint.yaml", "max-article-size: 0.00001\n")
    write("a.md", ARTICLE)
    run = cli("check", "a.md")
    assert run.code == 2 and "a.md: larger than the maximum article size (1e-05 MB" in run.err
    write(".factlint.yaml", "max-article-size: big\n")
    run = cli("check", "a.md")
    assert run.code == 2 and "'max-article-size' must be a number of megabytes" in run.err


def test_a_nul_byte_after_the_first_kilobytes_still_makes_the_file_binary(cli, write):
    write("late.md", ARTICLE.encode() + b"x" * 20_000 + b"\0tail\n")
    run = cli("check", "late.md")
    assert run.code == 2 and "late.md: binary file, not an article" in run.err
