"""Running git: one list of arguments (never a shell), in the journal's folder,
git's own words as the one-line reason when it fails. The lowest room of
relj.team: every other team module runs git through here."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from relj.errors import ReljError


def git_available() -> bool:
    return shutil.which("git") is not None


def git_env() -> dict[str, str]:
    env = dict(os.environ)
    env["GIT_TERMINAL_PROMPT"] = "0"  # never wait for a password nobody will type
    return env


def run(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    if not git_available():
        raise ReljError("team.no_git")
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", env=git_env(),
                              stdin=subprocess.DEVNULL, check=False)
    except OSError as error:
        raise ReljError("team.git_failed", command=args[0],
                        reason=error.strerror or str(error)) from None
    if check and done.returncode != 0:
        raise ReljError("team.git_failed", command=args[0], reason=reason(done))
    return done


def reason(done: subprocess.CompletedProcess[str]) -> str:
    """git's own words, in one line: the first fatal/error line, else the last line."""
    said = (done.stderr + "\n" + done.stdout).splitlines()
    lines = [line.strip() for line in said if line.strip()]
    for line in lines:
        if line.startswith(("fatal:", "error:")):
            return line[:300]
    return (lines[-1] if lines else f"exit status {done.returncode}")[:300]


def is_repo(root: Path) -> bool:
    if not git_available():
        return False
    return run(root, "rev-parse", "--is-inside-work-tree", check=False).stdout.strip() == "true"


def in_repository(root: Path) -> bool:
    """Whether the journal lies in a git working tree (its own or a larger one's),
    looked up on disk without starting git: for deciding to record ``by``."""
    return any((folder / ".git").exists() for folder in (root, *root.parents))


def user_name(root: Path) -> str | None:
    if not git_available():
        return None
    done = run(root, "config", "user.name", check=False)
    name = done.stdout.strip()
    return name or None
