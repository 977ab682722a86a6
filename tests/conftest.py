"""Shared fixtures: a temporary journal, a CLI runner, a pinned environment."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_JOURNAL = ROOT / "examples" / "journal"


@pytest.fixture(autouse=True)
def pinned_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test sees the same terminal width, language and no stray journal."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "RELJ_JOURNAL", "RELJ_TODAY", "NO_COLOR",
                 "VISUAL", "EDITOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def journal_dir(tmp_path: Path, runner: CliRunner) -> Path:
    """A fresh, empty journal (no git)."""
    from relj.cli import app

    path = tmp_path / "journal"
    result = runner.invoke(app, ["init", str(path), "--no-git"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def relj(runner: CliRunner, journal_dir: Path) -> Callable[..., object]:
    """Run relj in-process on the temporary journal: relj("log", "acme", ...)."""
    from relj.cli import app

    def run(*args: str, input: str | None = None) -> object:
        return runner.invoke(app, ["-J", str(journal_dir), *args], input=input)

    return run


@pytest.fixture
def example_journal(tmp_path: Path) -> Path:
    """A private copy of examples/journal (tests may write to it)."""
    target = tmp_path / "example"
    # Not .relj/: a cache left by running relj on examples/journal is not the example.
    shutil.copytree(EXAMPLE_JOURNAL, target, ignore=shutil.ignore_patterns(".relj"))
    return target


def installed_relj() -> list[str]:
    """The console script installed next to this Python (what a user runs)."""
    script = Path(sys.executable).parent / "relj"
    if not script.exists():
        pytest.skip("the relj console script is not installed in this environment")
    return [str(script)]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (except .relj/) with its bytes, to prove nothing changed."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and ".relj" not in path.relative_to(folder).parts
    }
