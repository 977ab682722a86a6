"""The cached facts (.relj/facts) and listing rows (.relj/listing): a new day, a new
relj.toml or a new analysis version is judged again without TOML, and every
answer is the one the files give."""

from __future__ import annotations

import os
import pickle
import shutil
import sys
from pathlib import Path

import pytest

from relj.analysis import due as due_analysis
from relj.storage import cache, version
from relj.storage.codec import parse_customer
from relj.storage.facts import FACTS_FILE, LISTING_FILE, pack, unpack
from relj.storage.journal import Journal
from tests.helpers import invoke

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-24"
LISTINGS = [["due", "--all", "--json"], ["due"], ["list"], ["list", "--json"], ["phase"],
            ["phase", "--json"], ["report"], ["list", "--tag", "key-account"],
            ["list", "--phase", "struggle"], ["--lang", "de", "list"]]


@pytest.fixture(autouse=True)
def _own_version() -> object:
    yield
    version._KNOWN.clear()  # a test that changed the version leaves none behind


def files_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    original = Journal.read_bytes_and_stat
    monkeypatch.setattr(Journal, "read_bytes_and_stat",
                        lambda self, slug: read.append(slug) or original(self, slug))
    return read


def answers(root: Path, today: str) -> list[tuple[int, str]]:
    found = []
    for args in LISTINGS:
        result = invoke(root, "--today", today, *args)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        found.append((result.exit_code, result.output))
    return found


def cold(root: Path, today: str) -> list[tuple[int, str]]:
    """What each listing says with no cache at all, one after the other."""
    found = []
    for args in LISTINGS:
        shutil.rmtree(root / ".relj", ignore_errors=True)
        result = invoke(root, "--today", today, *args)
        found.append((result.exit_code, result.output))
    return found


def test_facts_give_back_the_customer_the_file_gives() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import customer_text

    texts = {p.stem: p.read_bytes() for p in (ROOT / "examples/journal/customers").glob("*")}
    texts |= {f"bench-{n}": customer_text(n, 40).encode() for n in range(5)}
    for slug, data in texts.items():
        customer = parse_customer(slug, slug, data)
        again = unpack(slug, pack(customer))
        assert again == customer
        assert again.raw == {}  # the only field left out
        assert [i.at for i in again.interactions] == [i.at for i in customer.interactions]


def test_a_day_passing_reads_no_file_and_says_what_the_files_say(
        example_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers(example_journal, TODAY)
    read = files_read(monkeypatch)
    for today in ("2026-11-25", "2026-11-26", "2027-01-10"):
        warm = answers(example_journal, today)
        assert read == [], f"{today}: read {read}"
        assert warm == cold(example_journal, today)
        answers(example_journal, today)  # the cold runs left a cache: rebuild it
        read.clear()


def test_a_changed_relj_toml_is_judged_again_from_the_facts(
        example_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers(example_journal, TODAY)
    settings = example_journal / "relj.toml"
    settings.write_text(settings.read_text() + '\n[cadence]\ndefault = "5d"\n')
    read = files_read(monkeypatch)
    warm = answers(example_journal, TODAY)
    assert read == []
    assert warm == cold(example_journal, TODAY)


def test_a_new_analysis_version_judges_again(
        example_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The judgement of yesterday's code is not shown by today's: an edited analysis
    (here: an action that says so) shows at once, with or without the day changing."""
    from relj.analysis import message

    invoke(example_journal, "--today", TODAY, "due", "--json")
    original = due_analysis.action_of
    monkeypatch.setattr(due_analysis, "action_of",
                        lambda *a: message("coach.action.pressure") if a else original(*a))
    same_code = invoke(example_journal, "--today", TODAY, "due", "--json").output
    version._KNOWN[:] = ["an edited analysis"]
    new_code = invoke(example_journal, "--today", TODAY, "due", "--json").output
    assert same_code != new_code  # the cached judgement was kept only for the same code
    shutil.rmtree(example_journal / ".relj")
    assert invoke(example_journal, "--today", TODAY, "due", "--json").output == new_code


def test_the_version_changes_with_any_analysis_source(tmp_path: Path) -> None:
    package = tmp_path / "relj"
    shutil.copytree(ROOT / "relj", package)
    before = version.version_of(package)
    assert version.version_of(package) == before
    target = package / "analysis" / "due.py"
    target.write_text(target.read_text() + "\n# edited\n")
    assert version.version_of(package) != before
    (package / "analysis" / "new_rule.py").write_text("")
    assert version.version_of(package) != before


@pytest.mark.parametrize("name", [FACTS_FILE, LISTING_FILE])
@pytest.mark.parametrize("damage", ["cut", "garbage", "planted", "foreign"])
def test_damaged_or_planted_stores_are_thrown_away(example_journal: Path, tmp_path: Path,
                                                   name: str, damage: str) -> None:
    answers(example_journal, TODAY)
    target = example_journal / ".relj" / name
    marker = tmp_path / "ran"
    data = target.read_bytes()
    if damage == "cut":
        data = data[: len(data) // 2]
    elif damage == "garbage":
        data = cache.MAGIC + b"\x80\x05garbage"
    elif damage == "planted":  # code to run, dressed as a store of this version
        evil = pickle.dumps((version.code_version(), {
            "harbor-lane-bakery": ((0, 0, 0, 0), pickle.dumps(_Evil(marker)))}))
        data = cache.MAGIC + evil
    else:  # another journal's store: same slugs, other files
        other = tmp_path / "other"
        shutil.copytree(ROOT / "examples" / "journal", other,
                        ignore=shutil.ignore_patterns(".relj"))
        for path in (other / "customers").glob("*.toml"):
            path.write_text(path.read_text().replace("name = ", "name = \"X\"\nold = "))
            os.utime(path, (1_700_000_000, 1_700_000_000))  # not "racy": its facts are kept
        answers(other, "2026-11-25")
        data = (other / ".relj" / name).read_bytes()
    target.write_bytes(data)
    for today in (TODAY, "2026-11-25"):
        warm = answers(example_journal, today)
        assert warm == cold(example_journal, today)
    assert not marker.exists()


class _Evil:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (os.mkdir, (str(self.marker),))


def test_listing_rows_keyed_by_day_stat_and_version_are_safe_to_plant_a_class_in(
        example_journal: Path, tmp_path: Path) -> None:
    """A row that builds anything but relj's own result types is made again from the file."""
    answers(example_journal, TODAY)
    store = example_journal / ".relj" / LISTING_FILE
    stored = cache.load_plain(store.read_bytes())
    assert isinstance(stored, tuple)
    code, rows = stored
    marker = tmp_path / "ran"
    rows = {slug: (key, pickle.dumps(_Evil(marker))) for slug, (key, _) in rows.items()}
    store.write_bytes(cache.MAGIC + pickle.dumps((code, rows)))
    assert answers(example_journal, TODAY) == cold(example_journal, TODAY)
    assert not marker.exists()


def test_all_customers_from_facts_equal_the_parsed_ones(example_journal: Path) -> None:
    from relj.catalogue.customers import all_customers

    journal = Journal(example_journal)
    first, problems = all_customers(journal)
    again, _ = all_customers(journal)  # now from the facts
    parsed, parse_problems = journal.load_all()
    assert first == again == parsed and problems == parse_problems == []
    (example_journal / "customers" / "zz-broken.toml").write_text('name = "x\n')
    _, problems = all_customers(journal)
    assert [p.path for p in problems] == [p.path for p in journal.load_all()[1]]


def test_a_log_then_a_new_day_reads_only_the_logged_file(
        example_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers(example_journal, TODAY)
    assert invoke(example_journal, "--today", TODAY, "log", "harbor-lane-bakery",
                  "--concern", "Spring order", "--channel", "call").exit_code == 0
    read = files_read(monkeypatch)
    warm = answers(example_journal, "2026-11-25")
    assert set(read) <= {"harbor-lane-bakery"}
    assert warm == cold(example_journal, "2026-11-25")


def test_interactions_are_rebuilt_field_by_field_in_their_order() -> None:
    """facts._interactions sets each slot itself (speed): its field list must be
    Interaction's, and what it builds must equal what Interaction(...) builds."""
    from dataclasses import fields
    from datetime import UTC, date, datetime

    from relj.model import Customer, Interaction
    from relj.storage.facts import _FIELDS, decode, encode

    assert _FIELDS == tuple(f.name for f in fields(Interaction))
    items = (Interaction("a", date(2026, 1, 2), "call", "Ann", True, "c", "active", True,
                         ("trust", "delay"), "later", "o-1", date(2026, 2, 1), "n", "me", False),
             Interaction("b", datetime(2026, 1, 3, 9, 30, tzinfo=UTC)))
    customer = Customer("s", "S", interactions=items)
    rebuilt = decode("s", encode(customer)).interactions
    assert rebuilt == items
    assert [repr(i) for i in rebuilt] == [repr(i) for i in items]
