"""Scale: a 50 MB customer file and a journal of 10,000 customers still work.

Slow (minutes), so skipped unless RELJ_SLOW_TESTS=1. Each run prints its
figures (seconds and peak memory per command) for the record:

    RELJ_SLOW_TESTS=1 pytest tests/test_scale.py -s
"""

from __future__ import annotations

import json
import os
import subprocess
import time
import tomllib
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import installed_relj

pytestmark = [
    pytest.mark.skipif(os.environ.get("RELJ_SLOW_TESTS") != "1",
                       reason="slow: set RELJ_SLOW_TESTS=1"),
    pytest.mark.slow,
]

# Bounds for a log or a closing answer onto the 50 MB file: generous (a slow machine),
# yet far below the old whole-file path (14.7 s and 645 MiB, three whole reads) and
# below a quarter of one whole read of the same file in the same run.
LOG_SECONDS = 5.0
LOG_MIB = 300

CHANNELS = ["call", "visit", "email", "video", "message"]
MOODS = ["active", "optimistic", "uncertain", "passive", "annoyed"]
SIGNALS = ["praise", "objection:price", "project", "trust", "delay", "repeat-order"]


def interaction(n: int, note_size: int = 0) -> str:
    day = 1 + n % 28
    month = 1 + (n // 28) % 12
    year = 2000 + (n // 336) % 26
    signal = f'signals = ["{SIGNALS[n % len(SIGNALS)]}"]\n' if n % 7 == 0 else ""
    note = (
        f'note = "{("Notiz über das Gespräch " * (note_size // 24 + 1))[:note_size]}"\n'
        if note_size
        else ""
    )
    return (
        f'\n[[interaction]]\nid = "i-{n:08d}"\n'
        f"at = {year}-{month:02d}-{day:02d}T10:{n % 60:02d}:00+01:00\n"
        f'channel = "{CHANNELS[n % 5]}"\ngenuine = {"true" if n % 3 else "false"}\n'
        f'concern = "Anliegen {n}"\nmood = "{MOODS[n % 5]}"\n{signal}{note}'
    )


def customer(name: str, interactions: int, note_size: int = 0, start: int = 0) -> str:
    head = (
        f'# generated for the scale test\nname = "{name}"\nsince = 2000-01-01\ncadence = "3w"\n'
        f'tags = ["scale"]\n\n[[contact]]\nname = "Anna"\nkey = true\n\n'
        f'[[contact]]\nname = "Ben"\n'
        f'\n[[offer]]\nid = "o-1"\nwhat = "Wartung"\nvalue = 1000\nopened = 2025-01-01\n'
        f'status = "open"\n'
    )
    return head + "".join(interaction(start + n, note_size) for n in range(interactions))


# Runs one command in a fresh process and reports that command's own peak memory.
WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:])\n"
    "print(f'\\nmaxrss={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}',"
    " file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def measure(root: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run the installed relj; seconds and peak memory (MiB) of that run."""
    import sys

    env = {**os.environ, "RELJ_JOURNAL": str(root), "RELJ_TODAY": "2026-11-24", "COLUMNS": "100"}
    began = time.monotonic()
    result = subprocess.run([sys.executable, "-c", WRAPPER, *installed_relj(), *args],
                            capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                            timeout=1800)
    seconds = time.monotonic() - began
    stderr, _, peak = result.stderr.rpartition("\nmaxrss=")
    result.stderr = stderr
    mib = int(peak) / 1024
    print(f"  relj {' '.join(args)[:60]:<60} {seconds:7.2f} s  {mib:7.0f} MiB  "
          f"exit {result.returncode}")
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    return result, seconds, mib


def make_journal(root: Path) -> None:
    result = subprocess.run([*installed_relj(), "init", str(root), "--no-git"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_50_mb_customer_file(tmp_path: Path) -> None:
    root = tmp_path / "big"
    make_journal(root)
    path = root / "customers" / "giant.toml"
    text = customer("Giant Corp", 1, note_size=0)
    chunk = "".join(interaction(n, note_size=120) for n in range(1, 1001))
    blocks = 1
    with path.open("w", encoding="utf-8") as handle:
        handle.write(text)
        size = len(text.encode())
        while size < 50 * 1024 * 1024:
            part = chunk.replace('id = "i-0', f'id = "i-{blocks:04d}-0')
            handle.write(part)
            size += len(part.encode())
            blocks += 1
    path.chmod(0o600)
    mb = path.stat().st_size / 1024 / 1024
    count = tomllib.loads(path.read_text(encoding="utf-8"))["interaction"].__len__()
    print(f"\n50 MB file: {mb:.1f} MB, {count} interactions")

    old = path.read_bytes()
    parse_seconds = 0.0
    for args in (["check"], ["due", "--json"], ["list", "--json"], ["phase", "giant", "--json"]):
        result, seconds, _ = measure(root, *args)
        assert result.returncode == 0, result.stderr
        parse_seconds = max(parse_seconds, seconds)
    # A busy machine slows every command alike: the bound follows the slowest whole read.
    log_seconds = max(LOG_SECONDS, parse_seconds / 4)
    shown, _, _ = measure(root, "show", "giant", "--json")
    assert shown.returncode == 0
    assert len(json.loads(shown.stdout)["interactions"]) == count
    # A log and a closing answer touch the end and one offer, not the history: the file
    # is neither parsed whole nor rewritten through tomlkit (before: 14.7 s, 645 MiB).
    logged, seconds, mib = measure(
        root, "log", "giant", "--concern", "still works", "--at", "2026-11-24 09:00"
    )
    assert logged.returncode == 0, logged.stderr
    assert seconds < log_seconds and mib < LOG_MIB
    new = path.read_bytes()
    assert new.startswith(old) and b"still works" in new[len(old):]
    for answer in ("later", "yes"):
        closing, seconds, mib = measure(root, "log", "giant", "--concern", "decision",
                                        "--closing", answer, "--follow-up", "2026-12-01",
                                        "--at", "2026-11-24 10:00")
        assert closing.returncode == 0, closing.stderr
        assert seconds < log_seconds and mib < LOG_MIB
    after = path.read_bytes()
    head = old[: old.index(b'status = "open"\n')]
    closed = b'status = "won"\nclosed = 2026-11-24\n'
    assert after.startswith(head + closed)
    assert after[len(head + closed):].startswith(old[len(head) + 16:])  # the history as it was
    data = tomllib.loads(after.decode("utf-8"))
    assert len(data["interaction"]) == count + 3
    assert data["offer"] == [{"id": "o-1", "what": "Wartung", "value": 1000,
                              "opened": date(2025, 1, 1), "status": "won",
                              "closed": date(2026, 11, 24)}]
    assert measure(root, "check")[0].returncode == 0


def test_a_journal_of_10000_customers(tmp_path: Path) -> None:
    root = tmp_path / "wide"
    make_journal(root)
    folder = root / "customers"
    began = time.monotonic()
    for n in range(10_000):
        path = folder / f"customer-{n:05d}.toml"
        path.write_text(customer(f"Customer {n:05d}", 5 + n % 10, start=n * 20), encoding="utf-8")
        path.chmod(0o600)
    total = sum(p.stat().st_size for p in folder.iterdir()) / 1024 / 1024
    print(f"\n10,000 customers: {total:.1f} MB written in {time.monotonic() - began:.1f} s")

    due, _, _ = measure(root, "due", "--json", "--limit", "20")
    assert due.returncode == 0, due.stderr
    assert len(json.loads(due.stdout)["items"]) == 20
    listed, _, _ = measure(root, "list", "--json")
    assert len(json.loads(listed.stdout)["customers"]) == 10_000
    for args in (
        ["due"],
        ["check"],
        ["phase", "--json"],
        ["show", "customer-09999", "--json"],
        ["show", "Customer 04711"],
        ["log", "customer-00042", "--concern", "at scale"],
        ["log", "Customer 00043", "--concern", "by name"],
        ["offer", "customer-00044", "x"],
        ["add", "Customer 10000"],
        ["due", "--json", "--limit", "20"],
    ):
        result, _, _ = measure(root, *args)
        assert result.returncode == 0, (args, result.stderr)
    assert (folder / "customer-10000.toml").is_file()
    assert "at scale" in (folder / "customer-00042.toml").read_text(encoding="utf-8")
    assert "by name" in (folder / "customer-00043.toml").read_text(encoding="utf-8")
