"""The ASGI application: routes, limits and access, around the worker pool that does the checking.

Every limit answers with a status and a one-line ``{"error": ...}``: a body over ``max-bytes`` is 413 (refused
from its Content-Length when it says so, else while it streams in), a check over ``timeout`` is 503 (its worker
is stopped and replaced), more requests than the workers and their queue can take are 503 with Retry-After.
The rules are loaded once here (for listings and for validating ``select``/``ignore``) and once per worker.
"""

from __future__ import annotations

import hmac
import io
import json
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from factlint import __version__
from factlint.config import Settings
from factlint.engine.runner import known_rules
from factlint.findings import FileResult
from factlint.kinds.rule import Rule
from factlint.serve.options import ServeOptions
from factlint.serve.requests import BadRequest, parse_check
from factlint.serve.workers import Busy, CheckTimeout, Job, WorkerLost, WorkerPool


class _Refused(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.headers = status, headers or {}


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """JSON as the ``check`` command writes it (UTF-8, values it cannot encode as strings)."""
    body = json.dumps(data, ensure_ascii=False, default=str)
    return Response(body, status, headers, media_type="application/json")


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """The one shape of every refusal."""
    return json_response({"error": message}, status, headers)


def check_json(result: FileResult, named: bool) -> dict:
    """The ``check --format json`` document for one checked text; ``path`` only when the client named it."""
    from factlint.reporters.json_format import write

    buffer = io.StringIO()
    write([result], [], buffer)
    data = json.loads(buffer.getvalue())
    if not named:
        for finding in data["findings"]:
            finding.pop("path", None)
            for related in finding.get("related", []):
                related.pop("path", None)
    return data


def rule_summary(rule: Rule, settings: Settings) -> dict:
    """A rule as listed: what it checks and how it is set here."""
    return {
        "id": rule.id, "kind": rule.kind, "category": rule.category,
        "severity": settings.severity_for(rule.id, rule.category, rule.severity),
        "enabled": settings.rule_enabled(rule.id, rule.category, rule.enabled),
        "description": rule.description.strip(),
    }


def rule_detail(rule: Rule, settings: Settings) -> dict:
    """A rule in full, as ``factlint explain`` prints it (without the server's file paths)."""
    return {
        **rule_summary(rule, settings), "message": rule.message, "scope": rule.scope, "params": rule.params,
        "examples": [{"text": e.text, "fires": e.fires, "date": e.date} for e in rule.examples],
    }


class Service:
    """The state one server holds: options, settings, the rules, the worker pool and the request count."""

    def __init__(self, options: ServeOptions, settings: Settings):
        self.options, self.settings = options, settings
        self.rules = known_rules(settings)
        self.rule_ids = {r.id for r in self.rules}
        self.pool = WorkerPool(settings, options.concurrency, options.timeout)
        self.pending = 0

    def authorize(self, request: Request, form_token: str | None = None) -> None:
        """Refuse (401) a request without the bearer token, when the server has one."""
        if self.options.token is None:
            return
        header = request.headers.get("authorization", "")
        given = form_token if form_token is not None else (header[7:] if header[:7].lower() == "bearer " else "")
        if not hmac.compare_digest(given.encode(), self.options.token.encode()):
            raise _Refused(401, "a bearer token is required (Authorization: Bearer <token>)",
                           {"WWW-Authenticate": "Bearer"})

    async def body(self, request: Request) -> bytes:
        """The request body, refused (413) as soon as it is known to exceed ``max-bytes``."""
        limit = self.options.max_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _Refused(413, f"the body is {declared} bytes; this server takes at most {limit}")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _Refused(413, f"the body exceeds {limit} bytes, the most this server takes")
            chunks.append(chunk)
        return b"".join(chunks)

    async def run(self, job: Job) -> FileResult:
        """Check in a worker within the limits; refusals as ``_Refused``."""
        if self.pending >= self.options.concurrency + self.options.queue:
            raise _Refused(503, "the server is busy: too many checks waiting; retry shortly", {"Retry-After": "1"})
        self.pending += 1
        try:
            return await self.pool.check(job)
        except CheckTimeout:
            raise _Refused(503, f"the check took longer than {self.options.timeout:g} s, this server's limit, "
                           "and was stopped; send a shorter text or ask for fewer rules") from None
        except WorkerLost:
            raise _Refused(503, "the check stopped unexpectedly and its worker was restarted; retry") from None
        except Busy:
            raise _Refused(503, "the server is busy: no worker became free; retry shortly",
                           {"Retry-After": "1"}) from None
        finally:
            self.pending -= 1


def _handled(endpoint):
    """An endpoint whose refusals (``_Refused``, ``BadRequest``) become their status and one-line message."""
    async def wrapper(request: Request) -> Response:
        try:
            return await endpoint(request, request.app.state.service)
        except _Refused as exc:
            return error(exc.status, str(exc), exc.headers)
        except BadRequest as exc:
            return error(400, str(exc))
    wrapper.__name__ = endpoint.__name__
    return wrapper


@_handled
async def check(request: Request, service: Service) -> Response:
    service.authorize(request)
    job = parse_check(await service.body(request), service.settings, service.rule_ids)
    result = await service.run(job)
    if result.errors and result.document is None:
        raise BadRequest(result.errors[0])
    return json_response(check_json(result, named=job.name != "<text>"))


@_handled
async def rules(request: Request, service: Service) -> Response:
    service.authorize(request)
    return json_response({"version": 1, "rules": [rule_summary(r, service.settings) for r in service.rules]})


@_handled
async def rule(request: Request, service: Service) -> Response:
    service.authorize(request)
    wanted = request.path_params["rule_id"]
    found = next((r for r in service.rules if r.id == wanted), None)
    if found is None:
        raise _Refused(404, f"no rule '{wanted}' (GET /v1/rules lists them)")
    return json_response(rule_detail(found, service.settings))


async def healthz(request: Request) -> Response:
    return json_response({"status": "ok", "version": __version__})


async def openapi(request: Request) -> Response:
    from factlint.serve.openapi import description

    return json_response(description())


@_handled
async def page(request: Request, service: Service) -> Response:
    from factlint.serve.page import CSP, form_fields, render

    if request.method == "GET":
        return HTMLResponse(render(None, "", "text", "", service.options.token is not None),
                            headers={"Content-Security-Policy": CSP})
    fields = form_fields(await service.body(request))
    service.authorize(request, form_token=fields.pop("token", "") if service.options.token else None)
    shown = (fields.get("text", ""), fields.get("format", "text"), fields.get("date", ""))
    try:
        result = await service.run(parse_check_fields(fields, service))
        status = 200
    except (BadRequest, _Refused) as exc:
        result, status = str(exc), getattr(exc, "status", 400)
    return HTMLResponse(render(result, *shown, service.options.token is not None), status,
                        headers={"Content-Security-Policy": CSP})


def parse_check_fields(fields: dict[str, str], service: Service) -> Job:
    """The page's form as a check request (empty fields left out)."""
    from factlint.serve.requests import from_fields

    return from_fields({"name": "article", **{k: v for k, v in fields.items() if v}}, service.settings, service.rule_ids)


def create_app(options: ServeOptions, settings: Settings) -> Starlette:
    """The application, with its workers started and stopped by the server's lifespan."""
    service = Service(options, settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await service.pool.start()
        try:
            yield
        finally:
            await service.pool.close()

    middleware = []
    if options.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(options.cors_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"]))
    app = Starlette(routes=[
        Route("/", page, methods=["GET", "POST"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/v1/check", check, methods=["POST"]),
        Route("/v1/rules", rules, methods=["GET"]),
        Route("/v1/rules/{rule_id}", rule, methods=["GET"]),
    ], middleware=middleware, lifespan=lifespan)
    app.state.service = service
    return app
