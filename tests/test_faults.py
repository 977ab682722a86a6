"""Crash safety: relj killed or failing at every step of a write loses nothing.

The steps of an atomic write are: open a temporary file next to the customer
file, write it, fsync it, rename it over the original. A crash or an I/O
error at any of them must leave the old file or the new one, byte for byte,
never a mix; a stale temporary file must never trip a later run; a full disk
or a read-only folder is a one-line error (exit 1) with the old file intact;
a lock left by a dead process never blocks, and a lock held by a live one
makes the next run wait a bounded time and then say what to do.
"""

from __future__ import annotations

import errno
import os
import random
import re
import resource
import signal
import subprocess
import sys
import textwrap
import time
import tomllib
from datetime import UTC
from pathlib import Path

import pytest

from tests.helpers import (
    init_journal,
    installed_relj,
    interactions,
    invoke,
    snapshot,
    write_customer,
)

TEMP_RE = re.compile(r"^\..+\.tmp$")

SEED_CUSTOMER = """\
# Hand-written: comments and layout must survive.
name = "Acme Tools"
since = 2024-03-01
cadence = "3w"

[[contact]]
name = "Anna"
key = true
"""


# -- helpers ------------------------------------------------------------------


def make_journal(root: Path, padding: int = 0) -> Path:
    """A journal with one customer 'acme' (optionally padded with notes); returns its file."""
    init_journal(root)
    text = SEED_CUSTOMER
    for n in range(padding):
        text += (f'\n[[interaction]]\nid = "i-pad-{n}"\nat = 2025-01-{n % 28 + 1:02d}\n'
                 f'concern = "padding {n}"\nnote = "{"x" * 80}"\n')
    return write_customer(root, "acme", text)


def temp_files(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "customers").iterdir() if TEMP_RE.match(p.name))


def env_for(root: Path) -> dict[str, str]:
    return {**os.environ, "RELJ_JOURNAL": str(root), "LANG": "en_US.UTF-8", "COLUMNS": "80"}


def run_relj(root: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*installed_relj(), *args], capture_output=True, text=True,
                          env=env_for(root), stdin=subprocess.DEVNULL, timeout=timeout)


def assert_later_runs_work(root: Path, path: Path) -> None:
    """After a crash: check, due and log keep working, and stale temp files go away."""
    check = run_relj(root, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert ".tmp" not in check.stdout + check.stderr
    due = run_relj(root, "due", "--today", "2026-11-24")
    assert due.returncode == 0, due.stderr
    assert "Traceback" not in due.stderr
    before = path.read_bytes()
    log = run_relj(root, "log", "acme", "--concern", "after the crash")
    assert log.returncode == 0, log.stderr
    after = path.read_bytes()
    assert after.startswith(before)
    assert interactions(path)[-1]["concern"] == "after the crash"
    assert temp_files(root) == [], "a later write cleans up stale temporary files"


# -- 1a. a real kill -9 at each step of the write ------------------------------

# A tiny wrapper around relj's own entry point: it lets the chosen os call
# through (or half of it), then SIGKILLs its own process. Nothing in relj gets
# to clean up: this is exactly what a power cut or `kill -9` leaves behind.
KILLER = textwrap.dedent("""
    import os, signal, sys
    step = sys.argv[1]
    real = {name: getattr(os, name) for name in ("open", "write", "fsync", "replace")}
    temp_fds = set()

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def fake_open(path, flags, *args, **kw):
        fd = real["open"](path, flags, *args, **kw)
        # The customer file's write; relj's cache in .relj/ may be lost at no cost.
        if str(path).endswith(".tmp") and "/customers/" in str(path):
            temp_fds.add(fd)
            if step == "open":
                die()
        return fd

    def fake_write(fd, data):
        if fd in temp_fds:
            if step == "half-write":
                real["write"](fd, bytes(data[: len(data) // 2]))
                die()
            written = real["write"](fd, data)
            if step == "write":
                die()
            return written
        return real["write"](fd, data)

    def fake_fsync(fd):
        real["fsync"](fd)
        if fd in temp_fds and step == "fsync":
            die()

    def fake_replace(src, dst, **kw):
        real["replace"](src, dst, **kw)
        if step == "replace" and "/customers/" in str(dst):
            die()

    os.open, os.write, os.fsync, os.replace = fake_open, fake_write, fake_fsync, fake_replace
    sys.argv = ["relj", *sys.argv[2:]]
    from relj.cli import main
    main()
""")

# step -> is the new content in place afterwards?
STEPS = {"open": False, "half-write": False, "write": False, "fsync": False, "replace": True}


@pytest.mark.parametrize("step", list(STEPS))
def test_kill_at_each_step_of_the_write_leaves_old_or_new(tmp_path: Path, step: str) -> None:
    root = tmp_path / "j"
    path = make_journal(root, padding=20)
    old = path.read_bytes()
    killer = tmp_path / "killer.py"
    killer.write_text(KILLER, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(killer), step, "log", "acme", "--concern", "the killed one",
         "--at", "2026-11-20 10:00"],
        capture_output=True, text=True, env=env_for(root), stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == -signal.SIGKILL, (step, result.returncode, result.stderr)
    now = path.read_bytes()
    if STEPS[step]:
        assert now.startswith(old) and now != old
        assert interactions(path)[-1]["concern"] == "the killed one"
        assert temp_files(root) == []
    else:
        assert now == old
        assert len(temp_files(root)) == 1, "the killed writer left its temporary file"
    assert_later_runs_work(root, path)


# -- 1b. failures raised between the steps (in-process) -----------------------


def _raise_on(
    monkeypatch: pytest.MonkeyPatch, name: str, error: OSError, only_temp: bool
) -> list[int]:
    """Make os.<name> raise ``error`` for the temporary file; returns the calls seen."""
    real = getattr(os, name)
    seen: list[int] = []

    def fake(*args: object, **kw: object) -> object:
        target = str(args[0])
        if not only_temp or target.endswith(".tmp") or name in ("write", "fsync"):
            seen.append(1)
            raise error
        return real(*args, **kw)

    monkeypatch.setattr(os, name, fake)
    return seen


@pytest.mark.parametrize("name", ["write", "fsync", "replace"])
def test_an_error_between_the_steps_keeps_the_old_file_and_no_temp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    root = tmp_path / "j"
    path = make_journal(root)
    before = snapshot(root)
    seen = _raise_on(monkeypatch, name, OSError(errno.EIO, os.strerror(errno.EIO)), only_temp=True)
    result = invoke(root, "log", "acme", "--concern", "lost?")
    monkeypatch.undo()
    assert seen, f"os.{name} was never called by the write"
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert "internal error" not in result.stderr
    assert os.strerror(errno.EIO) in result.stderr
    assert snapshot(root) == before
    assert temp_files(root) == []
    assert path.read_bytes() == before["customers/acme.toml"]


def test_an_interrupt_during_the_write_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "j"
    make_journal(root)
    before = snapshot(root)

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    result = invoke(root, "log", "acme", "--concern", "Ctrl-C")
    monkeypatch.undo()
    assert result.exit_code == 130
    assert snapshot(root) == before
    assert temp_files(root) == []


# -- 1c. kill -9 at random moments, many times ---------------------------------


@pytest.mark.slow
def test_kill_9_at_random_moments_never_leaves_a_mix(tmp_path: Path, seed: int) -> None:
    runs = int(os.environ.get("RELJ_KILL_RUNS", "200"))
    rng = random.Random(seed)  # RELJ_TEST_SEED; the moments of the kills still vary with load
    root = tmp_path / "j"
    path = make_journal(root, padding=50)
    command = [*installed_relj(), "log", "acme", "--at", "2026-11-20 10:00"]

    def start(concern: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen([*command, "--concern", concern], env=env_for(root),
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)

    durations = []
    for n in range(3):
        began = time.monotonic()
        assert start(f"warm-up {n}").wait(timeout=60) == 0
        durations.append(time.monotonic() - began)
    typical = sorted(durations)[1]

    write_at = typical * 0.9
    outcomes = {"old": 0, "new": 0, "finished": 0, "temp-left": 0}
    landed = [entry["concern"] for entry in interactions(path)]
    for n in range(runs):
        before = path.read_bytes()
        concern = f"run {n} (seed {seed})"
        process = start(concern)
        # Half the kills anywhere in the run, half near the moment of the write,
        # which `write_at` tracks: later after a kill that came before the
        # write, earlier after one that came after it (machine load varies).
        delay = rng.uniform(0, typical) if n % 2 else rng.uniform(write_at * 0.9, write_at * 1.1)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=60)
        stderr = process.stderr.read().decode() if process.stderr else ""
        if process.stderr:
            process.stderr.close()
        assert "Traceback" not in stderr
        after = path.read_bytes()
        if temp_files(root):
            outcomes["temp-left"] += 1
        if code == 0:
            outcomes["finished"] += 1
            assert after != before, f"run {n} said it logged, but nothing landed"
        if n % 2 == 0:
            write_at *= 1.04 if after == before else 0.96
        if after == before:
            outcomes["old"] += 1
            continue
        if code != 0:
            outcomes["new"] += 1
        # Exactly the old bytes plus exactly one whole new block: never a mix.
        assert after.startswith(before), f"run {n} (seed {seed}) changed old bytes"
        block = tomllib.loads(after[len(before):].decode("utf-8"))
        assert [entry["concern"] for entry in block["interaction"]] == [concern]
        landed.append(concern)
        assert [entry["concern"] for entry in interactions(path)] == landed
    print(f"kill -9 loop: {runs} runs, seed {seed}, typical run {typical:.3f} s, "
          f"write at ~{write_at:.3f} s, {outcomes}")
    assert sum(outcomes[k] for k in ("old", "new", "finished")) == runs
    assert_later_runs_work(root, path)


# -- 2. full disk and read-only journal ----------------------------------------


def test_a_full_disk_mid_write_is_one_clear_line_and_the_old_file_stays(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "j"
    make_journal(root, padding=5)
    before = snapshot(root)
    real_write = os.write
    calls: list[int] = []

    def full_disk(fd: int, data: bytes) -> int:
        calls.append(fd)
        if len(calls) == 1:  # a short write first, as a filling disk does
            return real_write(fd, bytes(data[: len(data) // 3]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full_disk)
    result = invoke(root, "log", "acme", "--concern", "will not fit")
    monkeypatch.undo()
    assert len(calls) >= 2, "the write went through os.write and retried the short write"
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("relj: ")
    assert "No space left on device" in lines[0] and "internal error" not in lines[0]
    assert "acme.toml" in lines[0]
    assert snapshot(root) == before
    assert temp_files(root) == []


def test_a_real_write_limit_fails_cleanly_in_a_subprocess(tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes the kernel refuse to grow files (EFBIG): a real failing write."""
    root = tmp_path / "j"
    path = make_journal(root, padding=40)
    old = path.read_bytes()
    limit = len(old) // 2

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([*installed_relj(), "log", "acme", "--concern", "too big"],
                            capture_output=True, text=True, env=env_for(root),
                            stdin=subprocess.DEVNULL, timeout=60, preexec_fn=limited)
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "File too large" in result.stderr and "internal error" not in result.stderr
    assert path.read_bytes() == old
    assert temp_files(root) == []


def test_a_read_only_folder_at_the_write_is_one_clear_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "j"
    make_journal(root)
    before = snapshot(root)
    seen = _raise_on(monkeypatch, "open", PermissionError(errno.EACCES, os.strerror(errno.EACCES)),
                     only_temp=True)
    result = invoke(root, "log", "acme", "--concern", "no permission")
    monkeypatch.undo()
    assert seen
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Permission denied" in lines[0]
    assert "internal error" not in lines[0]
    assert snapshot(root) == before
    assert temp_files(root) == []


def test_add_into_a_read_only_folder_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "j"
    make_journal(root)
    before = snapshot(root)
    _raise_on(monkeypatch, "open", PermissionError(errno.EACCES, os.strerror(errno.EACCES)),
              only_temp=True)
    result = invoke(root, "add", "Globex")
    monkeypatch.undo()
    assert result.exit_code == 1
    assert "Permission denied" in result.stderr and "internal error" not in result.stderr
    assert snapshot(root) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file modes")
def test_a_really_read_only_customers_folder(tmp_path: Path) -> None:
    root = tmp_path / "j"
    path = make_journal(root)
    old = path.read_bytes()
    (root / "customers").chmod(0o500)
    try:
        result = run_relj(root, "log", "acme", "--concern", "read-only")
    finally:
        (root / "customers").chmod(0o700)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Permission denied" in result.stderr
    assert path.read_bytes() == old


def test_an_unreadable_customer_file_is_reported_and_the_others_work(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "j"
    make_journal(root)
    assert invoke(root, "add", "Globex").exit_code == 0
    target = root / "customers" / "acme.toml"
    real_open = os.open

    def denied(path: object, *args: object, **kw: object) -> int:
        if Path(path) == target:  # what chmod 000 does for anyone but root
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kw)

    monkeypatch.setattr(os, "open", denied)
    check = invoke(root, "check")
    due = invoke(root, "due", "--json", "--today", "2026-11-24")
    log = invoke(root, "log", "acme", "--concern", "x")
    monkeypatch.undo()
    assert check.exit_code == 1
    assert re.search(r"customers/acme\.toml:1: .*Permission denied", check.stdout), check.output
    assert due.exit_code == 0, due.output
    assert '"globex"' in due.stdout and "acme.toml" in due.stderr
    assert log.exit_code == 1 and "internal error" not in log.stderr
    assert "Permission denied" in log.stderr


# -- 3. locks --------------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from relj.storage.journal import Journal
    with Journal(Path(sys.argv[1])).lock():
        print("locked", flush=True)
        time.sleep(120)
""")


def _hold_lock(tmp_path: Path, root: Path) -> subprocess.Popen[str]:
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    holder = subprocess.Popen([sys.executable, str(script), str(root)], stdout=subprocess.PIPE,
                              text=True, env=env_for(root))
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_lock_held_by_a_live_process_makes_the_next_run_wait_a_bounded_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import relj.storage.files

    assert 0 < relj.storage.files.LOCK_TIMEOUT_SECONDS <= 30, "the shipped wait is bounded"
    root = tmp_path / "j"
    make_journal(root)
    before = snapshot(root)
    holder = _hold_lock(tmp_path, root)
    try:
        monkeypatch.setattr(relj.storage.files, "LOCK_TIMEOUT_SECONDS", 0.5)
        began = time.monotonic()
        result = invoke(root, "log", "acme", "--concern", "blocked")
        waited = time.monotonic() - began
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 1, result.output
    assert 0.45 <= waited < 5, waited
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert ".relj/lock" in lines[0]
    # What to do: wait for the other relj or stop it. Deleting a flock'ed file
    # would let two writers in at once, so the advice must not be that.
    assert "another relj" in lines[0] and "delete" not in lines[0]
    assert snapshot(root) == before


def test_a_lock_left_by_a_killed_process_does_not_block(tmp_path: Path) -> None:
    from filelock import FileLock, Timeout

    root = tmp_path / "j"
    path = make_journal(root)
    holder = _hold_lock(tmp_path, root)
    lock_file = root / ".relj" / "lock"
    with pytest.raises(Timeout):  # it really is held while the holder lives
        FileLock(str(lock_file), timeout=0.2).acquire()
    holder.send_signal(signal.SIGKILL)
    assert holder.wait() == -signal.SIGKILL
    assert lock_file.exists(), "the dead holder's lock file is still there"
    began = time.monotonic()
    result = run_relj(root, "log", "acme", "--concern", "after the dead holder")
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - began < 5, "the kernel released the dead process's flock"
    assert interactions(path)[-1]["concern"] == "after the dead holder"


# -- special files ------------------------------------------------------------------


def test_a_fifo_named_like_a_customer_never_hangs_relj(tmp_path: Path) -> None:
    """Opening a FIFO for reading blocks until someone writes: relj must not open it."""
    root = tmp_path / "j"
    make_journal(root)
    fifo = root / "customers" / "pipe.toml"
    os.mkfifo(fifo, 0o600)
    for args in (["due"], ["list"], ["check"], ["show", "pipe"], ["log", "pipe", "--concern", "x"]):
        try:
            result = run_relj(root, *args, timeout=20)
        except subprocess.TimeoutExpired:
            pytest.fail(f"relj {' '.join(args)} hung on a FIFO")
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr
        if args[0] == "check":
            assert result.returncode == 1 and "customers/pipe.toml:1:" in result.stdout
        elif args[0] in ("show", "log"):
            assert result.returncode == 1
        else:
            assert result.returncode == 0 and "customers/pipe.toml" in result.stderr
    assert stat_is_fifo(fifo)


def stat_is_fifo(path: Path) -> bool:
    import stat

    return stat.S_ISFIFO(path.lstat().st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give files to others")
def test_a_write_as_root_keeps_the_owner_of_the_file(tmp_path: Path) -> None:
    """`sudo relj log` must not hand the user's file to root (they could no longer read it)."""
    root = tmp_path / "j"
    path = make_journal(root)
    os.chown(path, 12345, 23456)
    assert invoke(root, "log", "acme", "--concern", "as root").exit_code == 0
    info = path.stat()
    assert (info.st_uid, info.st_gid) == (12345, 23456)
    assert interactions(path)[-1]["concern"] == "as root"
    assert invoke(root, "add", "Globex").exit_code == 0  # a new file: root's, as any new file


def test_cleanup_removes_only_relj_temp_files(tmp_path: Path) -> None:
    root = tmp_path / "j"
    path = make_journal(root)
    folder = root / "customers"
    stale = [".acme.toml.0badc0de.tmp", ".other.toml.12345678.tmp"]
    kept = [".acme.toml.swp", ".keep", ".acme.toml.notes.tmp", ".acme.toml.ABCDEF12.tmp",
            "acme.toml.12345678.tmp", ".acme.toml.123456789.tmp", "notes.txt"]
    for name in stale + kept:
        (folder / name).write_bytes(b"half a block [[interact")
    assert run_relj(root, "check").returncode == 0, "temp files are ignored by check"
    assert run_relj(root, "due").returncode == 0
    result = run_relj(root, "log", "acme", "--concern", "cleans up")
    assert result.returncode == 0, result.stderr
    left = sorted(os.listdir(folder))
    assert all(name not in left for name in stale)
    assert all(name in left for name in kept)
    assert interactions(path)[-1]["concern"] == "cleans up"


def test_ids_made_in_the_same_minute_do_not_collide() -> None:
    """Team merges key on ids: two entries with one id would merge into one (an entry
    lost). The 200-run kill loop, all logged at the same minute, found duplicates
    with 16 random bits; 1,000 ids of one minute must all differ."""
    from datetime import date, datetime

    from relj.storage.entries import new_id

    moment = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    for prefix, when in (("i", moment), ("i", date(2026, 11, 20)), ("o", date(2026, 11, 20))):
        ids = [new_id(prefix, when) for _ in range(1000)]
        assert len(set(ids)) == len(ids)
