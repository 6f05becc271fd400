"""Front matter read without YAML must be exactly what YAML reads, or be handed to YAML."""

import pytest
import yaml

from factlint.document.frontmatter import _simple, parse_front_matter
from factlint.document.reader import SourceError

SAMPLES = [
    'title: "New SUVs highlight L.A. Auto Show"\ndate: 2019-11-20\n',
    "title: Budget vote\ndate: 2024-05-10\nauthor: A. Writer\n",
    "title: 'It''s done'\n",
    "draft: yes\n",
    "draft: no\ntitle: x\n",
    "count: 012\n",
    "count: 12\nneg: -3\n",
    "ratio: 1.5\n",
    "when: 2019-11-20T10:00:00Z\n",
    "title: A title: with a colon\n",
    "title: Foo # a comment\n",
    "tags: [a, b]\n",
    "tags:\n  - a\n  - b\n",
    "title: \"with \\\"escapes\\\"\"\n",
    "empty:\ntitle: ok\n",
    "# a comment\ntitle: after comment\n",
    "title: null\n",
    "title: ~\n",
    "title: On\n",
    "date: 2023-02-30\n",
    "title: -dash start\n",
    "title: 'single'\n",
    "num: 1_000\n",
    "title: Kyiv, Ukraine\n",
    "a: 1\na: 2\n",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fast_path_agrees_with_yaml_or_defers(text):
    try:
        expected = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError):
        expected = "error"
    fast = _simple(text)
    if fast is not None:
        assert fast == expected


def test_common_front_matter_is_read_without_yaml():
    assert _simple('title: "New SUVs highlight L.A. Auto Show"\ndate: 2019-11-20\n') is not None
    assert _simple("title: Budget vote\ndate: 2024-05-10\nauthor: A. Writer\n") is not None


def test_invalid_front_matter_names_file_and_line():
    with pytest.raises(SourceError, match=r"^a\.md:\d+: front matter: did not find expected"):
        parse_front_matter("title: ok\ntags: [a\n", "a.md", line_offset=1)
    with pytest.raises(SourceError, match="expected a mapping of keys"):
        parse_front_matter("- a\n- b\n", "a.md", line_offset=1)
    with pytest.raises(SourceError, match=r"^a\.md:2: front matter: day is out of range"):
        parse_front_matter("date: 2023-02-30\n", "a.md", line_offset=1)
