"""Errors that carry what went wrong, where, and how to fix it."""

from __future__ import annotations

import difflib


class LookalikeError(Exception):
    """Base error: `what` happened at `where`; `fix` tells the user what to do."""

    exit_code = 1

    def __init__(self, what: str, *, where: str | None = None, fix: str | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.where = where
        self.fix = fix

    def __str__(self) -> str:
        parts = [self.what]
        if self.where:
            parts.append(f"where: {self.where}")
        if self.fix:
            parts.append(f"fix: {self.fix}")
        return "\n  ".join(parts)


class ConfigError(LookalikeError):
    """Bad input (job file, mapping, params, unreachable connection): nothing has been written."""

    exit_code = 2


class RunError(LookalikeError):
    """A run failed while moving data."""

    exit_code = 1


class RerunError(RunError):
    """A run error a resume cannot mend: it would meet the same copied rows again (an FK the copied rows violate).

    Its `fix` says what to change and to run the job again; the engines do not add "then resume" to it.
    """


class NotFoundError(LookalikeError):
    """What was asked for does not exist (or belongs to another account, which is the same to the asker)."""

    exit_code = 2


class ConflictError(LookalikeError):
    """The request clashes with what exists (a name already taken, a run already finished)."""

    exit_code = 2


class AuthError(LookalikeError):
    """No valid credentials."""

    exit_code = 2


def suggest(name: str, candidates: list[str]) -> str:
    """A `fix` for a misspelt name: the close matches among `candidates`, else the first of them."""
    close = difflib.get_close_matches(name, candidates, n=3)
    return f"did you mean {', '.join(close)}?" if close else f"known: {', '.join(candidates[:12])}"
