"""The long fuzz profile: many generated articles and rule/config/KB files; prints counts, the slowest input, and
fails on the first crash or any input over 2 CPU-seconds.

Run: .venv/bin/python benchmarks/fuzz.py [--articles 100000] [--files 10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "run"))
from fuzzing import articles, check_article, load_yaml_kind, yaml_files  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402


def run(strategy, work, count: int, label: str) -> None:
    stats = {"n": 0, "slowest": 0.0}
    folder = Path(tempfile.mkdtemp(prefix="factlint-fuzz-"))

    @settings(max_examples=count, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(strategy)
    def one(case):
        took = work(*case, folder)
        stats["n"] += 1
        stats["slowest"] = max(stats["slowest"], took)
        if stats["n"] % 1000 == 0:  # a long run stopped early still says how far it got
            print(f"{label}: {stats['n']:,} so far, slowest {stats['slowest']:.3f} s", flush=True)
        assert took < 2.0, f"{took:.2f} s on {case!r:.200}"

    start = time.perf_counter()
    one()
    print(f"{label}: {stats['n']:,} inputs, no crash, slowest {stats['slowest']:.3f} s, "
          f"{time.perf_counter() - start:.0f} s in all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=10_000)
    args = parser.parse_args()
    if args.files:  # 0 skips a part, e.g. to repeat only the articles after a fix there
        run(yaml_files(), load_yaml_kind, args.files, "rule/config/KB files")
    if args.articles:
        run(articles(), check_article, args.articles, "articles")


if __name__ == "__main__":
    main()
