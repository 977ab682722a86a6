"""Every user-facing sentence, in English and German.

Messages live in ``relj/messages/<area>.py`` as ``MESSAGES = {key: {"en": ..., "de": ...}}``
with keys ``<area>.<name>``. Keeping both languages side by side makes a missing
translation obvious in review, and splitting by area means ``relj due`` imports
only the sentences it prints. Python modules (not TOML) because they load from
bytecode: the catalogue is on the start-up path of every command.

A count chooses its words inside the sentence: ``{days:# day|# days}`` is "1 day" or
"3 days", ``{days:jeden Tag|alle # Tage}`` is "jeden Tag" or "alle 3 Tage" (``#`` is the
number); three forms are for zero, one and more (``{days:today|yesterday|# days ago}``).
One key per sentence, however many counts it holds, and the placeholder names
stay the same in both languages (tests/test_messages.py compares them).
"""

from __future__ import annotations

import importlib
import os
import re
from typing import Any

LANGUAGES = ("en", "de")
_lang = "en"
_catalogues: dict[str, dict[str, dict[str, str]]] = {}


# {name:one|other} or {name:zero|one|other}: a format spec with a bar is a plural
# choice, never a real spec.
_PLURAL = re.compile(r"\{(\w+):([^{}|]*)\|([^{}|]*)(?:\|([^{}|]*))?\}")


def _is_one(value: object) -> bool:
    return value == 1 or str(value) == "1"


def plural(text: str, fields: dict[str, Any]) -> str:
    """``text`` with each ``{name:one|other}`` replaced by the form its count needs."""
    def choose(found: re.Match[str]) -> str:
        name, first, second, third = found.groups()
        value = fields[name]
        if third is None:  # one|other
            form = first if _is_one(value) else second
        else:  # zero|one|other
            form = first if value == 0 else second if _is_one(value) else third
        return form.replace("#", str(value))
    return _PLURAL.sub(choose, text)


def set_lang(lang: str) -> None:
    global _lang
    _lang = lang if lang in LANGUAGES else "en"


def current_lang() -> str:
    return _lang


def lang_from_environment(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The language the user's locale asks for (POSIX order: LC_ALL, LC_MESSAGES, LANG)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def catalogue(area: str) -> dict[str, dict[str, str]]:
    if area not in _catalogues:
        module = importlib.import_module(f"relj.messages.{area}")
        _catalogues[area] = module.MESSAGES
    return _catalogues[area]


def t(message_key: str, lang: str | None = None, **fields: Any) -> str:
    """The sentence for ``message_key`` in the current language, with ``fields`` filled in."""
    area = message_key.split(".", 1)[0]
    entry = catalogue(area)[message_key]
    text = entry[lang or _lang]
    if not fields:
        return text
    if "|" in text:
        text = plural(text, fields)
    return text.format(**fields)


def label(kind: str, code: str) -> str:
    """The screen label of a stable code: ``label("channel", "call")`` is "call" or "Anruf"."""
    return t(f"labels.{kind}.{code}")


def kind_label(genuine: bool, channel: str | None) -> str:
    """"genuine" or "check-in"; German tells a control visit (Kontrollbesuch) from
    any other control contact (Kontrollkontakt), as the coaching texts do."""
    if genuine:
        return t("labels.genuine")
    return t("labels.check_in_visit" if channel == "visit" else "labels.check_in")


def money(value: int | float, currency: str | None, lang: str | None = None) -> str:
    """An amount as the language writes it: 12,000.50 EUR or 12.000,50 EUR."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    if (lang or _lang) == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return f"{text} {currency}" if currency else text
