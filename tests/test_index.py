"""The cache in .relj/index: it speeds relj up and never changes an answer."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path
from typing import Any

import pytest

from relj import catalogue
from relj.catalogue import judging
from relj.storage import cache as index
from relj.storage.journal import Journal

TODAY = "2026-11-24"


@pytest.fixture
def due(runner: Any, example_journal: Path) -> Any:
    from relj.cli import app

    def run(*args: str) -> Any:
        result = runner.invoke(app, ["-J", str(example_journal), "--today", TODAY, "due", "--all",
                                     *args])
        assert result.exit_code == 0, result.output
        return result

    return run


def files_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the slug of every customer file relj reads, in order."""
    read: list[str] = []
    original = Journal.read_bytes_and_stat
    monkeypatch.setattr(Journal, "read_bytes_and_stat",
                        lambda self, slug: read.append(slug) or original(self, slug))
    return read


def cache_file(journal: Path) -> Path:
    return journal / ".relj" / "index"


def test_a_warm_due_says_exactly_what_a_cold_one_says(due: Any, example_journal: Path) -> None:
    cold = due("--json").stdout
    assert cache_file(example_journal).is_file()
    assert due("--json").stdout == cold
    for lang in ("en", "de"):
        cache_file(example_journal).unlink()
        fresh = due("--lang", lang).stdout
        assert due("--lang", lang).stdout == fresh


def test_the_cache_is_private(due: Any, example_journal: Path) -> None:
    due()
    assert cache_file(example_journal).stat().st_mode & 0o777 == 0o600


def test_a_warm_due_reads_no_customer_file(due: Any, example_journal: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    due()
    read = files_read(monkeypatch)
    due()
    assert read == []
    due("--today", "2026-11-25")  # another day: every file is judged again, from its facts
    assert read == []
    (example_journal / ".relj" / "facts").unlink()
    due("--today", "2026-11-26")  # without them, every file is read
    assert len(read) == len(list((example_journal / "customers").glob("*.toml")))


@pytest.mark.parametrize("damage", [
    b"",
    b"garbage",
    index.MAGIC,
    index.MAGIC + b"\x80\x05 not a pickle",
    index.MAGIC + pickle.dumps({"x": 1})[:-3],
    index.MAGIC + pickle.dumps(["not", "a", "dict"]),
    index.MAGIC + pickle.dumps({"harbor-lane-bakery": "not an entry"}),
    b"relj-index 0 0.0.1\n" + pickle.dumps({}),
])
def test_a_damaged_or_foreign_cache_is_thrown_away_and_rebuilt(
        due: Any, example_journal: Path, damage: bytes) -> None:
    expected = due("--json").stdout
    cache_file(example_journal).write_bytes(damage)
    assert due("--json").stdout == expected
    assert cache_file(example_journal).read_bytes().startswith(index.MAGIC)
    assert index.Index.load(example_journal).entries


class _Planted:
    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, ("touch planted",))


def test_a_planted_cache_cannot_run_code(due: Any, example_journal: Path,
                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    expected = due("--json").stdout
    cache_file(example_journal).write_bytes(index.MAGIC + pickle.dumps({"x": _Planted()}))
    assert due("--json").stdout == expected
    assert not (tmp_path / "planted").exists()


def test_a_file_changed_behind_relj_is_read_again(due: Any, example_journal: Path) -> None:
    due()
    path = example_journal / "customers" / "harbor-lane-bakery.toml"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    # Same size, same mtime: only the ctime (and the content) tell the change.
    changed = text.replace('name = "Harbor Lane Bakery"', 'name = "Harbor Lane Bakerz"')
    assert len(changed) == len(text) and changed != text
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert "Harbor Lane Bakerz" in due().stdout


def test_a_file_broken_behind_relj_is_reported_then_forgiven(due: Any,
                                                            example_journal: Path) -> None:
    due()
    path = example_journal / "customers" / "harbor-lane-bakery.toml"
    good = path.read_bytes()
    path.write_bytes(b"name = 'twice'\n" + good)
    broken = due()
    assert "harbor-lane-bakery.toml:" in broken.stderr
    assert "harbor-lane-bakery.toml:" in due().stderr  # the problem is cached, still said
    path.write_bytes(good)
    assert "harbor-lane-bakery.toml" not in due().stderr


def test_a_changed_relj_toml_judges_again(due: Any, example_journal: Path) -> None:
    before = json.loads(due("--json").stdout)
    settings = example_journal / "relj.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        'default = "21d"', 'default = "3d"'), encoding="utf-8")
    after = json.loads(due("--json").stdout)
    assert after != before
    cache_file(example_journal).unlink()
    assert json.loads(due("--json").stdout) == after


def test_names_come_from_the_cache(example_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = Journal(example_journal)
    first = catalogue.names(journal)
    read = files_read(monkeypatch)
    assert catalogue.names(Journal(example_journal)) == first
    assert read == []


# -- appending ----------------------------------------------------------------------


def _log(runner: Any, journal: Path, customer: str, *args: str) -> Any:
    from relj.cli import app

    return runner.invoke(app, ["-J", str(journal), "log", customer, "--concern", "Spring order",
                               "--channel", "call", "--at", "2026-11-20 10:00", *args])


def test_a_log_onto_a_known_valid_file_checks_only_the_new_block(
        runner: Any, example_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from relj.storage import codec

    assert _log(runner, example_journal, "harbor-lane-bakery").exit_code == 0  # now known
    parsed: list[bytes] = []
    original = codec.parse_customer
    monkeypatch.setattr(codec, "parse_customer",
                        lambda slug, path, data: parsed.append(data) or original(slug, path, data))
    assert _log(runner, example_journal, "harbor-lane-bakery").exit_code == 0
    assert len(parsed) == 1 and parsed[0].startswith(b'name = "-"\n\n[[interaction]]')
    text = (example_journal / "customers" / "harbor-lane-bakery.toml").read_bytes()
    assert original("x", "x", text).interactions[-1].concern == "Spring order"


def test_a_log_onto_a_file_broken_behind_relj_is_refused(runner: Any,
                                                         example_journal: Path) -> None:
    path = example_journal / "customers" / "harbor-lane-bakery.toml"
    assert _log(runner, example_journal, "harbor-lane-bakery").exit_code == 0
    broken = b"name = 'twice'\n" + path.read_bytes()
    path.write_bytes(broken)
    result = _log(runner, example_journal, "harbor-lane-bakery")
    assert result.exit_code == 1 and "harbor-lane-bakery.toml:" in result.output
    assert path.read_bytes() == broken


@pytest.mark.parametrize("text, safe", [
    (b'name = "x"\n\n[[interaction]]\nat = 2026-01-01\n', True),
    (b'name = "x"\n# interaction = [] only in a comment\n', True),
    (b'name = "x"\ninteraction = []\n', False),
    (b'name = "x"\n"interaction" = []\n', False),
    (b'name = "x"\ninteraction.at = 2026-01-01\n', False),
    (b'name = "x"\n[interaction]\nat = 2026-01-01\n', False),
    (b'name = "x"\n[ interaction.more ]\n', False),
    (b'name = "x"\n"\\u0069nteraction" = []\n', False),
])
def test_append_safe_errs_on_the_safe_side(text: bytes, safe: bool) -> None:
    assert index.append_safe(text) is safe


def test_an_inline_interaction_array_still_gets_a_full_check(runner: Any,
                                                             journal_dir: Path) -> None:
    path = journal_dir / "customers" / "odd.toml"
    path.write_text('name = "Odd"\ninteraction = []\n', encoding="utf-8")
    path.chmod(0o600)
    for _ in range(2):
        result = _log(runner, journal_dir, "odd")
        assert result.exit_code == 1 and "odd.toml:" in result.output
    assert path.read_text(encoding="utf-8") == 'name = "Odd"\ninteraction = []\n'


# -- many files: read on every core --------------------------------------------------


@pytest.fixture
def many(tmp_path: Path) -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        from generate import write_journal
    finally:
        sys.path.pop(0)
    root = write_journal(tmp_path / "many", judging.PARALLEL_FROM + 6, 12)
    customers = root / "customers"
    (customers / "customer-00003.toml").write_text('name = "Broken\n', encoding="utf-8")
    os.mkfifo(customers / "pipe.toml", 0o600)
    return root


def test_reading_on_every_core_gives_what_one_core_gives(many: Path, runner: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from relj.cli import app

    def due_json(jobs: str) -> tuple[str, str]:
        monkeypatch.setenv("RELJ_JOBS", jobs)
        (many / ".relj" / "index").unlink(missing_ok=True)
        result = runner.invoke(app, ["-J", str(many), "--today", TODAY, "due", "--all", "--json"])
        assert result.exit_code == 0, result.output
        return result.stdout, result.stderr

    alone, alone_warnings = due_json("1")
    assert "customer-00003.toml:1:" in alone_warnings and "pipe.toml:1:" in alone_warnings
    assert due_json("2") == (alone, alone_warnings)
    assert len(json.loads(alone)["items"]) > 10


def test_jobs_are_capped_by_the_cores_and_the_amount_of_work(
        monkeypatch: pytest.MonkeyPatch) -> None:
    cores = len(os.sched_getaffinity(0))
    assert judging._jobs(judging.PARALLEL_FROM - 1) == 1
    monkeypatch.setenv("RELJ_JOBS", "1")
    assert judging._jobs(1000) == 1
    monkeypatch.setenv("RELJ_JOBS", "64")
    assert judging._jobs(1000) == min(cores, 8)
    monkeypatch.setenv("RELJ_JOBS", "many")
    assert judging._jobs(1000) == min(cores, 8)


def test_a_planted_judgement_inside_a_valid_index_cannot_run_code(
        due: Any, example_journal: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    expected = due("--json").stdout
    cache = index.Index.load(example_journal)
    for slug, entry in list(cache.entries.items()):
        cache.entries[slug] = index.Entry(entry.stat, entry.name, entry.problem,
                                          entry.append_safe, entry.day, entry.head,
                                          pickle.dumps(_Planted()))
    cache.changed = True
    cache.save()
    assert due("--json").stdout == expected
    assert not (tmp_path / "planted").exists()


def test_a_warm_due_unpickles_only_what_it_shows(due: Any, example_journal: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    due()
    shown: list[Any] = []
    original = index.judgement
    monkeypatch.setattr(index, "judgement", lambda e: shown.append(e) or original(e))
    from typer.testing import CliRunner

    from relj.cli import app

    result = CliRunner().invoke(app, ["-J", str(example_journal), "--today", TODAY, "due",
                                      "--limit", "2"])
    assert result.exit_code == 0 and len(shown) == 2


# -- relj.toml ----------------------------------------------------------------------


def test_settings_come_from_the_cache_until_relj_toml_changes(example_journal: Path) -> None:
    settings = example_journal / "relj.toml"
    first = catalogue.settings(Journal(example_journal))
    assert (example_journal / ".relj" / "settings").is_file()
    assert index.cached_settings(example_journal) == first
    before = settings.stat()
    text = settings.read_text(encoding="utf-8")
    changed = text.replace("fade_days = 120", "fade_days = 121")  # same length
    assert len(changed) == len(text) and changed != text
    settings.write_text(changed, encoding="utf-8")
    os.utime(settings, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert index.cached_settings(example_journal) is None
    assert catalogue.settings(Journal(example_journal)).fade_days == 121


@pytest.mark.parametrize("damage", [b"", b"junk", index.MAGIC + b"junk",
                                    index.MAGIC + pickle.dumps(((0, 0, 0, 0), {"lang": "de"})),
                                    index.MAGIC + pickle.dumps(_Planted())])
def test_a_damaged_settings_cache_is_ignored(example_journal: Path, damage: bytes,
                                             monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    expected = catalogue.settings(Journal(example_journal))
    (example_journal / ".relj" / "settings").write_bytes(damage)
    assert index.cached_settings(example_journal) is None
    assert catalogue.settings(Journal(example_journal)) == expected
    assert not (tmp_path / "planted").exists()


def test_a_file_modified_just_now_is_read_again_next_time(due: Any, example_journal: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = example_journal / "customers" / "harbor-lane-bakery.toml"
    path.write_bytes(path.read_bytes())  # mtime: now (a coarse clock could hide a change)
    due()
    read = files_read(monkeypatch)
    due()
    assert read == ["harbor-lane-bakery"]
