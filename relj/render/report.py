"""`relj report`: the whole portfolio at a glance, drawn.

The numbers come from relj.analysis.portfolio; ``renderables`` turns them into
rich objects that fit 80 columns; ``print_report`` shows them and, when asked,
``recorded`` gives the same picture as SVG or HTML.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.analysis.portfolio import (
    HEALTH,
    MOVED_DAYS,
    ORPHAN_DAYS,
    OpenOffer,
    Portfolio,
    WhyShare,
)
from relj.dates import day_text
from relj.i18n import money, t
from relj.render.kit import PHASE_STYLES, Column, table

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.table import Table
    from rich.text import Text

    from relj.analysis.phase import PhaseChange

HEALTH_STYLES = {"on_time": "green", "due": "yellow", "overdue": "red"}
WHY_STYLES = {"dream": "magenta", "challenge": "cyan", "money": "green", "other": "blue",
              "unset": "dim"}
BAR_WIDTH = 40
LISTED_NAMES = 4


# -- words and numbers -------------------------------------------------------------------


def totals(p: Portfolio, lang: str) -> str:
    return " + ".join(money(v, c or None, lang) for c, v in p.totals) or "-"


# -- rich ----------------------------------------------------------------------------------


def _bar(count: int, most: int, style: str, fancy: bool) -> Text:
    from rich.text import Text

    width = round(BAR_WIDTH * count / most) if most else 0
    if count and not width:
        width = 1
    return Text(("█" if fancy else "#") * width, style=style)


def _chart(rows: list[tuple[str, int, str]], fancy: bool) -> Table:
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


def _heading(text: str) -> Text:
    from rich.text import Text

    return Text(text, style="bold")


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:LISTED_NAMES])
    if len(names) > LISTED_NAMES:
        shown += " " + t("everyday.report.more", count=len(names) - LISTED_NAMES)
    return shown


def renderables(p: Portfolio, fancy: bool) -> list[RenderableType]:
    """The report as rich objects; ``fancy``: colours and box art (a terminal, an SVG)."""
    from relj.i18n import current_lang

    lang = current_lang()
    title = t("everyday.report.title", today=day_text(p.today), count=p.count)
    parts: list[RenderableType] = [_heading(title), ""]
    parts.append(_heading(t("everyday.report.phases")))
    parts.append(_chart([(t(f"labels.phase.{code}"), n, PHASE_STYLES[code])
                         for code, n in p.phases.items()], fancy))
    parts += ["", _heading(t("everyday.report.health"))]
    parts.append(_chart([(t(f"everyday.report.health.{k}"), len(p.health[k]), HEALTH_STYLES[k])
                         for k in HEALTH], fancy))
    for kind in ("overdue", "due"):
        if names := p.health[kind]:
            parts.append(_line(t(f"everyday.report.health.{kind}_names", names=_names(names))))
    if p.whys:  # SPEC §1: the money, the challenge or a dream, and how each fares
        parts += ["", _heading(t("people.report.heading"))]
        parts += _why_parts(p.whys, fancy)
    offers = t("everyday.report.offers", count=len(p.offers), total=totals(p, lang))
    parts += ["", _heading(offers)]
    parts.append(_offers_table(p.offers, lang, fancy) if p.offers
                 else _line(t("everyday.report.no_offers")))
    parts += ["", _heading(t("everyday.report.moves", days=MOVED_DAYS))]
    parts.append(_moves_table(p.moves, fancy) if p.moves
                 else _line(t("everyday.report.no_moves")))
    if p.owners:  # a team journal: who carries what, and the accounts nobody tends
        parts += ["", _heading(t("team.report.owners"))]
        for share in p.owners:
            parts.append(_line(t("team.report.owner_line", owner=share.owner,
                                 count=share.customers, overdue=share.overdue)))
            if share.orphaned:
                parts.append(_line(t("team.report.orphaned", owner=share.owner,
                                     days=ORPHAN_DAYS, names=_names(share.orphaned))))
    return parts


def why_label(why: str) -> str:
    if why in ("other", "unset"):
        return t(f"people.report.{why}")
    return t(f"coach.why.{why}")


def _why_parts(shares: list[WhyShare], fancy: bool) -> list[RenderableType]:
    """A bar per why, then a line per why: its phases and how many are overdue."""
    parts: list[RenderableType] = [
        _chart([(why_label(s.why), s.customers, WHY_STYLES[s.why]) for s in shares], fancy)]
    for share in shares:
        phases = ", ".join(f"{t(f'labels.phase.{code}')} {n}" for code, n in share.phases.items())
        if share.overdue:
            phases += "; " + t("people.report.overdue", count=share.overdue)
        parts.append(_line(t("people.report.line", why=why_label(share.why), phases=phases)))
    return parts


def _line(text: str) -> Text:
    from rich.text import Text

    return Text("  " + text, style="dim")


class _Rows:
    """A table of the report, indented: drawn by rich (with its colours) in a terminal
    or a picture, or as plain rows by relj.render.rows when no colour is wanted, where
    styles change nothing (a report of hundreds of open offers, piped)."""

    def __init__(self, columns: list[Column], fancy: bool) -> None:
        self.columns = tuple(columns)
        self.fancy = fancy
        self.styled: list[list[Text]] = []
        self.plain: list[list[str]] = []

    def add_row(self, *row: Text) -> None:
        self.styled.append(list(row))
        self.plain.append([text.plain for text in row])

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.padding import Padding

        rows = table(*self.columns, fancy=self.fancy)
        for row in self.styled:
            rows.add_row(*row)
        yield Padding(rows, (0, 0, 0, 2))

    def print_plain(self, out: Console) -> None:
        from relj.render import neutralise
        from relj.render.rows import print_rows

        if any(neutralise(cell) != cell for row in self.plain for cell in row):
            out.print(self)  # rich lays control characters out before they are neutralised
            return
        print_rows(out, self.columns, self.plain, indent=2, fancy=self.fancy)


def _offers_table(offers: list[OpenOffer], lang: str, fancy: bool) -> _Rows:
    from rich.text import Text

    columns: list[Column] = [
        (t("everyday.report.head.customer"), {"ratio": 3, "overflow": "fold"}),
        (t("everyday.report.head.offer"), {"ratio": 4, "overflow": "fold"}),
        (t("everyday.report.head.value"), {"justify": "right", "no_wrap": True}),
        (t("everyday.report.head.age"), {"justify": "right", "no_wrap": True}),
        (t("everyday.report.head.closing"), {"no_wrap": True}),
    ]
    rows = _Rows(columns, fancy)
    for o in offers:
        value = money(o.value, o.currency, lang) if o.value is not None else "-"
        age = "-" if o.age is None else str(o.age)
        due = Text(t("everyday.report.closing_due"), style="yellow") if o.closing_due else Text("")
        rows.add_row(Text(o.name), Text(o.what), Text(value), Text(age), due)
    return rows


def _moves_table(moves: list[PhaseChange], fancy: bool) -> _Rows:
    from rich.text import Text

    rows = _Rows([(t("everyday.report.head.date"), {"no_wrap": True}),
                  (t("everyday.report.head.customer"), {"ratio": 1, "overflow": "fold"}),
                  (t("everyday.report.head.move"), {"ratio": 1})], fancy)
    for m in moves:
        change = Text(t(f"labels.phase.{m.before}"), style=PHASE_STYLES[m.before])
        change.append(" → ")
        change.append(t(f"labels.phase.{m.after}"), style=PHASE_STYLES[m.after])
        rows.add_row(Text(day_text(m.day)), Text(m.name), change)
    return rows


def print_report(p: Portfolio) -> None:
    from relj.render import is_terminal
    from relj.render.kit import screen

    out = screen()
    for part in renderables(p, fancy=is_terminal()):
        if isinstance(part, _Rows) and out.color_system is None:
            part.print_plain(out)
        else:
            out.print(part)


def recorded(p: Portfolio, kind: str) -> str:
    """The same picture as an SVG or HTML document (always in colour, 80 columns)."""
    import io

    from rich.console import Console

    from relj.render import guard

    record = guard(Console(record=True, width=80, file=io.StringIO(), force_terminal=True,
                           color_system="truecolor", highlight=False, emoji=False))
    for part in renderables(p, fancy=True):
        record.print(part)
    title = t("everyday.report.svg_title", today=p.today.isoformat())
    if kind == "svg":
        return record.export_svg(title=title)
    return record.export_html(inline_styles=True)
