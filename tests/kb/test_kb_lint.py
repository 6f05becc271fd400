from click.testing import CliRunner

from factlint.cli.kb import kb
from factlint.kb.lint import lint_files

BAD = """\
jurisdictions:
  - id: ruritania
    name: Ruritania
offices:
  - id: ru-king
    name: King of Ruritania
    jurisdiction: ruritania
  - id: ru-mayor
    name: Mayor of Strelsau
    jurisdiction: strelsau
  - id: ru-king
    name: King of Ruritania again
people:
  - id: rudolf
    name: Rudolf Rassendyll
    born: "1860"
    roles:
      - office: ru-king
        start: "1890-01-01"
        end: "1895-06-30"
        source: test
  - id: michael
    name: Michael Elphberg
    roles:
      - office: ru-king
        start: "1894"
        end: "1899"
        source: test
      - office: ru-king
        start: "1900-05-01"
        end: "1899-01-01"
        source: test
      - office: ru-duke
        start: "1880"
"""


def codes(problems):
    return sorted((p.line, p.rule) for p in problems)


def test_lint_reports_each_kind_of_problem(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(BAD)
    problems = lint_files([str(path)], include_shipped=False)
    assert codes(problems) == [
        (8, "kb-unknown-id"),          # office in unknown jurisdiction
        (11, "kb-duplicate-id"),
        (14, "kb-missing-source"),     # born without born_source
        (25, "kb-overlap"),            # 1894–1899 overlaps Rudolf's reign to 1895-06-30
        (29, "kb-end-before-start"),
        (33, "kb-missing-source"),
        (33, "kb-unknown-id"),         # role in unknown office
    ]
    overlap = next(p for p in problems if p.rule == "kb-overlap")
    assert "Rudolf Rassendyll (1890-01-01 – 1895-06-30)" in overlap.message
    assert "from 1894-12-31 to 1895-06-30" in overlap.message
    assert str(overlap).startswith(f"{path}:25:1: error [kb-overlap]")


def test_handover_day_and_imprecise_dates_are_not_overlaps(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("""\
offices:
  - id: o
    name: O
people:
  - id: a
    name: A A
    roles: [{office: o, start: "2010-01-01", end: "2015-03-02", source: s}]
  - id: b
    name: B B
    roles: [{office: o, start: "2015-03-02", end: "2016", source: s}]
  - id: c
    name: C C
    roles: [{office: o, start: "2016", source: s}]
""")
    assert lint_files([str(path)], include_shipped=False) == []


def test_clean_file_and_cli_exit_codes(tmp_path):
    from conftest import DATA

    runner = CliRunner()
    clean = runner.invoke(kb, ["lint", str(DATA / "kb-freedonia.yaml")])
    assert clean.exit_code == 0, clean.output
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD)
    result = runner.invoke(kb, ["lint", str(bad)])
    assert result.exit_code == 1
    assert "[kb-overlap]" in result.output
    broken = tmp_path / "broken.yaml"
    broken.write_text("people: [\n")
    result = runner.invoke(kb, ["lint", str(broken)])
    assert result.exit_code == 2


def test_lint_json_and_sarif_use_the_common_reporters(tmp_path):
    import json

    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD)
    result = CliRunner().invoke(kb, ["lint", "--format", "json", str(bad)])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["version"] == 1 and data["files"] == 1
    overlap = next(f for f in data["findings"] if f["rule"] == "kb-overlap")
    assert (overlap["path"], overlap["line"], overlap["column"]) == (str(bad), 25, 1)
    assert (overlap["category"], overlap["severity"]) == ("kb", "error")
    assert "both hold it" in overlap["message"]
    sarif = json.loads(CliRunner().invoke(kb, ["lint", "--format", "sarif", str(bad)]).stdout)
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} >= {"kb-overlap", "kb-duplicate-id"}


def test_a_term_starting_after_its_office_was_abolished_is_reported(tmp_path):
    path = tmp_path / "abolished.yaml"
    path.write_text("""\
offices:
  - id: xx-treasury
    name: Treasury
    abolished: "2001-06-11"
people:
  - id: a
    name: A A
    roles: [{office: xx-treasury, start: "1999-05", end: "2001-06-11", source: s}]
  - id: b
    name: B B
    roles: [{office: xx-treasury, start: "2001-06-11", source: s}]
""")
    assert codes(lint_files([str(path)], include_shipped=False)) == [(11, "kb-after-abolished")]
