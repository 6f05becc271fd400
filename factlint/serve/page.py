"""The page at ``/``: paste an article, press Check, read it highlighted with the findings beside it.

It is the HTML report (``--format html``) around a form: the same stylesheet and the same article section,
so an editor who knows one knows the other.  Like the report it has no script and loads nothing (its
Content-Security-Policy forbids both); the form posts back to ``/`` and the answer is the page again with the
text kept in the box.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from factlint import __version__
from factlint.findings import FileResult
from factlint.reporters.html import CSP as REPORT_CSP, STYLE, escape, file_section  # the report's look, shared

CSP = f"{REPORT_CSP}; form-action 'self'"
_FORM_STYLE = """
form{font-family:sans-serif;font-size:.9rem;margin:1rem 0}
textarea{width:100%;min-height:14rem;font:15px/1.4 Georgia,serif;box-sizing:border-box;padding:.5rem}
.controls{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-top:.5rem}
.problem{font-family:sans-serif;color:#c92a2a}
"""
_FORMATS = (("text", "Plain text"), ("markdown", "Markdown"), ("html", "HTML"))


def form_fields(body: bytes) -> dict[str, str]:
    """The form's fields (first value of each), from an ``application/x-www-form-urlencoded`` body."""
    decoded = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=20)
    return {key: values[0] for key, values in decoded.items()}


def render(result: FileResult | str | None, text: str, fmt: str, pub_date: str, wants_token: bool) -> str:
    """The page: the form (holding what was sent), then the checked article, a problem, or nothing yet."""
    options = "".join(
        f'<option value="{value}"{" selected" if value == fmt else ""}>{label}</option>' for value, label in _FORMATS
    )
    token = ('<label>Token <input type="password" name="token" autocomplete="current-password"></label>'
             if wants_token else "")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>factlint</title>",
        f"<style>{STYLE}{_FORM_STYLE}</style></head><body>",
        "<header><h1>factlint</h1>",
        '<form method="post" action="/" id="check">',
        f'<textarea name="text" aria-label="Article" placeholder="Paste the article here">{escape(text)}</textarea>',
        '<div class="controls">',
        f'<label>Format <select name="format">{options}</select></label>',
        f'<label>Published <input type="date" name="date" value="{escape(pub_date)}"></label>',
        token,
        '<button type="submit">Check</button></div></form>',
        f'<p class="clean">factlint {escape(__version__)}</p></header><main>',
    ]
    if isinstance(result, str):
        out.append(f'<p class="problem" id="problem">{escape(result)}</p>')
    elif result is not None:
        n = len(result.findings)
        out.append(f'<p class="summary" id="summary">{n} finding{"" if n == 1 else "s"}.</p>')
        for notice in result.notices:
            out.append(f'<p class="clean">{escape(notice)}</p>')
        if result.findings or result.errors:
            out.append(file_section(1, result))
    out.append("</main></body></html>\n")
    return "\n".join(out)
