"""`--help` in German: each command's and each option's help text, side by side.

The English texts stay where they are, in the Typer declarations of relj/cli/ (the
"en" here repeats them so that the catalogue reads as every other one does, and
tests/test_help_de.py checks that the two agree). relj/cli/helptext.py swaps the
German in when help is shown in German. Keys: ``help.<command>`` for a command,
``help.<command>.<--option>`` for an option (its first long name),
``help.<command>.<argument>`` for an argument; the global options are under
``relj``. ``help.typer.*`` are the words Typer itself writes (Usage:, Options:,
the help option's line), swapped by their English text.
Two modules by idea: ``everyday`` (Typer's own words, the global options and the
commands of 0.1) and ``habits`` (capture, the salesperson's own coach and the
people: note, inbox, catch-up, snooze, search, review, contact, end); ``shared``
holds the texts several options repeat.
"""

from __future__ import annotations

from relj.messages.help.everyday import MESSAGES as _EVERYDAY
from relj.messages.help.habits import MESSAGES as _HABITS

MESSAGES: dict[str, dict[str, str]] = {**_EVERYDAY, **_HABITS}
