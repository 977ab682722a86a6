"""`relj review`: one's own habits, now against before, drawn (and as SPEC §5 JSON).

The numbers come from relj.analysis.review; ``renderables`` turns them into rich
objects that fit 80 columns: each habit with its value before and now, an arrow
coloured by whether the change is good for that habit, and two bars (before
dim, now in colour). Piped, the same lines without colour codes or box art.
When the journal holds nothing before the weeks reviewed, the "before" column
stays empty and a line says why: 0 → n would look like progress that never was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.analysis.review import GOOD, METRIC_NAMES
from relj.dates import day_text
from relj.i18n import current_lang, t
from relj.render.kit import PHASE_STYLES
from relj.render.words import say

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from relj.analysis.review import Review
    from relj.analysis.review_metrics import Metrics
    from relj.render.json_out import JsonObject

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("contact", ("contacts", "attempts", "genuine", "genuine_share", "personal_share",
                 "pitches", "pitches_per_genuine")),
    ("closing", ("closing_on_time", "closing_late", "closing_open")),
    ("follow_ups", ("follow_ups_kept", "follow_ups_late", "follow_ups_missed")),
    ("care", ("crises_supported", "crises_unsupported", "overdue_twice", "phase_changes")),
)
SHARES = frozenset({"genuine_share", "personal_share"})
BAR_WIDTH = 12
SPARK = "▁▂▃▄▅▆▇█"
SPARK_MARKS = 52  # at most this many marks in the sparkline (a year of weeks)
LISTED_CHANGES = 5


# -- numbers as text -----------------------------------------------------------------------


def value_text(name: str, value: float | None) -> str:
    if value is None:
        return t("review.unknown")
    if name in SHARES:
        return f"{round(100 * value)} %" if current_lang() == "de" else f"{round(100 * value)}%"
    if isinstance(value, float):
        text = f"{value:.2f}"
        return text.replace(".", ",") if current_lang() == "de" else text
    return str(value)


def change(name: str, before: float | None, now: float | None) -> tuple[str, str]:
    """The arrow from before to now and its style: green when the change is good for
    this habit, red when bad, plain when the habit has no good direction."""
    if before is None or now is None or before == now:
        return ("=" if before is not None and before == now else " "), ""
    up = now > before
    good = GOOD[name]
    style = "" if good == 0 else "green" if (good > 0) == up else "red"
    return ("↑" if up else "↓"), style


def spark(weekly: tuple[int, ...], observed: list[bool]) -> tuple[str, int]:
    """The sparkline of genuine contacts (weeks merged when there are many) and how many
    weeks each mark holds. Weeks before the journal starts are shown as ``·``."""
    per = -(-len(weekly) // SPARK_MARKS) if weekly else 1
    marks: list[tuple[int, bool]] = []
    for start in range(0, len(weekly), per):
        marks.append((sum(weekly[start:start + per]), any(observed[start:start + per])))
    most = max((count for count, _ in marks), default=0)
    top = len(SPARK) - 1
    line = "".join("·" if not seen else SPARK[round(top * count / most) if most else 0]
                   for count, seen in marks)
    return line, per


# -- rich ----------------------------------------------------------------------------------


def _bar(value: float | None, most: float, char: str, style: str) -> Text:
    from rich.text import Text

    width = 0 if not value or not most else round(BAR_WIDTH * value / most)
    if value and not width:
        width = 1
    return Text((char * width).ljust(BAR_WIDTH), style=style)


def _table(r: Review, fancy: bool) -> Table:
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, overflow="ellipsis", max_width=32)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(no_wrap=True, width=1)
    grid.add_column(no_wrap=True)
    bold = "bold"
    grid.add_row(Text(t("review.head.habit"), bold), Text(t("review.head.before"), bold),
                 Text(t("review.head.now"), bold), Text(""), Text(""))
    now, before = r.now_metrics, r.before_metrics
    for group, names in GROUPS:
        grid.add_row(Text(t(f"review.group.{group}"), bold), "", "", "", "")
        for name in names:
            new = getattr(now, name)
            old = getattr(before, name) if before is not None else None
            arrow, style = change(name, old, new)
            most = 1.0 if name in SHARES else max(old or 0, new or 0)
            now_style = (style or "cyan") if fancy else ""
            bars = _bar(old, most, "▒" if fancy else "=", "bright_black" if fancy else "")
            bars.append(" ")
            bars.append(_bar(new, most, "█" if fancy else "#", now_style))
            grid.add_row(Text("  " + t(f"review.metric.{name}")), Text(value_text(name, old)),
                         Text(value_text(name, new)), Text(arrow, style if fancy else ""),
                         bars)
    return grid


def _line(text: str) -> Padding:
    """A note, indented, its wrapped lines too."""
    from rich.padding import Padding
    from rich.text import Text

    return Padding(Text(text, style="dim"), (0, 0, 0, 2))


def renderables(r: Review, fancy: bool) -> list[RenderableType]:
    """The review as rich objects; ``fancy``: colours (a terminal, an SVG)."""
    from rich.text import Text

    title = t("review.title", start=day_text(r.now.start), end=day_text(r.now.end),
              weeks=r.weeks)
    parts: list[RenderableType] = [Text(title, style="bold")]
    if r.observed_from is None:
        return [*parts, "", _line(t("review.empty", day=day_text(r.now.end))), "",
                *_focus(r)]
    if r.before_metrics is not None:
        parts.append(Text(t("review.against", weeks=r.weeks, start=day_text(r.before.start),
                            end=day_text(r.before.end))))
        if r.observed_from > r.before.start:
            parts.append(_line(t("review.partly_before", day=day_text(r.observed_from))))
    else:
        parts.append(_line(t("review.no_before", day=day_text(r.observed_from))))
        if r.observed_from > r.now.start:
            parts.append(_line(t("review.partly_now", day=day_text(r.observed_from))))
    parts += ["", _table(r, fancy), ""]
    parts += _weekly(r)
    if r.changes:
        parts += ["", Text(t("review.changes"), style="bold")]
        for m in r.changes[-LISTED_CHANGES:]:
            row = Text(f"  {day_text(m.day)}  ")
            row.append(m.name)
            row.append("  ")
            row.append(t(f"labels.phase.{m.before}"), style=PHASE_STYLES.get(m.before, ""))
            row.append(" → ")
            row.append(t(f"labels.phase.{m.after}"), style=PHASE_STYLES.get(m.after, ""))
            row.overflow = "ellipsis"
            row.no_wrap = True
            parts.append(row)
        if len(r.changes) > LISTED_CHANGES:
            parts.append(_line(t("review.changes_more", count=len(r.changes) - LISTED_CHANGES)))
    return [*parts, "", *_focus(r)]


def _weekly(r: Review) -> list[RenderableType]:
    from datetime import timedelta

    from rich.text import Text

    assert r.observed_from is not None
    observed = [r.now.start + timedelta(days=7 * k + 6) >= r.observed_from
                for k in range(r.weeks)]
    line, per = spark(r.weekly_genuine, observed)
    heading = t("review.weekly", most=max(r.weekly_genuine, default=0))
    if per > 1:
        heading += " " + t("review.weekly_merged", weeks=per)
    return [Text(heading, style="bold"), Text("  " + line, style="cyan")]


def _focus(r: Review) -> list[RenderableType]:
    from rich.padding import Padding
    from rich.text import Text

    return [Text(t("review.focus_head"), style="bold"),
            Padding(Text(focus_text(r)), (0, 0, 0, 2))]


def focus_text(r: Review) -> str:
    return say(f"review.focus.{r.focus}", r.focus_fields)


def print_review(r: Review) -> None:
    from relj.render import is_terminal
    from relj.render.kit import screen

    out = screen()
    for part in renderables(r, fancy=is_terminal()):
        out.print(part)


def recorded_svg(r: Review) -> str:
    """The same picture as an SVG document (always in colour, 80 columns), as
    `relj report --svg` draws it; text from files is neutralised by ``guard``."""
    import io

    from rich.console import Console

    from relj.render import guard

    record = guard(Console(record=True, width=80, file=io.StringIO(), force_terminal=True,
                           color_system="truecolor", highlight=False, emoji=False))
    for part in renderables(r, fancy=True):
        record.print(part)
    title = t("review.svg_title", start=r.now.start.isoformat(), end=r.now.end.isoformat())
    return record.export_svg(title=title)


# -- JSON (SPEC §5) --------------------------------------------------------------------------


def _numbers(m: Metrics | None) -> dict[str, int | float | None]:
    values: dict[str, int | float | None] = {}
    for name in METRIC_NAMES:
        value = None if m is None else getattr(m, name)
        values[name] = round(value, 4) if isinstance(value, float) else value
    return values


def review_json(r: Review) -> JsonObject:
    """SPEC §5's review object; extra keys: the weeks before, when the journal starts,
    whether there was a "before" at all, and the phase changes listed."""
    return {
        "schema": 1,
        "weeks": r.weeks,
        "from": r.now.start.isoformat(),
        "to": r.now.end.isoformat(),
        "now": _numbers(r.now_metrics),
        "before": _numbers(r.before_metrics),
        "weekly_genuine": list(r.weekly_genuine),
        "focus": r.focus,
        "text": focus_text(r),
        "before_from": r.before.start.isoformat(),
        "before_to": r.before.end.isoformat(),
        "before_known": r.before_metrics is not None,
        "observed_from": None if r.observed_from is None else r.observed_from.isoformat(),
        "phase_changes": [{"date": m.day.isoformat(), "name": m.name, "from": m.before,
                           "to": m.after} for m in r.changes],
    }
