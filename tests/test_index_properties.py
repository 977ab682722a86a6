"""The cache in .relj/index under random operations: it must never change an answer.

A hypothesis state machine works on a copy of examples/journal: ``relj log``,
hand edits behind relj's back (appends, same-size rewrites with the mtime put
back, ``cp -p`` and ``git checkout`` style restores, hard links, FIFOs,
symlinks), relj.toml edits, other days and days passing (judged again from
the cached facts), a new analysis version, stale, damaged and foreign caches
and facts. After every
step a warm ``relj due --all`` must print exactly what a cold one prints (after
``rm .relj/index .relj/facts``), names must be the names the files hold, and no customer
file may stop parsing unless the test itself broke it.

Tests named ``test_bug_...`` pin concrete holes found in review; they fail
until the hole is fixed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from typer.testing import CliRunner

from relj import catalogue
from relj.catalogue import judging
from relj.errors import FileProblem
from relj.storage import cache as index
from relj.storage.codec import parse_customer
from relj.storage.facts import FACTS_FILE, FactStore
from relj.storage.journal import Journal
from tests.helpers import init_journal, invoke

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "journal"
SLUGS = sorted(p.stem for p in (EXAMPLE / "customers").glob("*.toml"))
TODAYS = ["2026-11-24", "2026-11-25", "2027-03-01", "2026-06-01"]
ATS = ["2026-11-20 10:00", "2026-11-24 09:00", "2025-12-01 08:00", "2026-11-25 16:30"]

# Hand-appended text: valid and invalid, odd endings, CRLF, sub-tables, dotted keys.
SNIPPETS = [
    "\n# a trailing comment without a newline",
    "\n[[interaction]]\r\nat = 2026-10-01\r\nconcern = \"crlf\"\r\n",
    "\n[[interaction]]\nat = 2026-10-02\n[interaction.extra]\nx = 1\n",
    "\n[[interaction]]\nat = 2026-10-03\ngenuine = true\n[[interaction.sub]]\nx = 1\n",
    "\n[[contact]]\nname = \"Zed\"\ninteraction.x = 1\n",
    "\n[[interaction]]\nat = 2026-10-04\nchannel = \"fax\"\n",
    "garbage = \n",
    "\n[[interaction]]\nat = 2026-10-05\nsignals = []\nnote = \"caf\\u00e9\"\n",
    "\n[[interaction]]\nat = 2026-11-23\nconcern = \"no final newline\"",
    "\n[[interaction]]\nat = 2026-09-09\nfollow_up = 2026-11-20T10:00:00\n  # indented comment   ",
    "\n[interaction]\nat = 2026-10-06\n",
    "\n\"interaction\" = []\n",
]

# Same-size rewrites: (pattern, replacement) pairs that keep the byte count.
SAME_SIZE = [
    (rb"at = 2026-11-1", b"at = 2025-11-1"),  # an older contact: due changes
    (rb"at = 2025-11-1", b"at = 2026-11-1"),
    (rb'name = "(.)', b'name = "Q'),  # another name, same length
    (rb"genuine = false", b"genuine = fals_"),  # broken
    (rb"genuine = fals_", b"genuine = false"),  # repaired
    (rb"mood = \"passive\"", b"mood = \"active\"\n"),  # 1 byte shorter + newline: same size
]

# Customers written by hand: an inline interaction array (valid, but a
# [[interaction]] block after it is not), CRLF, no final newline, a final comment.
NEW_CUSTOMERS = {
    "hand-empty-array": 'name = "Empty Array"\ninteraction = []\n',
    "hand-inline": 'name = "Inline"\ninteraction = [{at = 2026-11-01, concern = "x"}]\n',
    "hand-dotted": 'name = "Dotted"\ninteraction = [ ]\n[[contact]]\nname = "C"\n',
    "hand-crlf": 'name = "Crlf"\r\ncadence = "7d"\r\n\r\n[[interaction]]\r\nat = 2026-11-01\r\n',
    "hand-no-newline": 'name = "No Newline"\n\n[[interaction]]\nat = 2026-10-01\ngenuine = true',
    "hand-comment": 'name = "Comment"\n[[interaction]]\nat = 2026-09-01 # last line',
}
LOG_SLUGS = SLUGS + sorted(NEW_CUSTOMERS)

CADENCES = ["21d", "3d", "9d", "14d", "1y"]


def _parses(path: Path) -> bool | None:
    """True/False for a regular file; None for anything else (FIFO, link, gone)."""
    try:
        os.lstat(path)
    except OSError:
        return None
    if not os.path.isfile(path) or os.path.islink(path):
        return None
    try:
        parse_customer(path.stem, str(path), path.read_bytes())
    except FileProblem:
        return False
    return True


def _appendable(data: bytes) -> bool:
    """Whether a plain [[interaction]] block appended to these bytes still parses."""
    from relj.storage.files import append_text

    try:
        parse_customer("x", "x", append_text(data, "\n[[interaction]]\nat = 2026-01-01\n"))
    except FileProblem:
        return False
    return True


def _keep_times(path: Path, before: os.stat_result) -> None:
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _diff(warm: tuple[int, str, str], cold: tuple[int, str, str]) -> str:
    import difflib

    lines = [f"exit {warm[0]} (warm) vs {cold[0]} (cold)"]
    for label, a, b in (("stdout", warm[1], cold[1]), ("stderr", warm[2], cold[2])):
        lines += list(difflib.unified_diff(a.splitlines(), b.splitlines(), f"warm {label}",
                                           f"cold {label}", n=1, lineterm=""))[:30]
    return "\n".join(lines)


class CacheMachine(RuleBasedStateMachine):
    """Random operations on one journal; warm and cold answers compared after each."""

    def __init__(self) -> None:
        super().__init__()
        self.runner = CliRunner()
        self.tmp = Path(tempfile.mkdtemp(prefix="relj-index-prop-"))
        self.root = self.tmp / "journal"
        shutil.copytree(EXAMPLE, self.root, ignore=shutil.ignore_patterns(".relj"))
        self.customers = self.root / "customers"
        self.originals = {s: (self.customers / f"{s}.toml").read_bytes() for s in SLUGS}
        self.settings_text = (self.root / "relj.toml").read_bytes()
        self.today = TODAYS[0]
        self.output = ["--json"]
        self.caches: list[bytes] = []
        self.links = 0
        self.hand_made: list[str] = []
        self.broken: set[str] = set()  # slugs the test itself left not parsing
        self.validity: dict[str, bool | None] = {}
        self.settings_broken = False
        self.versions = 0
        self.facts: list[bytes] = []
        self._remember_validity()

    def teardown(self) -> None:
        from relj.storage import version

        version._KNOWN.clear()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------

    def slugs(self) -> list[str]:
        return Journal(self.root).slugs()

    def path(self, slug: str) -> Path:
        return self.customers / f"{slug}.toml"

    def _remember_validity(self) -> None:
        """After a hand edit: whatever does not parse now was broken by the test."""
        self.validity = {s: _parses(self.path(s)) for s in self.slugs()}
        self.broken = {s for s, ok in self.validity.items() if ok is not True}

    def due(self) -> tuple[int, str, str]:
        result = invoke(self.root, "--today", self.today, "due", "--all",
                         *self.output)
        # An internal error is never an acceptable answer, warm or cold.
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            repr(result.exception))
        return result.exit_code, result.stdout, result.stderr

    # -- relj ------------------------------------------------------------------

    @rule(slug=st.sampled_from(LOG_SLUGS), at=st.sampled_from(ATS),
          kind=st.sampled_from(["concern", "check-in", "signal", "note", "mood"]))
    def log(self, slug: str, at: str, kind: str) -> None:
        if slug not in self.slugs():
            return
        path = self.path(slug)
        before = path.read_bytes() if _parses(path) is not None else None
        valid_before = _parses(path) is True
        extra = {
            "concern": ["--concern", "Spring order"],
            "check-in": ["--check-in"],
            "signal": ["--genuine", "--signal", "praise", "--signal", "delay"],
            "note": ["--concern", "Plans", "--note", "two\nlines \\u0041 \"quoted\""],
            "mood": ["--check-in", "--mood", "annoyed", "--pitch"],
        }[kind]
        result = invoke(self.root, "log", slug, "--channel", "call", "--at", at,
                         *extra)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            repr(result.exception))
        if valid_before and not self.settings_broken and not _appendable(before or b""):
            # Valid, but no [[interaction]] can follow (interaction = [...]): refused.
            assert result.exit_code != 0, f"relj log wrote onto {slug}: {result.output}"
            assert path.read_bytes() == before
        elif valid_before and not self.settings_broken:
            assert result.exit_code == 0, result.output
            after = path.read_bytes()
            assert after.startswith(before or b""), "log changed bytes before its block"
            assert _parses(path) is True, f"relj log wrote {slug} that no longer parses"
        else:
            # A broken (or not plain) file is refused and left exactly as it was.
            assert result.exit_code != 0, f"relj log accepted broken {slug}: {result.output}"
            if before is not None:
                assert path.read_bytes() == before
        # Hard links: relj replaces the file, so any link keeps the old bytes.
        self._check_nothing_new_broken()

    @rule(slug=st.sampled_from(sorted(NEW_CUSTOMERS)))
    def new_customer_by_hand(self, slug: str) -> None:
        path = self.path(slug)
        if path.is_dir() and not path.is_symlink():
            return
        path.write_bytes(NEW_CUSTOMERS[slug].encode("utf-8"))
        self.hand_made.append(slug)
        self._remember_validity()

    @precondition(lambda self: bool(self.hand_made))
    @rule(which=st.integers(0, 100), at=st.sampled_from(ATS), warm=st.booleans())
    def log_onto_hand_written(self, which: int, at: str, warm: bool) -> None:
        if warm:  # a due first: the cache then knows the file
            self.due()
        self.log(self.hand_made[which % len(self.hand_made)], at, "concern")

    @rule(today=st.sampled_from(TODAYS))
    def another_day(self, today: str) -> None:
        self.today = today

    @rule(days=st.integers(1, 3))
    def a_day_passes(self, days: int) -> None:
        """The everyday morning: the files as they were, judged again from their facts."""
        from datetime import date, timedelta

        self.today = (date.fromisoformat(self.today) + timedelta(days=days)).isoformat()

    @rule()
    def the_analysis_version_changes(self) -> None:
        """An editable install whose analysis changed: no judgement of the old code counts."""
        from relj.storage import version

        self.versions += 1
        version._KNOWN[:] = [f"test version {self.versions}"]

    @rule(output=st.sampled_from([("--json",), (), ("--lang", "de"), ("--lang", "en", "--json")]))
    def another_output(self, output: tuple[str, ...]) -> None:
        self.output = list(output)

    # -- hand edits ---------------------------------------------------------------

    @rule(slug=st.sampled_from(SLUGS), snippet=st.sampled_from(SNIPPETS),
          keep_mtime=st.booleans())
    def append_by_hand(self, slug: str, snippet: str, keep_mtime: bool) -> None:
        path = self.path(slug)
        if _parses(path) is None:
            return
        before = path.stat()
        with open(path, "ab") as handle:  # in place: hard links see it too
            handle.write(snippet.encode("utf-8"))
        if keep_mtime:
            _keep_times(path, before)
        self._remember_validity()

    @rule(slug=st.sampled_from(SLUGS), which=st.integers(0, len(SAME_SIZE) - 1))
    def rewrite_same_size(self, slug: str, which: int) -> None:
        path = self.path(slug)
        if _parses(path) is None:
            return
        pattern, replacement = SAME_SIZE[which]
        data = path.read_bytes()
        found = re.search(pattern, data)
        if found is None or len(replacement) != found.end() - found.start():
            return
        new = data[: found.start()] + replacement + data[found.end():]
        before = path.stat()
        with open(path, "r+b") as handle:  # same inode, same size, same mtime
            handle.write(new)
        _keep_times(path, before)
        assert path.stat().st_size == before.st_size
        self._remember_validity()

    @rule(slug=st.sampled_from(SLUGS))
    def touch_keeping_mtime(self, slug: str) -> None:
        path = self.path(slug)
        if _parses(path) is None:
            return
        _keep_times(path, path.stat())  # only the ctime moves

    @rule(slug=st.sampled_from(SLUGS), how=st.sampled_from(["cp -p", "git checkout"]))
    def restore_original(self, slug: str, how: str) -> None:
        path = self.path(slug)
        original = EXAMPLE / "customers" / f"{slug}.toml"
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        elif path.is_symlink() or (path.exists() and not path.is_file()):
            path.unlink()
        if how == "cp -p" and path.exists():
            with open(path, "r+b") as handle:  # cp onto an existing file: same inode
                handle.truncate(0)
                handle.write(self.originals[slug])
        else:
            temp = self.customers / f".{slug}.checkout"
            temp.write_bytes(self.originals[slug])
            os.replace(temp, path)
        shutil.copystat(original, path)  # mtime of the original, as cp -p does
        self._remember_validity()

    @rule(slug=st.sampled_from(SLUGS), kind=st.sampled_from(["fifo", "symlink", "folder"]))
    def not_a_plain_file(self, slug: str, kind: str) -> None:
        path = self.path(slug)
        if _parses(path) is None:
            return
        outside = self.tmp / f"outside-{slug}.toml"
        outside.write_bytes(path.read_bytes())
        path.unlink()
        if kind == "fifo":
            os.mkfifo(path, 0o600)
        elif kind == "symlink":
            path.symlink_to(outside)
        else:
            path.mkdir()
        self._remember_validity()

    @rule(slug=st.sampled_from(SLUGS))
    def back_to_a_plain_file(self, slug: str) -> None:
        path = self.path(slug)
        if _parses(path) is not None:
            return
        outside = self.tmp / f"outside-{slug}.toml"
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        elif path.exists() or path.is_symlink():
            path.unlink()
        path.write_bytes(outside.read_bytes() if outside.exists() else self.originals[slug])
        self._remember_validity()

    @precondition(lambda self: self.links < 3)
    @rule(slug=st.sampled_from(SLUGS))
    def hard_link(self, slug: str) -> None:
        path = self.path(slug)
        if _parses(path) is None:
            return
        self.links += 1
        os.link(path, self.customers / f"zz-link-{self.links}.toml")
        self._remember_validity()

    @rule(cadence=st.sampled_from(CADENCES), keep_mtime=st.booleans(), broken=st.booleans())
    def edit_settings(self, cadence: str, keep_mtime: bool, broken: bool) -> None:
        path = self.root / "relj.toml"
        before = path.stat()
        text = self.settings_text.replace(b'default = "21d"', f'default = "{cadence}"'.encode())
        if broken:
            text += b"\nbroken = [\n"
        with open(path, "r+b") as handle:
            handle.truncate(0)
            handle.write(text)
        if keep_mtime:
            _keep_times(path, before)
        self.settings_broken = broken

    # -- caches ---------------------------------------------------------------

    @precondition(lambda self: bool(self.caches))
    @rule(which=st.integers(0, 1000))
    def an_old_cache(self, which: int) -> None:
        """Any cache relj wrote before (stale for some files) is put back."""
        target = self.root / ".relj" / index.INDEX_FILE
        target.parent.mkdir(mode=0o700, exist_ok=True)
        target.write_bytes(self.caches[which % len(self.caches)])

    @precondition(lambda self: bool(self.facts))
    @rule(which=st.integers(0, 1000), damage=st.sampled_from(["", "cut", "garbage"]))
    def old_or_damaged_facts(self, which: int, damage: str) -> None:
        """Facts relj kept before (stale for some files), cut short, or garbage."""
        data = self.facts[which % len(self.facts)]
        if damage == "cut":
            data = data[: len(data) // 2]
        elif damage == "garbage":
            data = index.MAGIC + b"\x80\x05garbage"
        target = self.root / ".relj" / FACTS_FILE
        target.parent.mkdir(mode=0o700, exist_ok=True)
        target.write_bytes(data)

    @rule()
    def a_foreign_cache(self) -> None:
        """The cache of another copy of the same journal (same slugs, other inodes)."""
        other = self.tmp / "other"
        if not other.exists():
            shutil.copytree(EXAMPLE, other, ignore=shutil.ignore_patterns(".relj"))
            for today in TODAYS[:2]:
                invoke(other, "--today", today, "due", "--all")
        source = other / ".relj" / index.INDEX_FILE
        target = self.root / ".relj" / index.INDEX_FILE
        target.parent.mkdir(mode=0o700, exist_ok=True)
        shutil.copy2(source, target)

    # -- what must always hold ------------------------------------------------------

    def _check_nothing_new_broken(self) -> None:
        now = {s: _parses(self.path(s)) for s in self.slugs()}
        for slug, ok in now.items():
            if ok is not True:
                assert slug in self.broken, f"{slug} stopped parsing and the test did not do it"

    @invariant()
    def warm_equals_cold_and_names_are_right(self) -> None:
        cache = self.root / ".relj" / index.INDEX_FILE
        warm = self.due()
        again = self.due()  # the cache the warm run just wrote
        if cache.exists():
            self.caches.append(cache.read_bytes())
            del self.caches[:-6]
        facts = self.root / ".relj" / FACTS_FILE
        if facts.exists():
            self.facts.append(facts.read_bytes())
            del self.facts[:-4]
        names = catalogue.names(Journal(self.root))
        cache.unlink(missing_ok=True)
        facts.unlink(missing_ok=True)
        cold = self.due()
        assert warm == cold, "warm due differs from cold:\n" + _diff(warm, cold)
        assert again == cold, "second warm due differs from cold:\n" + _diff(again, cold)
        expected = []
        for slug in self.slugs():
            if _parses(self.path(slug)) is True:
                text = self.path(slug).read_bytes()
                expected.append((slug, parse_customer(slug, "x", text).name))
        assert names == expected
        self._check_nothing_new_broken()


@pytest.mark.slow  # a hypothesis state machine
def test_warm_and_cold_agree_under_random_operations(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RELJ_JOBS", "1")
    run_state_machine_as_test(CacheMachine, settings=settings(
        max_examples=30, stateful_step_count=12, deadline=None, database=None,
        suppress_health_check=list(HealthCheck)))


# -- targeted: holes found in review ------------------------------------------------------


@pytest.mark.parametrize("value", ["0", "false", "0.0", '""', "{}"])
def test_the_quick_reader_refuses_falsy_signals_that_are_not_a_list(
        value: str) -> None:
    """codec._interaction_at_once tests ``signals and (type(signals) is not list ...)``:
    a falsy non-list (0, false, 0.0, "", {}) skips the type check. 0/false/0.0
    then crash in tuple(signals) (relj check, due, show: "internal error:
    TypeError"); "" and {} are silently read as no signals. The careful reader
    says core.wrong_type. Fix: check ``type(signals) is not list`` whenever the
    key is present (e.g. ``signals = get("signals", [])`` and test the type
    unconditionally)."""
    data = f'name = "A"\n\n[[interaction]]\nat = 2026-01-01\nsignals = {value}\n'.encode()
    with pytest.raises(FileProblem) as problem:
        parse_customer("a", "a.toml", data)
    assert problem.value.key == "core.wrong_type" and problem.value.line == 5


def test_check_reports_signals_false_as_a_wrong_type(runner: CliRunner,
                                                 example_journal: Path) -> None:
    path = example_journal / "customers" / "harbor-lane-bakery.toml"
    with open(path, "ab") as handle:
        handle.write(b"\n[[interaction]]\nat = 2026-11-01\nsignals = false\n")
    for args in (["check"], ["--today", "2026-11-24", "due", "--all"]):
        result = invoke(example_journal, *args)
        assert not isinstance(result.exception, TypeError), result.output
        assert "harbor-lane-bakery.toml:" in result.output + (result.stderr or "")


def test_a_file_problem_survives_pickling() -> None:
    """FileProblem(path, line, key) calls Exception.__init__(key) only, so pickle
    rebuilds it as FileProblem(key) -> TypeError. A worker in
    index._judge_in_processes that meets a FIFO, a symlink or an unreadable
    file returns such a problem: the parent cannot unpickle the result, the
    pool is declared broken (BrokenProcessPool, a RuntimeError) and
    _judge_all silently reads every file a second time on one core. Fix: give
    FileProblem a __reduce__ (e.g. ``return (_file_problem, (type(self),
    self.path, self.line, self.key, self.fields))``) in relj/errors.py."""
    import pickle

    problem = FileProblem("customers/a.toml", 3, "safety.not_a_file")
    again = pickle.loads(pickle.dumps(problem))
    assert (again.path, again.line, again.key) == ("customers/a.toml", 3, "safety.not_a_file")


def _many(root: Path, count: int) -> Path:
    init_journal(root)
    for number in range(count):
        (root / "customers" / f"c-{number:03d}.toml").write_text(
            f'name = "Customer {number:03d}"\ncadence = "{7 + number % 30}d"\n\n'
            f'[[interaction]]\nat = 2026-{1 + number % 11:02d}-1{number % 10}\n'
            f'channel = "call"\nconcern = "c"\n', encoding="utf-8")
    return root


def test_a_fifo_among_many_stale_files_keeps_the_worker_pool_working(tmp_path: Path) -> None:
    from datetime import date

    root = _many(tmp_path / "many", judging.PARALLEL_FROM + 4)
    os.mkfifo(root / "customers" / "pipe.toml", 0o600)
    journal = Journal(root)
    slugs = journal.slugs()
    today = date(2026, 11, 24)
    day = (today.isoformat(), index.settings_key(journal.root), "code")
    known = judging.Known({}, FactStore(root, "code", {}))
    judged = judging._judge_in_processes(journal, slugs, today, day,
                                         catalogue.settings(journal), 2, known)  # raises today
    assert [p.path for _, _, p, _, _ in judged if p is not None] == [journal.display_path("pipe")]


def test_many_files_changed_behind_relj_read_on_two_cores(
        tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """More than PARALLEL_FROM stale files after same-size edits: the forked
    workers answer what one process answers from scratch."""
    root = _many(tmp_path / "many", judging.PARALLEL_FROM + 6)
    (root / "customers" / "c-004.toml").write_text('name = "Broken\n', encoding="utf-8")
    args = ["--today", "2026-11-24", "due", "--all", "--json"]
    monkeypatch.setenv("RELJ_JOBS", "2")
    assert invoke(root, *args).exit_code == 0  # warm the cache
    for path in sorted((root / "customers").glob("c-0*.toml")):
        before = path.stat()
        data = path.read_bytes().replace(b"2026-", b"2025-", 1)
        with open(path, "r+b") as handle:
            handle.write(data)
        _keep_times(path, before)
    forked: list[int] = []
    original = judging._judge_in_processes
    monkeypatch.setattr(judging, "_judge_in_processes",
                        lambda *a: forked.append(len(a[1])) or original(*a))
    warm = invoke(root, *args)
    assert forked == [judging.PARALLEL_FROM + 6]  # the files were read by two workers
    monkeypatch.setenv("RELJ_JOBS", "1")
    (root / ".relj" / "index").unlink()
    cold = invoke(root, *args)
    assert (warm.exit_code, warm.stdout, warm.stderr) == (cold.exit_code, cold.stdout,
                                                          cold.stderr)
    assert "c-004.toml:1:" in cold.stderr


def test_a_file_replaced_right_after_a_log_is_not_recorded_as_valid(
        runner: CliRunner, example_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """catalogue.append_interaction writes, then Index.record() stats the path
    again. A file replaced in between (a sync tool, git pull, an editor) is
    recorded as valid with relj's name: the next log checks only its own
    block and appends to the broken file (exit 0), and names() keeps the old
    name. Fix: record the stat of what was written, e.g. read it back with
    read_bytes_and_stat() and record only when the bytes equal ``new``
    (relj/catalogue/summaries.py append_interaction / relj/storage/cache.py Index.record)."""
    import relj.catalogue.summaries as journal_module

    slug = "harbor-lane-bakery"
    path = example_journal / "customers" / f"{slug}.toml"
    broken = b"name = 'Someone else'\nname = 'twice'\n"
    original_write = journal_module.atomic_write

    def write_then_replaced(target: Path, data: bytes, durable: bool = True) -> None:
        original_write(target, data, durable)
        if target == path:  # another program replaces the file right after relj
            temp = path.with_name(".sync-tmp")
            temp.write_bytes(broken)
            os.replace(temp, path)

    monkeypatch.setattr(journal_module, "atomic_write", write_then_replaced)
    first = invoke(example_journal, "log", slug, "--check-in", "--at", ATS[0])
    assert first.exit_code == 0, first.output
    monkeypatch.setattr(journal_module, "atomic_write", original_write)
    assert path.read_bytes() == broken
    second = invoke(example_journal, "log", slug, "--check-in", "--at", ATS[0])
    assert (second.exit_code, path.read_bytes()) == (1, broken), (
        "a log onto a broken file was accepted (only its own block was checked)")
    assert dict(catalogue.names(Journal(example_journal))).get(slug) is None


def test_concurrent_logs_keep_every_block_and_a_valid_file(example_journal: Path) -> None:
    """Two relj processes logging onto the same customer at once (through the
    journal lock and the cache): every block arrives and the file parses."""
    relj = Path(sys.executable).parent / "relj"
    if not relj.exists():
        pytest.skip("the relj console script is not installed")
    slug = "meridian-software"
    path = example_journal / "customers" / f"{slug}.toml"
    count = len(parse_customer(slug, "x", path.read_bytes()).interactions)
    env = {**os.environ, "RELJ_JOURNAL": str(example_journal)}
    rounds = 3
    script = " && ".join(
        f"{relj} log {slug} --check-in --at '2026-11-2{i} 10:00' --note w$W-{i}"
        for i in range(rounds))
    procs = [subprocess.Popen(["sh", "-c", script], env={**env, "W": str(w)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for w in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err.decode()
    customer = parse_customer(slug, "x", path.read_bytes())
    assert len(customer.interactions) == count + 2 * rounds
    notes = {i.note for i in customer.interactions}
    assert {f"w{w}-{i}" for w in range(2) for i in range(rounds)} <= notes
