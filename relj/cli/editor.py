"""Running the user's editor: $VISUAL or $EDITOR, split like a shell would, never through one."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from relj.errors import ReljError


def editor_command() -> list[str]:
    value = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        parts = shlex.split(value)
    except ValueError:
        raise ReljError("core.bad_editor", editor=value) from None
    if not parts:
        raise ReljError("core.bad_editor", editor=value)
    return parts


def run_editor(path: Path) -> None:
    command = editor_command()
    try:
        status = subprocess.call([*command, str(path)])
    except OSError as error:
        raise ReljError("core.editor_failed", editor=command[0],
                        reason=error.strerror or str(error)) from None
    if status != 0:
        raise ReljError("core.editor_status", editor=command[0], status=status)


def edit_text(initial: str, suffix: str = ".txt", folder: Path | None = None) -> str:
    """Let the user edit ``initial`` in a private temporary file and return the result."""
    fd, name = tempfile.mkstemp(suffix=suffix, prefix="relj-", dir=folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(initial)
        run_editor(path)
        # Bytes, not read_text: universal newlines would turn a CRLF file into
        # a changed file although the user changed nothing.
        try:
            return path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise ReljError("safety.editor_not_utf8", editor=editor_command()[0]) from None
    finally:
        path.unlink(missing_ok=True)
