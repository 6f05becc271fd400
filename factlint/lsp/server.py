"""The language server: pygls wiring of the workspace checker to the editor over stdio.

Diagnostics are published when a document opens, when it is saved, and a short pause after the writer stops
typing (``DEBOUNCE`` seconds: each change cancels the check it would otherwise have queued).  Checks run one at
a time in a worker thread, so the server keeps answering hovers and code actions while an article is checked,
and a result older than the document's current version is never published.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path

from factlint import __version__
from factlint.lsp.convert import Ranges, code_actions, covers, diagnostic, hover, problem
from factlint.lsp.workspace import Workspace, checked_path, is_config

DEBOUNCE = 0.3  # seconds after the last keystroke before a document is checked again
_WATCHED = ("**/.factlint.yaml", "**/.factlint.yml", "**/pyproject.toml")


def _default_docs() -> str | None:
    """The rule reference of a source checkout (an editable install), anchored at the rule's heading."""
    reference = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    return f"{from_fs_path(str(reference))}#{{rule}}" if reference.is_file() else None


class FactlintServer(LanguageServer):
    """A language server holding one ``Workspace`` (rules, KB and settings loaded once) for all requests."""

    def __init__(self) -> None:
        super().__init__("factlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.state = Workspace()
        self.pending: dict[str, asyncio.Task] = {}
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factlint-check")
        self.docs_url: str | None = _default_docs()

    def docs_for(self, rule: str) -> str | None:
        return self.docs_url.replace("{rule}", rule) if self.docs_url else None

    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, replacing a check already waiting for it."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._check_later(uri, delay))

    async def _check_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        doc = self.workspace.get_text_document(uri)
        path = checked_path(doc.path, uri, doc.language_id)
        if path is None:
            return
        version, text = doc.version, doc.source
        # The check stores its result in self.state.results, which publish() reads.
        await asyncio.get_running_loop().run_in_executor(self.worker, self.state.check, uri, path, text, version)
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return  # closed or edited meanwhile: the newer check publishes
        self.publish(uri, text)

    def publish(self, uri: str, text: str) -> None:
        checked = self.state.results.get(uri)
        if checked is None:
            return
        ranges = Ranges(text, self.workspace.position_codec)
        diagnostics = [problem(e) for e in checked.errors] + [
            diagnostic(f, i, uri, ranges, self.docs_for) for i, f in enumerate(checked.findings)
        ]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=checked.version))

    def recheck_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)


server = FactlintServer()


@server.feature(types.INITIALIZE)
def initialize(ls: FactlintServer, params: types.InitializeParams) -> None:
    """``initializationOptions.ruleDocs``: a URL template (``{rule}`` for the id) for each diagnostic's link."""
    options = params.initialization_options
    if isinstance(options, dict) and isinstance(options.get("ruleDocs"), str):
        ls.docs_url = options["ruleDocs"]


@server.feature(types.INITIALIZED)
async def initialized(ls: FactlintServer, params: types.InitializedParams) -> None:
    """Ask the client to report changes to configuration files, when it can register such a watch."""
    caps = ls.client_capabilities.workspace
    watch = caps.did_change_watched_files if caps else None
    if not (watch and watch.dynamic_registration):
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=g) for g in _WATCHED])
    try:
        await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
            id="factlint-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))
    except Exception:  # a client that refuses: configuration is still reloaded when saved in the editor
        pass


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: FactlintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: FactlintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, DEBOUNCE)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: FactlintServer, params: types.DidSaveTextDocumentParams) -> None:
    uri = params.text_document.uri
    if is_config(ls.workspace.get_text_document(uri).path):
        ls.state.reload()
        ls.recheck_all()
    else:
        ls.schedule(uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: FactlintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    waiting = ls.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    ls.state.forget(uri)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched(ls: FactlintServer, params: types.DidChangeWatchedFilesParams) -> None:
    """A configuration file was created, changed or deleted: read the settings again and check again."""
    ls.state.reload()
    ls.recheck_all()


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
)
def code_action(ls: FactlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    uri = params.text_document.uri
    checked = ls.state.results.get(uri)
    if checked is None:
        return None
    ranges = Ranges(ls.workspace.get_text_document(uri).source, ls.workspace.position_codec)
    found = []
    for diag in params.context.diagnostics:
        data = diag.data if isinstance(diag.data, dict) else {}
        index = data.get("index")
        if diag.source == "factlint" and isinstance(index, int) and 0 <= index < len(checked.findings):
            f = checked.findings[index]
            if f.rule == diag.code:
                found.append((f, diag))
    return code_actions(uri, found, ranges) or None


@server.feature(types.TEXT_DOCUMENT_HOVER)
def on_hover(ls: FactlintServer, params: types.HoverParams) -> types.Hover | None:
    uri = params.text_document.uri
    checked = ls.state.results.get(uri)
    if checked is None:
        return None
    doc = ls.workspace.get_text_document(uri)
    at = ls.workspace.position_codec.position_from_client_units(doc.lines, params.position)
    found = [f for f in checked.findings if covers(f, at.line + 1, at.character + 1)]
    path = checked_path(doc.path, uri, doc.language_id) or doc.path
    return hover(found, lambda rule: ls.state.rule(rule, path), Ranges(doc.source, ls.workspace.position_codec))


def serve() -> None:
    """Run the server on standard input and output until the client says exit."""
    server.start_io()
