"""Archive files are listed lazily by the include/exclude globs, locally and through fsspec, and cut into tasks."""

from __future__ import annotations

import pytest

from factlint.archive.listing import Source, batches, list_sources

INCLUDE = ("*.md", "*.txt")


def test_local_folders_are_walked_in_a_stable_order_with_the_globs(tmp_path) -> None:
    for rel in ("b/2.md", "b/1.txt", "a.md", "notes.pdf", ".git/x.md", "drafts/d.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x" * 3)
    found = [s.path[len(str(tmp_path)) + 1:] for s in list_sources([str(tmp_path)], INCLUDE, ("drafts",))]
    assert found == ["a.md", "b/1.txt", "b/2.md"]
    assert {s.size for s in list_sources([str(tmp_path)], INCLUDE, ())} == {3}


def test_a_named_file_is_kept_even_when_missing_so_its_error_is_reported(tmp_path) -> None:
    assert list(list_sources([str(tmp_path / "gone.md")], INCLUDE, ())) == [Source(str(tmp_path / "gone.md"), 0)]


def test_a_url_is_listed_through_fsspec() -> None:
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    fs.pipe({"/listing-test/desk/one.md": b"abc", "/listing-test/two.txt": b"a", "/listing-test/skip.bin": b"z"})
    try:
        found = list(list_sources(["memory://listing-test"], INCLUDE, ()))
    finally:
        fs.rm("/listing-test", recursive=True)
    assert [(s.path, s.size) for s in found] == [("memory:///listing-test/two.txt", 1),
                                                  ("memory:///listing-test/desk/one.md", 3)]


def test_lists_lazily() -> None:
    """The first task can start before a folder of millions is listed: nothing is read ahead of a batch."""
    seen = []

    def endless():
        i = 0
        while True:
            seen.append(i)
            yield Source(f"f{i}", 10)
            i += 1

    first = next(batches(endless(), max_files=3))
    assert [s.path for s in first] == ["f0", "f1", "f2"] and len(seen) == 4


def test_batches_are_bounded_by_count_and_bytes() -> None:
    sizes = [5, 5, 5, 20, 1, 1, 1, 1]
    got = [[s.size for s in b] for b in batches((Source(str(i), n) for i, n in enumerate(sizes)), 3, 12)]
    assert got == [[5, 5], [5], [20], [1, 1, 1], [1]]
