"""Codes as typed on the command line: the code, or its English or German word.

SPEC §3: a German salesperson types ``--mood genervt``, ``--closing später`` or
``--phase zuhause``; the journal keeps ``annoyed``, ``later`` and ``home``. Every option
that takes a code passes its value through here (an assessed phase through
relj.storage.entries.parse_phase, which reads words the same way) before anything is
checked or written, so the rest of relj only ever sees codes. A word that means no code is one
line listing the words accepted in the user's language (German words on a German
screen, codes on an English one), with the exit code the option had before words
were accepted.
"""

from __future__ import annotations

from relj.errors import ReljUsageError
from relj.i18n import accepted_words, code_of, current_lang


def code_option(kind: str, option: str, text: str | None) -> str | None:
    """The code ``text`` means for ``option`` (None stays None); else a usage error."""
    if text is None:
        return None
    code = code_of(kind, text)
    if code is None:
        raise ReljUsageError("core.bad_option_choice", option=option, value=text,
                             choices=", ".join(accepted_words(kind)))
    return code


def codes_option(kind: str, option: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    """A repeatable option (``--signal``), each value as its code."""
    return tuple(code_option(kind, option, text) or text for text in texts)


def why_option(text: str | None) -> str | None:
    """--why: ``dream``, ``challenge`` and ``money`` (or ``wunschkunde``,
    ``herausforderung``, ``geld``) as their code; any other text is the user's own why."""
    if text is None:
        return None
    return code_of("why", text) or text


def phase_filter(text: str | None) -> str | None:
    """``list --phase``: a number 0-5, a phase's code or word, or separated (getrennt);
    else a usage error naming them."""
    from relj.i18n import t
    from relj.model import PHASE_CODES, SEPARATED
    from relj.slugs import fold

    if text is None:
        return None
    typed = text.strip()
    if typed.isdigit() and int(typed) < len(PHASE_CODES):
        return PHASE_CODES[int(typed)]
    separated = {fold(SEPARATED), fold(t("labels.phase.separated", "de"))}
    if fold(typed) in separated:
        return SEPARATED
    code = code_of("phase", typed)
    if code is None:
        ended = t("labels.phase.separated").lower() if current_lang() == "de" else SEPARATED
        choices = ", ".join(["0-5", *accepted_words("phase"), ended])
        raise ReljUsageError("core.bad_option_choice", option="--phase", value=text,
                             choices=choices)
    return code
