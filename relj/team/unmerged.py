"""A merge git left unfinished: found by asking git (never by looking for markers).

When git could not run the merge driver (a rebuilt virtualenv, a GUI without
relj on its PATH), it leaves a customer file unmerged with OUR side's bytes and
no markers: following "edit the marked lines" would then drop the teammate's
entries. git still holds all three sides in its index (stages 1, 2, 3), so
``finish_merges`` merges such a file again from there, itself; a file that was
deleted on one side and changed on the other, or that someone already edited,
is left alone and reported with advice that keeps every entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from relj.errors import ReljError

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class Unmerged:
    path: str  # relative to the journal's folder, with /
    stages: frozenset[int]  # 1 base, 2 ours, 3 theirs: what git holds

    @property
    def deleted_on_one_side(self) -> bool:
        return not {2, 3} <= self.stages

    @property
    def customer_file(self) -> bool:
        parts = PurePosixPath(self.path).parts
        return len(parts) == 2 and parts[0] == "customers" and self.path.endswith(".toml")


def unmerged(root: Path) -> list[Unmerged]:
    """Every file git lists as unmerged under the journal's folder."""
    from relj.team.runner import run

    done = run(root, "ls-files", "--unmerged", "-z", "--", ".", check=False)
    stages: dict[str, set[int]] = {}
    for entry in done.stdout.split("\0"):
        meta, _, path = entry.partition("\t")
        fields = meta.split()
        if path and len(fields) == 3 and fields[2].isdigit():
            stages.setdefault(path, set()).add(int(fields[2]))
    return [Unmerged(path, frozenset(found)) for path, found in sorted(stages.items())]


def _stage(root: Path, number: int, path: str) -> bytes | None:
    import subprocess

    from relj.team.runner import git_env

    done = subprocess.run(["git", "show", f":{number}:./{path}"], cwd=root, capture_output=True,
                          env=git_env(), stdin=subprocess.DEVNULL, check=False)
    return done.stdout if done.returncode == 0 else None


def finish_merges(root: Path) -> list[str]:
    """Merge again, from git's index, every customer file git could not merge and
    nobody has touched since; stage the clean ones. Returns the files that were
    merged with conflicts (now marked)."""
    from relj.storage.files import atomic_write
    from relj.team.merge import merge_customer
    from relj.team.runner import run

    marked = []
    for item in unmerged(root):
        if not item.customer_file or item.deleted_on_one_side:
            continue
        ours, theirs = _stage(root, 2, item.path), _stage(root, 3, item.path)
        base = _stage(root, 1, item.path) if 1 in item.stages else b""
        path = root / item.path
        try:
            current = path.read_bytes()
        except OSError:
            continue
        if ours is None or theirs is None or base is None or current != ours:
            continue  # someone is resolving it already: leave it to them
        merged, conflicts = merge_customer(base, ours, theirs)
        atomic_write(path, merged)
        if conflicts:
            marked.append(item.path)
        else:
            run(root, "add", "--", item.path)
    return marked


def require_merged(root: Path) -> None:
    """Refuse, with advice that keeps every entry, while git lists unmerged files."""
    left = unmerged(root)
    if not left:
        return
    gone = [item.path for item in left if item.deleted_on_one_side]
    if gone:
        raise ReljError("team.deleted_and_changed", files=", ".join(gone))
    raise ReljError("team.unresolved", files=", ".join(item.path for item in left))


def team_problems(root: Path) -> list[str]:
    """What ``relj check`` reports about git: unfinished merges (asked from git, with
    or without markers) and a merge driver git could not run."""
    from relj.i18n import t
    from relj.storage.files import relative
    from relj.team.driver import driver_current
    from relj.team.runner import git_available, in_repository, is_repo

    if not (in_repository(root) and git_available() and is_repo(root)):
        return []
    found = []
    for item in unmerged(root):
        key = "team.check_deleted_and_changed" if item.deleted_on_one_side else \
            "team.check_unmerged"
        found.append(f"{relative(root / item.path)}:1: " + t(key))
    if not driver_current(root):
        found.append(f"{relative(root / '.gitattributes')}:1: " + t("team.check_driver"))
    return found
