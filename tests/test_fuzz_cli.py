"""Hostile command lines for every command: never a traceback, exit 0, 1 or 2,
and not one byte changed when the exit code is not 0.

Command lines are built from the commands' own parameters (so commands added
later are fuzzed too), with values drawn from dates, names, numbers, unicode,
control characters and very long strings. NUL bytes cannot be in a real argv;
they are fed through files and the editor instead.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.helpers import EXAMPLE_JOURNAL, init_journal, snapshot, write_customer

pytestmark = pytest.mark.slow  # fuzzing: `pytest -m "not slow"` leaves it out

# Derandomized in CI by the "ci" profile (tests/conftest.py), so a CI failure reproduces.
SETTINGS = settings(max_examples=int(os.environ.get("RELJ_FUZZ_EXAMPLES", "40")), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

# Typer's own shell-completion installers write to the user's shell files; --debug
# is meant to show tracebacks. Neither is relj's input handling.
SKIPPED_GLOBALS = {"--install-completion", "--show-completion", "--debug"}

DATES = st.sampled_from([
    "2026-11-24", "24.11.2026", "24.11.", "today", "heute", "yesterday", "gestern", "tomorrow",
    "morgen", "in 2 weeks", "in 2 Wochen", "+3d", "-1w", "friday", "Freitag", "03/04/2026",
    "2026-02-30", "31.02.2026", "0001-01-01", "9999-12-31", "10000-01-01", "-99999999d",
    "+999999999w", "in 99999999999 years", "in 999999999 Wochen", "yesterday 14:30",
    "2026-11-24T25:00", "2026-11-24 14:30 +14:00", "2026-11-24T14:30:00+99:00", "1e9d", "0d",
    "24.11.99999", "  ", "", "2026-11-24\n", "\u0662\u0660\u0662\u0666-11-24", "⁲⁰²⁶-11-24",
])
DURATIONS = st.sampled_from(["10d", "3w", "2m", "1y", "0d", "-3w", "99999999999y", "1.5w",
                             "w", "", "3 w", "1y2m", "٣w"])
NUMBERS = st.sampled_from(["1", "0", "-1", "1e308", "1e999", "-1e999", "nan", "inf", "-0",
                           "12_000", "0x10", "9" * 400, "1,5", ""])
CODES = st.sampled_from(["call", "video", "visit", "email", "message", "event", "other",
                         "annoyed", "passive", "optimistic", "praise", "objection:price",
                         "contact-left", "trust", "yes", "no", "later", "CALL", "call ",
                         "0", "1", "4", "5", "6", "-1", "home", "struggle", "en", "de", "fr",
                         "json", "csv", "ics", "vcard"])
HOSTILE = st.sampled_from([
    "", " ", "-", "--", "-x", "--json", "\t", "\n", "\r\n", "\x1b[31mred\x1b[0m", "\x07\x08\x7f",
    "a" * 70_000, "ä" * 5000, "\u202eevil\u202c", "\ufeff", "\u200b", "'", '"', "\\", '"""',
    "'''", "[[interaction]]\nname = 'x'", "name = \"x\"", "${HOME}", "$(id)", "`id`", "; id",
    "../../x", "/etc/passwd", "~root", "C:\\x", "con", "nul", ".", "..", "%s%n", "{0}", "{x}",
    "\udcff\udcfe", "caf\u0065\u0301", "東京", "🙂" * 30, "\U0010ffff", "\x00".strip("\x00") + "z",
])
TEXT = st.one_of(
    HOSTILE,
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            max_size=40),
    st.text(alphabet=string.printable.replace("\x00", ""), max_size=20),
)


def _existing_names() -> list[str]:
    names = ["acme", "Acme", "ac", "a", "Müller", "mueller", "muller", "MÜLLER", "nobody"]
    folder = EXAMPLE_JOURNAL / "customers"
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml"))[:6]:
            names += [path.stem, path.stem[:3]]
    return names


NAMES = st.one_of(st.sampled_from(_existing_names()), TEXT)
OFFER_IDS = st.sampled_from(["o-20261002-1f3a", "o-1", "", "x"]) | TEXT


def _value_strategy(option: str) -> st.SearchStrategy[str]:
    if option in ("--at", "--since", "--follow-up", "--today", "--from", "--to", "--until"):
        return st.one_of(DATES, DATES, TEXT)
    if option == "--cadence":
        return st.one_of(DURATIONS, TEXT)
    if option in ("--value", "--limit", "--phase"):
        return st.one_of(NUMBERS, CODES, TEXT)
    if option in ("--channel", "--mood", "--signal", "--closing", "--lang", "--format"):
        return st.one_of(CODES, CODES, TEXT)
    if option == "--offer":
        return OFFER_IDS
    if option == "--map":
        return st.sampled_from(["company=name", "x=y", "=", "name=", "a=b=c"]) | TEXT
    return st.one_of(NAMES, TEXT)


def _path_strategy() -> st.SearchStrategy[str]:
    """Paths for init/import/export: relative, inside the sandbox (they may create files)."""
    return st.sampled_from(["newjournal", "journal", "sub/dir/j", "out.svg", "data.csv",
                            "cards.vcf", "missing.csv", "nul.csv", "journal/customers",
                            "journal/relj.toml", "a b", "ä", "out", "base.toml", "ours.toml",
                            "theirs.toml", "journal/customers/acme.toml"])


def _commands() -> dict[str, Any]:
    from typer.main import get_command

    from relj.cli import app

    return dict(get_command(app).commands)  # type: ignore[attr-defined]


def _git_ready() -> bool:
    return importlib.util.find_spec("relj.team.git") is not None


@st.composite
def command_lines(draw: st.DrawFn, name: str) -> list[str]:
    command = _commands()[name]
    tokens: list[str] = []
    for param in command.params:
        if param.param_type_name == "argument":
            if draw(st.integers(0, 9)) == 0:
                continue  # a missing argument: a usage error
            paths = name in ("init", "import", "merge-driver") or "file" in param.name
            strategy = _path_strategy() if paths else NAMES if param.name == "customer" else TEXT
            count = draw(st.integers(1, 2)) if getattr(param, "nargs", 1) == -1 else 1
            tokens += [draw(strategy) for _ in range(count)]
            continue
        if not draw(st.booleans()):
            continue
        if param.opts[0] == "--commit" and not _git_ready():
            continue
        option = draw(st.sampled_from(param.opts))
        if param.is_flag:
            tokens.append(option)
            continue
        path_like = param.name in ("svg", "output", "out", "file")
        for _ in range(draw(st.integers(1, 2)) if param.multiple else 1):
            value = draw(_path_strategy() if path_like else _value_strategy(param.opts[0]))
            if draw(st.integers(0, 4)) == 0:
                tokens.append(f"{option}={value}" if option.startswith("--") else option + value)
            else:
                tokens += [option, value]
    if name == "init" and not _git_ready() and "--no-git" not in tokens:
        tokens.append("--no-git")  # git support is not there yet
    # Shuffle options and arguments; sometimes add global options before or after.
    tokens = draw(st.permutations(tokens))
    globals_ = draw(st.lists(st.sampled_from([
        ["--today", draw(DATES)], ["--lang", draw(st.sampled_from(["en", "de", "fr", ""]))],
        ["--no-color"], ["-J", draw(st.sampled_from(["journal", "nowhere", "journal/customers"]))],
        ["--today", draw(TEXT)], ["--bogus"],
    ]), max_size=2))
    before = [t for g in globals_[:1] for t in g]
    after = [t for g in globals_[1:] for t in g]
    return [*before, name, *tokens, *after]


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding a journal (the example journal when there is one) and input files."""
    from relj.cli import app

    journal = tmp_path / "sandbox" / "journal"
    if (EXAMPLE_JOURNAL / "relj.toml").is_file():
        shutil.copytree(EXAMPLE_JOURNAL, journal)
    else:
        init_journal(journal)
    runner = CliRunner()
    for args in (["add", "Acme", "--since", "2024-01-01", "--contact", "Anna, Einkauf"],
                 ["add", "Müller & Söhne"], ["offer", "acme", "Wartung", "--value", "100"]):
        assert runner.invoke(app, ["-J", str(journal), *args]).exit_code == 0
    for path in [journal, *journal.rglob("*")]:
        path.chmod(0o700 if path.is_dir() else 0o600)
    sandbox = tmp_path / "sandbox"
    (sandbox / "data.csv").write_text(
        "name,company,email\nZed,Zed AG,z@example.com\n", encoding="utf-8"
    )
    (sandbox / "nul.csv").write_bytes(b"name,company\nN\x00ul,\x00\n")
    (sandbox / "cards.vcf").write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Vera\nEND:VCARD\n", encoding="utf-8"
    )
    acme = (journal / "customers" / "acme.toml").read_text(encoding="utf-8")
    for side in ("base", "ours", "theirs"):  # what git hands a merge driver
        extra = "" if side == "base" else f'\n[[interaction]]\nid = "i-{side}"\nat = 2026-01-01\n'
        (sandbox / f"{side}.toml").write_text(acme + extra, encoding="utf-8")
    monkeypatch.chdir(sandbox)
    monkeypatch.setenv("RELJ_JOURNAL", str(journal))
    monkeypatch.setenv("EDITOR", "true")
    return sandbox


def run_and_check(sandbox: Path, argv: list[str], input: str | None = None) -> Any:
    from relj.cli import app

    before = _without_merge_result(snapshot(sandbox), argv)
    result = CliRunner().invoke(app, argv, input=input)
    output = result.output + (result.stderr or "")
    context = (argv, result.exit_code, output[-2000:])
    assert result.exit_code in (0, 1, 2), context
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        context, repr(result.exception))
    assert "Traceback" not in output, context
    assert "internal error" not in output, context
    if result.exit_code != 0:
        assert _without_merge_result(snapshot(sandbox), argv) == before, context
        assert output.strip(), ("an error says something", context)
    return result


def _without_merge_result(files: dict[str, bytes], argv: list[str]) -> dict[str, bytes]:
    """git's contract: a merge driver with a conflict exits 1 and leaves the
    conflicted result in OURS, so for merge-driver the files it was given may change."""
    if "merge-driver" not in argv:
        return files
    return {name: data for name, data in files.items() if name not in argv}


def _fuzz_command(name: str) -> None:
    if name not in _commands():
        pytest.skip(f"relj has no command {name!r} yet")


ALL_COMMANDS = ["init", "add", "log", "offer", "check", "edit", "due", "phase", "show", "list",
                "report", "review", "sync", "merge-driver", "import", "export", "owner",
                "catch-up", "end", "contact", "snooze", "search", "note", "inbox"]


@pytest.mark.parametrize("name", ALL_COMMANDS)
def test_hostile_command_lines(sandbox: Path, name: str) -> None:
    _fuzz_command(name)
    if name == "sync":
        pytest.skip("sync talks to git remotes; fuzzed in its own tests")

    @SETTINGS
    @given(argv=command_lines(name))
    def fuzz(argv: list[str]) -> None:
        run_and_check(sandbox, argv)

    fuzz()


def test_every_command_is_fuzzed() -> None:
    missing = set(_commands()) - set(ALL_COMMANDS)
    assert not missing, f"add {missing} to ALL_COMMANDS"


@SETTINGS
@given(argv=st.lists(st.one_of(TEXT, CODES, DATES, st.sampled_from(
    ["--json", "--all", "-J", "--today", "--lang", "-h", "--help", "--version", "-n", "--"])),
    max_size=6))
def test_random_words_as_a_command_line(sandbox: Path, argv: list[str]) -> None:
    run_and_check(sandbox, argv)


# -- the edges of the calendar ---------------------------------------------------

EDGE_DAYS = ["0001-01-01", "0001-12-31", "0002-06-30", "9998-12-31", "9999-12-31"]


@pytest.mark.parametrize("day", EDGE_DAYS)
def test_days_at_the_edges_of_the_calendar(sandbox: Path, day: str) -> None:
    for argv in (["due", "--all"], ["due", "--json"], ["list"], ["phase"], ["show", "acme"],
                 ["show", "acme", "--json"], ["phase", "acme", "--json"], ["check"]):
        run_and_check(sandbox, ["--today", day, *argv])
    for argv in (
        ["log", "acme", "--at", day, "--concern", "x"],
        ["log", "acme", "--follow-up", day],
        ["offer", "acme", "x", "--at", day],
        ["add", f"Edge {day}", "--since", day],
        ["log", "acme", "--at", "+1y"],
        ["log", "acme", "--follow-up", "in 2 weeks"],
    ):
        run_and_check(sandbox, ["--today", day, *argv])
        # Whatever was written must not break the journal for a normal day.
        for later in (["due", "--all"], ["list", "--json"], ["phase", "--json"], ["check"],
                      ["show", "acme", "--json"]):
            run_and_check(sandbox, ["--today", "2026-11-24", *later])


# -- bytes that are not UTF-8 reach Python as lone surrogates --------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "Zed\udcff"],
        ["add", "Zed", "--why", "\udcff\udcfe"],
        ["add", "Zed", "--tag", "\ud800"],
        ["log", "acme", "--concern", "caf\udce9"],
        ["log", "acme", "--note", "\udcff"],
        ["log", "acme", "--at", "\udcff"],
        ["offer", "acme", "\udcff"],
        ["show", "\udcff"],
        ["--today", "\udcff", "due"],
        ["due", "--today", "2026-11-24\udcff"],
        ["init", "j\udcff", "--no-git"],
        ["edit", "acme\udcff"],
        ["-J", "journal\udcff", "check"],
    ],
)
def test_arguments_that_are_not_utf8_are_refused(sandbox: Path, argv: list[str]) -> None:
    result = run_and_check(sandbox, argv)
    assert result.exit_code == 2
    assert "UTF-8" in result.output


@SETTINGS
@given(name=st.sampled_from(["add", "log", "offer", "show", "init"]),
       text=st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1,
                    max_size=3), prefix=TEXT)
def test_lone_surrogates_anywhere(sandbox: Path, name: str, text: str, prefix: str) -> None:
    argv = {"add": ["add", prefix + text], "log": ["log", "acme", "--concern", prefix + text],
            "offer": ["offer", "acme", text], "show": ["show", text + prefix],
            "init": ["init", "x" + text, "--no-git"]}[name]
    assert run_and_check(sandbox, argv).exit_code == 2


# -- NUL bytes: not possible in argv, so through stdin, the editor and files -------


@pytest.mark.parametrize("data", ["\x00", "acme\x00\n", "\x00\x00\x00" * 1000, "a\x00b\ny\n"])
def test_nul_bytes_on_stdin(sandbox: Path, data: str) -> None:
    for argv in (["log", "acme"], ["log"], ["add", "X"], ["edit", "acme"], ["due"], ["check"]):
        run_and_check(sandbox, argv, input=data)


@pytest.mark.parametrize("note", ["with\x00nul", "\x00", "tab\tand\x01\x02\x1f\x7f", "\r\n\r\n",
                                  "a" * 200_000, "\ufeffbom", '"""\n\'\'\'\n\\'])
def test_odd_notes_from_the_editor_land_exactly_or_not_at_all(
        sandbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, note: str) -> None:
    import tomllib

    script = tmp_path / "editor.py"
    script.write_text("import sys\nopen(sys.argv[1], 'w', encoding='utf-8', newline='')"
                      f".write({note!r})\n", encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{__import__('sys').executable} {script}")
    path = sandbox / "journal" / "customers" / "acme.toml"
    old = path.read_bytes()
    result = run_and_check(sandbox, ["log", "acme", "--genuine", "--edit"])
    if result.exit_code == 0:
        new = path.read_bytes()
        assert new.startswith(old)
        entries = tomllib.loads(new.decode("utf-8"))["interaction"]
        assert entries[-1].get("note") == (note.strip() or None)


@pytest.mark.parametrize("content", [b"name = \"A\x00B\"\n", b"\x00" * 100, b"name = \"ok\"\n\x00",
                                     b"name = \"ok\"\nnote = '\x00'\n"])
def test_nul_bytes_in_a_customer_file(sandbox: Path, content: bytes) -> None:
    path = write_customer(sandbox / "journal", "nul", content)
    check = run_and_check(sandbox, ["check"])
    assert check.exit_code == 1 and "customers/nul.toml:" in check.stdout
    for argv in (["due"], ["list"], ["phase"], ["show", "nul"], ["log", "nul", "--genuine"],
                 ["edit", "nul"]):
        run_and_check(sandbox, argv)
    assert path.read_bytes() == content


def test_nul_bytes_in_an_import_file(sandbox: Path) -> None:
    _fuzz_command("import")
    for argv in (["import", "nul.csv"], ["import", "nul.csv", "--strict"],
                 ["import", "nul.csv", "--dry-run"]):
        run_and_check(sandbox, argv)


# -- the environment is input too ---------------------------------------------


@SETTINGS
@given(today=st.one_of(DATES, TEXT), lang=st.sampled_from(["", "de_DE.UTF-8", "C", "xx", "de"]),
       editor=st.sampled_from(["true", "'", "nonexistent-editor", "false", "true --x"]))
def test_hostile_environment(sandbox: Path, today: str, lang: str, editor: str) -> None:
    mp = pytest.MonkeyPatch()
    try:
        mp.setenv("RELJ_TODAY", today)
        mp.setenv("LANG", lang)
        mp.setenv("EDITOR", editor)
        for argv in (["due"], ["log", "acme", "--check-in"], ["edit", "acme"], ["show", "acme"]):
            run_and_check(sandbox, argv)
    finally:
        mp.undo()
