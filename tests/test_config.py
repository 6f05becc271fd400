"""Configuration is resolved in one place: the nearest file above each path, or the one --config names."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config import ConfigError, SettingsResolver, resolve_settings


def test_a_file_in_a_subfolder_gets_the_nearest_configuration(tmp_path: Path) -> None:
    (tmp_path / ".factlint.yaml").write_text("locale: US\n")
    sub = tmp_path / "desk" / "politics"
    sub.mkdir(parents=True)
    (tmp_path / "desk" / ".factlint.yaml").write_text("locale: UK\nfail-on: error\n")
    article = sub / "story.md"
    article.write_text("Text.\n")
    resolver = SettingsResolver()
    near = resolver.for_path(article)
    assert (near.locale, near.fail_on) == ("UK", "error")
    assert near.path == str((tmp_path / "desk" / ".factlint.yaml").resolve())
    assert resolver.for_path(tmp_path / "top.md").locale == "US"
    assert resolver.for_path(sub / "other.md") is near  # one Settings per configuration file


def test_command_line_overrides_and_an_explicit_config(tmp_path: Path) -> None:
    (tmp_path / ".factlint.yaml").write_text("fail-on: error\nignore: [style]\n")
    given = tmp_path / "house.yaml"
    given.write_text("locale: UK\n")
    assert resolve_settings(tmp_path, fail_on="info").fail_on == "info"
    assert resolve_settings(tmp_path, ignore=None).ignore == ("style",)  # None keeps the file's value
    assert resolve_settings(tmp_path, config_path=str(given)).locale == "UK"
    with pytest.raises(ConfigError, match="configuration file not found"):
        resolve_settings(tmp_path, config_path=str(tmp_path / "missing.yaml"))


def test_pyproject_section_is_found_from_a_nested_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\nlocale = "UK"\n')
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert resolve_settings(tmp_path / "a" / "b").locale == "UK"


def test_the_serve_section_is_kept_for_factlint_serve_and_shown_by_config(tmp_path: Path, cli) -> None:
    (tmp_path / ".factlint.yaml").write_text("serve:\n  cors-origins: [https://cms.example]\n  timeout: 5\n")
    settings = resolve_settings(tmp_path)
    assert dict(settings.serve) == {"cors-origins": ("https://cms.example",), "timeout": 5}
    shown = cli("config").out
    assert "serve: [cors-origins: ['https://cms.example'], timeout: 5]" in shown
    (tmp_path / ".factlint.yaml").write_text("serve: [8000]\n")
    with pytest.raises(ConfigError, match=r"\.factlint\.yaml:1: 'serve' maps some of"):
        resolve_settings(tmp_path)
