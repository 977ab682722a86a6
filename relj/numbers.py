"""Amounts typed on the command line (``relj offer --value``), in English and German.

Pure, like relj.dates. Accepted: ``12000``, ``9.5``, ``1e15``, a decimal comma
(``12000,50``), and thousands grouped the German way (``12.000,50``,
``1.000.000``) or the English way (``12,000.50``, ``1,000,000``). A form that
reads as two different amounts is refused, never guessed: ``12,000`` and
``12.000`` (twelve thousand, or twelve?) are refused with a hint naming both
readings. Every refusal is a ReljError, so the command prints one line and
exits 1 (the rule for bad input), like an amount out of range.
"""

from __future__ import annotations

import re

from relj.errors import ReljError
from relj.i18n import current_lang

# [0-9], never \d: \d also matches other scripts' digits.
_PLAIN = re.compile(r"^([0-9]+)(?:([.,])([0-9]+))?(e[+-]?[0-9]+)?$")
_GERMAN_GROUPS = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?$")
_ENGLISH_GROUPS = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")


def parse_amount(text: str) -> float:
    """The amount ``text`` names, as a float (the caller checks its bounds).

    Refused with ``core.bad_offer_value`` (not a number: ``abc``, ``-5``,
    ``nan``) or ``input.ambiguous_amount`` (``12,000``: which one?)."""
    value = text.strip().casefold()
    readings: list[float] = []
    plain = _PLAIN.match(value)
    if plain:
        whole, _, fraction, exponent = plain.groups()
        readings.append(float(f"{whole}.{fraction or 0}{exponent or ''}"))
    if _GERMAN_GROUPS.match(value):
        readings.append(float(value.replace(".", "").replace(",", ".")))
    if _ENGLISH_GROUPS.match(value):
        readings.append(float(value.replace(",", "")))
    distinct = sorted(set(readings))
    if not distinct:
        raise ReljError("core.bad_offer_value", value=text.strip())
    if len(distinct) > 1:
        small, big = distinct[0], distinct[-1]
        raise ReljError("input.ambiguous_amount", value=text.strip(),
                        big=_amount_text(big), small=_amount_text(small))
    return distinct[0]


def _amount_text(amount: float) -> str:
    """12000.0 -> '12000'; 12.5 -> '12.5' (German: '12,5'); 12.0 -> '12.0' ('12,0')."""
    if amount.is_integer() and amount >= 1000:
        return str(int(amount))
    text = repr(amount)
    return text.replace(".", ",") if current_lang() == "de" else text
