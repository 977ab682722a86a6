"""`relj edit` never throws away typed text (issue 16): when a teammate's sync or
another command changed the file meanwhile, or the edit cannot be kept, the text
is saved in .relj/ and the message says where."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke, snapshot


def _editor(tmp_path: Path, body: str) -> str:
    """An editor that appends a line and, meanwhile, has someone else log to the file."""
    script = tmp_path / "editor"
    script.write_text(
        f"#!{sys.executable}\nimport sys, pathlib\n"
        f"pathlib.Path(sys.argv[-1]).open('a').write({body!r})\n"
        f"j = pathlib.Path({str(tmp_path / 'j')!r}) / 'customers' / 'acme.toml'\n"
        "j.write_text(j.read_text() + '\\n[[interaction]]\\nid = \"i-x\"\\n"
        "at = 2026-11-20\\nchannel = \"call\"\\n')\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize("body", ['why = "dream"  # typed with care\n', "not toml at all\n"])
def test_text_typed_in_edit_is_kept_when_it_cannot_be_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Acme").exit_code == 0
    monkeypatch.setenv("EDITOR", _editor(tmp_path, body))
    before = snapshot(root)
    result = invoke(root, "edit", "acme")
    assert result.exit_code == 1, result.output
    kept = list((root / ".relj").glob("edit-acme-*.toml"))
    assert len(kept) == 1, result.output
    assert body in kept[0].read_text(encoding="utf-8")
    assert kept[0].name in result.output
    assert "i-x" in (root / "customers" / "acme.toml").read_text(encoding="utf-8")
    assert snapshot(root) != before  # the teammate's entry, not our edit, is in the file
    assert body not in (root / "customers" / "acme.toml").read_text(encoding="utf-8")
