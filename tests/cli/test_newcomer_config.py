"""Configuration as a newcomer meets it: inherited folders, `factlint config`, a missing kb file, named files
that the configuration excludes (pre-commit names each file), and a mistyped --select blamed on the option."""

TYPO = "---\ndate: 2024-03-14\n---\n\nThe council approved the the budget.\n"


def test_a_subfolder_config_adds_to_its_parents_up_to_root(cli, write):
    write(".factlint.yaml", "root: true\nignore: [repeated-word]\nseverity: {people: error}\n")
    write("desk/.factlint.yaml", "fail-on: error\n")
    path = write("desk/a.md", TYPO)
    assert cli("check", path).code == 0  # the parent's ignore still applies in the subfolder
    run = cli("config", "desk")
    assert run.code == 0
    assert "ignore: [repeated-word]  # " in run.out and ".factlint.yaml:2" in run.out
    assert "fail-on: error  # " in run.out and "desk/.factlint.yaml:1" in run.out
    assert "locale: none  # default" in run.out


def test_root_true_stops_the_merge(cli, write):
    write(".factlint.yaml", "ignore: [repeated-word]\n")
    write("desk/.factlint.yaml", "root: true\n")
    assert cli("check", write("desk/a.md", TYPO)).code == 1


def test_a_missing_kb_file_stops_the_run_with_one_line(cli, write):
    write(".factlint.yaml", "locale: UK\nkb:\n  - kb/ours.yaml\n")
    write("b.md", TYPO)
    run = cli("check", write("a.md", TYPO))
    assert run.code == 2
    (line,) = run.err.strip().splitlines()
    assert line.startswith("factlint: ") and ".factlint.yaml:2: knowledge-base file 'kb/ours.yaml' not found" in line


def test_named_files_obey_exclude_unless_no_exclude(cli, write):
    write(".factlint.yaml", "exclude: ['drafts/**']\n")
    draft = write("drafts/wip.md", TYPO)
    run = cli("check", "drafts/wip.md")
    assert run.code == 0 and "not checked, by the configuration's include/exclude: drafts/wip.md" in run.err
    assert cli("check", "--no-exclude", draft).code == 1
    assert cli("check", write("story.md", TYPO)).code == 1


def test_a_mistyped_select_blames_the_option_not_the_config(cli, write):
    write(".factlint.yaml", "locale: UK\n")
    run = cli("check", "--select", "numbrs", write("a.md", TYPO))
    assert run.code == 2 and run.err.strip() == "factlint: --select: unknown rule or category 'numbrs'"
    write(".factlint.yaml", "select: [numbrs]\n")
    run = cli("check", write("a.md", TYPO))
    assert ".factlint.yaml:1: select: unknown rule or category 'numbrs'" in run.err
