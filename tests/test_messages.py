"""Every message catalogue speaks both languages, with the same placeholders."""

from __future__ import annotations

import importlib
import pkgutil
import string

import pytest

import relj.messages
from relj.analysis.mood import CRISIS_MOODS
from relj.model import MOODS, PHASE_CODES, SEPARATED, SIGNALS
from relj.settings import DEFAULT_POINTS


def _areas() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(relj.messages.__path__))


def _all_messages() -> list[tuple[str, str, dict[str, str]]]:
    found = []
    for area in _areas():
        module = importlib.import_module(f"relj.messages.{area}")
        found.extend((area, key, entry) for key, entry in module.MESSAGES.items())
    return found


MESSAGES = _all_messages()


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_there_are_catalogues_to_check() -> None:
    assert {"coach", "labels"} <= set(_areas())
    assert len(MESSAGES) > 100


@pytest.mark.parametrize(("area", "key", "entry"), MESSAGES, ids=[m[1] for m in MESSAGES])
def test_every_message_has_english_and_german_with_the_same_placeholders(
        area: str, key: str, entry: dict[str, str]) -> None:
    assert key.startswith(f"{area}."), "a key names its catalogue"
    assert set(entry) >= {"en", "de"}
    assert entry["en"].strip() and entry["de"].strip()
    assert _placeholders(entry["en"]) == _placeholders(entry["de"])


def _keys() -> set[str]:
    return {key for _, key, _ in MESSAGES}


def test_every_code_the_coach_names_has_its_words() -> None:
    keys = _keys()
    wanted = {f"labels.signal.{s}" for s in SIGNALS}
    wanted |= {f"labels.mood.{m}" for m in MOODS}
    wanted |= {f"labels.phase.{p}" for p in (*PHASE_CODES, SEPARATED)}
    wanted |= {f"coach.advice.{p}" for p in (*PHASE_CODES, SEPARATED)}
    wanted |= {f"coach.action.phase.{p}" for p in PHASE_CODES}
    wanted |= {f"coach.action.support.{m}" for m in CRISIS_MOODS}
    wanted |= {f"coach.short.{code}" for code in DEFAULT_POINTS}
    assert wanted - keys == set()


# Every key the code names (not only the coach's) is checked in tests/test_meta.py.
