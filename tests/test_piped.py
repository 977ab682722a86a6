"""Output through a pipe stays plain; a terminal gets colour unless NO_COLOR or --no-color."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.helpers import installed_relj

ANSI = re.compile(r"\x1b\[")
# Box drawing (U+2500-U+257F): table borders and rules; a pipe should carry none.
BOX_ART = re.compile(r"[\u2500-\u257f]")
TODAY = "2026-11-24"

SCREENS = [
    ["report"],
    ["show", "alder"],
    ["show", "northwind"],
    ["due"],
    ["due", "--all"],
    ["list"],
    ["phase"],
    ["export", "--format", "json"],
    ["export", "--format", "csv"],
    ["export", "--format", "ics"],
]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update({"COLUMNS": "80", "LANG": "en_US.UTF-8", "TERM": "xterm-256color", **extra})
    return env


@pytest.mark.parametrize("args", SCREENS, ids=[" ".join(a) for a in SCREENS])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_piped_output_has_no_escape_codes_and_no_box_art(example_journal: Path, args: list[str],
                                                        lang: str) -> None:
    result = subprocess.run([*installed_relj(), "-J", str(example_journal), "--today", TODAY,
                             "--lang", lang, *args], env=_env(), capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert not ANSI.search(result.stdout + result.stderr)
    assert not BOX_ART.search(result.stdout), args
    if args[0] != "export":
        assert max(len(line) for line in result.stdout.splitlines()) <= 80


def _on_a_terminal(journal: Path, *args: str, **env: str) -> str:
    """Run relj with stdout on a pseudo-terminal and return what it printed."""
    import pty

    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen([*installed_relj(), "-J", str(journal), "--today", TODAY, *args],
                                   stdout=follower, stderr=subprocess.PIPE, env=_env(**env))
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the program ended
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=60) == 0
    finally:
        os.close(leader)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.parametrize("args", [["report"], ["show", "alder"]])
def test_a_terminal_gets_colour_unless_asked_not_to(example_journal: Path, args: list[str]) -> None:
    coloured = _on_a_terminal(example_journal, *args)
    assert ANSI.search(coloured)
    assert not ANSI.search(_on_a_terminal(example_journal, *args, NO_COLOR="1"))
    assert not ANSI.search(_on_a_terminal(example_journal, "--no-color", *args))
