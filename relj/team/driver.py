"""The merge driver's registration in git's config (git does not clone it)."""

from __future__ import annotations

import shlex
import sys
from typing import TYPE_CHECKING

from relj.team.runner import run

if TYPE_CHECKING:
    from pathlib import Path

DRIVER_NAME = "relj customer files"


def driver_command() -> str:
    """The command git runs (through sh) for customer files.

    This very Python first, so it works whoever runs git (a shell, an IDE, a GUI)
    whatever PATH holds; when that interpreter is gone or no longer has relj (a
    rebuilt virtualenv, an upgraded Python), the ``relj`` on PATH. A driver that
    cannot run at all leaves the file unmerged, which ``relj sync`` finishes.
    """
    python = shlex.quote(sys.executable)
    return (f"if {python} -c 'import relj.team.merge' 2>/dev/null; "
            f"then exec {python} -m relj merge-driver %O %A %B; "
            f"else exec relj merge-driver %O %A %B; fi")


def register_merge_driver(root: Path) -> None:
    """Register the driver in the repository's own config (git does not clone it)."""
    run(root, "config", "merge.relj.name", DRIVER_NAME)
    run(root, "config", "merge.relj.driver", driver_command())


def driver_current(root: Path) -> bool:
    """Whether git would run this relj's driver (not a path from an older virtualenv)."""
    done = run(root, "config", "--get", "merge.relj.driver", check=False)
    return done.returncode == 0 and done.stdout.strip() == driver_command()
