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
            if not self._read(0.2):
                break

    def _read(self, wait: float) -> bool:
        """Add what the child wrote within ``wait`` seconds; False once it is gone."""
        ready, _, _ = select.select([self.master], [], [], wait)
        if ready:
            try:
                self.screen += os.read(self.master, 4096).decode("utf-8", "replace")
            except OSError:
                return False
        return True

    def answer(self, expected: str, reply: str) -> None:
        self.expect(expected)
        os.write(self.master, (reply + "\n").encode())

    def finish(self) -> int:
        deadline = time.monotonic() + 30
        while self.process.poll() is None:  # read what it writes while it ends
            if time.monotonic() > deadline:
                self.process.kill()
                raise AssertionError(f"did not end:\n{self.screen}")
            if not self._read(0.1):
                break
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
    term.answer("mood", "optimistic")  # no crisis: the closing question comes
    term.answer("signals", "praise 3")
    term.answer("closing question", "later")
    term.answer("follow up", "in 2 weeks")
    term.answer("Note", "went well")
    assert term.finish() == 0, term.screen
    assert "Logged acme" in term.screen
    data = tomllib.loads((journal / "customers" / "acme.toml").read_text(encoding="utf-8"))
    entry = data["interaction"][0]
    assert entry["concern"] == "Talk about the renewal" and entry["genuine"] is True
    assert entry["channel"] == "call" and entry["mood"] == "optimistic"
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
    assert "Kontrollkontakt" in term.screen
    data = tomllib.loads((journal / "customers" / "acme.toml").read_text(encoding="utf-8"))
    assert data["interaction"][0]["genuine"] is False


# -- the context before the concern, the closing question held back, the signs of a no --------

TODAY = "2026-11-24"
CUSTOMER = """name = "Acme"
since = 2026-01-01
needs = "Delivery dates before price"

[[offer]]
id = "o-1"
what = "Pilot"
opened = 2026-11-01
status = "open"

[[interaction]]
id = "i-1"
at = 2026-11-10
genuine = true
concern = "Plan the spring rollout"
mood = "{mood}"
"""


def _journal_with_acme(tmp_path: Path, mood: str) -> tuple[Path, dict[str, str], list[str]]:
    journal = tmp_path / "j"
    env = {**os.environ, "RELJ_JOURNAL": str(journal), "LANG": "en_US.UTF-8", "COLUMNS": "80",
           "RELJ_TODAY": TODAY}
    relj = installed_relj()
    subprocess.run([*relj, "init", str(journal), "--no-git"], env=env, check=True,
                   capture_output=True)
    (journal / "customers" / "acme.toml").write_text(CUSTOMER.replace("{mood}", mood),
                                                     encoding="utf-8")
    return journal, env, relj


def _entries(journal: Path) -> list[dict[str, object]]:
    data = tomllib.loads((journal / "customers" / "acme.toml").read_text(encoding="utf-8"))
    entries: list[dict[str, object]] = data["interaction"]
    return entries


def test_the_prompt_shows_needs_and_last_concern_before_the_concern(tmp_path: Path) -> None:
    journal, env, relj = _journal_with_acme(tmp_path, "active")
    term = Terminal([*relj, "log", "acme", "--channel", "call", "--mood", "active",
                     "--signal", "praise", "--note", "x"], env)
    term.expect("concern?")
    before = term.screen[: term.screen.index("concern?")]
    assert "Needs: Delivery dates before price" in before
    assert "Last concern (2026-11-10): Plan the spring rollout" in before
    term.answer("concern?", "Rollout dates")
    term.answer("closing question", "later")  # a calm customer: the closing question is asked
    term.answer("follow up", "in 2 weeks")
    assert term.finish() == 0, term.screen


@pytest.mark.parametrize("mood", ["annoyed", "passive"])
def test_no_closing_question_while_a_crisis_mood_stands(tmp_path: Path, mood: str) -> None:
    journal, env, relj = _journal_with_acme(tmp_path, mood)
    term = Terminal([*relj, "log", "acme", "--channel", "call", "--signal", "praise"], env)
    term.answer("concern?", "How are you doing?")
    term.answer("mood", "")  # nothing new: the recorded mood still stands
    term.answer("Note", "")
    assert term.finish() == 0, term.screen
    assert "Did you ask the closing question" not in term.screen
    assert f"No closing question today: they are {mood}." in term.screen
    assert "closing" not in _entries(journal)[-1]


def test_no_closing_question_when_the_mood_given_now_is_a_crisis(tmp_path: Path) -> None:
    journal, env, relj = _journal_with_acme(tmp_path, "active")
    term = Terminal([*relj, "log", "acme", "--concern", "Talk", "--channel", "call",
                     "--signal", "praise", "--note", "x"], env)
    term.answer("mood", "desperate")
    assert term.finish() == 0, term.screen
    assert "Did you ask the closing question" not in term.screen
    lines = [line for line in term.screen.splitlines() if line.strip()]
    assert lines[-2].startswith("Logged acme") and lines[-1].startswith("Desperate:")


def test_no_closing_question_after_a_no_as_due_has_it(tmp_path: Path) -> None:
    """The rule of `relj due` (pull, not push): after a "no", no selling prompt."""
    journal, env, relj = _journal_with_acme(tmp_path, "active")
    path = journal / "customers" / "acme.toml"
    path.write_text(path.read_text(encoding="utf-8") + (
        '\n[[interaction]]\nid = "i-2"\nat = 2026-11-15\ngenuine = true\n'
        'concern = "Second site"\nclosing = "no"\n'), encoding="utf-8")
    term = Terminal([*relj, "log", "acme", "--concern", "Talk", "--channel", "call",
                     "--mood", "active", "--signal", "praise", "--note", "x"], env)
    assert term.finish() == 0, term.screen
    assert "Did you ask the closing question" not in term.screen
    assert "No closing question today: they said no, give it time." in term.screen


def test_a_no_asks_for_its_signs_and_keeps_them_in_the_note(tmp_path: Path) -> None:
    journal, env, relj = _journal_with_acme(tmp_path, "active")
    term = Terminal([*relj, "log", "acme", "--concern", "Pilot decision", "--channel", "call",
                     "--mood", "active", "--signal", "praise", "--closing", "no",
                     "--note", "they chose in-house"], env)
    term.answer("signs", "Budget talk went quiet in October")
    assert term.finish() == 0, term.screen
    assert "A no ends an illusion, not the relationship" in term.screen
    entry = _entries(journal)[-1]
    assert entry["closing"] == "no"
    assert entry["note"] == ("they chose in-house\n\n"
                             "Signs of the no: Budget talk went quiet in October")


def test_ctrl_c_at_the_signs_question_keeps_the_interaction_whole(tmp_path: Path) -> None:
    import signal

    journal, env, relj = _journal_with_acme(tmp_path, "active")
    term = Terminal([*relj, "log", "acme", "--concern", "Pilot decision", "--channel", "call",
                     "--mood", "active", "--signal", "praise", "--closing", "no",
                     "--note", "x"], env)
    term.expect("signs")
    time.sleep(0.3)  # a person presses Ctrl-C at the question, not while it is printed
    term.process.send_signal(signal.SIGINT)
    assert term.finish() == 130, term.screen
    assert "Traceback" not in term.screen
    entries = _entries(journal)  # the file reads back whole
    assert len(entries) == 2
    assert entries[-1]["concern"] == "Pilot decision" and entries[-1]["closing"] == "no"
    assert entries[-1]["note"] == "x"
    data = tomllib.loads((journal / "customers" / "acme.toml").read_text(encoding="utf-8"))
    assert data["offer"][0]["status"] == "lost"


@pytest.mark.parametrize(("lang", "typed"), [("en_US.UTF-8", "anruf"), ("en_US.UTF-8", "Telefon"),
                                             ("de_DE.UTF-8", "call"), ("de_DE.UTF-8", "telefon")])
def test_the_channel_menu_takes_the_words_the_options_take_in_both_languages(
        tmp_path: Path, lang: str, typed: str) -> None:
    journal = tmp_path / "j"
    env = {**os.environ, "RELJ_JOURNAL": str(journal), "LANG": lang, "COLUMNS": "80"}
    relj = installed_relj()
    subprocess.run([*relj, "init", str(journal), "--no-git"], env=env, check=True,
                   capture_output=True)
    subprocess.run([*relj, "add", "Acme"], env=env, check=True, capture_output=True)
    term = Terminal([*relj, "log", "acme", "--mood", "active", "--signal", "praise", "--note",
                     "x", "--concern", "Renewal"], env)
    term.answer("1)", typed)
    assert term.finish() == 0, term.screen
    assert "Please pick" not in term.screen and "aus der Liste" not in term.screen
    entry = tomllib.loads((journal / "customers" / "acme.toml").read_text(encoding="utf-8"))
    assert entry["interaction"][0]["channel"] == "call"
