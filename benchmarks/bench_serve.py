"""Throughput and latency of ``factlint serve``, driven as a CMS drives it: concurrent ``POST /v1/check``
requests of real-length articles on loopback, a bounded number of them.

    python benchmarks/bench_serve.py [--requests 200] [--concurrency 4] [--workers 4] [--corpus DIR]

The articles are read at run time from the corpus (``../shared/corpus`` when present, or ``--corpus``) and
never stored; without one, the fixtures and generated copy of the same length stand in.  The server is started
on 127.0.0.1 on a free port and stopped at the end; prints requests per second and p50/p99 latency.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import REPO, find_corpus  # noqa: E402

ARTICLE_CHARS = 5000  # about a news story of 800 words


def articles(corpus: Path | None, count: int) -> list[tuple[str, str]]:
    """Up to ``count`` (text, format) pairs: corpus articles when there is a corpus, else fixtures and copy."""
    if corpus is not None:
        files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md", ".html"))
        random.Random(1).shuffle(files)
        fmt = {".txt": "text", ".md": "markdown", ".html": "html"}
        return [(p.read_text(encoding="utf-8", errors="replace"), fmt[p.suffix]) for p in files[:count]]
    texts = [(p.read_text(encoding="utf-8"), "markdown") for p in sorted((REPO / "fixtures").rglob("*.md"))]
    line = ("On Tuesday, March {d}, 2024, Councillor Ana Ruiz said spending rose {d}% to $4.{d} million, "
            "and 40 of the 52 members voted for it. ")
    generated = "".join(line.format(d=i % 9 + 1) + ("\n\n" if i % 4 == 3 else "") for i in range(ARTICLE_CHARS // 120))
    texts.append((generated, "text"))
    return [texts[i % len(texts)] for i in range(count)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url: str, text: str, fmt: str) -> tuple[float, int]:
    body = json.dumps({"text": text, "format": fmt}).encode()
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            resp.read()
            status = resp.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return time.perf_counter() - start, status


def start_server(port: int, workers: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "factlint", "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--concurrency", str(workers)], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "FACTLINT_SERVE_TOKEN": ""})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"factlint serve exited: {proc.stderr.read().decode()[-500:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("factlint serve did not start within 120 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight at once")
    parser.add_argument("--workers", type=int, default=4, help="the server's --concurrency (worker processes)")
    parser.add_argument("--corpus", help="folder of articles (default: ../shared/corpus when present)")
    args = parser.parse_args()
    corpus = find_corpus(args.corpus)
    load = articles(corpus, args.requests)
    port = free_port()
    started = time.perf_counter()
    server = start_server(port, args.workers)
    print(f"server ready in {time.perf_counter() - started:.1f} s on 127.0.0.1:{port} ({args.workers} workers); "
          f"{len(load)} requests from {corpus or 'fixtures and generated copy'}, {args.concurrency} at a time")
    url = f"http://127.0.0.1:{port}/v1/check"
    try:
        post(url, *load[0])  # warm-up, not measured
        start = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            replies = list(pool.map(lambda item: post(url, *item), load))
        wall = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(20)
    latencies = sorted(t for t, _ in replies)
    failed = sum(1 for _, status in replies if status != 200)
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
    chars = statistics.mean(len(t) for t, _ in load)
    print(f"{len(replies) / wall:.1f} requests/s; latency p50 {statistics.median(latencies) * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms; mean article {chars:.0f} characters; {failed} not 200")


if __name__ == "__main__":
    main()
