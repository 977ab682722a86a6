"""git as the distributed engine: init, the merge driver's registration, commits, sync.

git runs as a list of arguments (never through a shell) in the journal's
folder. What git says when it fails is passed on as a one-line reason. relj
never force-pushes, never rebases and never throws local changes away.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from relj.errors import ReljError

DRIVER_NAME = "relj customer files"
PUSH_ATTEMPTS = 3


@dataclass
class SyncResult:
    remote: str
    committed: int  # files committed before pulling
    incoming: int  # commits that came in
    outgoing: int  # commits that went out


def git_available() -> bool:
    return shutil.which("git") is not None


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["GIT_TERMINAL_PROMPT"] = "0"  # never wait for a password nobody will type
    return env


def _run(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    if not git_available():
        raise ReljError("team.no_git")
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", env=_env(),
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
    return _run(root, "rev-parse", "--is-inside-work-tree", check=False).stdout.strip() == "true"


def require_repo(root: Path) -> None:
    """Refuse early (before anything is written) when git cannot be used here."""
    if not git_available():
        raise ReljError("team.no_git")
    if not is_repo(root):
        raise ReljError("team.not_a_repo", path=str(root))


def init_repo(root: Path) -> None:
    _run(root, "init", "--quiet")


def driver_command() -> str:
    """The command git runs for customer files: this very Python and relj,
    so it works whoever runs git (a shell, an IDE, a GUI) and whatever PATH holds."""
    return shlex.join([sys.executable, "-m", "relj", "merge-driver"]) + " %O %A %B"


def register_merge_driver(root: Path) -> None:
    """Register the driver in the repository's own config (git does not clone it)."""
    _run(root, "config", "merge.relj.name", DRIVER_NAME)
    _run(root, "config", "merge.relj.driver", driver_command())


def driver_registered(root: Path) -> bool:
    done = _run(root, "config", "--get", "merge.relj.driver", check=False)
    return done.returncode == 0 and bool(done.stdout.strip())


def user_name(root: Path) -> str | None:
    if not git_available():
        return None
    done = _run(root, "config", "user.name", check=False)
    name = done.stdout.strip()
    return name or None


def commit_paths(root: Path, paths: list[Path], message: str) -> None:
    """Commit exactly these files (whatever else is staged stays as it is)."""
    require_repo(root)
    names = [str(path) for path in paths]
    try:
        _run(root, "add", "--", *names)
        _run(root, "commit", "--quiet", "-m", message, "--only", "--", *names)
    except ReljError as error:
        if error.key == "team.git_failed":
            raise ReljError("team.commit_failed", reason=error.fields["reason"]) from None
        raise


def _changed_paths(root: Path) -> list[str]:
    """Files under the journal with changes git would commit (tracked or new)."""
    prefix = _run(root, "rev-parse", "--show-prefix").stdout.strip()
    done = _run(root, "status", "--porcelain", "-z", "--untracked-files=all", "--", ".")
    entries = [e for e in done.stdout.split("\0") if e]
    paths, skip = [], False
    for entry in entries:
        if skip:  # the old name of a rename
            skip = False
            continue
        name = entry[3:]
        paths.append(name[len(prefix):] if name.startswith(prefix) else name)
        skip = entry[0] in "RC"
    return paths


def unmerged_paths(root: Path) -> list[str]:
    done = _run(root, "diff", "--name-only", "--diff-filter=U", "-z", "--relative", check=False)
    return sorted(p for p in done.stdout.split("\0") if p)


def _merging(root: Path) -> bool:
    return _run(root, "rev-parse", "-q", "--verify", "MERGE_HEAD", check=False).returncode == 0


def _upstream(root: Path) -> str | None:
    done = _run(root, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}",
                check=False)
    return done.stdout.strip() or None if done.returncode == 0 else None


def _count(root: Path, spec: str) -> int:
    done = _run(root, "rev-list", "--count", spec, check=False)
    return int(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip().isdigit() else 0


def _has_commit(root: Path) -> bool:
    return _run(root, "rev-parse", "-q", "--verify", "HEAD", check=False).returncode == 0


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
    """Commit every change in the journal (finishing a resolved merge); how many files."""
    conflicted = unmerged_paths(root)
    if conflicted:
        raise ReljError("team.unresolved", files=", ".join(conflicted))
    changed = _changed_paths(root)
    merging = _merging(root)
    if not changed and not merging:
        return 0
    broken = _broken_customer_files(root, changed)
    if broken:
        raise ReljError("team.broken_before_sync", problem=broken[0])
    _run(root, "add", "--all", "--", ".")
    if merging:  # a merge the user resolved: conclude it as it is
        _run(root, "commit", "--quiet", "--no-edit")
    else:
        _run(root, "commit", "--quiet", "-m", message(len(changed)), "--", ".")
    return len(changed)


def sync(root: Path, message: Callable[[int], str]) -> SyncResult:
    """Commit pending changes, pull (merging, never rebasing), push. Never forces."""
    require_repo(root)
    remotes = _run(root, "remote").stdout.split()
    if not remotes:
        raise ReljError("team.no_remote")
    if not driver_registered(root):
        register_merge_driver(root)
    committed = commit_pending(root, message)
    upstream = _upstream(root)
    if upstream:
        remote = upstream.split("/", 1)[0]
    else:
        remote = "origin" if "origin" in remotes else remotes[0]
    fetched = _run(root, "fetch", "--quiet", remote, check=False)
    if fetched.returncode != 0:
        raise ReljError("team.offline", remote=remote, reason=reason(fetched))
    if upstream is None:
        branch = _run(root, "rev-parse", "--abbrev-ref", "HEAD").stdout.strip()
        if _run(root, "rev-parse", "-q", "--verify", f"refs/remotes/{remote}/{branch}",
                check=False).returncode == 0:
            upstream = f"{remote}/{branch}"
    incoming = _count(root, f"HEAD..{upstream}") if upstream and _has_commit(root) else 0
    if upstream:
        _pull(root, remote, upstream)
    outgoing = _count(root, f"{upstream}..HEAD") if upstream else _count(root, "HEAD")
    for attempt in range(PUSH_ATTEMPTS):
        pushed = _push(root, remote, upstream_set=_upstream(root) is not None)
        if pushed is None:
            break
        if attempt == PUSH_ATTEMPTS - 1 or upstream is None:
            raise ReljError("team.push_failed", remote=remote, reason=pushed)
        # Someone pushed in between: fetch and merge their work, then try again.
        fetched = _run(root, "fetch", "--quiet", remote, check=False)
        if fetched.returncode != 0:
            raise ReljError("team.offline", remote=remote, reason=reason(fetched))
        incoming += _count(root, f"HEAD..{upstream}")
        _pull(root, remote, upstream)
    return SyncResult(remote=remote, committed=committed, incoming=incoming, outgoing=outgoing)


def _pull(root: Path, remote: str, upstream: str) -> None:
    branch = upstream.split("/", 1)[1]
    done = _run(root, "pull", "--no-rebase", "--ff", "--no-edit", "--quiet", remote, branch,
                check=False)
    if done.returncode == 0:
        return
    conflicted = unmerged_paths(root)
    if conflicted:
        raise ReljError("team.conflict", files=", ".join(conflicted))
    raise ReljError("team.pull_failed", remote=remote, reason=reason(done))


def _push(root: Path, remote: str, upstream_set: bool) -> str | None:
    """Push (never forced); None when done, else git's reason."""
    if not _has_commit(root):
        return None  # nothing was ever committed: nothing to push
    args = ["push", "--quiet"] if upstream_set else ["push", "--quiet", "-u", remote, "HEAD"]
    done = _run(root, *args, check=False)
    return None if done.returncode == 0 else reason(done)


def setup_repository(root: Path) -> None:
    """Make the journal at ``root`` a git repository if it is none yet, and register
    the merge driver (git does not clone it); nothing at all without git."""
    if not git_available():
        return
    if not (root / ".git").exists():
        init_repo(root)
    register_merge_driver(root)
