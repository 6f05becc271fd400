"""factlint: a fact-consistency linter for news articles."""

# The one place the version is written: pyproject.toml reads it (hatch), CHANGELOG.md and the git tag follow it.
__version__ = "0.2.0"
