"""`relj log --edit` never loses a typed note, and a closing answer never
predates its offer (issue 16, SPEC §3 and §6)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke


def _editor(folder: Path) -> Path:
    """An editor that writes a note and records that it ran."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "editor.py"
    script.write_text(
        f"#!{sys.executable}\n"
        "import pathlib, sys\n"
        "here = pathlib.Path(__file__).parent\n"
        "(here / 'ran').write_text('yes')\n"
        "pathlib.Path(sys.argv[-1]).write_text('a long note typed with care')\n",
        encoding="utf-8")
    script.chmod(0o700)
    return script


@pytest.fixture
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Acme").exit_code == 0
    monkeypatch.setenv("VISUAL", str(_editor(tmp_path / "ed")))
    return root


def test_the_editor_opens_only_after_every_other_check(journal: Path, tmp_path: Path) -> None:
    assert invoke(journal, "offer", "acme", "One").exit_code == 0
    assert invoke(journal, "offer", "acme", "Two").exit_code == 0
    # Two open offers and none named: an error that must come before the editor.
    result = invoke(journal, "log", "acme", "--genuine", "--closing", "yes", "--edit")
    assert result.exit_code == 1
    assert not (tmp_path / "ed" / "ran").exists()


def test_a_note_that_cannot_be_written_is_kept_and_the_error_says_where(
        journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from relj.errors import ReljError

    def fail(*args: object, **kwargs: object) -> bytes:
        raise ReljError("core.lock_timeout", seconds="10", path=".relj/lock")

    monkeypatch.setattr("relj.catalogue.append_interaction", fail)
    result = invoke(journal, "log", "acme", "--genuine", "--edit")
    assert result.exit_code == 1
    [kept] = (journal / ".relj").glob("note-acme-*.md")
    assert kept.read_text(encoding="utf-8") == "a long note typed with care"
    assert str(Path(".relj") / kept.name) in result.output


def test_a_closing_answer_before_its_offer_opened_is_refused(journal: Path) -> None:
    assert invoke(journal, "offer", "acme", "One", "--at", "2026-11-20",
                  "--today", "2026-11-25").exit_code == 0
    before = (journal / "customers" / "acme.toml").read_bytes()
    result = invoke(journal, "log", "acme", "--concern", "x", "--closing", "yes",
                    "--at", "2026-11-10", "--today", "2026-11-25")
    assert result.exit_code == 1 and "before offer" in result.output
    assert (journal / "customers" / "acme.toml").read_bytes() == before
    ok = invoke(journal, "log", "acme", "--concern", "x", "--closing", "yes",
                "--at", "2026-11-20", "--today", "2026-11-25")
    assert ok.exit_code == 0, ok.output


@pytest.mark.parametrize("terminal", [True, False])
def test_csv_export_on_a_screen_cannot_move_the_cursor(journal: Path, terminal: bool,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert invoke(journal, "log", "acme", "--concern", "evil \x1b[2J\x1b]52;c;eA==\x07 text"
                  ).exit_code == 0
    monkeypatch.setattr("relj.render.is_terminal", lambda stream=None: terminal)
    result = invoke(journal, "export", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert ("\x1b" in result.output) is not terminal  # piped: the data stays exact
    assert "evil" in result.output
