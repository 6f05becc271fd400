"""A rule pack from a pull request cannot exhaust the machine: costly patterns, huge files and far packs refused."""

import time


def _pack(write, pattern: str) -> str:
    return write("pack/rules.yaml", f"- id: costly\n  kind: pattern\n  category: style\n  severity: info\n"
                                    f"  message: x\n  description: x\n  pattern: '{pattern}'\n")


def test_a_pattern_with_a_huge_counted_repeat_is_refused_before_compiling(cli, write):
    write("a.md", "---\ndate: 2024-03-14\n---\n\nText.\n")
    for pattern in ("a{99999999}", "(a{1000}){1000}"):
        _pack(write, pattern)
        start = time.perf_counter()
        run = cli("check", "--rules", "pack", "a.md")
        assert time.perf_counter() - start < 5
        assert run.code == 2 and "pattern would expand to about" in run.err, run.err


def test_a_config_pointing_rules_outside_its_folder_is_refused(cli, write):
    write("a.md", "---\ndate: 2024-03-14\n---\n\nText.\n")
    write(".factlint.yaml", "rules: [/]\n")
    run = cli("check", "a.md")
    assert run.code == 2 and "rule pack '/' is outside the configuration's folder" in run.err


def test_an_oversized_rule_file_is_refused(cli, write):
    write("a.md", "---\ndate: 2024-03-14\n---\n\nText.\n")
    write("pack/big.yaml", "# " + "x" * 1_100_000 + "\n")
    run = cli("check", "--rules", "pack", "a.md")
    assert run.code == 2 and "rule file larger than 1,000,000 bytes" in run.err


def test_an_unreadable_folder_inside_a_rule_pack_is_an_error(cli, write, monkeypatch):
    import os

    from factlint.engine import loader

    write("a.md", "---\ndate: 2024-03-14\n---\n\nText.\n")
    write("pack/locked/r.yaml", "[]\n")
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        for root, dirs, files in real_walk(top, onerror=onerror, **kwargs):
            if root.endswith("locked"):
                onerror(PermissionError(13, "Permission denied", root))
                continue
            yield root, dirs, files

    monkeypatch.setattr(loader.os, "walk", walk)
    run = cli("check", "--rules", "pack", "a.md")
    assert run.code == 2 and "pack/locked: cannot read folder of rule pack (Permission denied)" in run.err
