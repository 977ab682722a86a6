"""git as the distributed engine: init, commits, sync (the driver's registration: driver.py).

git runs as a list of arguments (never through a shell) in the journal's
folder. What git says when it fails is passed on as a one-line reason. relj
never force-pushes, never rebases and never throws local changes away.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from relj.errors import ReljError
from relj.team.driver import (
    DRIVER_NAME,
    driver_command,
    driver_current,
    register_merge_driver,
)
from relj.team.runner import (
    git_available,
    git_env,
    in_repository,
    is_repo,
    reason,
    run,
    user_name,
)

PUSH_ATTEMPTS = 3


@dataclass
class SyncResult:
    remote: str
    committed: int  # files committed before pulling
    incoming: int  # commits that came in
    outgoing: int  # commits that went out


def require_repo(root: Path) -> None:
    """Refuse early (before anything is written) when git cannot be used here."""
    if not git_available():
        raise ReljError("team.no_git")
    if not is_repo(root):
        raise ReljError("team.not_a_repo", path=str(root))

__all__ = ["DRIVER_NAME", "driver_command", "driver_current", "git_available", "git_env",
           "in_repository", "is_repo", "reason", "register_merge_driver", "run", "user_name"]


def init_repo(root: Path) -> None:
    run(root, "init", "--quiet")


def commit_paths(root: Path, paths: list[Path], message: str) -> None:
    """Commit exactly these files (whatever else is staged stays as it is)."""
    require_repo(root)
    names = [str(path) for path in paths]
    try:
        run(root, "add", "--", *names)
        run(root, "commit", "--quiet", "-m", message, "--only", "--", *names)
    except ReljError as error:
        if error.key == "team.git_failed":
            raise ReljError("team.commit_failed", reason=error.fields["reason"]) from None
        raise


OWN_FILES = ("relj.toml", "inbox.md", ".gitattributes", ".gitignore")


def is_journal_file(name: str) -> bool:
    """relj's own files: what ``sync`` shares (an export or an editor's backup is not)."""
    parts = Path(name).parts
    if len(parts) == 2 and parts[0] == "customers":
        return parts[1].endswith(".toml") and not parts[1].startswith(".")
    return len(parts) == 1 and parts[0] in OWN_FILES


def _changed_paths(root: Path) -> list[str]:
    """relj's files under the journal with changes git would commit (tracked or new),
    relative to the journal's folder."""
    done = run(root, "status", "--porcelain", "-z", "--untracked-files=all", "--", ".")
    entries = [e for e in done.stdout.split("\0") if e]
    paths, skip = [], False
    for entry in entries:
        if skip:  # the old name of a rename
            skip = False
            continue
        paths.append(entry[3:])
        skip = entry[0] in "RC"
    prefix = run(root, "rev-parse", "--show-prefix").stdout.strip()
    relative = [p[len(prefix):] if p.startswith(prefix) else p for p in paths]
    return [p for p in relative if is_journal_file(p)]


def _merging(root: Path) -> bool:
    return run(root, "rev-parse", "-q", "--verify", "MERGE_HEAD", check=False).returncode == 0


def _upstream(root: Path) -> str | None:
    done = run(root, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}",
                check=False)
    return done.stdout.strip() or None if done.returncode == 0 else None


def _count(root: Path, spec: str) -> int:
    done = run(root, "rev-list", "--count", spec, check=False)
    return int(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip().isdigit() else 0


def _has_commit(root: Path) -> bool:
    return run(root, "rev-parse", "-q", "--verify", "HEAD", check=False).returncode == 0


def _broken_customer_files(root: Path, paths: list[str]) -> list[str]:
    """Changed customer files that do not parse (e.g. conflict markers left in)."""
    from relj.errors import FileProblem
    from relj.storage.codec.customer import parse_customer

    problems = []
    for name in paths:
        path = root / name
        parts = Path(name).parts
        if len(parts) != 2 or parts[0] != "customers" or not name.endswith(".toml"):
            continue
        if path.is_symlink() or not path.is_file():
            continue
        try:
            parse_customer(path.stem, name, path.read_bytes())
        except FileProblem as problem:
            problems.append(problem.message())
        except (ReljError, OSError):
            problems.append(name)
    return problems


def commit_pending(root: Path, message: Callable[[int], str]) -> int:
    """Commit relj's changed files (finishing a resolved merge); how many files."""
    from relj.team.unmerged import require_merged

    require_merged(root)
    changed = _changed_paths(root)
    merging = _merging(root)
    if not changed and not merging:
        return 0
    broken = _broken_customer_files(root, changed)
    if broken:
        raise ReljError("team.broken_before_sync", problem=broken[0])
    if changed:
        run(root, "add", "--all", "--", *changed)
    if merging:  # a merge the user resolved: conclude it as it is
        run(root, "commit", "--quiet", "--no-edit")
    else:
        run(root, "commit", "--quiet", "-m", message(len(changed)), "--", *changed)
    return len(changed)


def sync(root: Path, message: Callable[[int], str],
         lock: Callable[[], AbstractContextManager[None]] = nullcontext) -> SyncResult:
    """Commit pending changes, fetch, merge (never rebasing), push. Never forces.

    ``lock`` holds the journal lock around each local step only (commit, merge):
    while git talks to the remote, a `relj log` elsewhere can still write.
    """
    require_repo(root)
    remotes = run(root, "remote").stdout.split()
    if not remotes:
        raise ReljError("team.no_remote")
    _require_branch(root, remotes)
    if not driver_current(root):
        register_merge_driver(root)  # a rebuilt virtualenv: the old path is gone
    from relj.team.unmerged import finish_merges

    with lock():
        marked = finish_merges(root)
        if marked:
            raise ReljError("team.conflict", files=", ".join(marked))
        committed = commit_pending(root, message)
    upstream = _upstream(root)
    if upstream:
        remote = upstream.split("/", 1)[0]
    else:
        remote = "origin" if "origin" in remotes else remotes[0]
    _fetch(root, remote)
    if upstream is None:
        branch = run(root, "rev-parse", "--abbrev-ref", "HEAD").stdout.strip()
        if run(root, "rev-parse", "-q", "--verify", f"refs/remotes/{remote}/{branch}",
               check=False).returncode == 0:
            upstream = f"{remote}/{branch}"
    incoming = _count(root, f"HEAD..{upstream}") if upstream and _has_commit(root) else 0
    if upstream:
        with lock():
            _merge(root, remote, upstream)
    outgoing = _count(root, f"{upstream}..HEAD") if upstream else _count(root, "HEAD")
    for attempt in range(PUSH_ATTEMPTS):
        pushed = _push(root, remote, upstream_set=_upstream(root) is not None)
        if pushed is None:
            break
        if attempt == PUSH_ATTEMPTS - 1 or upstream is None:
            raise ReljError("team.push_failed", remote=remote, reason=pushed)
        # Someone pushed in between: fetch and merge their work, then try again.
        _fetch(root, remote)
        incoming += _count(root, f"HEAD..{upstream}")
        with lock():
            _merge(root, remote, upstream)
    return SyncResult(remote=remote, committed=committed, incoming=incoming, outgoing=outgoing)


def _require_branch(root: Path, remotes: list[str]) -> None:
    """A detached HEAD cannot be pushed: say how to keep its commits and get back."""
    if run(root, "symbolic-ref", "-q", "HEAD", check=False).returncode == 0:
        return
    remote = "origin" if "origin" in remotes else remotes[0]
    done = run(root, "rev-parse", "--abbrev-ref", f"{remote}/HEAD", check=False)
    default = done.stdout.strip().split("/", 1)[-1] if done.returncode == 0 else "main"
    raise ReljError("team.detached", branch=default or "main")


def _fetch(root: Path, remote: str) -> None:
    fetched = run(root, "fetch", "--quiet", remote, check=False)
    if fetched.returncode != 0:
        raise ReljError("team.offline", remote=remote, reason=reason(fetched))


def _merge(root: Path, remote: str, upstream: str) -> None:
    """Merge what was fetched (no network here: this runs under the journal lock)."""
    done = run(root, "merge", "--no-edit", "--quiet", upstream, check=False)
    if done.returncode == 0:
        return
    if not _merging(root):
        raise ReljError("team.pull_failed", remote=remote, reason=reason(done))
    from relj.team.unmerged import finish_merges, unmerged

    finish_merges(root)  # files the driver could not merge (it did not run)
    left = unmerged(root)
    gone = [item.path for item in left if item.deleted_on_one_side]
    if gone:
        raise ReljError("team.deleted_and_changed", files=", ".join(gone))
    if left:
        raise ReljError("team.conflict", files=", ".join(item.path for item in left))
    run(root, "commit", "--quiet", "--no-edit")


def _push(root: Path, remote: str, upstream_set: bool) -> str | None:
    """Push (never forced); None when done, else git's reason."""
    if not _has_commit(root):
        return None  # nothing was ever committed: nothing to push
    args = ["push", "--quiet"] if upstream_set else ["push", "--quiet", "-u", remote, "HEAD"]
    done = run(root, *args, check=False)
    return None if done.returncode == 0 else reason(done)


def setup_repository(root: Path) -> None:
    """Make the journal at ``root`` a git repository unless it lies in one already
    (a larger repository is used as it is: no nested ``.git``), register the merge
    driver (git does not clone it) and the hooks; nothing at all without git."""
    if not git_available():
        return
    if not is_repo(root):
        init_repo(root)
    register_merge_driver(root)
    from relj.team.hooks import install_hooks

    install_hooks(root)
