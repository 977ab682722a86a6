"""git hooks that keep the journal private after a plain ``git pull`` or checkout.

git writes files by the umask (often 0644), but customer files hold personal
data (0600, folders 0700). ``relj init`` installs post-merge, post-checkout and
post-rewrite hooks that take group and other permissions off the journal's
files again, in plain sh (no Python, no relj on PATH needed). A hook the user
wrote is never replaced: relj's lines are added to it once, marked.
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

HOOKS = ("post-merge", "post-checkout", "post-rewrite")
MARK = "# relj: keep the journal private"
SHELLS = ("#!/bin/sh", "#!/bin/bash", "#!/usr/bin/env sh", "#!/usr/bin/env bash")


def hook_lines(prefix: str) -> str:
    """The hook's lines for the journal at PREFIX (relative to the top of the working
    tree, where git runs hooks: moving the folder keeps them right); find does not
    follow links, and errors never fail git's command."""
    journal = shlex.quote("./" + prefix.rstrip("/")) if prefix.strip("/") else "."
    return (f"{MARK}\n"
            f"find {journal} {journal}/customers {journal}/.relj -maxdepth 0 -type d "
            f"-exec chmod go-rwx {{}} + 2>/dev/null\n"
            f"find {journal} {journal}/customers -maxdepth 1 -type f "
            f"\\( -name '*.toml' -o -name inbox.md \\) -exec chmod go-rwx {{}} + 2>/dev/null\n"
            f"{MARK} (end)\n")


def install_hooks(root: Path) -> None:
    """Install (or refresh) relj's lines in the repository's hooks."""
    import os
    from pathlib import Path

    from relj.storage.files import atomic_write
    from relj.team.runner import run

    hooks = Path(run(root, "rev-parse", "--git-path", "hooks").stdout.strip())
    hooks = hooks if hooks.is_absolute() else root / hooks
    hooks.mkdir(parents=True, exist_ok=True)
    lines = hook_lines(run(root, "rev-parse", "--show-prefix").stdout.strip())
    for name in HOOKS:
        path = hooks / name
        if path.is_symlink():
            continue  # someone's own arrangement: leave it
        try:
            old = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            old = "#!/bin/sh\n"
        except (OSError, UnicodeDecodeError):
            continue
        if not old.startswith(SHELLS):
            continue  # a hook in another language: sh lines would break it
        text = _without_ours(old)
        text = text if text.endswith("\n") else text + "\n"
        atomic_write(path, (text + lines).encode("utf-8"))
        os.chmod(path, 0o700)


def _without_ours(text: str) -> str:
    out, inside = [], False
    for line in text.splitlines(keepends=True):
        if line.startswith(MARK):
            inside = not line.rstrip().endswith("(end)")
            continue
        if not inside:
            out.append(line)
    return "".join(out)
