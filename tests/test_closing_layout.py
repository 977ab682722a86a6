"""A closing answer edits the offer where it stands (SPEC §2: edits change only what
they must and keep comments and layout)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke

FILE = """# A prospect, written by hand.
name = "Acme"  # the big one
why = "dream"

[[contact]]
name = "Ann"
key = true

[[interaction]]
id = "i-1"
at = 2026-10-01
genuine = true
concern = "First call"

[[offer]]
id = "o-1"
what = "Maintenance"  # yearly
opened = 2026-10-02
status = "open"

# the second call
[[interaction]]
id = "i-2"
at = 2026-10-05
genuine = true
concern = "Details"
"""


@pytest.mark.parametrize(("answer", "changed"), [
    ("no", {'-status = "open"', '+status = "lost"', "+closed = 2026-11-01"}),
    ("yes", {'-status = "open"', '+status = "won"', "+closed = 2026-11-01",
             "+since = 2026-11-01"}),
])
def test_a_closing_answer_changes_only_the_offers_lines(tmp_path: Path, answer: str,
                                                        changed: set[str]) -> None:
    root = init_journal(tmp_path / "j")
    path = root / "customers" / "acme.toml"
    path.write_text(FILE, encoding="utf-8")
    result = invoke(root, "log", "acme", "--concern", "Decision", "--closing", answer,
                    "--at", "2026-11-01", "--today", "2026-11-01")
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    block = after[len(FILE.rstrip("\n")):]  # what log appended
    assert "[[interaction]]" in block
    before_append = after[: after.index("\n[[interaction]]\nid = \"i-2")]
    diff = {line for line in difflib.unified_diff(FILE.splitlines(), after.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))}
    appended = {f"+{line}" for line in block.splitlines()}
    assert diff - appended - {"+"} == changed
    assert before_append.index("[[offer]]") < before_append.index("# the second call")
