"""`relj report`: the whole portfolio at a glance.

``portfolio`` is pure (customers, today and settings in, a Portfolio out);
``renderables`` turns it into rich objects that fit 80 columns; ``print_report``
shows them and, when asked, records the same picture as SVG or HTML.

Contact health compares the age of the last genuine contact with the cadence
(SPEC §4): *overdue* from the day the cadence is reached (as `relj due` counts
it) or when there never was a genuine contact, *due* once three quarters of the
cadence have passed, else *on time*. Ended relationships have no cadence and
are left out of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from relj.i18n import money, t
from relj.model import PHASE_CODES, SEPARATED, Customer
from relj.settings import Settings

MOVED_DAYS = 30
DUE_FRACTION = 0.75
HEALTH = ("on_time", "due", "overdue")
PHASE_ORDER = (*PHASE_CODES, SEPARATED)
PHASE_STYLES = {"courtship": "cyan", "infatuation": "magenta", "disenchantment": "yellow",
                "struggle": "red", "me-you-us": "green", "home": "blue", SEPARATED: "bright_black"}
HEALTH_STYLES = {"on_time": "green", "due": "yellow", "overdue": "red"}
BAR_WIDTH = 40
LISTED_NAMES = 4


@dataclass(frozen=True, slots=True)
class OpenOffer:
    name: str
    what: str
    value: int | float | None
    currency: str | None
    age: int | None  # days since it opened
    closing_due: bool


@dataclass(frozen=True, slots=True)
class Move:
    day: date
    name: str
    before: str  # phase codes
    after: str


@dataclass(frozen=True, slots=True)
class Portfolio:
    today: date
    count: int
    phases: dict[str, int]  # phase code -> customers, in PHASE_ORDER
    health: dict[str, list[str]]  # on_time / due / overdue -> customer names
    offers: list[OpenOffer]  # oldest first
    moves: list[Move]  # newest first


def health_of(days_since_genuine: int | None, cadence: int | None) -> str | None:
    if cadence is None:
        return None
    if days_since_genuine is None or days_since_genuine >= cadence:
        return "overdue"
    return "due" if days_since_genuine >= DUE_FRACTION * cadence else "on_time"


def phase_moves(customer: Customer, today: date, settings: Settings) -> list[Move]:
    """Changes of the phase within the last MOVED_DAYS days."""
    return [m for m in phase_changes(customer, today, settings) if (today - m.day).days <= MOVED_DAYS]


def phase_changes(customer: Customer, today: date, settings: Settings) -> list[Move]:
    """Every change of the computed phase up to ``today``, oldest first, from its evidence."""
    from relj.analysis.phase import compute_phase

    evidence = compute_phase(customer, today, settings).evidence
    if not evidence:
        return []
    before = "courtship"
    if evidence[0].signal == "contact-left":  # a new relationship: what was the old one?
        before = compute_phase(customer, evidence[0].day - timedelta(days=1), settings).code
    moves = []
    for ev in evidence:
        if ev.phase != before and ev.day <= today:
            moves.append(Move(ev.day, customer.name, before, ev.phase))
        before = ev.phase
    return moves


def portfolio(customers: list[Customer], today: date, settings: Settings) -> Portfolio:
    from relj.analysis.due import summarize

    phases: Counter[str] = Counter()
    health: dict[str, list[str]] = {kind: [] for kind in HEALTH}
    offers: list[OpenOffer] = []
    moves: list[Move] = []
    for customer in customers:
        summary = summarize(customer, today, settings)
        phases[summary.phase.code] += 1
        kind = health_of(summary.days_since_genuine, summary.cadence)
        if kind is not None:
            health[kind].append(customer.name)
        for state in summary.offers:
            o = state.offer
            age = (today - o.opened).days if o.opened else None
            offers.append(OpenOffer(customer.name, o.what or o.id, o.value, o.currency, age, state.due))
        moves.extend(phase_moves(customer, today, settings))
    offers.sort(key=lambda o: (-(o.age if o.age is not None else -1), o.name))
    moves.sort(key=lambda m: (m.day, m.name), reverse=True)
    return Portfolio(today, len(customers), {code: phases[code] for code in PHASE_ORDER},
                     health, offers, moves)


# -- words and numbers -------------------------------------------------------------------


def totals(offers: list[OpenOffer], lang: str) -> str:
    sums: dict[str, float] = {}
    for offer in offers:
        if offer.value is not None:
            sums[offer.currency or ""] = sums.get(offer.currency or "", 0) + offer.value
    return " + ".join(money(v, c or None, lang) for c, v in sorted(sums.items())) or "-"


# -- rich ----------------------------------------------------------------------------------


def _bar(count: int, most: int, style: str, fancy: bool) -> Any:
    from rich.text import Text

    width = round(BAR_WIDTH * count / most) if most else 0
    if count and not width:
        width = 1
    return Text(("█" if fancy else "#") * width, style=style)


def _chart(rows: list[tuple[str, int, str]], fancy: bool) -> Any:
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(no_wrap=True)
    most = max((count for _, count, _ in rows), default=0)
    for label, count, style in rows:
        grid.add_row(Text("  " + label), Text(str(count)), _bar(count, most, style, fancy))
    return grid


def _heading(text: str) -> Any:
    from rich.text import Text

    return Text(text, style="bold")


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:LISTED_NAMES])
    if len(names) > LISTED_NAMES:
        shown += " " + t("everyday.report.more", count=len(names) - LISTED_NAMES)
    return shown


def renderables(p: Portfolio, fancy: bool) -> list[Any]:
    """The report as rich objects; ``fancy``: colours and box art (a terminal, an SVG)."""
    from relj.i18n import current_lang

    lang = current_lang()
    parts: list[Any] = [_heading(t("everyday.report.title", today=p.today.isoformat(), count=p.count)), ""]
    parts.append(_heading(t("everyday.report.phases")))
    parts.append(_chart([(t(f"labels.phase.{code}"), n, PHASE_STYLES[code])
                         for code, n in p.phases.items()], fancy))
    parts += ["", _heading(t("everyday.report.health"))]
    parts.append(_chart([(t(f"everyday.report.health.{k}"), len(p.health[k]), HEALTH_STYLES[k])
                         for k in HEALTH], fancy))
    for kind in ("overdue", "due"):
        if p.health[kind]:
            parts.append(_line(t(f"everyday.report.health.{kind}_names", names=_names(p.health[kind]))))
    parts += ["", _heading(t("everyday.report.offers", count=len(p.offers), total=totals(p.offers, lang)))]
    parts.append(_offers_table(p.offers, lang, fancy) if p.offers else _line(t("everyday.report.no_offers")))
    parts += ["", _heading(t("everyday.report.moves", days=MOVED_DAYS))]
    parts.append(_moves_table(p.moves, fancy) if p.moves else _line(t("everyday.report.no_moves")))
    return parts


def _line(text: str) -> Any:
    from rich.text import Text

    return Text("  " + text, style="dim")


def _table(fancy: bool, *columns: tuple[str, dict[str, Any]]) -> Any:
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD if fancy else None, show_edge=False, pad_edge=False,
                  header_style="bold", padding=(0, 1))
    for header, options in columns:
        table.add_column(header, **options)
    return table


def _offers_table(offers: list[OpenOffer], lang: str, fancy: bool) -> Any:
    from rich.padding import Padding
    from rich.text import Text

    table = _table(fancy,
                   (t("everyday.report.head.customer"), {"ratio": 3, "overflow": "fold"}),
                   (t("everyday.report.head.offer"), {"ratio": 4, "overflow": "fold"}),
                   (t("everyday.report.head.value"), {"justify": "right", "no_wrap": True}),
                   (t("everyday.report.head.age"), {"justify": "right", "no_wrap": True}),
                   (t("everyday.report.head.closing"), {"no_wrap": True}))
    for o in offers:
        value = money(o.value, o.currency, lang) if o.value is not None else "-"
        age = "-" if o.age is None else str(o.age)
        due = Text(t("everyday.report.closing_due"), style="yellow") if o.closing_due else Text("")
        table.add_row(Text(o.name), Text(o.what), Text(value), Text(age), due)
    return Padding(table, (0, 0, 0, 2))


def _moves_table(moves: list[Move], fancy: bool) -> Any:
    from rich.padding import Padding
    from rich.text import Text

    table = _table(fancy,
                   (t("everyday.report.head.date"), {"no_wrap": True}),
                   (t("everyday.report.head.customer"), {"ratio": 1, "overflow": "fold"}),
                   (t("everyday.report.head.move"), {"ratio": 1}))
    for m in moves:
        change = Text(t(f"labels.phase.{m.before}"), style=PHASE_STYLES[m.before])
        change.append(" → ")
        change.append(t(f"labels.phase.{m.after}"), style=PHASE_STYLES[m.after])
        table.add_row(Text(m.day.isoformat()), Text(m.name), change)
    return Padding(table, (0, 0, 0, 2))


def print_report(p: Portfolio) -> None:
    from relj.render import is_terminal
    from relj.render.coach import _console

    out = _console()
    for part in renderables(p, fancy=is_terminal()):
        out.print(part)


def recorded(p: Portfolio, kind: str) -> str:
    """The same picture as an SVG or HTML document (always in colour, 80 columns)."""
    import io

    from rich.console import Console

    record = Console(record=True, width=80, file=io.StringIO(), force_terminal=True,
                     color_system="truecolor", highlight=False, emoji=False)
    for part in renderables(p, fancy=True):
        record.print(part)
    title = t("everyday.report.svg_title", today=p.today.isoformat())
    if kind == "svg":
        return record.export_svg(title=title)
    return record.export_html(inline_styles=True)
