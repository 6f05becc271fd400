"""Fast fuzz profile: generated articles and rule/config/KB files never crash factlint or take over 2 s.

The long profile (``python benchmarks/fuzz.py --articles 100000 --files 10000``) runs the same generators.
"""

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).parent))
from fuzzing import articles, check_article, load_yaml_kind, yaml_files  # noqa: E402

# Derandomized: the normal run (and CI) tries the same inputs every time, so it passes or fails reproducibly;
# the long profile in benchmarks/fuzz.py draws new ones on every run.
FAST = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                derandomize=True)


@FAST
@given(articles())
def test_generated_articles_never_crash_or_hang(tmp_path_factory, article):
    name, text = article
    assert check_article(name, text, tmp_path_factory.mktemp("a")) < 2.0


@FAST
@given(yaml_files())
def test_generated_rule_config_and_kb_files_give_clean_errors(tmp_path_factory, file):
    what, text = file
    assert load_yaml_kind(what, text, tmp_path_factory.mktemp("y")) < 2.0
