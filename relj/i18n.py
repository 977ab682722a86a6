"""Every user-facing sentence, in English and German.

Messages live in ``relj/messages/<area>.py`` as ``MESSAGES = {key: {"en": ..., "de": ...}}``
with keys ``<area>.<name>``. Keeping both languages side by side makes a missing
translation obvious in review, and splitting by area means ``relj due`` imports
only the sentences it prints. Python modules (not TOML) because they load from
bytecode: the catalogue is on the start-up path of every command.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

LANGUAGES = ("en", "de")
_lang = "en"
_catalogues: dict[str, dict[str, dict[str, str]]] = {}


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
    return text.format(**fields) if fields else text


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
