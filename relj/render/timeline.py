"""The timeline of one relationship, for `relj show` (the screen; --json is untouched).

Two parts, both within 80 columns:

- a strip, one mark per interaction, oldest left: ● genuine (green), ○ check-in
  (yellow), and ◆ where the phase changed, coloured like the new phase; the marks
  differ in shape too, so the strip reads without colour;
- the latest events as rows: interactions, phase changes, offers opened and
  offers won or lost, each dated.

The events come from relj.analysis.timeline; this module only draws them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from relj.dates import day_text
from relj.i18n import kind_label, t
from relj.render.kit import PHASE_STYLES, cells, table

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from relj.analysis.timeline import Event
    from relj.model import Customer, Interaction, Offer
    from relj.settings import Settings

GENUINE, CHECK_IN, CHANGE = "●", "○", "◆"
STRIP_WIDTH = 52  # marks; with the two dates at its ends the line stays within 80 columns
EVENTS_SHOWN = 15  # the latest rows; --json has every interaction
_SYMBOLS = {"phase": CHANGE, "offer-opened": "+", "offer-won": "✓", "offer-lost": "✗"}


def _offer_words(offer: Offer) -> str:
    from relj.i18n import current_lang, money

    if offer.value is None:
        return offer.what or offer.id
    return f"{offer.what or offer.id} ({money(offer.value, offer.currency, current_lang())})"


def _words(event: Event) -> tuple[str, str]:
    """The text of an event that is no interaction, and its style."""
    if event.change is not None:
        change = event.change
        text = t("everyday.timeline.phase", before=t(f"labels.phase.{change.before}"),
                 after=t(f"labels.phase.{change.after}"))
        return text, PHASE_STYLES[change.after]
    assert event.offer is not None
    what = _offer_words(event.offer)
    if event.kind == "offer-opened":
        return t("everyday.timeline.offer_opened", what=what), ""
    status = event.offer.status
    return (t(f"everyday.timeline.offer_{status}", what=what),
            "green" if status == "won" else "red")


def strip(found: list[Event]) -> tuple[Text, int]:
    """The strip as rich Text (the latest marks that fit) and how many interactions it
    leaves out."""
    from rich.text import Text

    marks: list[tuple[str, str, date]] = []
    for event in found:
        if event.kind == "interaction" and event.item is not None:
            genuine = event.item.genuine
            marks.append((GENUINE if genuine else CHECK_IN, "green" if genuine else "yellow",
                          event.day))
        elif event.change is not None and marks:  # a change before any contact marks nothing
            marks.append((CHANGE, f"bold {PHASE_STYLES[event.change.after]}", event.day))
    shown = marks[-STRIP_WIDTH:]
    left_out = sum(1 for mark, _, _ in marks[: len(marks) - len(shown)] if mark != CHANGE)
    if shown and shown[0][0] == CHANGE:
        shown = shown[1:]
    text = Text()
    if shown:
        text.append(day_text(shown[0][2]) + " ", style="dim")
        for mark, style, _ in shown:
            text.append(mark, style=style)
        text.append(" " + day_text(shown[-1][2]), style="dim")
    return text, left_out


def print_timeline(out: Console, customer: Customer, today: date, settings: Settings) -> None:
    from rich.text import Text

    from relj.analysis.timeline import events

    found = events(customer, today, settings)
    out.print(Text(t("everyday.timeline.title"), style="bold"))
    if not any(e.kind == "interaction" for e in found):
        out.print(Text(t("screen.show.no_interactions")))
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
    rows = table(("", {"no_wrap": True}), ("", {"no_wrap": True}), ("", {"ratio": 1}))
    rows.show_header = False
    for event in found[-EVENTS_SHOWN:]:
        if event.item is not None:
            kind, details = _interaction_cells(event.item)
            mark = Text(GENUINE if event.item.genuine else CHECK_IN,
                        style="green" if event.item.genuine else "yellow")
            rows.add_row(Text(day_text(event.day)), mark + Text(" " + kind), *cells(details))
        else:
            text, style = _words(event)
            mark = Text(_SYMBOLS[event.kind] + " " + t(f"everyday.timeline.kind.{event.kind}"),
                        style=style or "bold")
            rows.add_row(Text(day_text(event.day)), mark, Text(text, style=style))
    out.print(rows)


def _interaction_cells(item: Interaction) -> tuple[str, str]:
    """The kind of an interaction (channel, genuine or check-in) and its details."""
    kind = [t(f"labels.channel.{item.channel}")] if item.channel else []
    kind.append(kind_label(item.genuine, item.channel))
    first_note_line = item.note.strip().splitlines()[0] if item.note and item.note.strip() else None
    details = [item.concern or first_note_line or ""]
    details += [t(f"labels.signal.{s}") for s in item.signals]
    if item.mood:
        details.append(t(f"labels.mood.{item.mood}"))
    if item.pitched:
        details.append(t("screen.show.pitched"))
    if item.closing:
        details.append(t("screen.show.closing_answer", answer=t("labels.closing." + item.closing)))
    if item.follow_up:
        details.append(t("screen.show.follow_up", day=day_text(item.follow_up)))
    return ", ".join(kind), " · ".join(d for d in details if d)
