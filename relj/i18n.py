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


# -- typed words for codes (relj/messages/words.py) ------------------------------

_typed_index: dict[str, dict[str, str]] = {}


def _typing_key(text: str) -> str:
    """One key for the ways a word gets typed: case, umlaut or ae/oe/ue or plain vowel,
    ß or ss, hyphens, underscores and spaces are all forgiven (``Später``, ``spaeter``,
    ``spater``; ``E-Mail``, ``email``)."""
    from relj.slugs import fold

    key = fold(text.strip())  # ä → ae, ß → ss, accents dropped, case folded
    for long, short in (("ae", "a"), ("oe", "o"), ("ue", "u")):
        key = key.replace(long, short)
    return "".join(c for c in key if c not in "-_ \t")


def _index(kind: str) -> dict[str, str]:
    """Typing key → code for one kind: the code, its English and German typed words,
    and its English and German screen labels (what a screen shows can be typed back)."""
    if kind not in _typed_index:
        from relj.messages.words import WORDS

        index: dict[str, str] = {}
        for code, words in WORDS[kind].items():
            spellings = [code, *words.values()]
            entry = catalogue("labels").get(f"labels.{kind}.{code}")
            if entry is not None:
                spellings += [entry["en"], entry["de"]]
            for spelling in spellings:
                index.setdefault(_typing_key(spelling), code)
        _typed_index[kind] = index
    return _typed_index[kind]


def code_of(kind: str, text: str) -> str | None:
    """The stable code a typed word means, or None when it means none.

    ``kind`` is one of relj.messages.words.WORDS (channel, mood, signal, closing, phase,
    why); ``code_of("mood", "genervt")`` is "annoyed", ``code_of("closing", "spaeter")``
    is "later". Files and JSON keep codes: every typed word passes through here first.
    """
    return _index(kind).get(_typing_key(text))


def accepted_words(kind: str, lang: str | None = None) -> list[str]:
    """The words to list when a typed word means no code: the German words on a German
    screen, the codes on an English one (in relj.model's order)."""
    from relj.messages.words import WORDS

    chosen = lang or _lang
    return [words["de"] if chosen == "de" else code for code, words in WORDS[kind].items()]
