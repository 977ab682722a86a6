"""`relj contact add|left|key`: the people on the customer's side, edited in place."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from relj.errors import ReljError
from relj.model import Contact
from relj.storage.people import find_contact
from tests.helpers import init_journal, invoke, snapshot, write_customer

TODAY = "2026-11-24"

# Hand-written: comments, odd spacing, a contact between interactions, no final blank line.
ACME = """# Acme, by hand
name = "Acme"   # the name
since = 2024-01-10
cadence = "3w"

[[contact]]
name = "Anna Müller"    # since 2024
role = "purchasing"
key = true              # the key contact

[[interaction]]
id = "i-1"
at = 2026-05-02
genuine = true
concern = "Spring order"
signals = ["repeat-order"]

# Tom joined in the summer
[[contact]]
name = "Tom Becker"
role = "engineering"

[[interaction]]
id = "i-2"
at = 2026-11-01
genuine = true
concern = "Winter plans"
signals = ["trust"]
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", ACME)
    return root


def _text(root: Path) -> str:
    return (root / "customers" / "acme.toml").read_text(encoding="utf-8")


def _contacts(root: Path) -> list[dict[str, object]]:
    found: list[dict[str, object]] = tomllib.loads(_text(root))["contact"]
    return found


def _changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    """The lines that differ, pairwise, for files with the same number of lines."""
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


# -- add ---------------------------------------------------------------------------------


def test_contact_add_appends_a_block_and_keeps_every_byte_before_it(root: Path) -> None:
    result = invoke(root, "contact", "add", "acme", "Lena Vogel, finance", "--email",
                    "lena@acme.example", "--phone", "+49 30 1234", today=TODAY)
    assert result.exit_code == 0, result.output
    assert "Added Lena Vogel to acme." in result.output
    text = _text(root)
    assert text.startswith(ACME)
    assert tomllib.loads(text[len(ACME):])["contact"] == [
        {"name": "Lena Vogel", "role": "finance", "email": "lena@acme.example",
         "phone": "+49 30 1234"}]


def test_contact_add_key_moves_the_key_and_changes_only_that_line(root: Path) -> None:
    result = invoke(root, "contact", "add", "acme", "Lena Vogel", "--key", today=TODAY)
    assert result.exit_code == 0, result.output
    assert "now the key contact" in result.output
    text = _text(root)
    head, tail = text[: len(ACME)], text[len(ACME):]
    assert _changed_lines(ACME, head) == [("key = true              # the key contact",
                                           "key = false              # the key contact")]
    assert tomllib.loads(tail)["contact"] == [{"name": "Lena Vogel", "key": True}]
    keys = [c["name"] for c in _contacts(root) if c.get("key")]
    assert keys == ["Lena Vogel"]


def test_the_first_person_still_there_becomes_the_key_contact(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    write_customer(root, "solo", 'name = "Solo"\nsince = 2026-01-01\n')
    assert invoke(root, "contact", "add", "solo", "Eva, CEO", today=TODAY).exit_code == 0
    data = tomllib.loads((root / "customers" / "solo.toml").read_text(encoding="utf-8"))
    assert data["contact"] == [{"name": "Eva", "role": "CEO", "key": True}]


def test_contact_add_refuses_a_person_already_there_and_a_bad_email(root: Path) -> None:
    before = snapshot(root)
    same = invoke(root, "contact", "add", "acme", "anna muller", today=TODAY)
    assert same.exit_code == 1
    assert "Anna Müller is already a contact of Acme" in same.output
    mail = invoke(root, "contact", "add", "acme", "Lena", "--email", "lena at acme", today=TODAY)
    assert mail.exit_code == 1 and "not an e-mail address" in mail.output
    empty = invoke(root, "contact", "add", "acme", " , role", today=TODAY)
    assert empty.exit_code == 2
    assert snapshot(root) == before


# -- key -----------------------------------------------------------------------------------


def test_contact_key_by_prefix_moves_the_key_in_place(root: Path) -> None:
    result = invoke(root, "contact", "key", "acme", "tom", today=TODAY)
    assert result.exit_code == 0, result.output
    assert "Tom Becker is now the key contact of acme." in result.output
    lines = _text(root).splitlines()
    assert "key = false              # the key contact" in lines
    tom = lines.index('name = "Tom Becker"')
    assert lines[tom + 1: tom + 3] == ['role = "engineering"', "key = true"]
    # Anna's key line changed and Tom's was added; every other byte is as it was
    rebuilt = _text(root).replace("key = false              #", "key = true              #")
    assert rebuilt.replace('role = "engineering"\nkey = true\n', 'role = "engineering"\n') == ACME


def test_contact_key_on_the_key_contact_writes_nothing(root: Path) -> None:
    before = snapshot(root)
    result = invoke(root, "contact", "key", "acme", "ANNA", today=TODAY)
    assert result.exit_code == 0
    assert "already the key contact" in result.output
    assert snapshot(root) == before


# -- left ----------------------------------------------------------------------------------


def test_contact_left_sets_left_on_that_person_only(root: Path) -> None:
    result = invoke(root, "contact", "left", "acme", "Becker", "--at", "2026-11-20",
                    today=TODAY)
    assert result.exit_code == 0, result.output
    assert "Tom Becker has left acme (2026-11-20)." in result.output
    assert "Still there: Anna Müller (purchasing)." in result.output
    text = _text(root)
    assert text.replace('role = "engineering"\nleft = 2026-11-20\n',
                        'role = "engineering"\n') == ACME
    shown = " ".join(invoke(root, "show", "acme", today=TODAY).output.split())
    assert "Tom Becker (engineering, left 2026-11-20)" in shown


def test_the_key_contact_leaving_restarts_the_relationship(root: Path) -> None:
    before = json.loads(invoke(root, "phase", "acme", "--json", today=TODAY).output)
    assert before["phase_name"] != "infatuation"
    result = invoke(root, "contact", "left", "acme", "anna", "--at", "2026-11-15", today=TODAY)
    assert result.exit_code == 0, result.output
    assert "the relationship starts over" in result.output
    after = json.loads(invoke(root, "phase", "acme", "--json", today=TODAY).output)
    assert after["phase_name"] == "infatuation"
    assert after["evidence"][-1]["signal"] == "contact-left"
    assert after["evidence"][-1]["date"] == "2026-11-15"
    due = json.loads(invoke(root, "due", "--json", today=TODAY).output)
    [item] = [i for i in due["items"] if i["customer"] == "acme"]
    codes = [r["code"] for r in item["reasons"]]
    assert "contact-left" in codes and "single-threaded" in codes


def test_contact_left_in_german_dates_the_echo_as_germans_read_it(root: Path) -> None:
    result = invoke(root, "--lang", "de", "contact", "left", "acme", "tom", "--at",
                    "20.11.2026", today=TODAY)
    assert result.exit_code == 0, result.output
    assert "Tom Becker hat acme verlassen (20.11.2026)." in result.output
    assert "2026-11-20" not in result.output


def test_contact_left_for_a_name_not_there_lists_the_contacts(root: Path) -> None:
    before = snapshot(root)
    result = invoke(root, "contact", "left", "acme", "Zoe", today=TODAY)
    assert result.exit_code == 1
    assert ("Acme has no contact 'Zoe'; the contacts are: Anna Müller (purchasing), "
            "Tom Becker (engineering)") in result.output
    assert snapshot(root) == before


def test_contact_left_refuses_a_second_departure_and_a_future_day(root: Path) -> None:
    assert invoke(root, "contact", "left", "acme", "tom", "--at", "2026-11-01",
                  today=TODAY).exit_code == 0
    before = snapshot(root)
    again = invoke(root, "contact", "left", "acme", "tom", today=TODAY)
    assert again.exit_code == 1 and "Tom Becker has already left (2026-11-01)" in again.output
    future = invoke(root, "contact", "left", "acme", "anna", "--at", "2026-12-24", today=TODAY)
    assert future.exit_code == 1 and "after today" in future.output
    key = invoke(root, "contact", "key", "acme", "tom", today=TODAY)
    assert key.exit_code == 1 and "cannot be the key contact" in key.output
    assert snapshot(root) == before


def test_a_key_contact_who_left_stays_on_record_when_a_new_key_is_named(root: Path) -> None:
    assert invoke(root, "contact", "left", "acme", "anna", "--at", "2026-11-15",
                  today=TODAY).exit_code == 0
    assert invoke(root, "contact", "add", "acme", "Lena Vogel, purchasing", "--key",
                  today=TODAY).exit_code == 0
    keys = {c["name"]: c.get("key") for c in _contacts(root)}
    assert keys == {"Anna Müller": True, "Tom Becker": None, "Lena Vogel": True}
    phase = json.loads(invoke(root, "phase", "acme", "--json", today=TODAY).output)
    assert phase["phase_name"] == "infatuation"  # the restart is still in the record


# -- matching names -----------------------------------------------------------------------


PEOPLE = (Contact("Anna Müller"), Contact("Anne Schulz", role="sales"), Contact("Tom Becker"))


@pytest.mark.parametrize(("query", "index"), [
    ("anna muller", 0), ("ANNA MUELLER", 0), ("Anna Müller", 0), ("anne", 1), ("tom", 2),
    ("becker", 2), ("t", 2), ("schultz", None),
])
def test_names_match_whole_then_by_a_unique_prefix_of_the_name_or_a_word(
        query: str, index: int | None) -> None:
    if index is None:
        with pytest.raises(ReljError) as error:
            find_contact(PEOPLE, query, "Acme")
        assert error.value.key == "people.unknown_contact"
    else:
        assert find_contact(PEOPLE, query, "Acme").index == index


def test_an_ambiguous_prefix_lists_the_people_it_fits() -> None:
    with pytest.raises(ReljError) as error:
        find_contact(PEOPLE, "ann", "Acme")
    assert error.value.key == "people.ambiguous_contact"
    assert error.value.fields["contacts"] == "Anna Müller, Anne Schulz (sales)"


def test_a_customer_without_contacts_says_how_to_add_one() -> None:
    with pytest.raises(ReljError) as error:
        find_contact((), "anna", "Acme")
    assert "relj contact add" in error.value.message()


# -- several people carry it: the advice from phase 1 on ---------------------------------


@pytest.mark.parametrize(("body", "phase"), [
    ("since = 2026-11-01\n", "infatuation"),
    ('since = 2025-01-01\n\n[[assessment]]\non = 2026-11-01\nphase = "struggle"\n', "struggle"),
    ('since = 2020-01-01\n\n[[assessment]]\non = 2026-11-01\nphase = "home"\n', "home"),
])
def test_one_contact_is_a_modifier_in_every_phase_after_the_win(tmp_path: Path, body: str,
                                                                 phase: str) -> None:
    root = init_journal(tmp_path / "j")
    write_customer(root, "solo", f'name = "Solo"\n{body}\n[[contact]]\nname = "Eva"\nkey = true\n')
    shown = invoke(root, "phase", "solo", today=TODAY).output
    assert phase in shown and "only one contact" in shown
    assert invoke(root, "contact", "add", "solo", "Max, finance", today=TODAY).exit_code == 0
    assert "only one contact" not in invoke(root, "phase", "solo", today=TODAY).output


def test_a_prospect_is_not_told_to_find_a_second_contact(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    write_customer(root, "lead", 'name = "Lead"\nadded = 2026-11-01\n')
    assert "only one contact" not in invoke(root, "phase", "lead", today=TODAY).output
