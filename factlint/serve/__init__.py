"""``factlint serve``: an HTTP checking service for a CMS's editor, and a paste-and-check page.

Imported only by the ``serve`` command and its tests: it needs the optional ``factlint[serve]`` packages
(Starlette, uvicorn), which the linter itself never does.
"""
