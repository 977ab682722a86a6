"""The typed words of the stable codes (relj/messages/words.py, relj.i18n.code_of)."""

from __future__ import annotations

import pytest

from relj.i18n import _typing_key, accepted_words, catalogue, code_of
from relj.messages.words import WORDS
from relj.model import CHANNELS, CLOSING_ANSWERS, MOODS, PHASE_CODES, SIGNALS

MODEL_CODES = {"channel": CHANNELS, "mood": MOODS, "signal": SIGNALS,
               "closing": CLOSING_ANSWERS, "phase": PHASE_CODES,
               "why": ("dream", "challenge", "money")}
PAIRS = [(kind, code) for kind, codes in WORDS.items() for code in codes]


def test_the_word_table_has_every_code_of_the_model_in_its_order() -> None:
    assert {kind: tuple(codes) for kind, codes in WORDS.items()} == MODEL_CODES


@pytest.mark.parametrize(("kind", "code"), PAIRS, ids=[f"{k}:{c}" for k, c in PAIRS])
def test_every_code_has_a_typable_german_word_that_round_trips(kind: str, code: str) -> None:
    german = WORDS[kind][code]["de"]
    assert german == german.lower() and " " not in german and german != code
    assert code_of(kind, german) == code
    assert code_of(kind, code) == code
    assert code_of(kind, WORDS[kind][code]["en"]) == code
    assert code_of(kind, german.upper()) == code


@pytest.mark.parametrize("kind", list(WORDS))
def test_no_typed_word_means_two_codes(kind: str) -> None:
    labels = catalogue("labels")
    meaning: dict[str, str] = {}
    for code, words in WORDS[kind].items():
        entry = labels.get(f"labels.{kind}.{code}", {})
        for spelling in (code, *words.values(), *entry.values()):
            key = _typing_key(spelling)
            assert meaning.setdefault(key, code) == code, (spelling, code, meaning[key])


@pytest.mark.parametrize(("kind", "typed", "code"), [
    ("closing", "später", "later"), ("closing", "spaeter", "later"),
    ("closing", "spater", "later"), ("closing", "Später", "later"),
    ("signal", "verzoegerung", "delay"), ("signal", "verzogerung", "delay"),
    ("signal", "Einwand:Preis", "objection:price"), ("signal", "Preiseinwand", "objection:price"),
    ("phase", "Ernuechterung", "disenchantment"), ("phase", "Ich-Du-Wir", "me-you-us"),
    ("channel", "E-Mail", "email"), ("channel", "Anruf", "call"),
    ("mood", "GENERVT", "annoyed"), ("why", "Wunschkunde", "dream"),
])
def test_umlauts_their_spellings_and_plain_vowels_are_all_forgiven(
        kind: str, typed: str, code: str) -> None:
    assert code_of(kind, typed) == code


@pytest.mark.parametrize(("kind", "typed"), [
    ("mood", "grumpy"), ("mood", ""), ("closing", "vielleicht"), ("signal", "einwand"),
    ("phase", "3"), ("channel", "genervt"),
])
def test_a_word_of_no_code_or_of_another_kind_means_none(kind: str, typed: str) -> None:
    assert code_of(kind, typed) is None


def test_accepted_words_are_german_on_a_german_screen_and_codes_on_an_english_one() -> None:
    assert accepted_words("closing", "de") == ["ja", "nein", "später"]
    assert accepted_words("closing", "en") == ["yes", "no", "later"]
    assert accepted_words("mood", "de")[0] == "genervt"
