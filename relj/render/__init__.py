"""The only code that writes to the terminal: screens for people, JSON for scripts.

Plain one-line output (errors, echoes) goes through ``out``/``err`` without
importing rich; tables and charts get a rich Console from ``console()``, which
honours --no-color, NO_COLOR and piping (no colour codes, no box art).

The modules: ``kit`` (the console of a screen, tables, cells, styles), ``words``
(analysis results as sentences), ``json_out`` (the JSON of SPEC §5), one module
per screen (``coach``: due, phase, list; ``show`` and ``timeline``; ``report``)
and ``prompt`` (questions of `relj log`).

render may import relj.catalogue, relj.team, relj.storage, relj.analysis, the
ground floor (model, settings, dates, errors, i18n, slugs) and the messages; it
computes nothing itself beyond formatting. It is imported by relj.interchange
and relj.cli only, never by the layers below.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from relj.errors import ReljError

_color_wanted: bool | None = None  # None: decide from the terminal and NO_COLOR

# Control characters from files (a teammate's name, a pasted note) must never reach
# a terminal or a document as such: ESC could clear the screen or set the clipboard
# (OSC 52), CR overwrite a line, and XML forbids them. Each becomes a visible sign:
# C0 as its Unicode "control picture" (ESC -> U+241B), DEL as U+2421, C1 as U+FFFD.
_NEUTRAL = {code: chr(0x2400 + code) for code in range(32)} | {0x7F: "\u2421"} | {
    code: "\ufffd" for code in range(0x80, 0xA0)}


_TABLES: dict[str, dict[int, str]] = {}  # per KEEP: built once, every screen cell uses it


def neutralise(text: str, keep: str = "\n\t") -> str:
    """TEXT with every control character but those in KEEP made a harmless visible sign."""
    table = _TABLES.get(keep)
    if table is None:
        table = _TABLES[keep] = {c: s for c, s in _NEUTRAL.items() if chr(c) not in keep}
    return text.translate(table)


class _NeutralHook:
    """A rich render hook: every text segment of every renderable is neutralised at
    the boundary, whatever screen built it (rich's own cursor controls stay)."""

    def process_renderables(self, renderables: list[object]) -> list[object]:
        return [_Neutralised(r) for r in renderables]


class _Neutralised:
    def __init__(self, inner: object) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: object) -> Iterable[object]:
        from rich.segment import Segment

        for segment in console.render(self.inner, options):  # type: ignore[arg-type]
            if segment.control or not segment.text:
                yield segment
            else:
                yield Segment(neutralise(segment.text), segment.style)


def guard(target: Console) -> Console:
    """The console with control characters neutralised in everything it prints."""
    target.push_render_hook(_NeutralHook())  # type: ignore[arg-type]
    return target


def configure(no_color: bool) -> None:
    global _color_wanted
    _color_wanted = False if no_color else None


def is_terminal(stream: IO[str] | None = None) -> bool:
    stream = stream or sys.stdout
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def color_enabled(stream: IO[str] | None = None) -> bool:
    if _color_wanted is False or os.environ.get("NO_COLOR"):
        return False
    return is_terminal(stream)


def console(stderr: bool = False) -> Console:
    """A rich Console for people: 80 columns when not a terminal, no colour when asked."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    terminal = is_terminal(stream)
    width = None if terminal else int(os.environ.get("COLUMNS", "80") or 80)
    return guard(Console(
        file=stream,
        no_color=not color_enabled(stream),
        color_system="auto" if color_enabled(stream) else None,
        highlight=False,
        emoji=False,
        width=width,
        force_terminal=False if not terminal else None,
    ))


def out(text: str = "") -> None:
    sys.stdout.write(neutralise(text) + "\n")


def err(text: str) -> None:
    sys.stderr.write(neutralise(text) + "\n")
    sys.stderr.flush()


# JSON escapes C0 itself; C1 (a terminal's 8-bit CSI, 0x9B) and DEL it leaves raw.
_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in [0x7F, *range(0x80, 0xA0)]}


def print_json(obj: object) -> None:
    """The object as JSON; the same data, with DEL and C1 escaped (``\\u009b``)."""
    text = json.dumps(obj, ensure_ascii=False, indent=2).translate(_JSON_ESCAPES)
    sys.stdout.write(text + "\n")


def warn_problems(problems: Iterable[ReljError]) -> None:
    """Broken files are reported, one line each, while the others keep working."""
    from relj.i18n import t

    for problem in problems:
        err(t("core.warning", message=problem.message()))
