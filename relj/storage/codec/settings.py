"""The settings file's schema: relj.toml -> ``Settings``, with the line of a wrong key.

Which keys exist and what they default to is ``relj.settings``' business; this
module reads the file, reports a wrong type at its line, and checks that
every cadence is a duration, since a bad one would break every ``due``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.storage.codec.read import load_toml
from relj.storage.codec.toml_text import line_of

if TYPE_CHECKING:
    from relj.settings import Settings


def parse_settings(path: str, data: bytes) -> Settings:
    """Settings from the bytes of relj.toml, or FileProblem (path:line: message)."""
    from relj.errors import FileProblem
    from relj.settings import settings_from_dict

    doc, text = load_toml(path, data)
    settings, wrong = settings_from_dict(doc)
    if wrong:
        key = wrong[0][0]
        raise FileProblem(path, line_of(text, key.split(".")[-1]), "core.wrong_setting", key=key)
    _check_cadences(path, text, settings)
    return settings


def _check_cadences(path: str, text: str, settings: Settings) -> None:
    """A cadence in relj.toml that is not a duration would break every `due`: say where."""
    from relj.dates import parse_duration
    from relj.errors import FileProblem, ReljError

    named = [("cadence", "default", settings.cadence_default)]
    named += [("cadence.tags", tag, value) for tag, value in settings.cadence_tags.items()]
    for table, key, value in named:
        try:
            parse_duration(value)
        except ReljError:
            raise FileProblem(path, line_of(text, key, table), "core.bad_cadence", key=key,
                              value=value) from None
