"""The journal as data for other programs: JSON, CSV and iCalendar (SPEC §3 `export`).

Pure: customers, today and settings in, text out; the CLI writes it. What the
journal shows for ``today`` is what is exported (entries dated later are left
out, as in ``show --json``).

Calendar events have UIDs derived from the journal's own ids, so a calendar that
subscribes to the exported file updates its events instead of duplicating them:
a follow-up is named after the interaction that planned it, a closing question
after its offer and the day the question cycle began.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from relj.model import Customer, Interaction
from relj.settings import Settings

SCHEMA = 1
UID_DOMAIN = "relj.invalid"  # RFC 2606: a domain that names no real host
CSV_COLUMNS = ("customer", "name", "id", "at", "channel", "with", "genuine", "concern", "mood",
               "pitched", "signals", "closing", "offer", "follow_up", "note", "by")
# Spreadsheets run cells starting with these as formulas (CSV injection); such
# cells get a leading apostrophe, which spreadsheets show as plain text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# -- JSON --------------------------------------------------------------------------


def journal_json(customers: list[Customer], today: date, settings: Settings) -> dict[str, Any]:
    """Every customer as its `relj show --json` object, in slug order."""
    from relj.analysis.due import summarize
    from relj.render.coach import show_json

    return {"schema": SCHEMA, "today": today.isoformat(), "customers": [
        show_json(c, summarize(c, today, settings), today) for c in customers]}


# -- CSV ---------------------------------------------------------------------------


def interactions_csv(customers: list[Customer], today: date) -> str:
    """One row per interaction (oldest first per customer), with the customer's slug and name."""
    import csv
    import io

    from relj.analysis import visible_interactions

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180
    writer.writerow(CSV_COLUMNS)
    for customer in customers:
        for item in visible_interactions(customer, today):
            writer.writerow([_cell(v) for v in _row(customer, item)])
    return buffer.getvalue()


def _row(customer: Customer, item: Interaction) -> list[object]:
    return [customer.slug, customer.name, item.id, item.at.isoformat(), item.channel, item.with_,
            item.genuine, item.concern, item.mood, item.pitched, " ".join(item.signals),
            item.closing, item.offer, item.follow_up.isoformat() if item.follow_up else None,
            item.note, item.by]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


# -- iCalendar ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Event:
    uid: str
    day: date
    kind: str  # "follow-up" or "closing"
    customer: Customer
    what: str  # the concern of a follow-up, the offer of a closing question


def open_follow_ups(customer: Customer, today: date) -> list[tuple[Interaction, date]]:
    """Follow-ups still open on ``today``: no interaction dated on or after their day.
    Future ones are included (that is what a calendar is for)."""
    from relj.analysis import visible_interactions

    items = visible_interactions(customer, today)
    if not items:
        return []
    last_day = items[-1].day
    return [(i, i.follow_up) for i in items if i.follow_up is not None and i.follow_up > last_day]


def calendar_events(customers: list[Customer], today: date, settings: Settings) -> list[Event]:
    """Open follow-ups and due closing questions of every relationship that has not ended."""
    events: list[Event] = []
    for customer in customers:
        if customer.ended is not None and customer.ended <= today:
            continue
        for item, day in open_follow_ups(customer, today):
            events.append(Event(f"{item.id}-follow-up@{UID_DOMAIN}", day, "follow-up", customer,
                                item.concern or ""))
        events.extend(_closing_events(customer, today, settings))
    events.sort(key=lambda e: (e.day, e.customer.slug, e.uid))
    return events


def _closing_events(customer: Customer, today: date, settings: Settings) -> list[Event]:
    from relj.analysis import visible_interactions
    from relj.analysis.closing import closing_due

    items = visible_interactions(customer, today)
    events = []
    for state in closing_due(customer, today, settings):
        offer = state.offer
        start = state.since.isoformat() if state.since else "open"
        day = _closing_day(state, items, today, settings)
        events.append(Event(f"{offer.id}-closing-{start}@{UID_DOMAIN}", day, "closing", customer,
                            offer.what or offer.id))
    return events


def _closing_day(state: Any, items: tuple[Interaction, ...], today: date, settings: Settings) -> date:
    """The day the closing question became due: enough days or enough interactions
    after it opened or was last answered (the earlier of the two)."""
    candidates = [today]
    if state.since is not None and state.days is not None and state.days >= settings.closing_days:
        candidates.append(today - timedelta(days=state.days - settings.closing_days))
    later = [i.day for i in items if state.since is None or i.day > state.since]
    if state.last_answer is not None:
        answered = [n for n, i in enumerate(items) if i.offer == state.offer.id and i.closing]
        later = [i.day for i in items[answered[-1] + 1:]]
    if settings.closing_interactions >= 1 and len(later) >= settings.closing_interactions:
        candidates.append(later[settings.closing_interactions - 1])
    return min(candidates)


def calendar_bytes(events: list[Event], today: date) -> bytes:
    """An RFC 5545 calendar of all-day events (no DTEND: an all-day DTSTART lasts one day)."""
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    from relj import __version__
    from relj.i18n import t

    calendar = Calendar()
    calendar.add("prodid", f"-//relj//relj {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "relj")
    # DTSTAMP: midnight UTC of the export's "today", so the same journal on the
    # same day gives the same file (a subscribed calendar sees no change).
    stamp = datetime.combine(today, time(0, 0), tzinfo=timezone.utc)
    for event in events:
        entry = CalendarEvent()
        entry.add("uid", event.uid)
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.day)
        key = "everyday.ics_follow_up" if event.kind == "follow-up" else "everyday.ics_closing"
        summary = t(key, name=event.customer.name)
        entry.add("summary", f"{summary}: {event.what}" if event.what else summary)
        entry.add("description", t(f"{key}_text", name=event.customer.name, slug=event.customer.slug,
                                   what=event.what))
        entry.add("categories", ["relj"])
        entry.add("transp", "TRANSPARENT")
        calendar.add_component(entry)
    return calendar.to_ical()
