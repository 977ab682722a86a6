"""Team journals over git, with the real git binary in temporary folders.

Every clone gets its own user.name/user.email; the system and global git
config are kept out (GIT_CONFIG_NOSYSTEM, HOME in the temporary folder). git
runs relj's merge driver as a separate process, exactly as for a user.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from tests import helpers
from tests.helpers import invoke

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.slow,  # real git processes: `pytest -m "not slow"` leaves them out
]


@pytest.fixture(autouse=True)
def isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME",
                 "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (home / ".gitconfig").write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    yield


@pytest.fixture
def private_umask() -> Iterator[None]:
    """For tests that pull with plain git: files git writes then start private."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def git(cwd: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)
    if ok:
        assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


relj = partial(invoke, today="2026-11-24")


def ok(result: object) -> str:
    output = result.output  # type: ignore[attr-defined]  (stdout and stderr)
    assert result.exit_code == 0, output  # type: ignore[attr-defined]
    return output


def failed(result: object) -> str:
    output = result.output  # type: ignore[attr-defined]  (stdout and stderr)
    assert result.exit_code == 1, output  # type: ignore[attr-defined]
    assert "Traceback" not in output and "internal error" not in output, output
    return output


def identify(root: Path, name: str) -> None:
    git(root, "config", "user.name", name)
    git(root, "config", "user.email", f"{name}@example.com")


def interactions(root: Path, slug: str = "acme") -> list[dict]:
    return helpers.interactions(root / "customers" / f"{slug}.toml")


def concerns(root: Path, slug: str = "acme") -> list[str]:
    return sorted(i.get("concern", "") for i in interactions(root, slug))


@pytest.fixture
def team(tmp_path: Path) -> dict[str, Path]:
    """A bare origin and alice's journal with one customer, pushed with relj sync."""
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "--bare", "--quiet", str(origin))
    alice = tmp_path / "alice"
    ok(relj(alice, "init", str(alice)))
    identify(alice, "alice")
    ok(relj(alice, "add", "Acme", "--since", "2024-01-01", "--cadence", "3w"))
    git(alice, "remote", "add", "origin", str(origin))
    ok(relj(alice, "sync"))
    return {"origin": origin, "alice": alice, "root": tmp_path}


def clone(team: dict[str, Path], name: str) -> Path:
    path = team["root"] / name
    git(team["root"], "clone", "--quiet", str(team["origin"]), str(path))
    identify(path, name)
    ok(relj(path, "init"))
    return path


def log(root: Path, concern: str, at: str, *extra: str) -> None:
    ok(relj(root, "log", "acme", "--concern", concern, "--channel", "call", "--at", at, *extra))


# -- 5. relj init: a new journal is a repository; a clone only gets the driver --------


def test_init_makes_a_git_journal_with_attributes_ignore_and_the_driver(tmp_path: Path) -> None:
    root = tmp_path / "j"
    ok(relj(root, "init", str(root)))
    assert (root / ".git").is_dir()
    assert (root / ".gitattributes").read_text(encoding="utf-8") == "customers/*.toml merge=relj\n"
    assert (root / ".gitignore").read_text(encoding="utf-8") == ".relj/\n"
    driver = git(root, "config", "merge.relj.driver").stdout.strip()
    assert " -m relj merge-driver %O %A %B" in driver
    assert git(root, "config", "merge.relj.name").stdout.strip() == "relj customer files"
    assert git(root, "check-attr", "merge", "customers/x.toml").stdout.strip().endswith(": relj")


def test_init_in_a_fresh_clone_registers_the_driver_and_leaves_status_clean(
        team: dict[str, Path]) -> None:
    old = os.umask(0o022)  # the usual umask: git writes 0644 and 0755
    try:
        bob = team["root"] / "bob"
        git(team["root"], "clone", "--quiet", str(team["origin"]), str(bob))
        assert git(bob, "config", "--get", "merge.relj.driver", ok=False).returncode != 0
        tracked = {
            p: p.read_bytes() for p in bob.rglob("*") if ".git" not in p.parts and p.is_file()
        }
        output = ok(relj(bob, "init"))
        assert str(bob) in output
    finally:
        os.umask(old)
    assert "merge-driver %O %A %B" in git(bob, "config", "merge.relj.driver").stdout
    assert git(bob, "status", "--porcelain", "--untracked-files=all").stdout == ""
    assert {p: p.read_bytes() for p in bob.rglob("*")
            if ".git" not in p.parts and p.is_file()} == tracked
    ok(relj(bob, "check"))  # and the modes git gave the files are private again


# -- 1. two and three clones: every entry arrives, none twice --------------------------


def test_two_clones_log_to_the_same_customer_and_a_plain_git_pull_merges_cleanly(
        team: dict[str, Path], private_umask: None) -> None:
    alice, bob = team["alice"], clone(team, "bob")
    log(alice, "alice's call", "2026-11-20T10:00", "--commit")
    log(bob, "bob's call", "2026-11-21T11:00", "--commit")
    git(alice, "push", "--quiet")
    git(bob, "pull", "--no-rebase", "--no-edit", "--quiet")  # runs relj's merge driver
    assert git(bob, "log", "--merges", "--oneline").stdout.strip(), "a real merge happened"
    git(bob, "push", "--quiet")
    git(alice, "pull", "--no-rebase", "--no-edit", "--quiet")
    for root in (alice, bob):
        assert concerns(root) == ["alice's call", "bob's call"]
        assert "<<<<<<<" not in (root / "customers" / "acme.toml").read_text(encoding="utf-8")
        ok(relj(root, "check"))
        assert git(root, "status", "--porcelain").stdout == ""
    assert sorted(i["by"] for i in interactions(alice)) == ["alice", "bob"]


def test_three_clones_and_twenty_interleaved_logs_lose_nothing_and_double_nothing(
        team: dict[str, Path]) -> None:
    people = [team["alice"], clone(team, "bob"), clone(team, "carol")]
    rng = random.Random(4)
    for number in range(20):
        who = people[number % 3]
        log(who, f"call {number:02d}", f"2026-10-{number + 1:02d}T09:00", "--commit")
        if rng.random() < 0.5:
            ok(relj(who, "sync"))
    for _ in range(2):
        for who in people:
            ok(relj(who, "sync"))
    expected = [f"call {n:02d}" for n in range(20)]
    files = set()
    for who in people:
        ids = [i["id"] for i in interactions(who)]
        assert len(ids) == len(set(ids)) == 20
        assert concerns(who) == expected
        ok(relj(who, "check"))
        files.add(frozenset(i["id"] for i in interactions(who)))
    assert len(files) == 1
    assert git(people[0], "log", "--merges", "--oneline").stdout.count("\n") >= 1


# -- 2. fields: one-sided changes merge, two different changes are a conflict ------------


def _set_cadence(root: Path, value: str) -> None:
    path = root / "customers" / "acme.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('cadence = "3w"', f'cadence = "{value}"'), encoding="utf-8")
    git(root, "commit", "--quiet", "-am", f"cadence {value}")


def test_cadence_on_one_side_and_appends_on_the_other_merge_cleanly(
        team: dict[str, Path], private_umask: None) -> None:
    alice, bob = team["alice"], clone(team, "bob")
    _set_cadence(alice, "2w")
    git(alice, "push", "--quiet")
    log(bob, "first", "2026-11-20", "--commit")
    log(bob, "second", "2026-11-21", "--commit")
    git(bob, "pull", "--no-rebase", "--no-edit", "--quiet")
    data = tomllib.loads((bob / "customers" / "acme.toml").read_text(encoding="utf-8"))
    assert data["cadence"] == "2w"
    assert concerns(bob) == ["first", "second"]
    ok(relj(bob, "check"))


def test_both_sides_set_cadence_differently_is_a_conflict_naming_cadence_only(
        team: dict[str, Path], private_umask: None) -> None:
    alice, bob = team["alice"], clone(team, "bob")
    _set_cadence(alice, "2w")
    log(alice, "from alice", "2026-11-20", "--commit")
    git(alice, "push", "--quiet")
    _set_cadence(bob, "5w")
    log(bob, "from bob", "2026-11-21", "--commit")
    pulled = git(bob, "pull", "--no-rebase", "--no-edit", ok=False)
    assert pulled.returncode != 0
    assert "CONFLICT" in pulled.stdout and "customers/acme.toml" in pulled.stdout
    assert "conflict in cadence:" in pulled.stderr + pulled.stdout  # the driver's one line
    unmerged = git(bob, "diff", "--name-only", "--diff-filter=U").stdout.split()
    assert unmerged == ["customers/acme.toml"]
    text = (bob / "customers" / "acme.toml").read_text(encoding="utf-8")
    assert text.count("<<<<<<< ours") == 1
    start, end = text.index("<<<<<<< ours"), text.index(">>>>>>> theirs")
    assert text[start:end] == '<<<<<<< ours\ncadence = "5w"\n=======\ncadence = "2w"\n'
    assert "from alice" in text and "from bob" in text  # both entries are already there
    # relj sync refuses to go on, and says what to do; nothing is thrown away
    message = failed(relj(bob, "sync"))
    assert "customers/acme.toml" in message and "git add" in message
    assert (bob / "customers" / "acme.toml").read_text(encoding="utf-8") == text
    # resolve as the message says, then sync finishes the merge and shares it
    (bob / "customers" / "acme.toml").write_text(
        text.replace('<<<<<<< ours\ncadence = "5w"\n=======\n', "").replace(">>>>>>> theirs\n", ""),
        encoding="utf-8")
    git(bob, "add", "customers/acme.toml")
    git(bob, "commit", "--quiet", "--no-edit")
    ok(relj(bob, "sync"))
    ok(relj(alice, "sync"))
    data = tomllib.loads((alice / "customers" / "acme.toml").read_text(encoding="utf-8"))
    assert data["cadence"] == "2w" and concerns(alice) == ["from alice", "from bob"]


def test_sync_reports_a_conflict_with_what_to_do_and_keeps_the_merge_state(
        team: dict[str, Path]) -> None:
    alice, bob = team["alice"], clone(team, "bob")
    _set_cadence(alice, "2w")
    ok(relj(alice, "sync"))
    _set_cadence(bob, "5w")
    message = failed(relj(bob, "sync"))
    assert "conflict in customers/acme.toml" in message
    assert "git add" in message and "git commit" in message and "relj sync" in message
    assert git(bob, "rev-parse", "-q", "--verify", "MERGE_HEAD", ok=False).returncode == 0
    assert "<<<<<<< ours" in (bob / "customers" / "acme.toml").read_text(encoding="utf-8")
    # an unresolved file is never committed by sync
    git(bob, "add", "customers/acme.toml")
    message = failed(relj(bob, "sync"))
    assert "customers/acme.toml:" in message
    assert git(bob, "rev-parse", "-q", "--verify", "MERGE_HEAD", ok=False).returncode == 0


# -- 4. relj sync ------------------------------------------------------------------------


def test_sync_moves_both_peoples_entries_across(team: dict[str, Path]) -> None:
    alice, bob = team["alice"], clone(team, "bob")
    log(alice, "alice 1", "2026-11-20")  # not committed: sync commits it
    ok(relj(bob, "add", "Beta GmbH"))
    log(bob, "bob 1", "2026-11-21")
    assert "Synced with origin. Changed files committed: 1;" in ok(relj(alice, "sync"))
    output = ok(relj(bob, "sync"))
    assert "origin" in output
    ok(relj(alice, "sync"))
    for root in (alice, bob):
        assert concerns(root) == ["alice 1", "bob 1"]
        assert (root / "customers" / "beta-gmbh.toml").exists()
        assert git(root, "status", "--porcelain").stdout == ""
        ok(relj(root, "check"))
    head = git(alice, "rev-parse", "HEAD").stdout
    assert (
        head
        == git(bob, "rev-parse", "HEAD").stdout
        == git(team["origin"], "rev-parse", "main").stdout
    )


def test_sync_without_a_remote_says_so_and_changes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "solo"
    ok(relj(root, "init", str(root)))
    identify(root, "solo")
    ok(relj(root, "add", "Acme"))
    message = failed(relj(root, "sync"))
    assert "no git remote" in message and "git remote add origin" in message
    assert message.count("\n") == 1
    assert git(root, "rev-parse", "-q", "--verify", "HEAD", ok=False).returncode != 0  # no commit


def test_sync_offline_keeps_the_local_commit_and_says_so(team: dict[str, Path]) -> None:
    alice = team["alice"]
    log(alice, "on the train", "2026-11-22")
    team["origin"].rename(team["root"] / "gone.git")
    message = failed(relj(alice, "sync"))
    assert "cannot reach origin" in message and message.count("\n") == 1
    assert git(alice, "status", "--porcelain").stdout == ""  # committed here
    assert "on the train" in concerns(alice)
    (team["root"] / "gone.git").rename(team["origin"])
    ok(relj(alice, "sync"))
    assert git(alice, "status", "--porcelain", "--branch").stdout.startswith(
        "## main...origin/main\n"
    )


def test_sync_in_a_journal_without_git_says_how_to_start(journal_dir: Path) -> None:
    message = failed(relj(journal_dir, "sync"))
    assert "not a git repository" in message


def test_sync_pulls_before_it_pushes_so_the_push_is_a_fast_forward(team: dict[str, Path]) -> None:
    alice, bob = team["alice"], clone(team, "bob")
    git(team["origin"], "config", "receive.denyNonFastForwards", "true")
    log(alice, "alice", "2026-11-20", "--commit")
    ok(relj(alice, "sync"))
    log(bob, "bob", "2026-11-21", "--commit")
    ok(relj(bob, "sync"))  # pulls alice's entry first, so its push is a fast-forward
    assert concerns(bob) == ["alice", "bob"]


# -- log --commit ------------------------------------------------------------------------


def test_log_commit_names_customer_and_channel_and_records_the_git_user(
    team: dict[str, Path],
) -> None:
    alice = team["alice"]
    log(alice, "with commit", "2026-11-20", "--commit")
    subject = git(alice, "log", "-1", "--format=%s").stdout
    assert "acme" in subject and "call" in subject
    assert git(alice, "status", "--porcelain").stdout == ""
    assert interactions(alice)[-1]["by"] == "alice"


def test_commit_true_in_relj_toml_commits_every_log(team: dict[str, Path]) -> None:
    alice = team["alice"]
    settings = alice / "relj.toml"
    text = settings.read_text(encoding="utf-8")
    assert "\ncommit = false\n" in text
    settings.write_text(text.replace("\ncommit = false\n", "\ncommit = true\n"), encoding="utf-8")
    git(alice, "commit", "--quiet", "-am", "commit every log")
    before = int(git(alice, "rev-list", "--count", "HEAD").stdout)
    log(alice, "auto", "2026-11-20")
    assert int(git(alice, "rev-list", "--count", "HEAD").stdout) == before + 1


def test_log_commit_without_git_is_refused_before_anything_is_written(journal_dir: Path) -> None:
    ok(relj(journal_dir, "add", "Acme"))
    before = (journal_dir / "customers" / "acme.toml").read_bytes()
    message = failed(relj(journal_dir, "log", "acme", "--concern", "x", "--commit"))
    assert "not a git repository" in message
    assert (journal_dir / "customers" / "acme.toml").read_bytes() == before


# -- the merge driver as git calls it ----------------------------------------------------


def test_merge_driver_exit_codes_follow_gits_contract(tmp_path: Path) -> None:
    base = 'name = "Acme"\ncadence = "3w"\n'
    files = {"base": base, "ours": base + '\n[[interaction]]\nid = "i-1"\nat = 2026-01-01\n',
             "theirs": base.replace("3w", "2w")}
    paths = {}
    for name, text in files.items():
        paths[name] = tmp_path / f".merge_file_{name}"
        paths[name].write_text(text, encoding="utf-8")
    args = [str(paths[n]) for n in ("base", "ours", "theirs")]
    ok(relj(tmp_path, "merge-driver", *args))
    merged = paths["ours"].read_text(encoding="utf-8")
    assert tomllib.loads(merged)["cadence"] == "2w" and 'id = "i-1"' in merged
    paths["ours"].write_text(files["ours"].replace("3w", "9w"), encoding="utf-8")
    message = failed(relj(tmp_path, "merge-driver", *args))
    assert message == "relj: conflict in cadence: both sides changed it differently; " \
        "the marked lines need your decision\n"
    assert "<<<<<<< ours\ncadence = \"9w\"\n=======\ncadence = \"2w\"\n>>>>>>> theirs\n" in \
        paths["ours"].read_text(encoding="utf-8")
    assert paths["theirs"].read_text(encoding="utf-8") == files["theirs"]
    paths["theirs"].write_text("name = [", encoding="utf-8")
    paths["ours"].write_text(files["ours"], encoding="utf-8")
    message = failed(relj(tmp_path, "merge-driver", *args))
    assert "the whole file" in message
    assert paths["ours"].read_text(encoding="utf-8").startswith("<<<<<<< ours\nname = \"Acme\"")


def test_merge_driver_refuses_links_folders_and_missing_files(tmp_path: Path) -> None:
    real = tmp_path / "real.toml"
    real.write_text('name = "A"\n', encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    for args, words in (
        ([real, link, real], "not a plain file"),
        ([real, tmp_path, real], "not a plain file"),
        ([real, tmp_path / "nope", real], "no such file"),
    ):
        message = failed(relj(tmp_path, "merge-driver", *map(str, args)))
        assert words in message and message.count("\n") == 1
    assert real.read_text(encoding="utf-8") == 'name = "A"\n' and link.is_symlink()
