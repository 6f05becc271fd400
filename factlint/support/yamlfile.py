"""Reading YAML data files (rules, config, vocabularies) with line numbers for error messages.

Only ``safe_load`` semantics: no tag constructs code.  Every mapping comes back as a ``LineDict``, which knows the
1-based line of itself and of each key, so a validator can say ``rules/numbers.yaml:12: unknown key 'severty'``.

Parsed data files are cached on disk (keyed on path and content hash, sealed: ``factlint.support.cache``), so a
warm run reads its rule packs without importing or running the YAML parser at all.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from factlint import __version__
from factlint.support.cache import files_stamp, read_cached, write_cached


class LineDict(dict):
    """A dict that remembers where it and each of its keys stand in the YAML file."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class YamlError(ValueError):
    """A YAML file that cannot be read; the message is one line: ``path:line: problem``."""


@lru_cache(maxsize=1)
def _loader() -> Any:
    """A safe loader class building ``LineDict`` mappings (the C parser where PyYAML has it)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc,valid-type]
        pass

    def construct_mapping(loader: Any, node: Any) -> LineDict:
        loader.flatten_mapping(node)
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "found an unhashable key", key_node.start_mark
                ) from None
            result[key] = loader.construct_object(value_node, deep=True)
            if isinstance(key, str):
                result.key_lines[key] = key_node.start_mark.line + 1
        return result

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return Loader


def load_yaml(text: str, path: str, line_offset: int = 0, what: str = "invalid YAML") -> Any:
    """Parse YAML text safely, mappings as ``LineDict``; syntax errors become a one-line ``YamlError``.

    ``line_offset`` is added to reported lines and ``what`` names the problem, for YAML embedded in a larger
    file (front matter).
    """
    import yaml

    try:
        return yaml.load(text, Loader=_loader())
    except ValueError as exc:  # a constructor's complaint, such as a date that does not exist
        raise YamlError(f"{path}:{line_offset + 1}: {what}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = (mark.line + 1 if mark is not None else 1) + line_offset
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlError(f"{path}:{line}: {what}: {problem}") from None


def load_yaml_file(path: str) -> Any:
    """Read and parse a YAML file (from the parse cache when unchanged); errors become a one-line ``YamlError``."""
    try:
        stamp = files_stamp([path], __version__)
    except OSError as exc:
        raise YamlError(f"{path}: cannot read: {exc.strerror or exc}") from None
    key = os.path.abspath(path)
    data = read_cached("yaml", key, stamp)
    if data is not None:
        return data
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise YamlError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise YamlError(f"{path}: not UTF-8 text") from None
    data = load_yaml(text, path)
    write_cached("yaml", key, stamp, data)
    return data
