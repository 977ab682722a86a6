"""Shell completion through Typer's environment protocol, as bash drives it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.helpers import installed_relj


def _complete(words: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> list[str]:
    """What `relj` offers for the last word of ``words`` (bash: COMP_WORDS, COMP_CWORD)."""
    parts = words.split(" ")
    full_env = {**os.environ, "_RELJ_COMPLETE": "complete_bash", "COMP_WORDS": words,
                "COMP_CWORD": str(len(parts) - 1), **(env or {})}
    result = subprocess.run(installed_relj(), env=full_env, cwd=cwd, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout.split()


@pytest.fixture
def journal(runner, journal_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    from relj.cli import app

    for name in ("Müller Maschinenbau GmbH", "Müller & Söhne", "Acme"):
        assert runner.invoke(app, ["-J", str(journal_dir), "add", name]).exit_code == 0
    return journal_dir


def test_log_mue_tab_offers_the_mueller_slugs(journal: Path) -> None:
    offered = _complete("relj log mue", {"RELJ_JOURNAL": str(journal)})
    assert offered == ["mueller-maschinenbau-gmbh", "mueller-soehne"]


def test_the_journal_option_and_the_working_directory_are_honoured(journal: Path) -> None:
    assert _complete(f"relj -J {journal} show ac") == ["acme"]
    assert _complete("relj edit mueller-s", cwd=journal / "customers") == ["mueller-soehne"]


def test_completion_reads_file_names_only(journal: Path) -> None:
    # A file that does not parse is still a customer to complete (its name is all we read).
    (journal / "customers" / "mueller-broken.toml").write_text("name = [unclosed\n", "utf-8")
    (journal / "customers" / ".hidden.toml").write_text("", "utf-8")
    offered = _complete("relj phase mue", {"RELJ_JOURNAL": str(journal)})
    assert offered == ["mueller-broken", "mueller-maschinenbau-gmbh", "mueller-soehne"]


def test_without_a_journal_nothing_is_offered_and_nothing_breaks(tmp_path: Path) -> None:
    assert _complete("relj log mue", {"RELJ_JOURNAL": str(tmp_path / "nowhere")}) == []


@pytest.mark.parametrize(
    ("words", "wanted"),
    [
        ("relj log acme --mood a", ["annoyed", "active"]),
        (
            "relj log acme --signal objection:",
            ["objection:price", "objection:scope", "objection:other"],
        ),
        ("relj log acme --channel v", ["video", "visit"]),
        ("relj log acme --closing l", ["later"]),
        ("relj export --format i", ["ics"]),
        ("relj rep", ["report"]),
        ("relj import --d", ["--dry-run"]),
    ],
)
def test_codes_commands_and_options_complete(journal: Path, words: str, wanted: list[str]) -> None:
    assert _complete(words, {"RELJ_JOURNAL": str(journal)}) == wanted


def test_completion_codes_are_the_models() -> None:
    from relj import model
    from relj.cli import completion

    assert completion.CHANNELS == model.CHANNELS
    assert completion.MOODS == model.MOODS
    assert completion.SIGNALS == model.SIGNALS
    assert completion.CLOSING_ANSWERS == model.CLOSING_ANSWERS
