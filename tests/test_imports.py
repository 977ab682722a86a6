"""Start-up is a feature: each command imports only what it uses.

Every TAB of shell completion and every morning ``relj due`` starts Python
afresh, so a module imported without need is paid for every time. These tests
run relj in a fresh interpreter and list what got imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import atexit, sys
atexit.register(lambda: print("MODULES " + " ".join(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["relj"] + sys.argv[1:]
from relj.cli import main
main()
"""

# Heavy or special-purpose modules and the commands that may use them.
WRITING = {"tomlkit", "filelock"}
EVERYDAY = {
    "icalendar",
    "csv",
    "relj.interchange.importer",
    "relj.interchange.exporter",
    "relj.render.report",
    "relj.render.timeline",
    "relj.render.show",
    "relj.analysis.portfolio",
    "relj.analysis.timeline",
}
TEAM = {"relj.team.git", "relj.team.merge"}
PARALLEL = {"multiprocessing", "concurrent.futures"}
READING = {
    "tomllib",
    "relj.storage.codec",
    "relj.storage.journal",
    "relj.analysis",
    "relj.storage.cache",
    "pickle",
    "relj.storage.files",
    "relj.catalogue",
    "dateutil",
}
SCREEN = {"rich"}


def imported(args: list[str], env: dict[str, str] | None = None) -> set[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                            env={**os.environ, "COLUMNS": "80", **(env or {})}, timeout=60,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    return set(line.split()[1:])


def assert_none_of(modules: set[str], unwanted: set[str]) -> None:
    found = {m for m in modules if any(m == u or m.startswith(u + ".") for u in unwanted)}
    assert not found, f"imported without need: {sorted(found)}"


@pytest.fixture
def journal(example_journal: Path) -> Path:
    return example_journal


def test_help_imports_no_journal_code_and_no_screen_library() -> None:
    assert_none_of(imported(["--help"]), WRITING | EVERYDAY | TEAM | PARALLEL | READING | SCREEN)


def test_version_imports_next_to_nothing() -> None:
    assert_none_of(imported(["--version"]), WRITING | EVERYDAY | TEAM | PARALLEL | READING
                   | SCREEN)


@pytest.mark.parametrize("warm", [False, True])
def test_due_reads_without_the_editing_and_everyday_libraries(journal: Path, warm: bool) -> None:
    args = ["-J", str(journal), "--today", "2026-11-24", "due"]
    if warm:
        imported(args)
    modules = imported(args)
    assert "relj.analysis.results" in modules  # the probe really ran due
    assert_none_of(modules, WRITING | EVERYDAY | TEAM | PARALLEL)
    if warm:  # cached judgements and settings: no analysis code, no TOML parser
        assert_none_of(modules, {"relj.analysis.due", "relj.analysis.phase", "hashlib",
                                 "tomllib", "relj.storage.codec", "dateutil"})


def test_json_output_needs_no_screen_library(journal: Path) -> None:
    for command in (["due", "--json"], ["list", "--json"], ["show", "harbor", "--json"],
                    ["phase", "--json"]):
        modules = imported(["-J", str(journal), "--today", "2026-11-24", *command])
        assert_none_of(modules, SCREEN | WRITING | EVERYDAY | TEAM | PARALLEL)


def test_completing_a_customer_parses_no_file(journal: Path) -> None:
    env = {"_RELJ_COMPLETE": "complete_bash", "COMP_WORDS": "relj log harb", "COMP_CWORD": "2",
           "RELJ_JOURNAL": str(journal)}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env={**os.environ, **env}, timeout=60, stdin=subprocess.DEVNULL)
    assert "harbor-lane-bakery" in result.stdout
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    assert_none_of(set(line.split()[1:]), WRITING | EVERYDAY | TEAM | PARALLEL | READING | SCREEN
                   | {"relj.model", "relj.settings"})


def test_the_probe_sees_what_a_command_imports(journal: Path) -> None:
    """The probe itself can fail: a command that does import rich is seen doing so."""
    modules = imported(["-J", str(journal), "--today", "2026-11-24", "due"])
    assert "rich" in modules and "relj.render.coach" in modules


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["phase"],
                                     ["phase", "--json"], ["report"]])
def test_a_warm_listing_parses_no_toml(journal: Path, command: list[str]) -> None:
    """The listings come from the cached facts and rows (issue 15): once the cache
    is warm, neither the TOML parser nor the codec is imported."""
    args = ["-J", str(journal), "--today", "2026-11-24", *command]
    imported(args)
    modules = imported(args)
    assert "relj.catalogue" in modules  # the probe really ran the listing
    assert_none_of(modules, WRITING | TEAM | PARALLEL | {"tomllib", "relj.storage.codec"})
