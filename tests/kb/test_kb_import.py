import json

import pytest
import yaml
from click.testing import CliRunner

from factlint.cli.kb import kb
from factlint.kb.importers.common import KBImportError
from factlint.kb.loader import load_kb
from factlint.kb.importers.wikidata import import_wikidata, wikidata_date

XSD = "http://www.w3.org/2001/XMLSchema#"


def lit(value, kind=None):
    cell = {"type": "literal", "value": value}
    if kind:
        cell["datatype"] = XSD + kind
    return cell


def uri(q):
    return {"type": "uri", "value": f"http://www.wikidata.org/entity/{q}"}


def row(person, name, position, pos_name, start=None, sprec=None, end=None, eprec=None, dob=None, dprec=None,
        aliases=None):
    r = {"person": uri(person), "name": lit(name), "position": uri(position), "posName": lit(pos_name)}
    for var, val, prec in (("start", start, sprec), ("end", end, eprec), ("dob", dob, dprec)):
        if val:  # absent OPTIONALs are absent keys, never null
            r[var] = lit(val, "dateTime")
            r[var + "Prec"] = lit(str(prec), "integer")
    if aliases:
        r["aliases"] = lit(aliases)
    return r


RESULT = {
    "head": {"vars": ["person", "name", "position", "posName", "start", "startPrec", "end", "endPrec"]},
    "results": {"bindings": [
        row("Q111", "Ida Test", "Q900", "Minister of Tests", "2014-01-01T00:00:00Z", 9, "2016-05-03T00:00:00Z", 11,
            "1960-01-01T00:00:00Z", 9, aliases="Ida Testova|Testova|Ida Q. Test"),
        row("Q111", "Ida Test", "Q900", "Minister of Tests", "2019-07-01T00:00:00Z", 10, None, None,
            "1960-01-01T00:00:00Z", 9, aliases="Ida Testova|Testova|Ida Q. Test"),
        row("Q222", "Olaf Probe", "Q900", "Minister of Tests", None, None, "2013-12-31T00:00:00Z", 11,
            "1950-02-03T00:00:00Z", 11),
        row("Q222", "Olaf Probe", "Q900", "Minister of Tests", None, None, "2013-12-31T00:00:00Z", 11,
            "1951-02-03T00:00:00Z", 11),
    ]},
}


def test_precision_is_kept_never_rounded_to_january():
    assert str(wikidata_date("2014-01-01T00:00:00Z", "9")) == "2014"
    assert str(wikidata_date("2014-06-01T00:00:00Z", "10")) == "2014-06"
    assert str(wikidata_date("2014-06-05T00:00:00Z", "11")) == "2014-06-05"
    assert wikidata_date("1990-01-01T00:00:00Z", "8") is None  # a decade is not a usable date
    assert wikidata_date(None, None) is None


def test_import_wikidata_records():
    out = import_wikidata(RESULT)
    (office,) = out["offices"]
    assert office == {"id": "minister-of-tests", "name": "Minister of Tests", "titles": ["minister of tests"],
                      "wikidata": "Q900"}
    ida, olaf = out["people"]
    assert ida["id"] == "Q111"
    assert ida["aliases"] == ["Ida Testova", "Ida Q. Test"]  # the one-word alias is a surname
    assert ida["born"] == "1960" and ida["born_source"] == "https://www.wikidata.org/wiki/Q111"
    assert ida["roles"] == [
        {"office": "minister-of-tests", "start": "2014", "end": "2016-05-03",
         "source": "https://www.wikidata.org/wiki/Q111"},
        {"office": "minister-of-tests", "start": "2019-07", "source": "https://www.wikidata.org/wiki/Q111"},
    ]
    assert "born" not in olaf  # two different birth dates: left out rather than guessed
    assert olaf["roles"] == [{"office": "minister-of-tests", "end": "2013-12-31",
                              "source": "https://www.wikidata.org/wiki/Q222"}]


def test_import_maps_known_positions_to_existing_offices():
    out = import_wikidata(RESULT, {"Q900": "fd-minister-of-tests"})
    assert "offices" not in out
    assert out["people"][0]["roles"][0]["office"] == "fd-minister-of-tests"


def test_import_rejects_non_sparql():
    with pytest.raises(KBImportError):
        import_wikidata({"foo": 1})


def test_cli_import_wikidata_output_loads_back(tmp_path):
    src = tmp_path / "result.json"
    src.write_text(json.dumps(RESULT))
    out = tmp_path / "kb.yaml"
    result = CliRunner().invoke(kb, ["import", "wikidata", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "start: '2014'" in text  # quoted year, never 2014-01-01
    loaded = load_kb([str(out)], shipped=False)
    assert loaded.find_person("Ida Testova")[0].id == "Q111"


def test_cli_import_wikidata_uses_shipped_office_ids(tmp_path):
    src = tmp_path / "result.json"
    src.write_text(json.dumps({"results": {"bindings": [
        row("Q333", "Oleh Test", "Q33006385", "Minister of Defence of Ukraine", "2001-05-02T00:00:00Z", 11)]}}))
    result = CliRunner().invoke(kb, ["import", "wikidata", str(src)])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.output)
    assert "offices" not in data
    assert data["people"][0]["roles"][0]["office"] == "ua-minister-of-defence"


CSV = """\
person,name,aliases,born,born_source,office,office_name,jurisdiction,titles,start,end,source,acting
,Ida Test,Ida Testova,1960,registry,fd-minister-of-tests,Minister of Tests,freedonia,test minister|minister of tests,2014,2016-05-03,https://example.org/a,
,Ida Test,,,,fd-minister-of-tests,,,,2019-07,,https://example.org/b,true
olaf,Olaf Probe,,,,,,,,,,,
"""


def test_import_csv(tmp_path):
    src = tmp_path / "people.csv"
    src.write_text(CSV)
    result = CliRunner().invoke(kb, ["import", "csv", str(src)])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.output)
    assert data["offices"] == [{"id": "fd-minister-of-tests", "name": "Minister of Tests",
                                "jurisdiction": "freedonia", "titles": ["test minister", "minister of tests"]}]
    ida, olaf = data["people"]
    assert ida["id"] == "ida-test" and ida["born"] == "1960" and ida["aliases"] == ["Ida Testova"]
    assert ida["roles"][1] == {"office": "fd-minister-of-tests", "start": "2019-07",
                               "source": "https://example.org/b", "acting": True}
    assert olaf == {"id": "olaf", "name": "Olaf Probe"}


@pytest.mark.parametrize("line, words", [
    (",Ida Test,,1960-13,x,,,,,,,,\n", "born: month out of range"),
    (",Ida Test,,,,no-such-office,,,,2014,,s,\n", "unknown office 'no-such-office'"),
    (",Ida Test,,,,ua-president,,,,2014,,,\n", "needs a source"),
])
def test_import_csv_errors_name_the_line(tmp_path, line, words):
    src = tmp_path / "people.csv"
    src.write_text(CSV.splitlines()[0] + "\n" + line)
    result = CliRunner().invoke(kb, ["import", "csv", str(src)])
    assert result.exit_code == 2
    assert f"{src}:2: " in result.output and words in result.output


def test_docs_csv_example_imports_then_lints_clean(tmp_path):
    """docs/kb.md's own CSV example, as a user copies it: import, then ``kb lint`` says no problems."""
    import re
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "kb.md").read_text(encoding="utf-8")
    src = tmp_path / "officials.csv"
    src.write_text(re.search(r"```csv\n(.*?)```", docs, re.S).group(1))
    out = tmp_path / "officials.yaml"
    runner = CliRunner()
    imported = runner.invoke(kb, ["import", "csv", str(src), "-o", str(out)])
    assert imported.exit_code == 0, imported.output
    linted = runner.invoke(kb, ["lint", str(out)])
    assert linted.exit_code == 0 and linted.output == "1 people, 1 terms in 1 file: no problems\n", linted.output


def test_csv_jurisdiction_the_kb_lacks_is_defined_so_lint_passes(tmp_path):
    src = tmp_path / "people.csv"
    src.write_text(CSV)
    out = tmp_path / "people.yaml"
    runner = CliRunner()
    assert runner.invoke(kb, ["import", "csv", str(src), "-o", str(out)]).exit_code == 0
    assert yaml.safe_load(out.read_text())["jurisdictions"] == [{"id": "freedonia", "name": "Freedonia"}]
    assert runner.invoke(kb, ["lint", str(out)]).exit_code == 0
