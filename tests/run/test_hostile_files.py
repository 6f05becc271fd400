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


def test_an_unreadable_file_named_on_the_command_line_does_not_stop_the_others(cli, write, monkeypatch):
    from factlint.document import os as document_os

    real_open = document_os.open
    blocked = write("locked.md", ARTICLE)
    ok = write("ok.md", ARTICLE.replace("the budget", "the the budget"))

    def fake_open(path, *args, **kwargs):
        if str(path) == blocked:
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(document_os, "open", fake_open)
    run = cli("check", "-j", "1", blocked, ok)
    assert run.code == 2 and f"factlint: {blocked}: cannot read: Permission denied" in run.err
    assert "repeated-word" in run.out and "in 2 files" in run.out


def test_an_unreadable_folder_is_reported_not_silently_skipped(cli, write, monkeypatch):
    import os as real_os

    from factlint.run import discover

    write("news/ok.md", ARTICLE)
    write("news/locked/hidden.md", ARTICLE)
    real_walk = real_os.walk

    def walk(top, onerror=None, **kwargs):
        for root, dirs, files in real_walk(top, onerror=onerror, **kwargs):
            if root.endswith("locked"):
                onerror(PermissionError(13, "Permission denied", root))
                dirs[:] = []
                continue
            yield root, dirs, files

    monkeypatch.setattr(discover.os, "walk", walk)
    run = cli("check", "news")
    assert "factlint: note: news/locked: folder skipped: cannot read it (Permission denied)" in run.err
    assert "in 1 file" in run.out
