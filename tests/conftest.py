"""Shared fixtures: a temporary journal, a CLI runner, a pinned environment, a seed.

Also the run's hypothesis profile. In CI (the CI environment variable is set, as
.ci/run sets it) hypothesis is derandomized: every example comes from the test
itself, so a CI failure reproduces anywhere with ``CI=true pytest ...``. Locally
it draws new examples on each run (more chances to find a bug) and keeps the
failing ones in .hypothesis/, which replays them first; either way a failure
prints the example and a ``@reproduce_failure`` blob. Plain functions the tests
share are in tests/helpers.py.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from tests.helpers import EXAMPLE_JOURNAL, SEED_VARIABLE, init_journal, run_seed

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


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
def journal_dir(tmp_path: Path) -> Path:
    """A fresh, empty journal (no git)."""
    return init_journal(tmp_path / "journal")


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


@pytest.fixture
def seed(request: pytest.FixtureRequest) -> int:
    """The seed for a test's random numbers ($RELJ_TEST_SEED, else fixed); named on failure."""
    value = run_seed()
    request.node.user_properties.append((SEED_VARIABLE, value))
    return value


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A failed test that drew random numbers says how to draw the same ones again."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.failed:
        for name, value in item.user_properties:
            if name == SEED_VARIABLE:
                report.sections.append(
                    ("seed", f"reproduce with {SEED_VARIABLE}={value} pytest {item.nodeid}"))
