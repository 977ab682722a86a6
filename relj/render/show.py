"""The screen of `relj show`: a customer's profile, then the timeline (relj.render.timeline).

The JSON of `relj show --json` is relj.render.json_out's ``show_json``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from relj.dates import day_text
from relj.i18n import money, t
from relj.render.kit import cells, screen
from relj.render.words import advice_text, phase_text, reasons_text, why_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from relj.analysis.closing import ClosingState
    from relj.analysis.due import Summary
    from relj.analysis.results import Reason
    from relj.model import Contact, Customer
    from relj.settings import Settings


def print_show(customer: Customer, summary: Summary, today: date, settings: Settings,
               reasons: Sequence[Reason] = ()) -> None:
    """`relj show`: the profile of the coach's screen (with what `due` sees today),
    then the timeline."""
    from rich.table import Table
    from rich.text import Text

    from relj.render.timeline import print_timeline

    out = screen()
    out.print(Text(f"{customer.name} ({customer.slug})", style="bold"))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    rows = _profile_rows(customer, summary, today)
    if reasons:
        rows.append((t("screen.show.today"), reasons_text(reasons)))
    for label, value in rows:
        grid.add_row(*cells(label, value))
    out.print(grid)
    out.print()
    print_timeline(out, customer, today, settings)


def _profile_rows(customer: Customer, summary: Summary,
                  today: date | None = None) -> list[tuple[str, str]]:
    """(label, value) pairs of the profile; empty values are left out."""
    rows = [
        (t("screen.show.status"), _status(customer, today)),
        (t("screen.show.why"), why_text(customer.why) if customer.why else ""),
        (t("screen.show.tags"), ", ".join(customer.tags)),
        (t("screen.show.contacts"), "; ".join(_contact(c) for c in customer.contacts)),
        (t("screen.head.phase"), phase_text(summary.phase)),
        (t("coach.advice"), advice_text(customer, summary.phase)),
        (t("screen.show.genuine"), _genuine_text(summary)),
        (t("screen.show.streak"), str(summary.check_ins)),
        (t("screen.show.mood"), t(f"labels.mood.{summary.mood}") if summary.mood else ""),
        (t("screen.show.offers"), "\n".join(_offer_line(o) for o in summary.offers)
         or t("screen.show.no_offers")),
    ]
    return [(label, value) for label, value in rows if value]


def _status(customer: Customer, today: date | None = None) -> str:
    status = (t("screen.show.customer_since", day=day_text(customer.since)) if customer.since
              else t("screen.show.prospect"))
    if customer.ended:
        status += ", " + t("screen.show.ended", day=day_text(customer.ended))
    if customer.snooze and today is not None and customer.snooze > today:  # relj snooze
        status += ", " + t("attempts.snoozed_until", day=day_text(customer.snooze))
    return status


def _contact(contact: Contact) -> str:
    details = [d for d in (contact.role, t("screen.show.key") if contact.key else None) if d]
    if contact.left is not None:  # still in the record, no longer there
        details.append(t("people.show_left", day=day_text(contact.left)))
    return f"{contact.name} ({', '.join(details)})" if details else contact.name


def _genuine_text(summary: Summary) -> str:
    age = summary.days_since_genuine
    text = t("screen.show.never") if age is None else t("screen.show.days_ago", days=age)
    if summary.cadence is not None:
        text += "; " + t("screen.show.cadence", days=summary.cadence, text=summary.cadence_text)
    return text


def _offer_line(state: ClosingState) -> str:
    offer = state.offer
    parts = [offer.what or offer.id]
    if offer.value is not None:
        parts.append(money(offer.value, offer.currency))
    if offer.opened:
        parts.append(t("screen.show.opened", day=day_text(offer.opened)))
    parts.append(offer.id)
    if state.due:
        parts.append(t("screen.show.closing_due"))
    return " · ".join(parts)
