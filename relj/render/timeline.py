"""The timeline of one relationship, for `relj show` (the screen; --json is untouched).

Two parts, both within 80 columns:

- a strip, one mark per interaction, oldest left: ● genuine (green), ○ check-in
  (yellow), and ◆ where the phase changed, coloured like the new phase; the marks
  differ in shape too, so the strip reads without colour;
- the latest events as rows: interactions, phase changes, offers opened and
  offers won or lost, each dated.

``events`` is pure; the printing functions use rich.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from relj.i18n import t
from relj.model import Customer, Interaction
from relj.settings import Settings

GENUINE, CHECK_IN, CHANGE = "●", "○", "◆"
STRIP_WIDTH = 52  # marks; with the two dates at its ends the line stays within 80 columns
EVENTS_SHOWN = 15  # the latest rows; --json has every interaction


@dataclass(frozen=True, slots=True)
class Event:
    day: date
    order: tuple[Any, ...]  # sorts events of one day: offers opened, interactions, the rest
    kind: str  # interaction | phase | offer-opened | offer-won | offer-lost
    item: Interaction | None = None
    text: str = ""
    style: str = ""


def events(customer: Customer, today: date, settings: Settings) -> list[Event]:
    """Interactions, phase changes and offers up to ``today``, oldest first."""
    from relj.analysis import visible_interactions
    from relj.render.report import PHASE_STYLES, phase_changes

    found = [Event(i.day, (1, i.sort_key), "interaction", item=i)
             for i in visible_interactions(customer, today)]
    for move in phase_changes(customer, today, settings):
        text = t("everyday.timeline.phase", before=t(f"labels.phase.{move.before}"),
                 after=t(f"labels.phase.{move.after}"))
        found.append(Event(move.day, (2,), "phase", text=text, style=PHASE_STYLES[move.after]))
    for offer in customer.offers:
        what = _offer_words(offer)
        if offer.opened is not None and offer.opened <= today:
            found.append(Event(offer.opened, (0,), "offer-opened",
                               text=t("everyday.timeline.offer_opened", what=what)))
        if offer.status in ("won", "lost") and offer.closed is not None and offer.closed <= today:
            found.append(Event(offer.closed, (3,), f"offer-{offer.status}",
                               text=t(f"everyday.timeline.offer_{offer.status}", what=what),
                               style="green" if offer.status == "won" else "red"))
    found.sort(key=lambda e: (e.day, e.order))
    return found


def _offer_words(offer: Any) -> str:
    from relj.i18n import current_lang, money

    if offer.value is None:
        return offer.what or offer.id
    return f"{offer.what or offer.id} ({money(offer.value, offer.currency, current_lang())})"


def strip(found: list[Event]) -> tuple[Any, int]:
    """The strip as rich Text (the latest marks that fit) and how many interactions it leaves out."""
    from rich.text import Text

    marks: list[tuple[str, str, date]] = []
    for event in found:
        if event.kind == "interaction" and event.item is not None:
            genuine = event.item.genuine
            marks.append((GENUINE if genuine else CHECK_IN, "green" if genuine else "yellow",
                          event.day))
        elif event.kind == "phase" and marks:  # a change before any contact marks nothing
            marks.append((CHANGE, f"bold {event.style}", event.day))
    shown = marks[-STRIP_WIDTH:]
    left_out = sum(1 for mark, _, _ in marks[: len(marks) - len(shown)] if mark != CHANGE)
    if shown and shown[0][0] == CHANGE:
        shown = shown[1:]
    text = Text()
    if shown:
        text.append(shown[0][2].isoformat() + " ", style="dim")
        for mark, style, _ in shown:
            text.append(mark, style=style)
        text.append(" " + shown[-1][2].isoformat(), style="dim")
    return text, left_out


def print_timeline(out: Any, customer: Customer, today: date, settings: Settings) -> None:
    from rich.text import Text

    from relj.render.coach import _cells, _interaction_cells, _table

    found = events(customer, today, settings)
    out.print(Text(t("everyday.timeline.title"), style="bold"))
    if not any(e.kind == "interaction" for e in found):
        out.print(Text(t("coach.show.no_interactions")))
    line, left_out = strip(found)
    if line:
        out.print(Text("  ") + line)
        legend = t("everyday.timeline.legend", genuine=GENUINE, check_in=CHECK_IN, change=CHANGE)
        if left_out:
            legend += " " + t("everyday.timeline.strip_earlier", count=left_out)
        out.print(Text("  " + legend, style="dim"))
    if not found:
        return
    if len(found) > EVENTS_SHOWN:
        out.print(Text(t("everyday.timeline.earlier", count=len(found) - EVENTS_SHOWN,
                         slug=customer.slug), style="dim"))
    table = _table(("", {"no_wrap": True}), ("", {"no_wrap": True}), ("", {"ratio": 1}))
    table.show_header = False
    for event in found[-EVENTS_SHOWN:]:
        if event.item is not None:
            kind, details = _interaction_cells(event.item)
            mark = Text(GENUINE if event.item.genuine else CHECK_IN,
                        style="green" if event.item.genuine else "yellow")
            table.add_row(Text(event.day.isoformat()), mark + Text(" " + kind), *_cells(details))
        else:
            symbol = {"phase": CHANGE, "offer-opened": "+", "offer-won": "✓", "offer-lost": "✗"}
            mark = Text(symbol[event.kind] + " " + t(f"everyday.timeline.kind.{event.kind}"),
                        style=event.style or "bold")
            table.add_row(Text(event.day.isoformat()), mark, Text(event.text, style=event.style))
    out.print(table)


def print_show(customer: Customer, summary: Any, today: date, settings: Settings) -> None:
    """`relj show`: the profile of the coach's screen, then this timeline."""
    from rich.table import Table
    from rich.text import Text

    from relj.render.coach import _cells, _console, _profile_rows

    out = _console()
    out.print(Text(f"{customer.name} ({customer.slug})", style="bold"))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for label, value in _profile_rows(customer, summary):
        grid.add_row(*_cells(label, value))
    out.print(grid)
    out.print()
    print_timeline(out, customer, today, settings)
