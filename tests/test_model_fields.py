"""The 0.2 fields of the file format (SPEC §2) read into the model."""

from __future__ import annotations

import pytest

from relj.errors import FileProblem
from relj.storage.codec import parse_customer

FILE = b"""name = "X"
added = 2026-01-05
needs = "Termintreue vor Preis"
owner = "jan"
snooze = 2026-12-01

[[contact]]
name = "Anna"
key = true
left = 2026-10-01

[[assessment]]
on = 2026-01-05
phase = "me-you-us"
note = "Kunde seit 2015"

[[assessment]]
on = 2025-01-05
phase = 2

[[interaction]]
id = "i-1"
at = 2026-11-01
reached = false
"""


def test_the_new_fields_are_read() -> None:
    customer = parse_customer("x", "x.toml", FILE)
    assert (customer.added.isoformat(), customer.needs, customer.owner) == (
        "2026-01-05", "Termintreue vor Preis", "jan")
    assert customer.snooze is not None and customer.snooze.isoformat() == "2026-12-01"
    assert customer.contacts[0].left is not None
    assert [(a.on.isoformat(), a.phase, a.note) for a in customer.assessments] == [
        ("2025-01-05", 2, None), ("2026-01-05", 4, "Kunde seit 2015")]
    assert customer.interactions[0].reached is False


def test_an_interaction_without_reached_reached_someone() -> None:
    customer = parse_customer("x", "x.toml", b'name = "X"\n[[interaction]]\nat = 2026-11-01\n')
    assert customer.interactions[0].reached is True


@pytest.mark.parametrize("value", ['"hot"', "6", "-1", "true"])
def test_an_assessment_needs_a_phase_code_or_number(value: str) -> None:
    text = f'name = "X"\n\n[[assessment]]\non = 2026-01-05\nphase = {value}\n'.encode()
    with pytest.raises(FileProblem) as problem:
        parse_customer("x", "x.toml", text)
    assert problem.value.line == 5


def test_reached_must_be_a_boolean() -> None:
    text = b'name = "X"\n\n[[interaction]]\nat = 2026-11-01\nreached = "no"\n'
    with pytest.raises(FileProblem) as problem:
        parse_customer("x", "x.toml", text)
    assert problem.value.line == 5


@pytest.mark.parametrize(("key", "value"), [
    ("limit", "5.0"),  # crashed `relj due` (a float is no count)
    ("limit", "-1"),  # hid customers silently
    ("limit", "0"),
    ("contact_left_days", "-3"),
])
def test_due_numbers_relj_cannot_use_are_reported_by_check(tmp_path, key: str,
                                                           value: str) -> None:
    from tests.helpers import init_journal, invoke

    root = init_journal(tmp_path / "j")
    settings = root / "relj.toml"
    text = settings.read_text(encoding="utf-8")
    assert f"\n{key} = " in text
    lines = [f"{key} = {value}" if line.startswith(f"{key} = ") else line
             for line in text.splitlines()]
    settings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command in (("check",), ("due",)):
        result = invoke(root, *command)
        assert result.exit_code == 1, result.output
        assert f"due.{key}" in result.output and "Traceback" not in result.output


def test_a_deeply_nested_file_is_its_own_problem_only(tmp_path) -> None:
    from tests.helpers import init_journal, invoke

    root = init_journal(tmp_path / "j")
    assert invoke(root, "add", "Good").exit_code == 0
    (root / "customers" / "deep.toml").write_text(
        'name = "Deep"\nx = ' + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    for command in (("due", "--all"), ("list",), ("show", "good")):
        result = invoke(root, *command)
        assert result.exit_code == 0, result.output
    check = invoke(root, "check")
    assert check.exit_code == 1 and "customers/deep.toml:1:" in check.output
