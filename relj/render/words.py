"""The coach's results in words, for the screens and the JSON alike.

The analyses return message keys with fields (relj.analysis.Message, Reason,
Evidence); here they become sentences in the current language, stable codes in
the fields (signal, mood, phase) turned into their labels and dates into text: as
people read them on a screen (24.11.2026 in German), ISO for JSON (``iso=True``), so
what programs read does not change with the language.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from relj.dates import day_text
from relj.i18n import t
from relj.model import PHASE_CODES, SEPARATED, SIGNALS, Customer

if TYPE_CHECKING:
    from collections.abc import Sequence

    from relj.analysis import Fields, Message
    from relj.analysis.results import Evidence, PhaseResult, Reason

# Field names whose values are stable codes, and the label kind that names them on screen.
_LABELLED = {"signal": "signal", "mood": "mood", "phase": "phase", "channel": "channel"}


def _value(name: str, value: object, iso: bool) -> object:
    if name in _LABELLED and isinstance(value, str):
        return t(f"labels.{_LABELLED[name]}.{value}")
    if isinstance(value, datetime):
        return value.isoformat() if iso else day_text(value.date())
    if isinstance(value, date):
        return value.isoformat() if iso else day_text(value)
    return value


def say(key: str, fields: Fields = (), *, iso: bool = False, **more: object) -> str:
    """The sentence of ``key`` with its fields, codes turned into labels; dates as the
    screen's language writes them, or ISO (``iso``, for JSON)."""
    values = {name: _value(name, value, iso) for name, value in (*fields, *more.items())}
    return t(key, None, **values)  # lang given: no field can be taken for it


# Fields an action carries without naming them in its sentence: each becomes a short
# sentence of its own after the action ("Why: ...", "Needs: ..."), nothing when empty.
_APPENDED = ("why", "needs")


def say_message(msg: Message, *, iso: bool = False) -> str:
    """The sentence of ``msg``; its ``why`` and ``needs`` fields, when set, follow it."""
    text = say(msg.key, msg.fields, iso=iso)
    values = dict(msg.fields)
    for name in _APPENDED:
        value = values.get(name)
        if isinstance(value, str) and value.strip():
            shown = why_text(value) if name == "why" else value
            text += " " + t(f"coach.action.add.{name}", **{name: shown.rstrip(". ")})
    return text


def phase_name(code: str) -> str:
    return t(f"labels.phase.{code}")


def evidence_text(ev: Evidence, *, iso: bool = False) -> str:
    # Transitions (start, fade, calm, ...) are no signals and their sentences name none.
    return say(ev.key, ev.fields, iso=iso, signal=ev.signal if ev.signal in SIGNALS else None,
               phase=ev.phase)


def why_text(why: str) -> str:
    """dream, challenge and money in words; anything else as the user wrote it."""
    return t(f"coach.why.{why}") if why in ("dream", "challenge", "money") else why


def advice_text(customer: Customer, result: PhaseResult) -> str:
    """The advice of the phase; in struggle, with the reason you wanted this customer
    ("change it, love it or leave it" only for a struggle that came back a third time)."""
    if result.code not in (*PHASE_CODES, SEPARATED):  # "unknown": neutral advice
        return t("coach.action.phase.unknown")
    stage = ".decide" if result.code == "struggle" and result.struggles >= 3 else ""
    advice = t(f"coach.advice.{result.code}{stage}")
    if result.code != "struggle":
        return advice
    if customer.why:
        return f"{advice} {t('coach.advice.why', why=why_text(customer.why))}"
    return f"{advice} {t('coach.advice.why_missing')}"


def phase_text(result: PhaseResult) -> str:
    """The phase, since when, and the computed one beside a manual override."""
    name = phase_name(result.code)
    if result.override is not None and not result.separated and result.override != result.computed:
        known = result.computed
        computed = phase_name("unknown" if known is None else PHASE_CODES[known])
        return t("coach.phase_override", phase=name, computed=computed)
    if result.entered is None:
        return name
    return t("coach.phase_since", phase=name, day=day_text(result.entered))


def reasons_text(reasons: Sequence[Reason]) -> str:
    """What `relj due` sees in a customer today, in a few words: the acting reasons,
    then the modifiers "to watch" (SPEC §4 Principle 1: they show in show and phase)."""
    acting = [say(f"coach.short.{r.code}", r.fields) for r in reasons if r.acts]
    watch = [say(f"coach.short.{r.code}", r.fields) for r in reasons if not r.acts]
    parts = [", ".join(acting)] if acting else []
    if watch:
        parts.append(t("screen.watch", items=", ".join(watch)))
    return "; ".join(parts)
