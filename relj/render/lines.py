"""One-line messages that must stay readable in a narrow terminal.

A line longer than the terminal is cut by the terminal mid-word
("Abschlussa|ntwort"); on a terminal relj breaks it between words instead,
indenting what follows. Piped output stays one line, as scripts expect.
"""

from __future__ import annotations


def fit_line(text: str, width: int | None = None) -> str:
    """``text`` broken between words to fit the terminal (only on a terminal)."""
    import shutil
    import textwrap

    from relj.render import is_terminal

    if width is None:
        if not is_terminal():
            return text
        width = shutil.get_terminal_size((80, 24)).columns
    if len(text) <= width:
        return text
    return textwrap.fill(text, width, subsequent_indent="  ", break_long_words=False,
                         break_on_hyphens=False)
