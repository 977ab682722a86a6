"""The one family of user-facing errors.

The core raises these with a message key and its fields; the CLI catches them
in exactly one place, translates the message and exits with ``exit_code``.
"""

from __future__ import annotations

from typing import Any


class ReljError(Exception):
    """A clear error the user can act on: exit 1, nothing written."""

    exit_code = 1

    def __init__(self, message_key: str, **fields: Any) -> None:
        super().__init__(message_key)
        self.key = message_key
        self.fields = fields

    def message(self) -> str:
        from relj.i18n import t

        return t(self.key, **self.fields)

    def __str__(self) -> str:  # useful in tests and --debug tracebacks
        try:
            return self.message()
        except Exception:  # noqa: BLE001 - never let a message hide the error
            return f"{self.key} {self.fields}"


class ReljUsageError(ReljError):
    """The command line itself is wrong (exit 2, like click's usage errors)."""

    exit_code = 2


class FileProblem(ReljError):
    """A journal file that does not parse or has wrong types.

    Printed as ``path:line: message`` so editors and ``relj check`` can jump to it.
    """

    def __init__(self, path: str, line: int, message_key: str, **fields: Any) -> None:
        super().__init__(message_key, **fields)
        self.path = path
        self.line = line

    def message(self) -> str:
        return f"{self.path}:{self.line}: {super().message()}"

    def __reduce__(self) -> Any:
        # Problems found in a worker process (relj.storage.cache) travel back pickled.
        return (_file_problem, (self.path, self.line, self.key, self.fields))


def _file_problem(path: str, line: int, key: str, fields: dict[str, Any]) -> FileProblem:
    return FileProblem(path, line, key, **fields)
