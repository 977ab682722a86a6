"""kill -9 during `relj inbox`: no note is lost and none is recorded twice.

The same kind of loop as the journal's (tests/test_faults.py): real processes
killed at random moments, many times, with identical lines in the inbox (the
case a naive "is the line's interaction there yet?" check gets wrong).
"""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import init_journal, installed_relj, interactions, write_customer

# 150 notes: a whole run takes longer than a kill window, so runs are cut short mid-work.
NOTES = [f"- [2026-11-{n % 20 + 1:02d}] acme: note {n}" for n in range(150)]
NOTES += ["- [2026-11-20] acme: same words"] * 3  # identical lines, three calls


def counts(root: Path) -> collections.Counter[str]:
    """Each note's concern: how often it is in the customer file plus in inbox.md."""
    found = collections.Counter(e["concern"] for e in interactions(
        root / "customers" / "acme.toml"))
    for line in (root / "inbox.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("- "):
            found[line.split(": ", 1)[1]] += 1
    return found


@pytest.mark.slow
def test_kill_9_during_inbox_loses_and_duplicates_no_line(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    root = init_journal(tmp_path / "j")
    path = write_customer(root, "acme", 'name = "Acme Tools"\nsince = 2024-03-01\n')
    (root / "inbox.md").write_text("# notes\n" + "\n".join(NOTES) + "\n", encoding="utf-8")
    expected = collections.Counter(line.split(": ", 1)[1] for line in NOTES)
    env = {**os.environ, "RELJ_JOURNAL": str(root), "RELJ_TODAY": "2026-11-24",
           "LANG": "en_US.UTF-8"}
    command = [*installed_relj(), "inbox"]
    kills = cut_short = 0
    window = 0.3  # seconds: grows while the kills come before any write (a loaded machine)
    for _ in range(int(os.environ.get("RELJ_KILL_RUNS", "60"))):
        process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        before = (root / "inbox.md").read_bytes()
        time.sleep(rng.uniform(0.1 * window, window))
        process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=60)
        stderr = process.stderr.read().decode() if process.stderr else ""
        if process.stderr:
            process.stderr.close()
        assert "Traceback" not in stderr
        kills += code == -signal.SIGKILL
        now = counts(root)
        pending = (root / ".relj" / "inbox-pending.json").exists()
        cut_short += pending
        window *= 1.25 if (root / "inbox.md").read_bytes() == before else 0.9
        # Nothing lost; at most the one line of a cut-short move counted twice.
        assert all(now[c] >= n for c, n in expected.items()), now
        assert sum(now.values()) - sum(expected.values()) <= (1 if pending else 0)
        if code == 0:
            break
    moved_in_loop = len(interactions(path))
    finished = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=60)
    assert finished.returncode == 0, finished.stderr
    assert kills > 0 and moved_in_loop > 0, "no run was cut short mid-work"
    print(f"kill -9 during inbox: {kills} kills, {moved_in_loop} notes moved in the loop "
          f"({cut_short} moves cut short between the writes), seed {seed}")
    recorded = collections.Counter(e["concern"] for e in interactions(path))
    assert recorded == expected
    assert (root / "inbox.md").read_text(encoding="utf-8") == "# notes\n"
    assert not (root / ".relj" / "inbox-pending.json").exists()
