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
    return Console(
        file=stream,
        no_color=not color_enabled(stream),
        color_system="auto" if color_enabled(stream) else None,
        highlight=False,
        emoji=False,
        width=width,
        force_terminal=False if not terminal else None,
    )


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def warn_problems(problems: Iterable[ReljError]) -> None:
    """Broken files are reported, one line each, while the others keep working."""
    from relj.i18n import t

    for problem in problems:
        err(t("core.warning", message=problem.message()))
