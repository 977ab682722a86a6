"""Ownership in a team journal (issue 16): `relj owner`, and `relj due` showing your
own (git user.name) and unowned customers by default where customers have owners."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke

OVERDUE = """name = "{name}"
since = 2024-01-01
{owner}
[[interaction]]
id = "i-1"
at = 2026-01-05
channel = "call"
genuine = true
concern = "x"
"""


def _journal(tmp_path: Path, owners: dict[str, str | None]) -> Path:
    root = init_journal(tmp_path / "j")
    for slug, who in owners.items():
        owner = f'owner = "{who}"\n' if who else ""
        text = OVERDUE.format(name=slug.capitalize(), owner=owner)
        (root / "customers" / f"{slug}.toml").write_text(text, encoding="utf-8")
        (root / "customers" / f"{slug}.toml").chmod(0o600)
    return root


def _listed(root: Path, *args: str) -> tuple[set[str], str]:
    import json

    result = invoke(root, "due", "--json", *args, today="2026-11-24")
    assert result.exit_code == 0, result.output
    shown = {item["customer"] for item in json.loads(result.output)["items"]}
    screen = invoke(root, "due", *args, today="2026-11-24").output
    return shown, screen


def test_owner_sets_and_clears_the_field_keeping_the_file(tmp_path: Path) -> None:
    root = _journal(tmp_path, {"acme": None})
    path = root / "customers" / "acme.toml"
    path.write_text("# hand-written\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    assert invoke(root, "owner", "acme", "jan").exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert 'owner = "jan"' in text and text.startswith("# hand-written\n")
    import tomllib

    assert tomllib.loads(text)["owner"] == "jan"
    assert invoke(root, "owner", "acme", "--clear").exit_code == 0
    assert path.read_text(encoding="utf-8") == before
    assert invoke(root, "owner", "acme").exit_code == 2
    assert invoke(root, "owner", "acme", "jan", "--clear").exit_code == 2


def test_due_with_owner_and_everyone(tmp_path: Path) -> None:
    root = _journal(tmp_path, {"acme": "jan", "beta": "eva", "gamma": None})
    shown, screen = _listed(root, "--owner", "jan")
    assert shown == {"acme", "gamma"}
    assert "jan" in screen.splitlines()[0]
    assert _listed(root, "--everyone")[0] == {"acme", "beta", "gamma"}
    assert invoke(root, "due", "--everyone", "--owner", "x").exit_code == 2


def test_without_owners_due_shows_everyone_and_says_nothing_new(tmp_path: Path) -> None:
    root = _journal(tmp_path, {"acme": None, "beta": None})
    shown, screen = _listed(root, "--owner", "jan")
    assert shown == {"acme", "beta"}
    assert "jan" not in screen


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_in_a_git_journal_due_shows_your_own_and_unowned_by_default(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    root = _journal(tmp_path, {"acme": "jan", "beta": "eva", "gamma": None})
    subprocess.run(["git", "init", "--quiet"], cwd=root, check=True)
    subprocess.run(["git", "config", "user.name", "eva"], cwd=root, check=True)
    shown, screen = _listed(root)
    assert shown == {"beta", "gamma"}
    assert "eva" in screen.splitlines()[0]
    assert _listed(root, "--mine")[0] == {"beta", "gamma"}


def test_add_owner_writes_the_field_before_the_contacts(tmp_path: Path) -> None:
    import tomllib

    root = init_journal(tmp_path / "j")
    result = invoke(root, "add", "Acme", "--owner", "jan", "--contact", "Anna, buyer")
    assert result.exit_code == 0, result.output
    data = tomllib.loads((root / "customers" / "acme.toml").read_text(encoding="utf-8"))
    assert data["owner"] == "jan" and data["contact"][0]["name"] == "Anna"


def test_report_by_owner_flags_an_orphaned_account(tmp_path: Path) -> None:
    root = _journal(tmp_path, {"acme": "jan", "beta": "eva", "gamma": None})
    beta = root / "customers" / "beta.toml"
    beta.write_text(beta.read_text(encoding="utf-8") + '''
[[interaction]]
id = "i-2"
at = 2026-11-01
channel = "call"
concern = "y"
by = "eva"
''', encoding="utf-8")
    result = invoke(root, "report", today="2026-11-24")
    assert result.exit_code == 0, result.output
    text = result.output
    assert "By owner" in text
    assert "jan: 1 customer, 1 overdue" in text and "eva: 1 customer," in text
    orphans = [line for line in text.splitlines() if "orphaned" in line]
    assert len(orphans) == 1 and "jan" in orphans[0] and "Acme" in orphans[0]


def test_report_without_owners_has_no_owner_section(tmp_path: Path) -> None:
    root = _journal(tmp_path, {"acme": None})
    assert "By owner" not in invoke(root, "report", today="2026-11-24").output
