"""Errors that stop a run with exit code 2, kept apart from the modules raising them.

The command line catches these on every run; defining them here means it does not import the git, baseline or
other optional machinery just to know what to catch, and the rule engine can catch a broken knowledge base
without importing the KB loader.
"""

from __future__ import annotations


class GitError(ValueError):
    """git could not answer (not a repository, unknown revision, git missing); one line for the user."""


class BaselineError(ValueError):
    """A baseline file that cannot be read or is not one; one line for the user."""


class KBError(Exception):
    """A KB file cannot be read: the message is one line naming the file and line (raised by ``factlint.kb``)."""


class OutputError(OSError):
    """A report, baseline or KB file that cannot be written where asked; one line for the user."""
