"""The journal as data for other programs: JSON, CSV and iCalendar (SPEC §3 `export`).

Pure: customers, today and settings in, text out; the CLI writes it. What the
journal shows for ``today`` is what is exported (entries dated later are left
out, as in ``show --json``). The rules (which follow-ups are open, when a closing
question fell due) are relj.analysis's; this module only writes them down.

Calendar events have UIDs derived from the journal's own ids, so a calendar that
subscribes to the exported file updates its events instead of duplicating them:
a follow-up is named after the interaction that planned it, a closing question
after its offer and the day the question cycle began.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Literal

from relj.model import Customer, Interaction
from relj.settings import Settings

if TYPE_CHECKING:
    from relj.render.json_out import JsonObject

SCHEMA = 1
UID_DOMAIN = "relj.invalid"  # RFC 2606: a domain that names no real host
CSV_COLUMNS = ("customer", "name", "id", "at", "channel", "with", "genuine", "concern", "mood",
               "pitched", "signals", "closing", "offer", "follow_up", "note", "by")
# Spreadsheets run cells starting with these as formulas (CSV injection); such
# cells get a leading apostrophe, which spreadsheets show as plain text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# -- JSON --------------------------------------------------------------------------


def journal_json(customers: list[Customer], today: date, settings: Settings) -> JsonObject:
    """Every customer as its `relj show --json` object, in slug order."""
    from relj.analysis.due import summarize
    from relj.render.json_out import show_json

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
    kind: Literal["follow-up", "closing"]
    customer: Customer
    what: str  # the concern of a follow-up, the offer of a closing question


def calendar_events(customers: list[Customer], today: date, settings: Settings) -> list[Event]:
    """Open follow-ups and due closing questions of every relationship that has not ended."""
    from relj.analysis.follow_up import open_follow_ups

    events: list[Event] = []
    for customer in customers:
        if customer.ended is not None and customer.ended <= today:
            continue
        for item, day in open_follow_ups(customer, today):
            events.append(Event(f"{item.id}-follow-up@{UID_DOMAIN}", day, "follow-up", customer,
                                _about(item)))
        events.extend(_closing_events(customer, today, settings))
    events.sort(key=lambda e: (e.day, e.customer.slug, e.uid))
    return events


SUMMARY_ABOUT = 60  # characters of what a follow-up was about in the event's title


def _about(item: Interaction) -> str:
    """What a follow-up was about (SPEC §4): the concern of the interaction that set
    it, else its note; the whole text (the SUMMARY shortens it, the DESCRIPTION not)."""
    for text in (item.concern, item.note):
        if text and text.strip():
            return text.strip()
    return ""


def _closing_events(customer: Customer, today: date, settings: Settings) -> list[Event]:
    from relj.analysis.closing import closing_due_days
    from relj.analysis.due import selling_pause

    if selling_pause(customer, today, settings) is not None:  # pull, not push
        return []
    events = []
    for state, day in closing_due_days(customer, today, settings):
        offer = state.offer
        start = state.since.isoformat() if state.since else "open"
        events.append(Event(f"{offer.id}-closing-{start}@{UID_DOMAIN}", day, "closing", customer,
                            offer.what or offer.id))
    return events


def calendar_bytes(events: list[Event], today: date) -> bytes:
    """An RFC 5545 calendar of all-day events (no DTEND: an all-day DTSTART lasts one day)."""
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    from relj import __version__
    from relj.analysis.follow_up import quoted
    from relj.i18n import t

    calendar = Calendar()
    calendar.add("prodid", f"-//relj//relj {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "relj")
    # DTSTAMP: midnight UTC of the export's "today", so the same journal on the
    # same day gives the same file (a subscribed calendar sees no change).
    stamp = datetime.combine(today, time(0, 0), tzinfo=UTC)
    from relj.render import neutralise  # RFC 5545 text allows no control characters

    for event in events:
        entry = CalendarEvent()
        entry.add("uid", neutralise(event.uid, keep=""))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.day)
        key = "everyday.ics_follow_up" if event.kind == "follow-up" else "everyday.ics_closing"
        summary = t(key, name=event.customer.name)
        summary = f"{summary}: {quoted(event.what, SUMMARY_ABOUT)}" if event.what else summary
        entry.add("summary", neutralise(summary, keep=""))
        text_key = f"{key}_text"
        if event.kind == "follow-up":  # the concern, or the note when there was none
            text_key = "attempts.ics_about" if event.what else "everyday.ics_follow_up"
        entry.add("description", neutralise(t(text_key, name=event.customer.name,
                                              slug=event.customer.slug, what=event.what),
                                            keep="\n"))
        entry.add("categories", ["relj"])
        entry.add("transp", "TRANSPARENT")
        calendar.add_component(entry)
    data: bytes = calendar.to_ical()
    return data
