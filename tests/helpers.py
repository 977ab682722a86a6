"""Helpers the test files share, so that each is written once.

Fixtures live in conftest.py; plain functions and constants live here, because
importing from conftest.py (which pytest loads on its own) is fragile.
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from typer.testing import Result

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_JOURNAL = ROOT / "examples" / "journal"

# Every test that draws random numbers draws them from this seed, so that a
# failure reproduces: RELJ_TEST_SEED=<the seed a failure printed> pytest ...
SEED_VARIABLE = "RELJ_TEST_SEED"
DEFAULT_SEED = 20261124


def run_seed() -> int:
    """The seed of this run: $RELJ_TEST_SEED, else a fixed one."""
    return int(os.environ.get(SEED_VARIABLE, str(DEFAULT_SEED)))


def installed_relj() -> list[str]:
    """The console script installed next to this Python (what a user runs)."""
    script = Path(sys.executable).parent / "relj"
    if not script.exists():
        pytest.skip("the relj console script is not installed in this environment")
    return [str(script)]


def invoke(root: Path, *args: str, today: str | None = None, input: str | None = None,
           runner: Any = None) -> Result:
    """Run relj in-process on the journal at ``root``: invoke(root, "log", "acme", ...)."""
    from typer.testing import CliRunner

    from relj.cli import app

    dated = ["--today", today] if today is not None else []
    return (runner or CliRunner()).invoke(app, ["-J", str(root), *dated, *args], input=input)


def init_journal(root: Path) -> Path:
    """A fresh, empty journal at ``root`` (no git), made by `relj init`."""
    from typer.testing import CliRunner

    from relj.cli import app

    result = CliRunner().invoke(app, ["init", str(root), "--no-git"])
    assert result.exit_code == 0, result.output
    return root


def write_customer(root: Path, slug: str, text: str | bytes) -> Path:
    """Write customers/<slug>.toml by hand, private as relj makes it (0600)."""
    path = root / "customers" / f"{slug}.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def interactions(path: Path) -> list[dict[str, Any]]:
    """The [[interaction]] tables of a customer file, as tomllib reads them."""
    found: list[dict[str, Any]] = tomllib.loads(path.read_text(encoding="utf-8")).get(
        "interaction", [])
    return found


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (except .relj/) with its bytes, to prove nothing changed."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and ".relj" not in path.relative_to(folder).parts
    }
