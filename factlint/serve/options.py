"""The service's limits and access settings: command-line options over the ``serve:`` section of the
configuration, over defaults.

The bearer token itself is never written in a configuration file (those are committed beside the articles):
the file names the environment variable that holds it (``token-env``), and ``--token-env`` may too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from factlint.config import ConfigError, Settings

DEFAULT_TOKEN_ENV = "FACTLINT_SERVE_TOKEN"


@dataclass(frozen=True)
class ServeOptions:
    """What the app enforces on every request."""

    cors_origins: tuple[str, ...] = ()
    token: str | None = None
    max_bytes: int = 1_000_000  # a long feature is 60 kB; a megabyte leaves room for HTML markup
    timeout: float = 10.0  # seconds one check may run
    concurrency: int = 2  # checks running at once (one worker process each)
    queue: int = 16  # requests that may wait for a worker before the server answers "busy"


def _number(value: Any, key: str, where: str, kind: type, low: float) -> Any:
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: serve: '{key}' must be a number") from None
    if number < low:
        raise ConfigError(f"{where}: serve: '{key}' must be at least {low}")
    return number


def resolve_options(settings: Settings, given: dict[str, Any]) -> ServeOptions:
    """Options from ``given`` (command line; None means not given), then ``settings.serve``, then defaults.

    Raises ``ConfigError`` naming the bad value.
    """
    where = dict(settings.origins).get("serve", "command line")
    merged = {**dict(settings.serve), **{k: v for k, v in given.items() if v is not None and v != ()}}
    origins = merged.get("cors-origins", ())
    if isinstance(origins, str):
        origins = (origins,)
    if not all(isinstance(o, str) for o in origins):
        raise ConfigError(f"{where}: serve: 'cors-origins' must be a list of origins")
    token_env = merged.get("token-env")
    token = None
    if token_env is not None:
        token = os.environ.get(str(token_env))
        if not token:
            raise ConfigError(f"{where}: serve: token-env names ${token_env}, which is not set (or empty)")
    else:
        token = os.environ.get(DEFAULT_TOKEN_ENV) or None
    defaults = ServeOptions()
    return ServeOptions(
        cors_origins=tuple(origins),
        token=token,
        max_bytes=_number(merged.get("max-bytes", defaults.max_bytes), "max-bytes", where, int, 1),
        timeout=_number(merged.get("timeout", defaults.timeout), "timeout", where, float, 0.01),
        concurrency=_number(merged.get("concurrency", defaults.concurrency), "concurrency", where, int, 1),
    )
