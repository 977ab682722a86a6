"""The README's tour is real: every ``$ relj ...`` in a ```console block runs as
written, in order, on a copy of the example journal, and prints what the README shows.

After a deliberate change of a screen, refresh the README with
``RELJ_README_UPDATE=1 pytest tests/test_readme.py`` and read the diff.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE_JOURNAL, ROOT, installed_relj

README = ROOT / "README.md"
TOUR = "/tmp/tour"  # the folder the README's tour copies the example journal to
BLOCK = re.compile(r"^```console\n(.*?)^```\n", re.M | re.S)


def commands_and_outputs(block: str) -> list[tuple[str, str]]:
    """Each ``$ command`` line with the lines up to the next command."""
    steps: list[tuple[str, list[str]]] = []
    continued = False
    for line in block.splitlines():
        if continued:  # a long command goes on after a trailing backslash
            steps[-1] = (steps[-1][0] + "\n" + line, [])
        elif line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
        continued = bool(steps) and line.endswith("\\") and not steps[-1][1]
    return [(command, "\n".join(lines)) for command, lines in steps]


# New ids end in 8 random hex digits: the tour shows one, a run makes another.
RANDOM_ID = re.compile(r"\b([io]-\d{8}(?:T\d{4})?-)[0-9a-f]{8}\b")


def same(shown: str, actual: str) -> bool:
    return RANDOM_ID.sub(r"\1", shown) == RANDOM_ID.sub(r"\1", actual)


def run(command: str, tour: Path, relj: list[str]) -> str:
    words = shlex.split(command.replace("\\\n", " ").replace(TOUR, str(tour)))
    env = {**os.environ, "RELJ_JOURNAL": str(tour), "RELJ_TODAY": "2026-11-24",
           "COLUMNS": "80", "LANG": "en_US.UTF-8", "TZ": "Europe/Berlin", "NO_COLOR": "1"}
    while words and "=" in words[0] and words[0] != "relj":  # VAR=value relj ...
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    assert words[0] == "relj", f"the tour runs relj only: {command}"
    result = subprocess.run([*relj, *words[1:]], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=60)
    output = (result.stdout + result.stderr).rstrip("\n")
    return "\n".join(line.rstrip() for line in output.splitlines()).replace(str(tour), TOUR)


def test_the_readme_tour_prints_what_it_shows(tmp_path: Path) -> None:
    relj = installed_relj()
    tour = tmp_path / "tour"
    shutil.copytree(EXAMPLE_JOURNAL, tour, ignore=shutil.ignore_patterns(".relj"))
    for path in (tour, *tour.rglob("*")):  # as the tour's chmod -R go-rwx does
        path.chmod(path.stat().st_mode & 0o700)
    text = README.read_text(encoding="utf-8")
    blocks = list(BLOCK.finditer(text))
    assert blocks, "the README has a tour"
    updated = text
    mismatches: list[str] = []
    for match in blocks:
        block = match.group(1)
        fresh = []
        for command, shown in commands_and_outputs(block):
            actual = run(command, tour, relj)
            fresh.append(f"$ {command}\n{actual}".rstrip("\n"))
            if not same(shown, actual):
                mismatches.append(f"$ {command}\n--- README\n{shown}\n--- relj\n{actual}")
        updated = updated.replace(match.group(0), "```console\n" + "\n".join(fresh) + "\n```\n", 1)
    if mismatches and os.environ.get("RELJ_README_UPDATE") == "1":
        README.write_text(updated, encoding="utf-8")
        pytest.skip("README tour refreshed; read the diff")
    assert not mismatches, "\n\n".join(mismatches)


def test_every_tour_line_fits_80_columns() -> None:
    for match in BLOCK.finditer(README.read_text(encoding="utf-8")):
        for line in match.group(1).splitlines():
            assert len(line) <= 80, line


def test_the_first_readme_commands_are_the_ones_ci_runs() -> None:
    """.ci/run reads the first ```sh block; it must install and run due, then test."""
    first = re.search(r"^```sh\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)
    assert first is not None
    lines = first.group(1).strip().splitlines()
    assert "relj -J examples/journal due --today 2026-11-24" in lines[0]
    assert lines[1].endswith("pytest")
    assert subprocess.run(["bash", "-n", str(ROOT / ".ci" / "run")]).returncode == 0


def test_the_readme_due_shows_every_reason() -> None:
    """Issue 3: the README shows a `relj due` in which every reason code appears."""
    from relj.i18n import t
    from relj.settings import DEFAULT_POINTS

    blocks = [
        commands_and_outputs(m.group(1)) for m in BLOCK.finditer(README.read_text(encoding="utf-8"))
    ]
    due = next(out for steps in blocks for command, out in steps if command == "relj due")
    for code in DEFAULT_POINTS:
        short = t(f"coach.short.{code}", lang="en", mood="").split(":")[0]
        assert short in due, code
