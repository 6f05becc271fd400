"""The language server as an editor meets it: a real LSP client (pytest-lsp) drives `python -m factlint lsp`
over stdio: open an article, get diagnostics, ask for code actions, apply one, hover, change the config."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp", reason="pytest-lsp (and pygls) could not be installed")
from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

ARTICLE = """---
date: 2024-03-20
---
The vote was held on Monday, March 12, 2024, in the capital.

Officials said the the count would take a week.
"""


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "factlint", "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def _diagnostics(client: LanguageClient, uri: str, version: int) -> list[types.Diagnostic]:
    """The diagnostics published for ``uri`` at ``version`` (waiting for them, at most 30 s)."""
    async def wait():
        while True:
            params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
            if params.uri == uri and params.version == version:
                return list(params.diagnostics)

    return await asyncio.wait_for(wait(), 30)


def _open(client: LanguageClient, path: Path, text: str, language: str = "markdown") -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
    return uri


def _apply(text: str, edit: types.TextEdit) -> str:
    lines = text.splitlines(keepends=True)
    start = sum(len(x) for x in lines[: edit.range.start.line]) + edit.range.start.character
    end = sum(len(x) for x in lines[: edit.range.end.line]) + edit.range.end.character
    return text[:start] + edit.new_text + text[end:]


def _by_rule(diagnostics: list[types.Diagnostic]) -> dict[str, types.Diagnostic]:
    return {d.code: d for d in diagnostics}


@pytest.mark.asyncio
async def test_diagnostics_code_actions_and_hover(client: LanguageClient, tmp_path):
    uri = _open(client, tmp_path / "vote.md", ARTICLE)
    found = _by_rule(await _diagnostics(client, uri, 1))
    assert set(found) == {"weekday-mismatch", "repeated-word"}
    weekday = found["weekday-mismatch"]
    assert weekday.source == "factlint" and weekday.severity == types.DiagnosticSeverity.Error
    assert (weekday.range.start.line, weekday.range.start.character) == (3, 21)  # "Monday, March 12, 2024"
    assert "Tuesday" in weekday.message
    assert found["repeated-word"].severity == types.DiagnosticSeverity.Warning

    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=weekday.range,
        context=types.CodeActionContext(diagnostics=[weekday])))
    titles = [a.title for a in actions]
    assert any("'Tuesday'" in t for t in titles) and any("'11'" in t for t in titles)
    assert any(t.startswith("Suppress weekday-mismatch") for t in titles)

    repeated = found["repeated-word"]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=repeated.range,
        context=types.CodeActionContext(diagnostics=[repeated])))
    fix = next(a for a in actions if a.is_preferred)
    (edit,) = fix.edit.changes[uri]
    fixed = _apply(ARTICLE, edit)
    assert "said the count" in fixed
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)]))
    assert set(_by_rule(await _diagnostics(client, uri, 2))) == {"weekday-mismatch"}

    shown = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=3, character=25)))
    assert "weekday-mismatch" in shown.contents.value and "Tuesday" in shown.contents.value
    assert "suggestion: `Tuesday`" in shown.contents.value


@pytest.mark.asyncio
async def test_related_places_rule_links_and_kb_facts_in_the_hover(client: LanguageClient, tmp_path):
    text = ("---\ndate: 2023-12-03\n---\nNational Security and Defense Council Secretary Rustem Umerov said talks "
            "would continue.\n\nThe trail is 12 miles (30 km) long.\n")
    uri = _open(client, tmp_path / "talks.md", text)
    found = _by_rule(await _diagnostics(client, uri, 1))
    conversion = found["conversion-mismatch"]
    (related,) = conversion.related_information
    assert related.location.uri == uri and related.message == "converted from 12 miles"
    assert (related.location.range.start.line, related.location.range.start.character) == (5, 13)
    assert conversion.code_description.href.endswith("rules.md#conversion-mismatch")
    role = found["people-role-at-date"]
    shown = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=role.range.start))
    value = shown.contents.value
    assert "Oleksiy Danilov" in value and "https://" in value  # the KB facts and their sources
    assert "according to the knowledge base" in value  # the rule's explanation


@pytest.mark.asyncio
async def test_typing_is_checked_once_it_pauses(client: LanguageClient, tmp_path):
    text = "Officials said the the count would take a week.\n"
    uri = _open(client, tmp_path / "draft.md", text)
    await _diagnostics(client, uri, 1)
    seen = []
    waiting = asyncio.ensure_future(_collect(client, uri, seen, until=4))
    for version, typed in ((2, "Officials"), (3, "Officials said"), (4, "Officials said the count.")):
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=typed + "\n")]))
    await asyncio.wait_for(waiting, 30)
    assert seen == [4]  # the keystrokes in between were never checked


async def _collect(client: LanguageClient, uri: str, seen: list, until: int) -> None:
    while not seen or seen[-1] != until:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri:
            seen.append(params.version)


@pytest.mark.asyncio
async def test_suppression_action_writes_a_directive_that_silences_the_finding(client: LanguageClient, tmp_path):
    text = "Officials said the the count would take a week.\n"
    uri = _open(client, tmp_path / "note.txt", text, language="plaintext")
    (diag,) = await _diagnostics(client, uri, 1)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diag.range,
        context=types.CodeActionContext(diagnostics=[diag])))
    suppress = next(a for a in actions if a.title.startswith("Suppress repeated-word"))
    (edit,) = suppress.edit.changes[uri]
    silenced = _apply(text, edit).replace("why this is right", "quoting a sign")
    assert "<!-- factlint-disable-line repeated-word -- quoting a sign -->" in silenced
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=silenced)]))
    assert await _diagnostics(client, uri, 2) == []


@pytest.mark.asyncio
async def test_a_changed_configuration_is_read_again(client: LanguageClient, tmp_path):
    text = "Officials said the the count would take a week.\n"
    uri = _open(client, tmp_path / "note.md", text)
    assert [d.code for d in await _diagnostics(client, uri, 1)] == ["repeated-word"]
    config = tmp_path / ".factlint.yaml"
    config.write_text("ignore: [style]\n", encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]))
    assert await _diagnostics(client, uri, 1) == []
