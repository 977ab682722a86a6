"""`relj catch-up`: contacts from your calendar and mail that the journal lacks.

A salesperson forgets to log; the calendar and the mailbox do not. This
package turns their exports into proposals, one idea a module:

- ``ics``: events of an iCalendar file (recurrences expanded, time zones to
  the user's own) as Items
- ``mail``: messages of an mbox file or a Maildir folder as Items (headers
  only, read as a stream)
- ``proposals``: Items matched to customers by their contacts' addresses and
  names, days already logged dropped (pure)
- ``decide``: a terminal decision per proposal, written as `relj log` writes

Level 8 (interchange): may import render, catalogue, storage, analysis and the
ground floor; only relj.cli imports it, inside the catch-up command.
"""

from __future__ import annotations
