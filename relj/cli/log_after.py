"""What follows a written `relj log` entry: the echo of what was recorded, a warning
for an ended customer, at most one line of coaching (and after a "no", the
question what its signs were), and the commit when asked for."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from relj.cli.app import state
from relj.errors import ReljError
from relj.i18n import kind_label, label, t
from relj.model import day_of

if TYPE_CHECKING:
    from relj.storage.entries import LogRequest
    from relj.storage.journal import Journal


def echo(journal: Journal, slug: str, request: LogRequest) -> None:
    from relj.dates import day_text, moment_text
    from relj.render import out
    from relj.render.lines import fit_line

    parts = [moment_text(request.at)]
    if request.channel:
        parts.append(label("channel", request.channel))
    if request.reached:
        parts.append(kind_label(request.genuine, request.channel))
    else:  # an attempt: neither genuine nor a check-in, no contact at all
        parts.append(t("attempts.echo_attempt"))
    if request.closing:
        parts.append(t("core.echo_closing", answer=label("closing", request.closing),
                       offer=request.offer))
    if request.follow_up:
        parts.append(t("core.echo_follow_up", day=day_text(request.follow_up)))
    out(fit_line(t("core.logged", customer=slug, details=", ".join(parts))))


def warn_ended(slug: str, request: LogRequest, written: bytes) -> None:
    """One line after the echo when the customer had ended by the entry's day: the
    entry is kept (history is history) but does not reopen the relationship. Only the
    file's top is read (a long history is not parsed for this)."""
    import re
    import tomllib

    from relj.dates import day_text
    from relj.render import out
    from relj.render.lines import fit_line

    header = re.search(rb"^[ \t]*\[", written, re.MULTILINE)
    top = written[: header.start()] if header else written
    try:
        ended = tomllib.loads(top.decode("utf-8")).get("ended")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return  # a top this cut cannot read: no warning rather than a guess
    if isinstance(ended, date) and not isinstance(ended, datetime) and \
            ended <= day_of(request.at):
        out(fit_line(t("people.logged_after_end", customer=slug, day=day_text(ended))))


def coaching_source(request: LogRequest, block: str, written: bytes) -> bytes:
    """What the coach reads: the whole file, or for a "no" that nothing else about the
    entry makes coachable, the entry alone. Such an entry's only possible word is on
    the "no" itself (``coachable``: a genuine contact without a pitch, crisis mood or
    telling signal needs no history), so a long history is not parsed for it."""
    from relj.analysis.moment import coachable

    if request.closing == "no" and not coachable(request.genuine, request.pitched,
                                                 request.mood, None, request.signals):
        return b'name = "-"\n' + block.encode("utf-8")
    return written


def coach(journal: Journal, slug: str, request: LogRequest, entry_id: str, written: bytes,
           asking: bool) -> None:
    """After the echo: at most one line of coaching on what was just logged, and on a
    terminal, after a "no", the question what its signs were (SPEC §4).

    The entry is judged from its values first; only when it could call for a word is
    the whole customer read (a long history costs time to parse).
    """
    from relj.analysis.moment import coach_on_log, coachable, ends_hope
    from relj.catalogue import settings
    from relj.render import out
    from relj.render.words import say_message
    from relj.storage.codec import parse_customer

    if not coachable(request.genuine, request.pitched, request.mood, request.closing,
                     request.signals, request.reached):
        return
    customer = parse_customer(slug, journal.display_path(slug), written)
    entry = next(i for i in customer.interactions if i.id == entry_id)
    said = coach_on_log(customer, entry, state().today, settings(journal))
    if said is not None:
        out(say_message(said))
    if asking and ends_hope(entry):
        ask_signs(journal, slug, entry.id)


def ask_signs(journal: Journal, slug: str, entry_id: str) -> None:
    """A no is worth a look back: its signs go into the interaction's note.

    The interaction is already written: an interrupted question costs only the answer.
    """
    import sys

    from relj.render.prompt import ask
    from relj.storage.entries import add_to_note

    sys.stdout.flush()  # the coaching line before the question
    try:
        signs = ask(t("moment.ask_signs"))
    except ReljError:  # end of input: nothing to add
        return
    if signs:
        note = t("moment.signs_note", signs=signs)
        journal.update(slug, lambda old: add_to_note(old, entry_id, note))


def commit(journal: Journal, slug: str, request: LogRequest) -> None:
    from relj.team.git import commit_paths

    message = t("core.commit_message", customer=slug, channel=request.channel or "-", lang="en")
    commit_paths(journal.root, [journal.path_for(slug)], message)
