"""Errors a user can cause: a message to show, and nothing changed."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A mistake in what the user asked for (bad input, a closed period ...).

    ``message`` is English text marked with ``N_`` whose ``{names}`` are
    filled from ``params`` after translation.
    """

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


class ValidationErrors(UserError):
    """Several problems found at once (a form, an imported row)."""

    def __init__(self, errors: list[UserError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors
