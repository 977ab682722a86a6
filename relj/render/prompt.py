"""Questions on the terminal for `relj log` (only ever asked when stdin is a terminal).

Prompts go to stderr so stdout stays clean; each question can be skipped with
Enter. ``read`` is injectable so the questions can be tested without a terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from relj.errors import ReljError
from relj.i18n import t

Reader = Callable[[], str]


def _read_line() -> str:
    return input()


def interactive() -> bool:
    try:
        return sys.stdin.isatty() and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def ask(question: str, read: Reader = _read_line) -> str:
    sys.stderr.write(question + " ")
    sys.stderr.flush()
    try:
        return read().strip()
    except EOFError:
        raise ReljError("core.aborted") from None


def ask_choice(question: str, choices: Sequence[tuple[str, str]], read: Reader = _read_line,
               many: bool = False) -> list[str]:
    """A numbered menu on one or two lines; answers by number, code or label prefix."""
    menu = _menu([f"{n}) {label}" for n, (_, label) in enumerate(choices, start=1)])
    hint = t("core.prompt_many") if many else t("core.prompt_skip")
    while True:
        sys.stderr.write(f"{question}\n  {menu}\n")
        answer = ask(hint, read)
        if not answer:
            return []
        kind = _kind_of(choices)
        picked = [_pick(part, choices, kind) for part in answer.replace(",", " ").split()]
        if all(picked) and (many or len(picked) == 1):
            return [p for p in picked if p]
        sys.stderr.write(t("core.prompt_again") + "\n")


def _menu(items: list[str]) -> str:
    """Menu items on as few lines as fit the terminal, never broken inside an item."""
    import shutil

    width = max(40, shutil.get_terminal_size((80, 24)).columns - 1)
    lines: list[str] = []
    line = ""
    for item in items:
        candidate = f"{line}  {item}" if line else item
        if line and len(candidate) + 2 > width:
            lines.append(line)
            candidate = item
        line = candidate
    lines.append(line)
    return "\n  ".join(lines)


def _kind_of(choices: Sequence[tuple[str, str]]) -> str | None:
    """The kind of typed words (relj.messages.words) whose codes the menu offers: a
    channel menu then takes ``anruf`` on an English screen and ``call`` on a German one,
    as the command-line options do (relj.i18n.code_of)."""
    from relj.messages.words import WORDS

    codes = {code for code, _ in choices}
    return next((kind for kind, words in WORDS.items() if codes and codes <= set(words)), None)


def _pick(answer: str, choices: Sequence[tuple[str, str]], kind: str | None = None) -> str | None:
    if answer.isdigit() and 1 <= int(answer) <= len(choices):
        return choices[int(answer) - 1][0]
    lowered = answer.casefold()
    for code, label in choices:
        if lowered in (code.casefold(), label.casefold()):
            return code
    if kind is not None:  # any word of either language the options accept for this kind
        from relj.i18n import code_of

        typed = code_of(kind, answer)
        if typed is not None and any(typed == code for code, _ in choices):
            return typed
    starts = [code for code, label in choices
              if code.casefold().startswith(lowered) or label.casefold().startswith(lowered)]
    return starts[0] if len(starts) == 1 else None


def ask_until_valid(question: str, convert: Callable[[str], object], read: Reader = _read_line,
                    required: bool = False) -> object:
    """Ask until ``convert`` accepts the answer (it raises ReljError otherwise)."""
    while True:
        answer = ask(question, read)
        if not answer and not required:
            return None
        try:
            return convert(answer)
        except ReljError as error:
            sys.stderr.write(error.message() + "\n")


def show_lines(lines: list[str]) -> None:
    """Context before a question (on stderr, like the questions), text from the
    customer's file with control characters made harmless."""
    from relj.render.lines import fit_line

    for line in lines:  # broken between words, as the terminal would cut them mid-word
        sys.stderr.write(fit_line(_printable(line)) + "\n")
    sys.stderr.flush()


def _printable(text: str) -> str:
    """A customer file cannot move the cursor or clear the screen from here."""
    return "".join(char if char.isprintable() else " " for char in text)
