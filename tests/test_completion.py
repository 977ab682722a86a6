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


def test_completion_codes_are_the_word_tables() -> None:
    """Completion reads codes from relj/messages/words.py (tests/test_words.py keeps
    that table equal to relj.model), never from the model itself."""
    import inspect

    from relj.cli import completion

    source = inspect.getsource(completion)
    assert "relj.model" not in source.replace("not relj.model", "")
    assert "relj.messages.words" in source


@pytest.mark.parametrize(
    ("words", "env", "wanted"),
    [
        ("relj --lang de log acme --mood ge", {}, ["genervt"]),
        ("relj log acme --lang de --closing sp", {}, ["später"]),
        ("relj log acme --signal einwand:", {"LANG": "de_DE.UTF-8"},
         ["einwand:preis", "einwand:umfang", "einwand:sonstiges"]),
        ("relj log acme --signal verz", {"LANG": "de_DE.UTF-8"}, ["verzögerung"]),
        ("relj log acme --channel a", {"LC_ALL": "de_DE.UTF-8"}, ["anruf"]),
        ("relj --lang de phase acme --set z", {}, ["zuhause"]),
        ("relj --lang de list --phase m", {}, ["machtkampf"]),
        ("relj --lang de add Neu --why g", {}, ["geld"]),
        # a German user who types a code is offered the code
        ("relj --lang de log acme --mood ann", {}, ["annoyed"]),
        # --lang en wins over a German locale
        ("relj --lang en log acme --closing l", {"LANG": "de_DE.UTF-8"}, ["later"]),
        ("relj log acme --phase h", {}, ["home"]),
        ("relj add Neu --why d", {}, ["dream"]),
    ],
)
def test_codes_complete_as_german_words_when_the_language_is_german(
        journal: Path, words: str, env: dict[str, str], wanted: list[str]) -> None:
    assert _complete(words, {"RELJ_JOURNAL": str(journal), **env}) == wanted


def test_the_journals_language_chooses_the_completion_words(journal: Path) -> None:
    settings = journal / "relj.toml"
    settings.write_text('lang = "de"  # the team speaks German\n' + settings.read_text("utf-8"),
                        "utf-8")
    assert _complete("relj log acme --mood ge", {"RELJ_JOURNAL": str(journal)}) == ["genervt"]
    assert _complete("relj --lang en log acme --mood ge",
                     {"RELJ_JOURNAL": str(journal)}) == []

