"""The coach's screens: `relj due`, `relj phase` and `relj list`.

rich is imported inside the functions (`relj due --json` never loads it); words
come from relj.render.words, the JSON of these commands from relj.render.json_out.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from relj.dates import day_text
from relj.i18n import t
from relj.render.kit import cells, screen, table
from relj.render.rows import print_rows
from relj.render.words import (
    advice_text,
    evidence_text,
    phase_name,
    phase_text,
    reasons_text,
    say,
    say_message,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from relj.analysis.due import Summary
    from relj.analysis.results import DueItem, PhaseResult, Reason
    from relj.model import Customer
    from relj.render.kit import Column


def _days(value: int | None) -> str:
    return "-" if value is None else str(value)


def print_due(items: list[DueItem], today: date, total: int, everyone: bool = False) -> None:
    """The morning list: who, why, what to do, days since genuine contact, phase.

    ``everyone`` (``--all``): the title says so, and a customer listed only because of
    ``--all`` (no reason acts today) is dimmed and says so in its reasons, so that the
    line still reads as "nothing to do today" when piped, where there is no dimming.
    """
    from rich.text import Text

    from relj.analysis.results import acts

    out = screen()
    if not items:
        out.print(t("coach.due_empty"))
        return
    # Four columns fit 80 characters; the phase sits under the name (dim) to leave
    # the action room enough to read in one glance.
    rows = table(
        (t("screen.head.customer_phase"), {"max_width": 22, "overflow": "fold"}),
        (t("screen.head.why"), {"no_wrap": True}),
        (t("screen.head.todo"), {"ratio": 1}),
        (t("screen.head.days"), {"justify": "right", "width": 4}),
        title=_due_title(items, today, total, everyone),
    )
    for item in items:
        # Acting reasons as they are; modifiers (they only raise the rank) dimmed.
        why = Text()
        for n, r in enumerate(item.reasons):
            why.append(("\n" if n else "") + say(f"coach.short.{r.code}", r.fields),
                       style="" if r.acts else "dim")
        extra = not acts(item)  # listed only because of --all
        if item.snoozed is not None:  # why its reasons do not act (relj snooze)
            why.append(("\n" if item.reasons else "")
                       + t("attempts.snoozed_until", day=day_text(item.snoozed)), style="dim")
        if extra:
            why.append(("\n" if item.reasons else "") + t("coach.due_only_all"), style="dim")
        who = Text(item.name)
        who.append("\n" + phase_name(item.phase.code), style="dim")
        rows.add_row(who, why, *cells(say_message(item.action), _days(item.days_since_genuine)),
                     style="dim" if extra else None)
    out.print(rows)
    if total > len(items):
        out.print(t("coach.due_more", count=total - len(items)))
    out.print(t("coach.due_caption"), style="dim")


def _due_title(items: list[DueItem], today: date, total: int, everyone: bool) -> str:
    from relj.analysis.results import acts

    if not everyone:
        return t("coach.due_title", today=day_text(today), shown=len(items), total=total)
    acting = sum(1 for item in items if acts(item))
    return t("coach.due_title_all", today=day_text(today), acting=acting,
             others=len(items) - acting)


def print_phase(customer: Customer, result: PhaseResult,
                reasons: Sequence[Reason] = ()) -> None:
    """One customer: the phase, its evidence as a short timeline, the advice, and what
    `due` sees today (modifiers included)."""
    from rich.text import Text

    out = screen()
    out.print(Text(f"{customer.name} ({customer.slug})", style="bold"))
    out.print(Text(t("coach.phase_line", phase=phase_text(result))))
    if result.evidence:
        timeline = table(("", {"no_wrap": True, "style": "dim"}), ("", {}))
        timeline.show_header = False
        for ev in result.evidence:
            timeline.add_row(*cells(day_text(ev.day), evidence_text(ev)))
        out.print(timeline)
    elif result.phase == 0:
        out.print(t("coach.phase_prospect"))
    out.print(Text(f"{t('coach.advice')}: ", style="bold") + Text(advice_text(customer, result)))
    if reasons:
        out.print(t("screen.phase_today", reasons=reasons_text(reasons)))


def print_phases(pairs: list[tuple[Customer, PhaseResult]]) -> None:
    """Every customer: phase, since when, and the latest evidence."""
    out = screen()
    if not pairs:
        out.print(t("coach.no_customers"))
        return
    columns: tuple[Column, ...] = (
        (t("screen.head.customer"), {"ratio": 3, "overflow": "fold"}),
        (t("screen.head.phase"), {"ratio": 2}),
        (t("screen.head.date"), {"no_wrap": True}),
        (t("screen.head.what"), {"ratio": 5}),
    )
    rows: list[list[str]] = []
    for customer, result in pairs:
        last = result.evidence[-1] if result.evidence else None
        rows.append([customer.name, phase_name(result.code),
                     day_text(last.day) if last else "",
                     evidence_text(last) if last else ""])
    print_rows(out, columns, rows)


def print_list(summaries: list[Summary], customers: dict[str, Customer]) -> None:
    out = screen()
    if not summaries:
        out.print(t("coach.no_customers"))
        return
    columns: tuple[Column, ...] = (
        (t("screen.head.customer"), {"ratio": 4, "overflow": "fold"}),
        (t("screen.head.phase"), {"ratio": 2}),
        (t("screen.head.days"), {"justify": "right", "width": 4}),
        (t("screen.head.offers"), {"justify": "right"}),
        (t("screen.head.tags"), {"ratio": 3}),
    )
    print_rows(out, columns, [[s.name, phase_name(s.phase.code), _days(s.days_since_genuine),
                               str(len(s.offers)), ", ".join(customers[s.slug].tags)]
                              for s in summaries])
