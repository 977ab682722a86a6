"""The pieces every screen is made of: the console of a screen, tables, plain cells, styles.

rich is imported inside the functions, so importing the kit costs nothing; a
screen's console drops the spaces rich pads lines with, so piped output and the
README carry no trailing whitespace.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, TypedDict, cast

from relj.model import SEPARATED

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod, OverflowMethod
    from rich.table import Table
    from rich.text import Text

# A colour for each phase code: the report's chart, the timeline's marks.
PHASE_STYLES = {"courtship": "cyan", "infatuation": "magenta", "disenchantment": "yellow",
                "struggle": "red", "me-you-us": "green", "home": "blue", SEPARATED: "bright_black",
                "unknown": "white"}



class ColumnOptions(TypedDict, total=False):
    """The options of rich's Table.add_column that the screens use."""

    justify: JustifyMethod
    overflow: OverflowMethod
    no_wrap: bool
    ratio: int
    width: int
    max_width: int
    style: str


# A column: its header and its options.
Column = tuple[str, ColumnOptions]


class TrimmedLines:
    """A stream that drops the spaces rich pads lines with."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.pending = ""

    def write(self, text: str) -> int:
        lines = (self.pending + text).split("\n")
        self.pending = lines.pop()
        for line in lines:
            self.stream.write(line.rstrip(" ") + "\n")
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        from relj.render import is_terminal

        return is_terminal(self.stream)

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", None) or "utf-8"


def screen() -> Console:
    """The console of a screen on stdout (see relj.render.console), lines trimmed."""
    from relj.render import console

    out = console()
    out.file = cast("IO[str]", TrimmedLines(out.file))
    return out


def table(*columns: Column, title: str | None = None, fancy: bool | None = None) -> Table:
    """A table with bold headers and no outer edge; box art only when ``fancy``
    (default: when stdout is a terminal; output meant for grep and friends gets none)."""
    from rich import box
    from rich.table import Table

    from relj.render import is_terminal

    fancy = is_terminal() if fancy is None else fancy
    result = Table(box=box.SIMPLE_HEAD if fancy else None, title=title, title_justify="left",
                   show_edge=False, pad_edge=False, header_style="bold", title_style="bold")
    for header, options in columns:
        result.add_column(header, **options)
    return result


def cells(*texts: str) -> list[Text]:
    """Plain text cells: a name like "[Acme]" must not be read as rich markup, and its
    control characters are neutralised before the table is laid out."""
    from rich.text import Text

    from relj.render import neutralise

    return [Text(neutralise(text)) for text in texts]
