"""``kb lint`` warns about a source outside the KB's reference list (rules/data/kb-sources.yaml)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factlint.cli.kb import kb
from factlint.kb.lint import lint_files, unlisted_source

ROOT = Path(__file__).resolve().parents[2]

KB = """\
offices:
  - id: xx-pm
    name: Prime Minister of Xland
people:
  - id: ann
    name: Ann Example
    born: "1970-03-15"
    born_source: https://someones-blog.example.net/ann
    roles:
      - office: xx-pm
        start: "2019-07-01"
        end: "2022-05-01"
        source: https://en.wikipedia.org/wiki/List_of_prime_ministers
      - office: xx-pm
        start: "2023-01-01"
        source: https://www.reuters.com/world/ann-returns
  - id: bob
    name: Bob Example
    roles:
      - office: xx-pm
        start: "2022-05-02"
        end: "2022-12-31"
        source: https://copy-site.news/bob-takes-over
"""


def test_an_obscure_source_is_a_warning_with_its_line(tmp_path):
    path = tmp_path / "ours.yaml"
    path.write_text(KB)
    result = CliRunner().invoke(kb, ["lint", str(path)])
    assert result.exit_code == 0, result.output  # a warning: the facts still load
    lines = [ln for ln in result.output.splitlines() if "kb-unlisted-source" in ln]
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}:5:1: warning") and "someones-blog.example.net" in lines[0]
    assert lines[1].startswith(f"{path}:20:1: warning") and "'copy-site.news'" in lines[1]
    assert "rules/data/kb-sources.yaml" in lines[1]


def test_official_reference_and_agency_sources_pass_and_datasets_are_not_judged():
    assert unlisted_source("https://www.gov.uk/government/history/past-prime-ministers") is None
    assert unlisted_source("https://en.wikipedia.org/wiki/List_of_prime_ministers_of_the_United_Kingdom") is None
    assert unlisted_source("http://www.reuters.com/article/x") is None
    assert unlisted_source("https://www.whitehouse.gov/") is None
    assert unlisted_source("Archigos 4.1 (obsid TUR-1950)") is None
    assert unlisted_source("https://notgov.uk.example.io/") is not None
    assert unlisted_source("https://wikipedia.org.mirror.site/x") is not None


def test_every_uk_source_is_a_reference_source():
    uk = str(ROOT / "rules" / "kb" / "united-kingdom.yaml")
    assert [f for f in lint_files([uk]) if f.rule == "kb-unlisted-source"] == []


def test_a_published_dataset_url_passes_but_github_as_a_whole_does_not():
    archigos = ("https://github.com/reddylee/Datasets/blob/0cd23a2c40bbf902a17c908182d05d7212d3963d/archigos.csv "
                "(Archigos 4.1, obsid XXX-1990)")
    assert unlisted_source(archigos) is None
    assert unlisted_source("https://github.com/OEFDataScience/REIGN.data/blob/main/data/REIGN_2021_8.csv") is None
    assert "'github.com'" in (unlisted_source("https://github.com/someone/notes/blob/main/leaders.md") or "")
    # a prefix names one repository: a look-alike repository name is still warned
    assert unlisted_source("https://github.com/reddylee/Datasets-copy/archigos.csv") is not None
