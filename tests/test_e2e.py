"""The installed `relj` console script in subprocesses on a temporary journal."""

from __future__ import annotations

import json
import os
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.helpers import installed_relj


def run(journal: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RELJ_JOURNAL": str(journal), "COLUMNS": "80", "LANG": "en_US.UTF-8"}
    result = subprocess.run([*installed_relj(), *args], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=60)
    if check:
        assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


def test_a_fresh_journal_through_the_installed_script(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    run(journal, "init", str(journal), "--no-git")
    run(journal, "add", "Müller & Söhne", "--since", "2025-02-01", "--contact", "Anna, Einkauf")
    run(journal, "offer", "mueller", "Wartung", "--value", "12000", "--currency", "EUR",
        "--at", "2026-11-01")
    logged = run(journal, "log", "Müller", "--concern", "Verlängerung", "--channel", "call",
                 "--at", "2026-11-20 10:00")
    assert "mueller-soehne" in logged.stdout and "2026-11-20 10:00" in logged.stdout
    shown = json.loads(
        run(journal, "show", "mueller-soehne", "--json", "--today", "2026-11-24").stdout
    )
    assert shown["schema"] == 1 and shown["slug"] == "mueller-soehne"
    assert shown["interactions"][0]["concern"] == "Verlängerung"
    assert shown["days_since_genuine"] == 4
    listed = json.loads(run(journal, "list", "--json", "--today", "2026-11-24").stdout)
    assert listed["customers"][0]["customer"] == "mueller-soehne"
    assert listed["customers"][0]["open_offers"] == 1
    assert run(journal, "check").returncode == 0


def test_bad_input_in_a_subprocess_has_no_traceback(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    run(journal, "init", str(journal), "--no-git")
    result = run(journal, "log", "nobody", check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("relj: ") and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.slow  # sixteen processes at once, like the kill loop
def test_sixteen_logs_at_once_all_land(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    run(journal, "init", str(journal), "--no-git")
    run(journal, "add", "Acme")
    env = {**os.environ, "RELJ_JOURNAL": str(journal)}
    processes = [
        subprocess.Popen([*installed_relj(), "log", "acme", "--concern", f"call {n}"],
                         env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
        for n in range(16)
    ]
    codes = [p.wait(timeout=120) for p in processes]
    assert codes == [0] * 16, [p.stderr.read() for p in processes]
    data = tomllib.loads((journal / "customers" / "acme.toml").read_text(encoding="utf-8"))
    concerns = sorted(entry["concern"] for entry in data["interaction"])
    assert concerns == sorted(f"call {n}" for n in range(16))
    assert len({entry["id"] for entry in data["interaction"]}) == 16


def test_the_installed_script_lists_every_command_and_suggests_on_a_typo(tmp_path: Path) -> None:
    """relj builds its commands lazily in main(): help, typos and completion still see all."""
    from typer.main import get_command_name

    from relj.cli import app

    names = {info.name or get_command_name(info.callback.__name__)
             for info in app.registered_commands if not info.hidden}
    shown = run(tmp_path, "--help").stdout
    assert all(f"  {name} " in shown for name in names), shown
    typo = run(tmp_path, "lgo", check=False)
    assert typo.returncode == 2 and "Did you mean 'log'?" in typo.stderr
    env = {**os.environ, "_RELJ_COMPLETE": "complete_bash", "COMP_WORDS": "relj ex",
           "COMP_CWORD": "1"}
    completed = subprocess.run(installed_relj(), capture_output=True, text=True, env=env,
                               timeout=60)
    assert "export" in completed.stdout.split()
