"""Configuration: ``.factlint.yaml`` (or ``[tool.factlint]`` in ``pyproject.toml``), resolved in one place.

The configurations above each checked file apply to it, merged from the farthest to the nearest and up to one
marked ``root: true`` (as ESLint and sqlfluff do), so a subfolder's file refines its parent's instead of silently
dropping its ``kb:`` and ``rules:``; ``--config`` names one file for all files.  Command line options are layered
on top.  Every value remembers where it came from, for ``factlint config``.  ``Settings`` is what the rest of factlint sees: which rules run with which
severity, where the extra packs and knowledge-base files are, the house locale and the ``fail-on`` level.
Every front end (``check``, ``rules``, ``kb``, the GitHub Action) gets its settings from ``SettingsResolver``
(or ``resolve_settings`` for one place), so "which file applies here" has one answer.  Loading rules is not
part of it: the run asks the engine for the rules of the settings it got, and ``check_names`` compares.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factlint.findings import CATEGORIES, SEVERITIES
from factlint.support.yamlfile import LineDict, YamlError, load_yaml_file

CONFIG_NAMES = (".factlint.yaml", ".factlint.yml")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")

KEYS = {
    "select": "list of rule ids or categories: run only these",
    "ignore": "list of rule ids or categories to switch off",
    "enable": "list of rule ids shipped disabled to switch on",
    "severity": "mapping of rule id or category to error, warning or info",
    "rules": "list of extra rule-pack directories (relative to the config file)",
    "kb": "list of extra knowledge-base YAML files (relative to the config file)",
    "include": "glob patterns of files to check when a directory is given",
    "exclude": "glob patterns of files and directories to skip",
    "locale": "house date order for numeric dates: US (12/3/2023) or UK (3/12/2023)",
    "fail-on": "lowest severity that makes the exit code 1: error, warning or info",
    "root": "true: do not merge the configurations of parent folders",
    "max-article-size": "largest article checked, in megabytes (default 20); larger files are skipped with an error",
    "split-size": "articles larger than this, in megabytes (default 1), are checked in parts of about a quarter of it",
    "serve": "settings of 'factlint serve' (cors-origins, token-env, max-bytes, timeout, concurrency)",
}
DEFAULT_MAX_ARTICLE_BYTES = 20_000_000
DEFAULT_SPLIT_BYTES = 1_000_000  # real articles are under 100 KB; a wire dump or a book is checked in parts
# The Settings field each key sets.
FIELDS = {"select": "select", "ignore": "ignore", "enable": "enable", "severity": "severity", "rules": "packs",
          "kb": "kb_files", "include": "include", "exclude": "exclude", "locale": "locale", "fail-on": "fail_on",
          "max-article-size": "max_article_bytes", "split-size": "split_bytes", "serve": "serve"}
# The keys of the ``serve:`` mapping (read and checked further by factlint.serve).
SERVE_KEYS = ("cors-origins", "token-env", "max-bytes", "timeout", "concurrency")
# How a nearer file's value combines with its parent's: these add to the parent's list, ``severity`` merges per
# key, every other key replaces.
ADDING = ("ignore", "enable", "packs", "kb_files", "exclude")


class ConfigError(ValueError):
    """An invalid configuration; the message is one line with file and line."""


@dataclass(frozen=True)
class Settings:
    """The resolved configuration for a set of files."""

    path: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    packs: tuple[str, ...] = ()
    kb_files: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    locale: str | None = None
    fail_on: str = "warning"
    serve: tuple[tuple[str, Any], ...] = ()  # the ``serve:`` mapping, read (and checked) by factlint.serve
    # (key, "file:line" or "command line") for every value not left at its default, for ``factlint config``.
    origins: tuple[tuple[str, str], ...] = ()
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    split_bytes: int = DEFAULT_SPLIT_BYTES  # characters, in fact: compared with the decoded text's length

    def rule_enabled(self, rule_id: str, category: str, shipped_enabled: bool) -> bool:
        """Whether a rule runs: ``select`` narrows, ``ignore`` removes, ``enable`` adds shipped-off rules."""
        if self.select and rule_id not in self.select and category not in self.select:
            return False
        if rule_id in self.ignore or category in self.ignore:
            return False
        return shipped_enabled or rule_id in self.enable or rule_id in self.select

    def severity_for(self, rule_id: str, category: str, default: str) -> str:
        """The severity after overrides; a rule id beats its category."""
        overrides = dict(self.severity)
        return overrides.get(rule_id) or overrides.get(category) or default


def find_config(start: Path) -> Path | None:
    """The nearest ``.factlint.yaml``, or ``pyproject.toml`` with ``[tool.factlint]``, at or above ``start``."""
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.factlint" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def load_layer(path: Path) -> "Layer":
    """One configuration file's own values (only the keys it sets), validated, with the line of each."""
    if path.name == "pyproject.toml":
        data, lines = _read_pyproject(path)
    else:
        try:
            data = load_yaml_file(str(path))
        except YamlError as exc:
            raise ConfigError(str(exc)) from None
        if data is None:
            data = LineDict()
            data.line, data.key_lines = 1, {}
        if not isinstance(data, LineDict):
            raise ConfigError(f"{path}:1: configuration must be a mapping of keys")
        lines = data.key_lines
    return _validate(path, data, lines)


@dataclass(frozen=True)
class Layer:
    """The values one configuration file sets (by Settings field name), and the line of each."""

    path: Path
    values: dict[str, Any]
    lines: dict[str, int]
    root: bool = False


def merge_layers(layers: list[Layer], overrides: dict[str, Any] | None = None) -> Settings:
    """Settings from layers ordered farthest first: a nearer file adds to (``ADDING``) or replaces its parent's
    values, then the command line's ``overrides`` (None means: not given) replace them."""
    values: dict[str, Any] = {}
    origins: dict[str, list[str]] = {}
    for layer in layers:
        for key, value in layer.values.items():
            where = f"{layer.path}:{layer.lines.get(key, 1)}"
            if key in ADDING and key in values:
                values[key] = values[key] + tuple(v for v in value if v not in values[key])
                origins[key].append(where)
            elif key == "severity" and key in values:
                values[key] = tuple(sorted({**dict(values[key]), **dict(value)}.items()))
                origins[key].append(where)
            else:
                values[key], origins[key] = value, [where]
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key], origins[key] = value, ["command line"]
    nearest = str(layers[-1].path) if layers else None
    return Settings(path=nearest, **values,
                    origins=tuple((k, ", ".join(origins[k])) for k in sorted(origins)))


def _read_pyproject(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text).get("tool", {}).get("factlint", {})
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    lines: dict[str, int] = {}
    in_section = False
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_section = stripped.startswith("[tool.factlint")
            continue
        if in_section and "=" in stripped:
            key = stripped.split("=", 1)[0].strip().strip('"')
            lines.setdefault(key, n)
    return data, lines


def _validate(path: Path, data: dict[str, Any], lines: dict[str, int]) -> "Layer":
    base = path.parent

    def fail(key: str, message: str) -> None:
        raise ConfigError(f"{path}:{lines.get(key, 1)}: {message}")

    for key in data:
        if key not in KEYS:
            fail(key, f"unknown key '{key}' (known: {', '.join(KEYS)})")

    def str_list(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail(key, f"'{key}' must be a list of strings")
        if any("\0" in v for v in value):
            fail(key, f"'{key}' holds a NUL byte, which no file name can")
        return tuple(value)

    severity = data.get("severity", {})
    if not isinstance(severity, dict) or not all(v in SEVERITIES for v in severity.values()):
        fail("severity", f"'severity' maps rule ids or categories to one of {', '.join(SEVERITIES)}")
    locale = data.get("locale")
    if locale is not None and str(locale).upper() not in ("US", "UK"):
        fail("locale", "'locale' must be US or UK")
    fail_on = data.get("fail-on", "warning")
    if fail_on not in SEVERITIES:
        fail("fail-on", f"'fail-on' must be one of {', '.join(SEVERITIES)}")
    root = data.get("root", False)
    if not isinstance(root, bool):
        fail("root", "'root' must be true or false")
    size = data.get("max-article-size", DEFAULT_MAX_ARTICLE_BYTES / 1e6)
    if isinstance(size, bool) or not isinstance(size, (int, float)) or not 0 < size <= 100_000:
        fail("max-article-size", "'max-article-size' must be a number of megabytes above 0 (at most 100000)")
    split = data.get("split-size", DEFAULT_SPLIT_BYTES / 1e6)
    if isinstance(split, bool) or not isinstance(split, (int, float)) or not 0.001 <= split <= 100_000:
        fail("split-size", "'split-size' must be a number of megabytes from 0.001 to 100000")
    packs = tuple(str((base / p).resolve()) for p in str_list("rules"))
    for pack in packs:  # a pull request's config must not point factlint at the whole machine (rules: [/])
        if not Path(pack).is_relative_to(base.resolve()):
            fail("rules", f"rule pack '{pack}' is outside the configuration's folder {base.resolve()} "
                          "(name it with --rules to use it)")
    serve = data.get("serve", {})
    if not isinstance(serve, dict) or not all(k in SERVE_KEYS for k in serve):
        fail("serve", f"'serve' maps some of {', '.join(SERVE_KEYS)} to values")
    kb_files = tuple(str((base / p).resolve()) for p in str_list("kb"))
    for given, resolved in zip(str_list("kb"), kb_files):
        try:
            found = Path(resolved).is_file()
        except (OSError, ValueError) as exc:  # a name too long, a NUL byte
            fail("kb", f"knowledge-base file '{given[:80]}' cannot be read ({getattr(exc, 'strerror', None) or exc})")
        if not found:
            # Stop the run: a knowledge base without the newsroom's file would check against the wrong facts.
            fail("kb", f"knowledge-base file '{given}' not found ({resolved})")
    values: dict[str, Any] = {
        "select": str_list("select"),
        "ignore": str_list("ignore"),
        "enable": str_list("enable"),
        "severity": tuple(sorted((str(k), v) for k, v in severity.items())),
        "rules": packs,
        "kb": kb_files,
        "include": str_list("include") or DEFAULT_INCLUDE,
        "exclude": str_list("exclude"),
        "locale": str(locale).upper() if locale else None,
        "fail-on": fail_on,
        "max-article-size": int(size * 1e6),
        "split-size": int(split * 1e6),
        "serve": tuple(sorted((str(k), v if not isinstance(v, list) else tuple(v)) for k, v in serve.items())),
    }
    present = {FIELDS[k]: v for k, v in values.items() if k in data}
    return Layer(path, present, {FIELDS[k]: lines.get(k, 1) for k in values if k in data}, root)


def check_names(settings: Settings, rule_ids: set[str]) -> None:
    """Reject a rule id or category in the settings that no known rule has (a typo would silently do nothing).

    ``rule_ids`` are those of every rule a run can report, built-in ones included.
    """
    known = rule_ids | set(CATEGORIES)
    origins = dict(settings.origins)
    for key, names in (("select", settings.select), ("ignore", settings.ignore), ("enable", settings.enable),
                       ("severity", tuple(k for k, _ in settings.severity))):
        for name in names:
            if name not in known:
                where = origins.get(key, "command line")
                if where == "command line":  # blame the option, not a configuration file that may exist
                    raise ConfigError(f"--{key}: unknown rule or category '{name}'")
                raise ConfigError(f"{where}: {key}: unknown rule or category '{name}'")


class SettingsResolver:
    """The settings that apply to each path: the nearest configuration merged with its parents' up to a
    ``root: true`` file (or only the one ``--config`` names), with command-line ``overrides`` on top.

    One ``Settings`` object per nearest configuration file, so callers can compare them cheaply; lookups are
    cached per folder, because an archive has thousands of files in a few folders.
    """

    def __init__(self, config_path: str | None = None, **overrides: Any):
        self.config_path = config_path
        self.overrides = overrides
        self._by_config: dict[str | None, Settings] = {}
        self._layers: dict[Path, Layer] = {}
        self._by_dir: dict[Path, Settings] = {}
        self._by_given: dict[Path, Settings] = {}  # the folder as written: spares a resolve() per file

    def for_path(self, path: Path) -> Settings:
        """The settings for a file or folder.  Raises ``ConfigError`` for a missing or invalid configuration."""
        given = path.parent if not path.is_dir() else path
        if given in self._by_given:
            return self._by_given[given]
        folder = given.resolve()
        if folder not in self._by_dir:
            config = self._config_for(folder)
            key = str(config) if config else None
            if key not in self._by_config:
                self._by_config[key] = merge_layers(self._chain(config), self.overrides)
            self._by_dir[folder] = self._by_config[key]
        self._by_given[given] = self._by_dir[folder]
        return self._by_dir[folder]

    def _chain(self, config: Path | None) -> list[Layer]:
        """The layers that apply, farthest first: ``config`` and the configurations above it up to a root."""
        chain: list[Layer] = []
        while config is not None:
            if config not in self._layers:
                self._layers[config] = load_layer(config)
            chain.append(self._layers[config])
            folder = config.parent.resolve()
            if self.config_path or chain[-1].root or folder.parent == folder:
                break
            config = find_config(folder.parent)
        return chain[::-1]

    def _config_for(self, folder: Path) -> Path | None:
        if not self.config_path:
            return find_config(folder)
        config = Path(self.config_path)
        try:
            found = config.is_file()
        except (OSError, ValueError) as exc:  # a name too long, a NUL byte
            raise ConfigError(f"{self.config_path!r}: cannot read configuration file "
                              f"({getattr(exc, 'strerror', None) or exc})") from None
        if not found:
            raise ConfigError(f"{config}: configuration file not found")
        return config


def resolve_settings(path: Path | None = None, config_path: str | None = None, **overrides: Any) -> Settings:
    """The settings for one place (default: the working directory), for front ends that need no more."""
    return SettingsResolver(config_path, **overrides).for_path(path or Path.cwd())
