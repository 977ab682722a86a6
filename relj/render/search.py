"""The `relj search` screen: one line per hit, newest first, the match highlighted.

A line reads day, customer, field, then the text cut around the match so the
line fits the terminal (80 columns when piped, where nothing is highlighted:
grep and friends get plain text). Everything from files is neutralised
(relj.render.neutralise) before it is laid out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.analysis.search import FIELDS
from relj.dates import day_text
from relj.i18n import t
from relj.render import out

if TYPE_CHECKING:
    from datetime import date

    from relj.analysis.search import Hit
    from relj.render.json_out import JsonObject

DAY_WIDTH = 10
NAME_WIDTH = 20
FIELD_WIDTH = 11
MIN_SNIPPET = 20


def print_search(hits: list[Hit], query: str, folded: tuple[str, str]) -> None:
    """Written line by line without a rich Console: a common word can match ten
    thousand records, and a search must answer about as fast as grep (SPEC §7).
    The match is shown in reverse video when colour is on (--no-color, NO_COLOR
    and pipes turn it off); every text is neutralised first."""
    import shutil
    import sys

    from relj.analysis.search import snippet
    from relj.render import color_enabled, is_terminal, neutralise

    shown_query = " ".join(query.split())
    if not hits:
        out(t("attempts.search_none", query=shown_query))
        return
    out(t("attempts.search_count", count=len(hits), query=shown_query))
    width = shutil.get_terminal_size((80, 24)).columns if is_terminal() else 80
    room = max(MIN_SNIPPET, width - DAY_WIDTH - NAME_WIDTH - FIELD_WIDTH - 3)
    on, off = ("\x1b[7m", "\x1b[27m") if color_enabled() else ("", "")
    fields = {code: _cell(t(f"attempts.field.{code}"), FIELD_WIDTH) for code in FIELDS}
    names: dict[str, str] = {}
    days: dict[date | None, str] = {}
    lines = []
    # One call for all texts (flattened to one line each first): neutralising
    # ten thousand short strings one by one costs more than the search.
    texts = neutralise("\n".join(" ".join(hit.text.split()) for hit in hits)).split("\n")
    for hit, flat in zip(hits, texts, strict=True):
        name = names.get(hit.customer)
        if name is None:
            name = names[hit.customer] = _cell(hit.name, NAME_WIDTH)
        day = days.get(hit.day)
        if day is None:
            day = days[hit.day] = _cell(day_text(hit.day) if hit.day else "-", DAY_WIDTH)
        text, start, end = snippet(flat, folded, room)
        if end > start and on:
            text = f"{text[:start]}{on}{text[start:end]}{off}{text[end:]}"
        lines.append(f"{day} {name} {fields.get(hit.field, hit.field)} {text}".rstrip(" "))
    sys.stdout.write("\n".join(lines) + "\n")


def _cell(text: str, width: int) -> str:
    """``text`` on one line, cut with an ellipsis or padded to ``width`` cells."""
    from rich.cells import cell_len, set_cell_size

    from relj.render import neutralise

    flat = neutralise(" ".join(text.split()))
    if cell_len(flat) > width:
        return set_cell_size(flat, width - 1) + "…"
    return set_cell_size(flat, width)


def search_json(query: str, hits: list[Hit]) -> JsonObject:
    """SPEC §5: ``{"schema":1, "query", "hits":[{customer, name, date, field, text}]}``;
    ``date`` is null for a contact, which has no day."""
    return {"schema": 1, "query": query, "hits": [
        {"customer": h.customer, "name": h.name,
         "date": h.day.isoformat() if h.day else None, "field": h.field, "text": h.text}
        for h in hits]}
