"""Team commands: sync and the git merge driver."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import app, state
from relj.errors import ReljError

if TYPE_CHECKING:
    from pathlib import Path

# -- sync -----------------------------------------------------------------------


@app.command()
def sync() -> None:
    """Share the journal: commit what changed, pull (merging customer files), push."""
    from relj.i18n import t
    from relj.render import out
    from relj.storage.init import tighten_modes
    from relj.team import git

    journal = state().journal()

    def message(count: int) -> str:
        return t("team.sync_commit_message", count=count, lang="en")

    try:  # the lock is held for the local steps only, not while talking to the remote
        result = git.sync(journal.root, message, lock=journal.lock)
    finally:
        tighten_modes(journal.root)  # files git wrote follow the umask, not relj's 0600
    out(t("team.synced", remote=result.remote, committed=result.committed,
          incoming=result.incoming, outgoing=result.outgoing))


# -- merge-driver ------------------------------------------------------------------


@app.command("merge-driver", hidden=True)
def merge_driver(
    base: Annotated[str, typer.Argument(help="%O: the common ancestor's version.")],
    ours: Annotated[str, typer.Argument(help="%A: our version; the result is written here.")],
    theirs: Annotated[str, typer.Argument(help="%B: their version.")],
) -> None:
    """git merge driver for customer files (exit 0 merged, 1 conflict: git's contract)."""
    from pathlib import Path

    from relj.i18n import t
    from relj.render import err
    from relj.storage.files import atomic_write
    from relj.team.merge import FILE_CONFLICT, merge_customer

    paths = [Path(p) for p in (base, ours, theirs)]
    sides = [_read_plain_file(path) for path in paths]
    merged, conflicts = merge_customer(*sides)
    if merged != sides[1]:
        atomic_write(paths[1], merged)
    if conflicts:
        named = [t("team.driver_whole_file") if c == FILE_CONFLICT else c for c in conflicts]
        err("relj: " + t("team.driver_conflict", fields=", ".join(named)))
        raise typer.Exit(1)


def _read_plain_file(path: Path) -> bytes:
    """git hands the driver plain files; anything else (a link, a folder, a
    device, nothing) is refused before a byte is read or written."""
    import os
    import stat

    shown = str(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise ReljError("team.driver_missing", path=shown) from None
    except OSError as error:
        raise ReljError("team.driver_unreadable", path=shown,
                        reason=error.strerror or str(error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise ReljError("team.driver_not_file", path=shown)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise ReljError("team.driver_unreadable", path=shown,
                        reason=error.strerror or str(error)) from None
