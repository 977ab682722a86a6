"""`relj log`: gather the options, ask for what is missing on a terminal, append, echo."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from relj.cli import log_after as after
from relj.cli.app import state
from relj.errors import ReljError, ReljUsageError
from relj.i18n import label, t
from relj.model import day_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from relj.cli.app import State
    from relj.model import Customer
    from relj.settings import Settings
    from relj.storage.entries import LogRequest
    from relj.storage.journal import Journal


@dataclass(frozen=True)
class LogOptions:
    customer: str | None
    channel: str | None
    concern: str | None
    check_in: bool
    genuine: bool
    mood: str | None
    signals: tuple[str, ...]
    pitch: bool
    closing: str | None
    offer: str | None
    follow_up: str | None
    with_: str | None
    at: str | None
    note: str | None
    edit: bool
    commit: bool
    phase: str | None = None  # an assessment dated like the interaction
    no_answer: bool = False  # an attempt that reached nobody (reached = false)


def run_log(options: LogOptions) -> None:
    from relj.catalogue import append_interaction, resolve, settings
    from relj.render.prompt import interactive
    from relj.storage.codec import render_block
    from relj.storage.entries import (
        assessment_data,
        genuine_from_flags,
        interaction_data,
        parse_phase,
    )

    st = state()
    journal = st.journal()  # its relj.toml may choose the language of typed words
    asking = interactive()
    genuine = genuine_from_flags(options.concern, options.genuine, options.check_in)
    options = _typed_codes(options)
    if options.no_answer:
        _check_attempt(options)
    assessed = parse_phase(options.phase) if options.phase is not None else None
    query = options.customer or _ask_customer(asking)
    slug = resolve(journal, query)
    customer = _customer_for(journal, slug, options, asking)
    request = _request(options, genuine, st)
    request.validate()
    if asking and options.no_answer:
        request = _ask_attempt_channel(request)
    elif asking:
        request = _ask_missing(request, options, customer, settings(journal))
        request.validate()
    request = _with_offer(request, customer)
    if options.commit or settings(journal).commit:
        from relj.team.git import require_repo

        require_repo(journal.root)  # before writing: an error leaves the file as it was
    if options.edit:  # only now: no check left that could throw the typed note away
        request = replace(request, note=_note_from_editor(journal, request.note))
    request = replace(request, by=_git_user(journal))
    data = interaction_data(request)
    block = render_block("interaction", data)
    if assessed is not None:
        block += render_block("assessment", assessment_data(day_of(request.at), assessed, None))

    try:
        written = append_interaction(journal, slug, block,
                                     edit=_closing_edit(journal, slug, request))
    except ReljError as error:  # a lock timeout, a full disk: keep what was typed
        if options.edit and request.note:
            from relj.cli.edit_flow import kept

            raise kept(journal, f"note-{slug}", ".md", request.note.encode("utf-8"),
                       error) from None
        raise
    after.echo(journal, slug, request)
    after.warn_ended(slug, request, written)
    source = after.coaching_source(request, block, written)
    after.coach(journal, slug, request, data["id"], source, asking)
    if asking:  # "still ...?": the why when a struggle begins or on the anniversary
        from relj.cli.why_prompt import why_after_log

        why_after_log(journal, slug, written, data["id"], st.today, settings(journal))
    if options.commit or settings(journal).commit:
        after.commit(journal, slug, request)


def _typed_codes(options: LogOptions) -> LogOptions:
    """Codes typed as words (``--mood genervt``, ``--closing später``) as their codes."""
    from relj.cli.typed import code_option, codes_option

    return replace(options, channel=code_option("channel", "--channel", options.channel),
                   mood=code_option("mood", "--mood", options.mood),
                   signals=codes_option("signal", "--signal", options.signals),
                   closing=code_option("closing", "--closing", options.closing))


def _request(options: LogOptions, genuine: bool | None, st: State) -> LogRequest:
    from relj.dates import day_text, local_now, parse_day, parse_moment
    from relj.storage.entries import LogRequest

    now = _now(st, local_now())
    at = parse_moment(options.at, now) if options.at else now
    if day_of(at) > st.today:  # a typo or a two-digit year (24.11.99 is 2099), never a plan
        raise ReljError("input.at_future", value=options.at, day=day_text(day_of(at)),
                        today=day_text(st.today))
    follow_up = parse_day(options.follow_up, st.today, "future") if options.follow_up else None
    return LogRequest(
        at=at, genuine=bool(genuine), channel=options.channel, with_=_blank(options.with_),
        concern=_blank(options.concern), mood=options.mood, pitched=options.pitch,
        signals=options.signals, closing=options.closing, offer=options.offer,
        follow_up=follow_up, note=_blank(options.note), reached=not options.no_answer,
    )


def _now(st: State, now: datetime) -> datetime:
    """With --today (a time machine), "now" is that day at the current clock time,
    so what is logged is visible in the journal as of that day."""
    if st.today != now.date():
        return now.replace(year=st.today.year, month=st.today.month, day=st.today.day)
    return now


def _check_attempt(options: LogOptions) -> None:
    """An attempt reached nobody: nobody answered a closing question, showed a mood,
    heard a pitch or gave a signal. Such an option with --no-answer is a usage error."""
    given = (("--closing", options.closing is not None), ("--mood", options.mood is not None),
             ("--pitch", options.pitch), ("--signal", bool(options.signals)))
    for option, present in given:
        if present:
            raise ReljUsageError("attempts.no_answer_conflict", option=option)


def _ask_attempt_channel(request: LogRequest) -> LogRequest:
    """On a terminal an attempt asks one thing only, how you tried (the coaching after
    a third attempt names the channels tried); Enter skips it."""
    from relj.model import CHANNELS
    from relj.render.prompt import ask_choice

    if request.channel is not None:
        return request
    channels = _labelled("channel", CHANNELS)
    return replace(request, channel=_first(ask_choice(t("core.ask_channel"), channels)))


def _blank(text: str | None) -> str | None:
    return text if text and text.strip() else None


def _ask_customer(asking: bool) -> str:
    from relj.render.prompt import ask

    if not asking:
        raise ReljUsageError("core.customer_missing")
    answer = ask(t("core.ask_customer"))
    if not answer:
        raise ReljError("core.aborted")
    return answer


def _ask_missing(request: LogRequest, options: LogOptions, customer: Customer | None,
                 journal_settings: Settings) -> LogRequest:
    """On a terminal: ask for what the options left open, the concern first (after
    what the customer needs and what the last concern was)."""
    from relj.dates import parse_day
    from relj.model import CHANNELS, CLOSING_ANSWERS, MOODS, SIGNALS
    from relj.render.prompt import ask, ask_choice, ask_until_valid

    today = state().today
    if customer is not None:
        _show_context(customer, today)
    changes: dict[str, Any] = {}
    if not options.check_in and request.concern is None:
        concern = ask(t("core.ask_concern"))
        if concern:
            changes.update(concern=concern, genuine=True)
    if request.channel is None:
        channels = _labelled("channel", CHANNELS)
        changes["channel"] = _first(ask_choice(t("core.ask_channel"), channels))
    if request.mood is None:
        changes["mood"] = _first(ask_choice(t("core.ask_mood"), _labelled("mood", MOODS)))
    if not request.signals:
        signals = _labelled("signal", SIGNALS)
        changes["signals"] = tuple(ask_choice(t("core.ask_signals"), signals, many=True))
    mood = changes.get("mood") or request.mood
    if (request.closing is None and customer is not None and customer.open_offers()
            and not _no_closing_now(customer, today, journal_settings, mood)):
        offers = ", ".join(o.what for o in customer.open_offers())
        answers = _labelled("closing", CLOSING_ANSWERS)
        closing = _first(ask_choice(t("core.ask_closing", offers=offers), answers))
        changes["closing"] = closing
    if (changes.get("closing") or request.closing) == "later" and request.follow_up is None:
        changes["follow_up"] = ask_until_valid(
            t("core.ask_follow_up"), lambda text: parse_day(text, today, "future"), required=True)
    if request.note is None and not options.edit:
        changes["note"] = ask(t("core.ask_note")) or None
    return replace(request, **changes)


def _show_context(customer: Customer, today: date) -> None:
    """What to keep in mind before saying what the contact was about (SPEC §1: know
    how the customer ticks): their needs and the last concern."""
    from relj.analysis.moment import last_concern
    from relj.dates import day_text
    from relj.render.prompt import show_lines

    lines = [t("moment.prompt_needs", needs=customer.needs)] if customer.needs else []
    last = last_concern(customer, today)
    if last is not None:
        lines.append(t("moment.prompt_last_concern", day=day_text(last.day),
                       concern=last.concern))
    show_lines(lines)


def _no_closing_now(customer: Customer, today: date, journal_settings: Settings,
                    mood: str | None) -> bool:
    """Pull, not push (SPEC §4): no closing question while a crisis mood stands,
    pressure is on or after a "no" (the rule of `relj due`); says so in one line instead."""
    from relj.analysis.due import selling_pause
    from relj.render.prompt import show_lines

    pause = selling_pause(customer, today, journal_settings, mood)
    if pause is None:
        return False
    if pause.mood is not None:  # a crisis
        why = t("moment.why_crisis", mood=label("mood", pause.mood))
    else:
        why = t("moment.why_pressure" if pause.why == "pressure" else "moment.why_after_no")
    show_lines([t("moment.prompt_no_closing", why=why)])
    return True


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _labelled(kind: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:

    return [(code, label(kind, code)) for code in codes]


def _customer_for(journal: Journal, slug: str, options: LogOptions,
                  asking: bool) -> Customer | None:
    """The customer, read only as far as needed: whole on a terminal (the prompts show
    its history), its offers alone for a closing answer or an offer named without one
    (a long history is not parsed: SPEC §7), nothing for a plain log."""
    if asking:
        return journal.load(slug)
    if options.closing is not None or options.offer is not None:
        return journal.load_offers(slug)
    return None


def _closing_edit(journal: Journal, slug: str,
                  request: LogRequest) -> Callable[[bytes], bytes] | None:
    """What a closing answer changes besides appending the interaction: its offer's
    status, edited as text under the lock on the bytes being written."""
    if not (request.closing and request.offer):
        return None
    from relj.storage.entries import apply_closing

    offer, answer, day = request.offer, request.closing, day_of(request.at)
    shown = journal.display_path(slug)
    return lambda new: apply_closing(new, offer, answer, day, shown)


def _with_offer(request: LogRequest, customer: Customer | None) -> LogRequest:
    """A closing answer belongs to an open offer: the named one or the only one."""
    from relj.storage.entries import answered_offer

    if request.closing is None:
        if request.offer is not None and customer is not None:
            known = {o.id for o in customer.offers}
            if request.offer not in known:
                raise ReljError("core.unknown_offer", offer=request.offer, customer=customer.name)
        return request
    assert customer is not None  # run_log loads the customer whenever there is a closing answer
    offer = answered_offer(customer, request.offer)
    if offer.opened is not None and day_of(request.at) < offer.opened:
        from relj.dates import day_text

        raise ReljError("input.closing_before_offer", offer=offer.id,
                        opened=day_text(offer.opened), day=day_text(day_of(request.at)))
    return replace(request, offer=offer.id)


def _note_from_editor(journal: Journal, initial: str | None) -> str | None:
    from relj.cli.editor import edit_text
    from relj.storage.files import make_private_dir

    # In the journal's private folder, not /tmp: a note about a person should not
    # outlive a crashed editor in a shared folder.
    make_private_dir(journal.private_dir)
    text = edit_text(initial or "", suffix=".md", folder=journal.private_dir)
    return text.strip() or None


def _git_user(journal: Journal) -> str | None:
    from relj.team.git import in_repository, user_name

    if not in_repository(journal.root):  # its own repository or a larger one's
        return None

    return user_name(journal.root)
