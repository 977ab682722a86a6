"""Which offer a note's closing answer (``?yes|no|later``) closes, as `relj log
--closing` decides it: the only open one, or on a terminal the one picked. What
would be refused is refused before the terminal asks anything about the line
(and in --dry-run), so no answer typed for it is thrown away."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from relj.errors import ReljError

if TYPE_CHECKING:
    from datetime import date, datetime

    from relj.model import Customer
    from relj.storage.entries import LogRequest


def check_offers(customer: Customer, at: date | datetime | None, asking: bool) -> None:
    """What `with_offer` would refuse: no open offer; several with no terminal to ask
    which; the only one opened after the line's day."""
    from relj.storage.entries import describe_offers

    open_offers = customer.open_offers()
    if not open_offers:
        raise ReljError("core.no_open_offer", customer=customer.name)
    if len(open_offers) > 1:
        if not asking:
            raise ReljError("notes.several_offers", customer=customer.name,
                            offers=describe_offers(open_offers))
        return
    _opened_before(open_offers[0].id, open_offers[0].opened, at)


def with_offer(request: LogRequest, customer: Customer, asking: bool) -> LogRequest:
    """A closing answer closes the only open offer; with several, a terminal asks
    which (a line cannot name one)."""
    from relj.storage.entries import answered_offer

    if request.closing is None:
        return request
    check_offers(customer, request.at, asking)
    offer_id = _ask_offer(customer) if len(customer.open_offers()) > 1 else None
    offer = answered_offer(customer, offer_id)
    _opened_before(offer.id, offer.opened, request.at)
    return replace(request, offer=offer.id)


def _opened_before(offer_id: str, opened: date | None, at: date | datetime | None) -> None:
    """An answer dated before its offer was opened is refused, as in `relj log`."""
    from relj.model import day_of  # not at import: completion imports this command's module

    if at is not None and opened is not None and day_of(at) < opened:
        from relj.dates import day_text

        raise ReljError("input.closing_before_offer", offer=offer_id,
                        opened=day_text(opened), day=day_text(day_of(at)))


def _ask_offer(customer: Customer) -> str:
    from relj.i18n import t
    from relj.render.prompt import ask_choice
    from relj.storage.entries import describe_offers

    choices = [(o.id, o.what) for o in customer.open_offers()]
    picked = ask_choice(t("notes.ask_offer"), choices)
    if not picked:  # no answer: the line stays, with the way to answer it later
        raise ReljError("notes.several_offers", customer=customer.name,
                        offers=describe_offers(customer.open_offers()))
    return picked[0]
