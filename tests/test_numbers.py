"""Amounts as typed for `relj offer --value`: a decimal comma and German thousands
are read; a form that reads as two amounts is refused with both readings (exit 1)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from relj.errors import ReljError
from relj.i18n import set_lang
from relj.numbers import parse_amount
from tests.helpers import init_journal, invoke, snapshot


@pytest.mark.parametrize(("text", "expected"), [
    ("12000", 12000), ("9.5", 9.5), ("1e15", 1e15), (" 0 ", 0),
    ("12000,50", 12000.5), ("0,5", 0.5), ("12000.500", 12000.5),
    ("12.000,50", 12000.5), ("1.000.000", 1_000_000), ("1.234.567,89", 1234567.89),
    ("12,000.50", 12000.5), ("1,000,000", 1_000_000),
])
def test_amounts_are_read_with_a_decimal_comma_and_thousands(text: str,
                                                             expected: float) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(("text", "lang", "hint"), [
    ("12,000", "en", "write 12000 or 12.0"),
    ("12.000", "en", "write 12000 or 12.0"),
    ("12,000", "de", "Schreiben Sie 12000 oder 12,0"),
    ("1.500", "de", "Schreiben Sie 1500 oder 1,5"),
])
def test_an_amount_that_reads_two_ways_is_refused_naming_both(text: str, lang: str,
                                                              hint: str) -> None:
    set_lang(lang)
    try:
        with pytest.raises(ReljError) as caught:
            parse_amount(text)
        assert caught.value.key == "input.ambiguous_amount"
        assert hint in caught.value.message()
    finally:
        set_lang("en")


@pytest.mark.parametrize("text", ["abc", "-5", "nan", "inf", "1,2.5", "1..5", "12,00,000",
                                  "", "١٢", "1.2.3,4,5"])
def test_what_is_no_amount_is_refused(text: str) -> None:
    with pytest.raises(ReljError) as caught:
        parse_amount(text)
    assert caught.value.key == "core.bad_offer_value"


def _offer_value(root: Path) -> object:
    data = tomllib.loads((root / "customers" / "acme.toml").read_text(encoding="utf-8"))
    return data["offer"][-1]["value"]


@pytest.mark.parametrize(("typed", "stored"), [("12000,50", 12000.5), ("12.000,50", 12000.5),
                                               ("12000", 12000)])
def test_a_german_offer_value_is_stored(tmp_path: Path, typed: str, stored: float) -> None:
    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Acme").exit_code == 0
    result = invoke(root, "--lang", "de", "offer", "acme", "Wartung", "--value", typed)
    assert result.exit_code == 0, result.output
    assert _offer_value(root) == stored


def test_an_ambiguous_offer_value_is_one_german_line_exit_1_nothing_written(
        tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Acme").exit_code == 0
    before = snapshot(root / "customers")
    result = invoke(root, "--lang", "de", "offer", "acme", "Wartung", "--value", "12,000")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "relj: --value 12,000: Tausender oder Dezimalstellen? Schreiben Sie 12000 oder 12,0"]
    assert snapshot(root / "customers") == before
