"""relj's command line: the app and the modules that register commands on it."""

from relj.cli.app import app, main
from relj.cli import journal_cmds  # noqa: F401  (registers init, add, log, offer, check, edit)
from relj.cli import coach_cmds  # noqa: F401
from relj.cli import team_cmds  # noqa: F401  (sync, merge-driver)
from relj.cli import data_cmds  # noqa: F401  (report, import, export)

__all__ = ["app", "main"]
