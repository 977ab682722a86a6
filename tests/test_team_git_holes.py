"""Team journals that hold (issue 16), with real git in temporary folders: a driver
git cannot run, modify/delete conflicts, what sync shares, a journal inside a
larger repository, and files made private again after a plain `git pull`."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.test_git_team import (  # the team fixtures and helpers, one copy
    clone,
    concerns,
    failed,
    git,
    identify,
    interactions,
    isolated_git,
    log,
    ok,
    relj,
    team,
)

__all__ = ["isolated_git", "team"]  # fixtures pytest must see here

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.slow,
]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- 2. a stale driver path; modify/delete ----------------------------------------------


def test_a_driver_git_cannot_run_loses_nothing_and_sync_finishes_the_merge(
        team: dict[str, Path]) -> None:
    alice, bob = team["alice"], clone(team, "bob")
    stale = "/gone/venv/bin/python -m relj merge-driver %O %A %B"
    git(bob, "config", "merge.relj.driver", stale)  # the virtualenv was rebuilt
    log(alice, "alice's call", "2026-11-20T10:00", "--commit")
    git(alice, "push", "--quiet")
    log(bob, "bob's call", "2026-11-21T11:00", "--commit")
    assert git(bob, "pull", "--no-rebase", "--no-edit", "--quiet", ok=False).returncode != 0
    text = (bob / "customers" / "acme.toml").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text  # unmerged without markers: the dangerous state
    problems = failed(relj(bob, "check"))
    assert "acme.toml:1:" in problems and "relj sync" in problems
    ok(relj(bob, "sync"))
    assert concerns(bob) == ["alice's call", "bob's call"]
    assert git(bob, "config", "merge.relj.driver").stdout.strip() != stale
    ok(relj(alice, "sync"))
    assert concerns(alice) == ["alice's call", "bob's call"]
    ok(relj(bob, "check"))


def test_init_registers_a_driver_that_survives_a_rebuilt_virtualenv(tmp_path: Path) -> None:
    root = tmp_path / "j"
    ok(relj(root, "init", str(root)))
    command = git(root, "config", "merge.relj.driver").stdout.strip()
    assert "exec relj merge-driver %O %A %B" in command  # the fallback without that python
    ok(relj(root, "check"))
    git(root, "config", "merge.relj.driver", "/gone/python -m relj merge-driver %O %A %B")
    assert "relj init" in failed(relj(root, "check"))
    ok(relj(root, "init"))
    ok(relj(root, "check"))


def test_deleted_on_one_side_and_changed_on_the_other_gives_advice_that_keeps_it(
        team: dict[str, Path]) -> None:
    alice, bob = team["alice"], clone(team, "bob")
    git(alice, "rm", "--quiet", "customers/acme.toml")
    git(alice, "commit", "--quiet", "-m", "gone")
    git(alice, "push", "--quiet")
    log(bob, "bob's call", "2026-11-21T11:00", "--commit")
    message = failed(relj(bob, "sync"))
    assert "customers/acme.toml" in message and "git add" in message
    assert "<<<<<<<" not in message
    assert "deleted on one side" in failed(relj(bob, "check"))
    git(bob, "add", "customers/acme.toml")  # following the advice keeps every entry
    ok(relj(bob, "sync"))
    assert concerns(bob) == ["bob's call"]


# -- 3. sync shares relj's own files only ------------------------------------------------


def test_sync_commits_only_the_journals_own_files(team: dict[str, Path]) -> None:
    alice = team["alice"]
    (alice / "export.csv").write_text("name\nAcme\n", encoding="utf-8")
    (alice / "customers" / "acme.toml~").write_text("backup", encoding="utf-8")
    (alice / "customers" / ".acme.toml.swp").write_text("swap", encoding="utf-8")
    (alice / "notes").mkdir()
    (alice / "notes" / "x.toml").write_text("x = 1\n", encoding="utf-8")
    log(alice, "alice's call", "2026-11-20")
    (alice / "inbox.md").write_text("- Acme: call back\n", encoding="utf-8")
    ok(relj(alice, "sync"))
    shared = git(team["origin"], "ls-tree", "-r", "--name-only", "main").stdout.split()
    assert sorted(shared) == [".gitattributes", ".gitignore", "customers/acme.toml",
                              "inbox.md", "relj.toml"]
    assert (alice / "export.csv").exists()  # left alone, not deleted


# -- 4. a journal inside a larger repository ---------------------------------------------


def test_a_journal_inside_a_larger_repository_uses_it(tmp_path: Path) -> None:
    outer = tmp_path / "work"
    outer.mkdir()
    git(outer, "init", "--quiet")
    identify(outer, "jan")
    journal = outer / "crm"
    ok(relj(journal, "init", str(journal)))
    assert not (journal / ".git").exists()
    assert "merge-driver" in git(outer, "config", "merge.relj.driver").stdout
    attr = git(outer, "check-attr", "merge", "crm/customers/x.toml").stdout
    assert attr.strip().endswith(": relj")
    ok(relj(journal, "add", "Acme"))
    ok(relj(journal, "log", "acme", "--concern", "x", "--channel", "call", "--commit"))
    assert interactions(journal)[0]["by"] == "jan"
    files = git(outer, "ls-tree", "-r", "--name-only", "HEAD").stdout.split()
    assert "crm/customers/acme.toml" in files
    # the hooks know where the journal lies in the larger tree (git runs them at its top)
    os.chmod(journal / "customers" / "acme.toml", 0o644)
    subprocess.run(["sh", ".git/hooks/post-merge"], cwd=outer, check=True)
    assert _mode(journal / "customers" / "acme.toml") == 0o600


# -- 5. private again after a plain git pull -----------------------------------------------


def test_a_plain_git_pull_leaves_the_files_private(team: dict[str, Path]) -> None:
    old = os.umask(0o022)  # the usual umask: git writes 0644
    try:
        alice, bob = team["alice"], clone(team, "bob")
        ok(relj(alice, "add", "Beta"))
        log(alice, "alice's call", "2026-11-20")
        ok(relj(alice, "sync"))
        git(bob, "pull", "--no-rebase", "--no-edit", "--quiet")
    finally:
        os.umask(old)
    for name in ("acme.toml", "beta.toml"):
        assert _mode(bob / "customers" / name) == 0o600, name
    ok(relj(bob, "check"))


def test_a_loose_mode_is_a_warning_of_check_not_an_error(team: dict[str, Path]) -> None:
    alice = team["alice"]
    os.chmod(alice / "customers" / "acme.toml", 0o644)
    output = ok(relj(alice, "check"))
    assert "acme.toml:1:" in output and "chmod 600" in output


# -- 9. sync: the lock while talking to the remote; a detached HEAD --------------------------


def test_sync_does_not_hold_the_journal_lock_while_talking_to_the_remote(
        team: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from filelock import FileLock, Timeout

    import relj.team.git as team_git

    alice = team["alice"]
    log(alice, "alice's call", "2026-11-20")
    seen: dict[str, bool] = {}
    real_run = team_git.run

    def spying(root: Path, *args: str, check: bool = True):  # type: ignore[no-untyped-def]
        if args[0] in ("fetch", "push"):
            try:
                with FileLock(str(alice / ".relj" / "lock"), timeout=0):
                    seen[args[0]] = False
            except Timeout:
                seen[args[0]] = True
        return real_run(root, *args, check=check)

    monkeypatch.setattr(team_git, "run", spying)
    ok(relj(alice, "sync"))
    assert seen == {"fetch": False, "push": False}


def test_a_detached_head_gets_advice_that_works(team: dict[str, Path]) -> None:
    alice = team["alice"]
    git(alice, "checkout", "--quiet", "--detach")
    log(alice, "on a detached head", "2026-11-20", "--commit")
    message = failed(relj(alice, "sync"))
    assert "detached" in message
    for step in ("git branch relj-rescue", "git switch main", "git merge relj-rescue"):
        git(alice, *step.split()[1:])
    ok(relj(alice, "sync"))
    assert concerns(alice) == ["on a detached head"]
    shown = git(team["origin"], "show", "main:customers/acme.toml").stdout
    assert "on a detached head" in shown
