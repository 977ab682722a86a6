"""Control characters from files never reach the terminal or a document raw (issue 16):
names, contacts, notes and offers of a teammate's file in every screen, in `check`
messages, in SVG/HTML and in ICS."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke, write_customer

ESC_CLEAR = "\x1b[2J\x1b[H"
OSC52 = "\x1b]52;c;cm0gLXJmIH4K\x07"
HOSTILE = f"Evil{ESC_CLEAR}{OSC52}\r\x9b31m\x7f"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

FILE = "name = " + json.dumps(HOSTILE) + """
since = 2024-01-01
needs = """ + json.dumps(
    "needs " + OSC52) + """

[[contact]]
name = "Anna \\u001b[31m"
role = "buyer \\u0007"
key = true

[[offer]]
id = "o-1"
what = "Deal \\u001b]52;c;eA==\\u0007"
opened = 2026-10-01
status = "open"

[[interaction]]
id = "i-1"
at = 2026-10-02
channel = "call"
genuine = true
concern = "talk \\u001b[2J"
note = "note \\r\\u001b[1A over"
follow_up = 2026-11-20
"""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    write_customer(root, "evil", FILE)
    return root


def _clean(text: str) -> None:
    assert not RAW.search(text), repr(RAW.search(text))


@pytest.mark.parametrize("args", [
    ["list"], ["show", "evil"], ["due", "--all"], ["phase"], ["phase", "evil"], ["report"],
    ["check"],
])
def test_no_screen_passes_control_characters_through(hostile: Path, args: list[str]) -> None:
    result = invoke(hostile, *args, today="2026-11-24")
    assert result.exit_code in (0, 1), result.output
    assert "Evil" in result.output or args[0] == "check"
    _clean(result.output.replace("\n", ""))


def test_json_keeps_the_data_but_escapes_every_control_character(hostile: Path) -> None:
    result = invoke(hostile, "show", "evil", "--json", today="2026-11-24")
    assert result.exit_code == 0, result.output
    _clean(result.output.replace("\n", ""))
    assert json.loads(result.output)["name"] == HOSTILE  # the same data


def test_check_messages_neutralise_what_they_quote(hostile: Path) -> None:
    bad = FILE.replace('id = "i-1"', 'id = "i-\\u001b[2J"').replace(
        'offer = "o-1"', "") + 'offer = "o-\\u001b]52;c;eA==\\u0007"\n'
    write_customer(hostile, "evil", bad)
    result = invoke(hostile, "check")
    assert result.exit_code == 1, result.output
    _clean(result.output.replace("\n", ""))


@pytest.mark.parametrize("kind", ["svg", "html"])
def test_the_report_document_stays_well_formed(hostile: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"r.{kind}"
    result = invoke(hostile, "report", f"--{kind}", str(target), today="2026-11-24")
    if result.exit_code == 2:
        pytest.skip(f"report has no --{kind}")
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    _clean(text.replace("\n", "").replace("\t", ""))
    if kind == "svg":
        import xml.etree.ElementTree as ET

        ET.fromstring(text)  # parses: an ESC used to break it


def test_ics_carries_no_control_characters(hostile: Path, tmp_path: Path) -> None:
    result = invoke(hostile, "export", "--format", "ics", today="2026-11-24")
    assert result.exit_code == 0, result.output
    _clean(result.output.replace("\r\n", "").replace("\n", ""))
    assert "Evil" in result.output
