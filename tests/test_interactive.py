"""`relj log` on a real (pseudo-)terminal asks for what is missing, concern first."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.helpers import installed_relj

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


class Terminal:
    """A child process on a pseudo-terminal, answered like a person would."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.master, slave = os.openpty()
        self.process = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env,
                                        close_fds=True)
        os.close(slave)
        self.screen = ""

    def expect(self, text: str, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.screen:
            if time.monotonic() > deadline:
                raise AssertionError(f"did not see {text!r} in:\n{self.screen}")
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.screen += os.read(self.master, 4096).decode("utf-8", "replace")
                except OSError:
                    break

    def answer(self, expected: str, reply: str) -> None:
        self.expect(expected)
        os.write(self.master, (reply + "\n").encode())

    def finish(self) -> int:
        code = self.process.wait(timeout=30)
        try:
            while True:
                ready, _, _ = select.select([self.master], [], [], 0.2)
                if not ready:
                    break
                chunk = os.read(self.master, 4096)
                if not chunk:
                    break
                self.screen += chunk.decode("utf-8", "replace")
        except OSError:
            pass
        os.close(self.master)
        return code


def test_log_on_a_terminal_asks_concern_first_then_the_rest(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    env = {**os.environ, "RELJ_JOURNAL": str(journal), "LANG": "en_US.UTF-8", "COLUMNS": "80"}
    relj = installed_relj()
    subprocess.run([*relj, "init", str(journal), "--no-git"], env=env, check=True,
                   capture_output=True)
    subprocess.run([*relj, "add", "Acme", "--since", "2025-01-01"], env=env, check=True,
                   capture_output=True)
    subprocess.run([*relj, "offer", "acme", "Pilot"], env=env, check=True, capture_output=True)
    term = Terminal([*relj, "log", "acme"], env)
    term.answer("concern", "Talk about the renewal")
    term.answer("How did you talk?", "1")
    term.answer("mood", "uncertain")
    term.answer("signals", "praise 3")
    term.answer("closing question", "later")
    term.answer("follow up", "in 2 weeks")
    term.answer("Note", "went well")
    assert term.finish() == 0, term.screen
    assert "Logged acme" in term.screen
    data = tomllib.loads((journal / "customers" / "acme.toml").read_text(encoding="utf-8"))
    entry = data["interaction"][0]
    assert entry["concern"] == "Talk about the renewal" and entry["genuine"] is True
    assert entry["channel"] == "call" and entry["mood"] == "uncertain"
    assert entry["signals"] == ["praise", "objection:price"]
    assert entry["closing"] == "later" and "follow_up" in entry
    assert entry["note"] == "went well"


def test_enter_at_the_concern_makes_a_check_in(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    env = {**os.environ, "RELJ_JOURNAL": str(journal), "LANG": "de_DE.UTF-8"}
    relj = installed_relj()
    subprocess.run([*relj, "init", str(journal), "--no-git"], env=env, check=True,
                   capture_output=True)
    subprocess.run([*relj, "add", "Acme"], env=env, check=True, capture_output=True)
    term = Terminal([*relj, "log", "acme", "--channel", "email", "--mood", "active",
                     "--signal", "praise", "--note", "x"], env)
    term.answer("Anliegen", "")
    assert term.finish() == 0, term.screen
    assert "Kontrollbesuch" in term.screen
    data = tomllib.loads((journal / "customers" / "acme.toml").read_text(encoding="utf-8"))
    assert data["interaction"][0]["genuine"] is False
