"""A real ``factlint serve`` on 127.0.0.1 (a free port) in a subprocess, and bounded HTTP requests to it.

A module, not a conftest: the suite imports helpers with ``from conftest import ...``, which a second
conftest would shadow.  Test modules import the ``start_server`` fixture from here."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed (pip install -e '.[test]')")
pytest.importorskip("uvicorn", reason="the serve extra is not installed (pip install -e '.[test]')")

REQUEST_TIMEOUT = 60  # seconds: no test waits longer on one request


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body)


class Server:
    """One running server: ``request`` sends one HTTP request and returns the reply, whatever its status."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = cwd / f"serve-{self.port}.log"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "factlint", "serve", "--host", "127.0.0.1", "--port", str(self.port), *args],
            cwd=cwd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
            stderr=self.log.open("w"),
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"factlint serve exited: {self.log.read_text()}")
            try:
                if self.request("GET", "/healthz", timeout=2).status == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("factlint serve did not start within 120 s")

    def request(self, method: str, path: str, body: bytes | dict | None = None, headers: dict | None = None,
                timeout: float = REQUEST_TIMEOUT) -> Reply:
        data = json.dumps(body).encode() if isinstance(body, dict) else body
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return Reply(resp.status, dict(resp.headers), resp.read())
        except urllib.error.HTTPError as exc:
            return Reply(exc.code, dict(exc.headers), exc.read())

    def check(self, body: dict, **kw) -> Reply:
        return self.request("POST", "/v1/check", body, {"Content-Type": "application/json", **kw.pop("headers", {})},
                            **kw)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def start_server(tmp_path_factory):
    """Start servers (stopped when the module's tests are done): ``start_server(*args, env=...)``."""
    started: list[Server] = []

    def start(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> Server:
        server = Server(list(args), cwd or tmp_path_factory.mktemp("serve"), env)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
