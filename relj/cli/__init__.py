"""relj's command line: the Typer app (app.py) and the modules that register
commands on it, one module per family of commands, with the flows and the
editor they use.

Level 9, the top of the layering: relj.cli may import anything below it, and
nothing imports relj.cli but relj.__main__ and the console script
(``relj = relj.cli:main``), and the tests. Commands stay thin: parse, get the
state, call one core function, render; app.py catches every error once.
"""

from __future__ import annotations

# The order of registration is the order of `relj --help`: not sorted.
# isort: off
from relj.cli.app import app, main
from relj.cli import journal_cmds  # noqa: F401  (registers init, add, log, offer, check, edit)
from relj.cli import inbox_cmds  # noqa: F401  (note, inbox)
from relj.cli import catchup_cmds  # noqa: F401  (catch-up)
from relj.cli import coach_cmds  # noqa: F401  (due, phase, show, list)
from relj.cli import attempt_cmds  # noqa: F401  (snooze, search)
from relj.cli import team_cmds  # noqa: F401  (sync, merge-driver)
from relj.cli import data_cmds  # noqa: F401  (report, import, export)
from relj.cli import review_cmds  # noqa: F401  (review)
from relj.cli import owner_cmds  # noqa: F401  (owner)
from relj.cli import people_cmds  # noqa: F401  (contact add|left|key, end)
# isort: on

__all__ = ["app", "main"]
