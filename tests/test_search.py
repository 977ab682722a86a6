"""`relj search` (SPEC §3, §5): accents and case both ways, newest first, filters, JSON,
broken files reported, and the folded text kept in .relj/search (a cache only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relj.analysis.search import fold_plain, matching, query_pair
from tests.helpers import init_journal, invoke, write_customer

TODAY = "2026-11-24"
MUELLER = """name = "Müller Maschinenbau"

[[contact]]
name = "Anna Überall"
role = "Einkauf"
email = "anna@example.com"

[[offer]]
id = "o-1"
what = "Wartung ohne Überraschungen"
opened = 2026-09-01

[[interaction]]
id = "i-1"
at = 2026-10-01T10:00:00+02:00
genuine = true
concern = "Keine Überraschungen bei der Lieferung"

[[interaction]]
id = "i-2"
at = 2026-11-20
genuine = false
note = "Sagte: ueberraschend ruhig"

[[interaction]]
id = "i-3"
at = 2026-12-20
genuine = true
concern = "Überraschung in der Zukunft"
"""
ACME = """name = "Acme"

[[interaction]]
id = "a-1"
at = 2026-11-01
genuine = true
concern = "Price without surprises (überraschungsfrei)"
"""


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    root = init_journal(tmp_path / "j")
    write_customer(root, "mueller", MUELLER)
    write_customer(root, "acme", ACME)
    return root


def _json(root: Path, *args: str) -> dict[str, object]:
    result = invoke(root, "search", *args, "--json", today=TODAY)
    assert result.exit_code == 0, result.output
    found: dict[str, object] = json.loads(result.stdout)
    return found


def _hits(root: Path, *args: str) -> list[tuple[str, str | None, str]]:
    return [(h["customer"], h["date"], h["field"]) for h in _json(root, *args)["hits"]]  # type: ignore


@pytest.mark.parametrize("query", ["uberraschung", "ueberraschung", "Überraschung",
                                   "ÜBERRASCHUNG", "überraschung"])
def test_accents_and_case_are_ignored_both_ways(journal: Path, query: str) -> None:
    assert _hits(journal, query) == [
        ("acme", "2026-11-01", "concern"),
        ("mueller", "2026-10-01", "concern"),
        ("mueller", "2026-09-01", "offer"),
    ]


def test_newest_first_and_contacts_last_and_the_future_left_out(journal: Path) -> None:
    assert _hits(journal, "a")[-1] == ("mueller", None, "contact")
    days = [d for _, d, _ in _hits(journal, "e") if d]
    assert days == sorted(days, reverse=True) and "2026-12-20" not in days


def test_the_json_is_spec_section_5(journal: Path) -> None:
    found = _json(journal, "ruhig")
    assert found == {"schema": 1, "query": "ruhig", "hits": [
        {"customer": "mueller", "name": "Müller Maschinenbau", "date": "2026-11-20",
         "field": "note", "text": "Sagte: ueberraschend ruhig"}]}


def test_customer_and_since_narrow_the_hits(journal: Path) -> None:
    assert _hits(journal, "uberrasch", "--customer", "acme") == [
        ("acme", "2026-11-01", "concern")]
    assert _hits(journal, "ueberrasch", "--since", "15.10.2026") == [
        ("mueller", "2026-11-20", "note"), ("acme", "2026-11-01", "concern")]
    assert _hits(journal, "anna", "--since", "2026-01-01") == []  # a contact has no day


def test_contacts_are_found_by_name_role_and_email(journal: Path) -> None:
    for query in ("uberall", "einkauf", "example.com"):
        assert _hits(journal, query) == [("mueller", None, "contact")]


def test_a_broken_file_is_reported_and_the_rest_searched(journal: Path) -> None:
    write_customer(journal, "broken", 'name = "x"\n[[interaction]\n')
    for _ in range(2):  # cold, then warm from the cache
        result = invoke(journal, "search", "surprises", "--json", today=TODAY)
        assert result.exit_code == 0
        assert result.stderr.count("\n") == 1 and "broken.toml:" in result.stderr
        assert [h["customer"] for h in json.loads(result.stdout)["hits"]] == ["acme"]


def test_the_cache_follows_changed_files_and_survives_damage(journal: Path) -> None:
    assert _hits(journal, "lieferung")
    assert (journal / ".relj" / "search").exists()
    write_customer(journal, "mueller", MUELLER.replace("Lieferung", "Montage"))
    assert _hits(journal, "lieferung") == []
    (journal / ".relj" / "search").write_bytes(b"garbage")
    assert _hits(journal, "montage") == [("mueller", "2026-10-01", "concern")]


def test_the_screen_fits_80_columns_and_is_plain_when_piped(journal: Path) -> None:
    write_customer(journal, "long", 'name = "' + "Lang" * 30 + '"\n[[interaction]]\nid = "l"\n'
                   'at = 2026-11-02\nconcern = "' + "word " * 40 + 'Überraschung ' +
                   "tail " * 40 + '"\n')
    result = invoke(journal, "search", "uberraschung", today=TODAY)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("4 hits")
    assert all(len(line) <= 80 for line in lines) and "\x1b" not in result.stdout
    assert "Überraschung" in lines[1]  # the long text is cut around its match


def test_nothing_found_and_an_empty_query(journal: Path) -> None:
    result = invoke(journal, "--lang", "de", "search", "zebra", today=TODAY)
    assert result.exit_code == 0 and "Nichts gefunden" in result.stdout
    assert invoke(journal, "search", "  ", today=TODAY).exit_code == 2


def test_control_characters_from_files_are_neutralised(journal: Path) -> None:
    write_customer(journal, "evil", 'name = "Evil\\u001b[2J"\n[[interaction]]\nid = "e"\n'
                   'at = 2026-11-03\nconcern = "bad \\u001b]52;c;eA==\\u0007 surprises"\n')
    result = invoke(journal, "search", "surprises", today=TODAY)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_matching_counts_lines_right() -> None:
    lines = "alpha\nbeta gamma\ngamma\ndelta gamma"
    assert matching(lines, lines, query_pair("gamma")) == [1, 2, 3]
    assert fold_plain("Straße Ünïcode") == "strasse unicode"
