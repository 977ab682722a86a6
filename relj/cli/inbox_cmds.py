"""Quick notes: `relj note` captures a line in inbox.md, `relj inbox` records the lines.

`note` is for the car park after a visit: it asks nothing, resolves no customer
(the customer may not be in the journal yet) and parses no TOML, so it is
instant and works anywhere the journal folder is. `inbox` is for the desk: it
turns each note into an interaction, asking on a terminal for what the line
left open, and removes a line only once its interaction is written
(``relj.storage.inbox.move_line``). A line it cannot place stays where it is and
is reported as ``inbox.md:LINE: message``; the exit code is then 1, so a script
sees that the inbox is not empty yet.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Annotated

import typer

from relj.cli.app import app, state
from relj.cli.inbox_offers import check_offers, with_offer
from relj.errors import FileProblem, ReljError, ReljUsageError

if TYPE_CHECKING:
    from datetime import date, datetime

    from relj.interchange.inbox_lines import Note
    from relj.model import Customer
    from relj.storage.entries import LogRequest
    from relj.storage.journal import Journal


@app.command()
def note(
    text: Annotated[str, typer.Argument(help='The note: "CUSTOMER: what happened", with '
                                             "optional #signal @mood ?yes|no|later >DAY.")],
) -> None:
    """Capture a quick note in inbox.md (asks nothing; relj inbox records it later)."""
    from relj.i18n import t
    from relj.interchange.inbox_lines import note_line, parse_note
    from relj.render import out
    from relj.render.lines import fit_line
    from relj.storage.inbox import append_note

    st = state()
    text = text.replace("\t", " ").strip()
    if any(not char.isprintable() for char in text):
        raise ReljUsageError("notes.note_one_line")
    journal = st.journal_location().require()
    if st.lang is None:
        _journal_language(journal)
    written = _now(st.today)
    line = note_line(written, text)
    try:  # the customer is not looked up; everything else is checked now, not at the desk
        parsed = parse_note(1, line, written, st.today)
    except FileProblem as problem:
        if problem.key == "notes.no_customer":
            raise ReljUsageError("notes.note_needs_customer") from None
        raise ReljUsageError(problem.key, **problem.fields) from None
    if parsed is None:
        raise ReljUsageError("notes.note_needs_customer")
    append_note(journal, line)
    out(fit_line(t("notes.noted", line=_screen_line(line, written))))


def _screen_line(line: str, written: datetime) -> str:
    """The line as the echo shows it: its day as the screen reads days (24.11.2026 on a
    German screen); inbox.md keeps ISO, so that both languages read it back."""
    from relj.i18n import current_lang

    if current_lang() != "de":
        return line
    iso = f"[{written.date().isoformat()} "
    shown = f"[{written.day:02d}.{written.month:02d}.{written.year:04d} "
    return line.replace(iso, shown, 1)


def _journal_language(journal: Journal) -> None:
    """relj.toml's language from the cache (no TOML parser on the way to a note);
    only a journal whose cache is cold pays for reading relj.toml, once."""
    from relj.i18n import set_lang
    from relj.storage.cache import cached_settings

    found = cached_settings(journal.root)
    if found is None:
        from relj.catalogue import settings

        found = settings(journal)
    if found.lang:
        set_lang(found.lang)


@app.command()
def inbox(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be recorded; write nothing."),
    ] = False,
) -> None:
    """Record the notes in inbox.md as interactions; a line leaves once it is written."""
    from relj.i18n import t
    from relj.interchange.inbox_lines import INBOX_NAME
    from relj.render import err, out
    from relj.render.prompt import interactive
    from relj.storage.inbox import inbox_lines, inbox_text, recover

    st = state()
    journal = st.journal()
    if not dry_run and recover(journal):
        out(t("notes.recovered"))
    text = inbox_text(journal)
    if text is None:
        out(t("notes.none"))
        return
    run = _Run(journal, dry_run, asking=interactive() and not dry_run)
    for number, line in enumerate(inbox_lines(text), start=1):
        try:
            run.take(number, line)
        except ReljError as error:
            if error.key == "core.aborted":  # end of input at a question: stop here
                err(t("notes.stopped"))
                run.left += 1
                break
            shown = number - run.removed  # where the line stands in inbox.md now
            if isinstance(error, FileProblem) and error.path != INBOX_NAME:  # a customer file
                error = ReljError("notes.customer_problem", problem=error.message())
            err(_fit_err(FileProblem(INBOX_NAME, shown, error.key, **error.fields).message()))
            run.left += 1
    if dry_run:
        out(t("notes.summary_dry", recorded=run.recorded))
    else:
        out(t("notes.summary", recorded=run.recorded, left=run.left))
    if run.problems:
        raise typer.Exit(1)


@dataclass
class _Run:
    """One pass over inbox.md, top to bottom."""

    journal: Journal
    dry_run: bool
    asking: bool
    recorded: int = 0
    removed: int = 0
    left: int = 0  # note lines that stay (a problem or skipped)
    skipped: int = 0
    _by: str | None | bool = False  # the git user, asked once when first needed

    @property
    def problems(self) -> int:
        return self.left - self.skipped

    def take(self, number: int, line: str) -> None:
        from relj.catalogue import resolve
        from relj.interchange.inbox_lines import parse_note

        today = state().today
        found = parse_note(number, line, _now(today), today)
        if found is None:
            return  # prose, headings, blank lines: not ours
        if self.asking:
            self._show(number - self.removed, line)
        slug: str | None
        try:
            slug = resolve(self.journal, found.customer)
        except ReljError:
            if not self.asking:
                raise
            slug = self._ask_customer(found.customer)
        if slug is None:
            self._skip()
            return
        customer = self.journal.load(slug)
        if found.closing is not None:  # before any question: an answer with no offer stays
            check_offers(customer, found.at, self.asking)
        if self.asking and not self._ask_record():
            self._skip()
            return
        request = self._request(found, customer, today)
        self._write(number, line, slug, request)

    def _request(self, found: Note, customer: Customer, today: date) -> LogRequest:
        from relj.storage.entries import LogRequest

        at = found.at if found.at is not None else self._ask_day(today)
        follow_up = found.follow_up
        if found.closing == "later" and follow_up is None:
            if not self.asking:
                raise ReljError("notes.later_needs_follow_up")
            follow_up = self._ask_follow_up(at)
        request = LogRequest(
            at=at, genuine=found.genuine, concern=found.text if found.genuine else None,
            note=None if found.genuine else found.text, mood=found.mood, signals=found.signals,
            closing=found.closing, follow_up=follow_up, channel=self._ask_channel())
        request.validate()
        return with_offer(request, customer, self.asking)

    def _write(self, number: int, line: str, slug: str, request: LogRequest) -> None:
        from relj.i18n import t
        from relj.render import out
        from relj.render.lines import fit_line
        from relj.storage.codec import render_block
        from relj.storage.entries import apply_closing, interaction_data
        from relj.storage.files import append_text
        from relj.storage.inbox import move_line

        shown = number - self.removed
        if self.dry_run:
            out(fit_line(t("notes.would_record", number=shown, customer=slug,
                           details=_details(request))))
            self.recorded += 1
            return
        request = replace(request, by=self._git_user())
        data = interaction_data(request)
        block = render_block("interaction", data)

        def change(old: bytes) -> bytes:
            new = append_text(old, block)
            if request.closing and request.offer:
                return apply_closing(new, request.offer, request.closing, _day(request.at))
            return new

        if not move_line(self.journal, slug, shown, line, data["id"], change):
            raise ReljError("notes.changed")
        self.removed += 1
        self.recorded += 1
        out(fit_line(t("notes.recorded", number=shown, customer=slug,
                       details=_details(request))))

    def _skip(self) -> None:
        self.left += 1
        self.skipped += 1

    def _git_user(self) -> str | None:
        if self._by is False:
            from relj.team.git import in_repository, user_name

            root = self.journal.root
            self._by = user_name(root) if in_repository(root) else None
        return self._by if isinstance(self._by, str) else None

    # -- questions (only on a terminal) -------------------------------------------

    def _show(self, number: int, line: str) -> None:
        from relj.i18n import t
        from relj.render.prompt import show_lines

        shown = _fit_err(t("notes.show_line", number=number, line=line.strip()))
        show_lines(["", *shown.split("\n")])

    def _ask_customer(self, query: str) -> str | None:
        from relj.catalogue import resolve
        from relj.i18n import t
        from relj.render.prompt import ask_until_valid

        slug = ask_until_valid(t("notes.ask_customer", query=query),
                               lambda text: resolve(self.journal, text))
        return slug if isinstance(slug, str) else None

    def _ask_record(self) -> bool:
        from relj.i18n import t
        from relj.render.prompt import ask

        answer = ask(t("notes.ask_record")).casefold()
        return answer not in t("notes.skip_answers").split()

    def _ask_day(self, today: date) -> date | datetime:
        if not self.asking:
            return today  # the day the line was written is unknown: the day it is recorded
        from relj.i18n import t
        from relj.interchange.inbox_lines import moment_of
        from relj.render.prompt import ask_until_valid

        now = _now(today)
        at = ask_until_valid(t("notes.ask_day"), lambda text: moment_of(text, now, today))
        return at if at is not None else today  # type: ignore[return-value]

    def _ask_follow_up(self, at: date | datetime) -> date:
        from relj.dates import parse_day
        from relj.i18n import t
        from relj.render.prompt import ask_until_valid

        day = ask_until_valid(t("notes.ask_follow_up"),
                              lambda text: parse_day(text, _day(at), "future"), required=True)
        return day  # type: ignore[return-value]

    def _ask_channel(self) -> str | None:
        if not self.asking:
            return None
        from relj.i18n import label, t
        from relj.model import CHANNELS
        from relj.render.prompt import ask_choice

        picked = ask_choice(t("core.ask_channel"), [(c, label("channel", c)) for c in CHANNELS])
        return picked[0] if picked else None


def _details(request: LogRequest) -> str:
    from relj.dates import moment_text
    from relj.i18n import kind_label, label, t

    parts = [moment_text(request.at), kind_label(request.genuine, request.channel)]
    if request.channel:
        parts.insert(1, label("channel", request.channel))
    if request.mood:
        parts.append(label("mood", request.mood))
    parts.extend(label("signal", s) for s in request.signals)
    if request.closing:
        parts.append(t("core.echo_closing", answer=label("closing", request.closing),
                       offer=request.offer))
    if request.follow_up:
        from relj.dates import day_text

        parts.append(t("core.echo_follow_up", day=day_text(request.follow_up)))
    if request.concern:
        parts.append(t("notes.details_concern", concern=request.concern))
    return ", ".join(parts)


def _fit_err(text: str) -> str:
    """A report broken between words on a terminal, as the echoes are."""
    import shutil
    import sys

    from relj.render import is_terminal
    from relj.render.lines import fit_line

    if not is_terminal(sys.stderr):
        return text
    return fit_line(text, shutil.get_terminal_size((80, 24)).columns)


def _now(today: date) -> datetime:
    """Now on the clock, on ``today`` (--today moves the day, as `relj log` does)."""
    from relj.dates import local_now

    now = local_now()
    return now.replace(year=today.year, month=today.month, day=today.day)


def _day(at: date | datetime) -> date:
    from relj.model import day_of

    return day_of(at)
