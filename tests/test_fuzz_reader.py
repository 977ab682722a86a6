"""Broken customer files: reported with path:line by `relj check`, never a crash
of `relj due`, and never rewritten by any command.

The inputs are the example journal's customer files (and a hand-written one
with comments and multi-line notes), with bytes flipped, cut and duplicated,
lines dropped, duplicated and swapped, and values replaced by wrong types.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import EXAMPLE_JOURNAL, init_journal, snapshot, write_customer
from tests.helpers import invoke as invoke_relj

pytestmark = pytest.mark.slow  # fuzzing: `pytest -m "not slow"` leaves it out

EXAMPLES = int(os.environ.get("RELJ_FUZZ_EXAMPLES", "40"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

HAND_WRITTEN = '''\
# Müller: written by hand, with comments and odd spacing.
name    =   "Müller Maschinenbau GmbH"   # the legal name
since = 2024-03-01
why = """Traum-
kunde"""
tags = [
    "maschinenbau",   # industry
    "key-account",
]
cadence="3w"

[[contact]]
name = "Anna Müller"
role = 'Einkauf'
key = true

[[offer]]
id = "o-20261002-1f3a"
what = "Wartungsvertrag 2027"
value = 12_000
currency = "EUR"
opened = 2026-10-02
status = "open"

[[interaction]]
id = "i-20261020T1000-aaaa"
at = 2026-10-20T10:00:00+02:00
channel = "visit"
concern = "Bedarf klären"
mood = "uncertain"
signals = ["objection:price", "delay"]
closing = "later"
offer = "o-20261002-1f3a"
follow_up = 2026-11-01
note = \'\'\'
Literal note; "quotes" and \\backslashes\\ stay.\'\'\'

[[interaction]]
at = 2026-11-02
genuine = false
pitched = true
'''


def _seeds() -> list[bytes]:
    seeds = [HAND_WRITTEN.encode("utf-8")]
    folder = EXAMPLE_JOURNAL / "customers"
    if folder.is_dir():
        seeds += [path.read_bytes() for path in sorted(folder.glob("*.toml"))]
    return seeds


SEEDS = _seeds()

# -- mutations ------------------------------------------------------------------

JUNK = [b"\x00", b"\xff", b"\xc3", b"\r", b"\n", b"\t", b"\\", b"\"", b"'", b"[", b"]", b"[[",
        b"=", b"#", b"{", b"}", b",", b"\"\"\"", b"\xe2\x80\xae", b"\x1b", b"9999-12-31",
        b"0000-00-00", b"nan", b"inf", b"-0", b"1e999", b"99999999999999999999999", b"true",
        b"interaction", b"[[interaction]]\n", b"[interaction]\n", b"name = 1\n", b"\xef\xbb\xbf"]
WRONG_VALUES = ["1", "true", "\"text\"", "2026-13-45", "[1, 2]", "[\"a\", 1]", "{}", "{a = 1}",
                "1979-05-27T07:32:00", "0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59",
                "9999-12-31", "0001-01-01", "-1", "6", "99999999999999999999", "1e400", "nan",
                "\"\"", "\" \"", "\"zz\"", "\"3x\"", "\"-3w\"", "\"999999999y\"", "[]", "[[]]",
                "2026-11-24T14:30:00.999999999+01:00", "00:00:00"]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["flip", "cut", "dup", "insert", "truncate", "drop-line",
                                     "dup-line", "swap-lines", "value"]))
        data = bytearray(_mutate(draw, bytes(data), kind))
    return bytes(data)


def _mutate(draw: st.DrawFn, data: bytes, kind: str) -> bytes:
    size = len(data)
    pos = draw(st.integers(0, max(size - 1, 0)))
    if kind == "flip" and size:
        bit = 1 << draw(st.integers(0, 7))
        return data[:pos] + bytes([data[pos] ^ bit]) + data[pos + 1:]
    if kind == "cut":
        return data[:pos] + data[pos + draw(st.integers(1, 40)):]
    if kind == "dup":
        length = draw(st.integers(1, 60))
        return data[:pos] + data[pos:pos + length] + data[pos:]
    if kind == "insert":
        return data[:pos] + draw(st.sampled_from(JUNK)) + data[pos:]
    if kind == "truncate":
        return data[:pos]
    lines = data.split(b"\n")
    index = draw(st.integers(0, len(lines) - 1))
    if kind == "drop-line":
        del lines[index]
    elif kind == "dup-line":
        lines.insert(index, lines[index])
    elif kind == "swap-lines":
        other = draw(st.integers(0, len(lines) - 1))
        lines[index], lines[other] = lines[other], lines[index]
    elif kind == "value":
        line = lines[index]
        if b"=" in line:
            key = line.split(b"=", 1)[0]
            lines[index] = key + b"= " + draw(st.sampled_from(WRONG_VALUES)).encode()
    return b"\n".join(lines)


# -- the journal under test --------------------------------------------------------


@pytest.fixture
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = init_journal(tmp_path / "journal")
    write_customer(root, "good", 'name = "Good Customer"\nsince = 2025-01-01\n\n[[interaction]]\n'
                   'at = 2026-01-10\nconcern = "fine"\n')
    monkeypatch.setenv("EDITOR", "true")
    monkeypatch.setenv("RELJ_TODAY", "2026-11-24")
    monkeypatch.chdir(root)  # paths are shown relative to here: customers/x.toml
    return root


def invoke(root: Path, *args: str) -> Any:
    """relj on ``root``, which must end in 0, 1 or 2 and never in a traceback."""
    result = invoke_relj(root, *args)
    output = result.output + (result.stderr or "")
    context = (args, result.exit_code, output[-1500:])
    assert result.exit_code in (0, 1, 2), context
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        context, repr(result.exception))
    assert "Traceback" not in output and "internal error" not in output, context
    return result


def _toml_ok(data: bytes) -> bool:
    try:
        tomllib.loads(data.decode("utf-8"))
        return True
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def exercise(root: Path, files: dict[str, bytes]) -> None:
    """Every reading and writing command against a journal holding ``files``."""
    paths = {slug: write_customer(root, slug, data) for slug, data in files.items()}

    check = invoke(root, "check")
    reported = {}
    for slug, data in files.items():
        lines = re.findall(rf"^customers/{slug}\.toml:(\d+): \S", check.stdout, re.MULTILINE)
        reported[slug] = bool(lines)
        line_count = data.count(b"\n") + 1
        for line in lines:
            assert 1 <= int(line) <= line_count, (slug, line, line_count, check.stdout)
        if not _toml_ok(data):
            assert lines, (f"{slug}: invalid TOML not reported with a line", check.stdout)
    assert check.exit_code == (1 if any(reported.values()) else 0), check.output
    assert "customers/good.toml" not in check.stdout

    due = invoke(root, "due", "--all", "--json")
    assert due.exit_code == 0, due.output
    items = _strict_json(due.stdout)["items"]
    assert "good" in {item["customer"] for item in items}
    for slug, broken in reported.items():
        if broken and not _only_mode_or_id_problems(check.stdout, slug):
            assert f"customers/{slug}.toml" in due.stderr, (slug, due.stderr)
    for args in (["due"], ["list", "--json"], ["list"], ["phase", "--json"], ["phase"]):
        result = invoke(root, *args)
        assert result.exit_code == 0, result.output
        if "--json" in args:
            _strict_json(result.stdout)

    for slug, path in paths.items():
        for args in (["show", slug], ["show", slug, "--json"], ["phase", slug, "--json"]):
            result = invoke(root, *args)
            if "--json" in args and result.exit_code == 0:
                _strict_json(result.stdout)
        loads = not reported[slug] or _only_mode_or_id_problems(check.stdout, slug)
        for args in (["log", slug, "--concern", "fuzz"], ["log", slug, "--closing", "yes"],
                     ["offer", slug, "fuzz offer"], ["edit", slug], ["add", slug]):
            old = path.read_bytes()
            before = snapshot(root)
            result = invoke(root, *args)
            new = path.read_bytes()
            if result.exit_code != 0:
                assert snapshot(root) == before, args
            elif "--closing" in args:
                # Closing an offer edits it in place: nothing else may go.
                assert loads, (f"a broken file was written by {args}", check.stdout)
                _assert_kept(old, new)
            elif args[0] in ("log", "offer"):
                assert loads, (f"a broken file was written by {args}", check.stdout)
                assert new.startswith(old) and new != old, args
            else:
                assert new == old, args
            if not loads:
                assert new == old, f"{args} rewrote a broken file"
        if args and not loads:
            assert path.read_bytes() == files[slug]


def _strict_json(text: str) -> Any:
    """JSON as the standard has it: no NaN or Infinity."""
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def _assert_kept(old: bytes, new: bytes) -> None:
    """Every comment line and every interaction of ``old`` is still in ``new``."""
    before, after = tomllib.loads(old.decode()), tomllib.loads(new.decode())
    kept = after.get("interaction", [])[: len(before.get("interaction", []))]
    assert kept == before.get("interaction", [])
    comments = [line for line in old.decode().splitlines() if line.strip().startswith("#")]
    assert all(line in new.decode().splitlines() for line in comments)


def _only_mode_or_id_problems(check_output: str, slug: str) -> bool:
    """Problems `relj check` reports although the file loads (duplicate ids, dangling offers)."""
    lines = [
        line for line in check_output.splitlines() if line.startswith(f"customers/{slug}.toml:")
    ]
    loadable = ("used twice", "does not exist", "readable by others")
    return all(any(word in line for word in loadable) for line in lines)


# -- the tests -------------------------------------------------------------------


def test_the_seeds_are_valid_and_check_passes(journal: Path) -> None:
    files = {f"seed-{n}": data for n, data in enumerate(SEEDS)}
    for data in files.values():
        assert _toml_ok(data)
    exercise(journal, files)
    assert invoke(journal, "check").exit_code == 0


@SETTINGS
@given(data=mutated())
def test_a_mutated_customer_file(journal: Path, data: bytes) -> None:
    exercise(journal, {"mutant": data})
    (journal / "customers" / "mutant.toml").unlink()


@SETTINGS
@given(files=st.lists(mutated(), min_size=2, max_size=4))
def test_several_broken_files_are_each_reported(journal: Path, files: list[bytes]) -> None:
    named = {f"m{n}": data for n, data in enumerate(files)}
    exercise(journal, named)
    for slug in named:
        (journal / "customers" / f"{slug}.toml").unlink()


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes(journal: Path, data: bytes) -> None:
    exercise(journal, {"noise": data})
    (journal / "customers" / "noise.toml").unlink()


@SETTINGS
@given(key=st.sampled_from(["name", "since", "why", "cadence", "tags", "phase", "ended",
                            "contact", "offer", "interaction"]),
       sub=st.sampled_from(["id", "at", "channel", "with", "genuine", "concern", "mood", "pitched",
                            "signals", "closing", "offer", "follow_up", "note", "by", "name",
                            "role", "key", "what", "value", "currency", "opened", "status",
                            "closed", "email"]),
       value=st.sampled_from(WRONG_VALUES))
def test_wrong_types_are_reported_at_their_line(
    journal: Path, key: str, sub: str, value: str
) -> None:
    text = 'name = "Typed"\nsince = 2025-01-01\n'
    if key in ("contact", "offer", "interaction"):
        base = {"contact": 'name = "C"\n', "offer": 'id = "o-1"\nwhat = "w"\n',
                "interaction": "at = 2026-01-01\n"}[key]
        body = "\n".join(line for line in base.splitlines() if not line.startswith(sub + " "))
        text += f"\n[[{key}]]\n{body}\n{sub} = {value}\n"
        line_of_value = text.count("\n")
    else:
        text = "\n".join(line for line in text.splitlines() if not line.startswith(key + " "))
        text += f"\n{key} = {value}\n"
        line_of_value = text.count("\n")
    data = text.encode("utf-8")
    exercise(journal, {"typed": data})
    check = invoke(journal, "check")
    lines = re.findall(r"^customers/typed\.toml:(\d+): (.*)$", check.stdout, re.MULTILINE)
    if lines and _toml_ok(data) and not _only_mode_or_id_problems(check.stdout, "typed"):
        # A wrong type points at its own line (or, if missing, at its table).
        assert any(int(n) in (line_of_value, 1) or int(n) >= line_of_value - 3 for n, _ in lines), (
            text, lines)
    (journal / "customers" / "typed.toml").unlink()


def test_a_broken_example_file_leaves_the_rest_of_the_example_journal_working(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not (EXAMPLE_JOURNAL / "relj.toml").is_file():
        pytest.skip("no example journal yet")
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE_JOURNAL, root)
    monkeypatch.setenv("RELJ_TODAY", "2026-11-24")
    monkeypatch.chdir(root)
    victims = sorted((root / "customers").glob("*.toml"))
    healthy = json.loads(invoke(root, "due", "--all", "--json").stdout)["items"]
    victim = victims[0]
    victim.write_bytes(victim.read_bytes()[: len(victim.read_bytes()) // 2] + b"\n[[interaction\n")
    due = invoke(root, "due", "--all", "--json")
    assert due.exit_code == 0
    left = {item["customer"] for item in json.loads(due.stdout)["items"]}
    assert left == {item["customer"] for item in healthy} - {victim.stem}
    assert f"customers/{victim.name}:" in due.stderr


# -- relj edit must not rewrite what the user did not change ---------------------------


@pytest.mark.parametrize("data", [
    HAND_WRITTEN.replace("\n", "\r\n").encode("utf-8"),
    b"# caf\xe9 in Latin-1\n" + HAND_WRITTEN.encode("utf-8"),
    HAND_WRITTEN.encode("utf-8").replace(b"Bedarf", b"Bed\xffarf"),
    b"\xef\xbb\xbf" + HAND_WRITTEN.encode("utf-8"),
    HAND_WRITTEN.encode("utf-8").rstrip(b"\n"),
    HAND_WRITTEN.replace("\n", "\r").encode("utf-8"),
])
def test_edit_without_a_change_keeps_every_byte(journal: Path, data: bytes) -> None:
    path = write_customer(journal, "odd", data)
    result = invoke(journal, "edit", "odd")
    assert result.exit_code in (0, 1)
    assert path.read_bytes() == data


def test_an_editor_that_saves_latin_1_changes_nothing(
        journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    script = tmp_path / "latin1.py"
    script.write_text("import sys\nopen(sys.argv[1], 'ab').write(b'# caf\\xe9\\n')\n",
                      encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    path = write_customer(journal, "plain", HAND_WRITTEN.encode("utf-8"))
    for args in (["edit", "plain"], ["log", "plain", "--genuine", "--edit"]):
        before = snapshot(journal)
        result = invoke(journal, *args)
        assert result.exit_code == 1, result.output
        assert "UTF-8" in result.stderr
        assert snapshot(journal) == before
    assert path.read_bytes() == HAND_WRITTEN.encode("utf-8")


def test_unknown_keys_of_every_toml_type_give_strict_json(journal: Path) -> None:
    data = (
        b'name = "Typed"\nlocal_time = 07:32:00\nlocal_dt = 1979-05-27T07:32:00\n'
        b"not_a_number = nan\nbig = inf\nsmall = -inf\nnested = {a = [1, 2.5, {b = 00:00:01}]}\n"
        b'\n[[offer]]\nid = "o-1"\nwhat = "x"\nvalue = nan\n'
        b"\n[[interaction]]\nat = 2026-01-01\nwhen = 10:00:00\nscore = inf\n"
    )
    write_customer(journal, "typed", data)
    for args in (["show", "typed", "--json"], ["phase", "typed", "--json"], ["list", "--json"],
                 ["due", "--all", "--json"], ["phase", "--json"]):
        result = invoke(journal, *args)
        assert result.exit_code == 0, result.output
        _strict_json(result.stdout)
    shown = _strict_json(invoke(journal, "show", "typed", "--json").stdout)
    assert shown["local_time"] == "07:32:00" and shown["not_a_number"] == "nan"
    assert shown["interactions"][0]["when"] == "10:00:00"


# -- closing an offer is an edit in place: everything else must stay --------------------

CLOSING_LAYOUTS = {
    "plain": '[[offer]]\nid = "o-1"\nwhat = "x"\nstatus = "open"\n',
    "comments": '[[offer]]  # the big one\n# id follows\nid = "o-1"   # keep me\nwhat = "x"\n'
                'status = "open" # still open\n\n# trailing comment\n',
    "literal": "[[offer]]\nid = 'o-1'\nwhat = '''multi\nline'''\nstatus = 'open'\n",
    "no-status": '[[offer]]\nid = "o-1"\nwhat = "x"\n',
    "quoted-keys": '[[offer]]\n"id" = "o-\\u0031"\n"what" = "x"\n"status" = "open"\n',
    "inline": 'offer = [{id = "o-1", what = "x", status = "open"}]\n',
    "two-offers": '[[offer]]\nid = "o-0"\nwhat = "y"\nstatus = "won"\n\n'
                  '[[offer]]\nid = "o-1"\nwhat = "x"\nstatus = "open"\nopened = 2026-01-01\n',
    "interleaved": '[[offer]]\nid = "o-1"\nwhat = "x"\nstatus = "open"\n\n[[interaction]]\n'
                   'at = 2026-02-01\nconcern = "c"\n\n[[offer]]\nid = "o-2"\nwhat = "z"\n'
                   'status = "lost"\n',
    "sub-table": '[[offer]]\nid = "o-1"\nwhat = "x"\nstatus = "open"\n[offer.terms]\ndays = 30\n',
}


@pytest.mark.parametrize("crlf", [False, True])
@pytest.mark.parametrize("prospect", [False, True])
@pytest.mark.parametrize("layout", list(CLOSING_LAYOUTS))
def test_closing_an_offer_changes_only_that_offer(
        journal: Path, layout: str, prospect: bool, crlf: bool) -> None:
    head = '# top comment\nname = "Closer"   # name comment\n'
    head += "" if prospect else "since = 2025-01-01\n"
    head += 'tags = ["a",  "b"]  # odd spacing\n\n[[contact]]\nname = "C"\n\n'
    text = head + CLOSING_LAYOUTS[layout]
    data = text.replace("\n", "\r\n").encode() if crlf else text.encode()
    path = write_customer(journal, "closer", data)
    result = invoke(journal, "log", "closer", "--closing", "yes", "--offer", "o-1",
                    "--at", "2026-11-20")
    new = path.read_bytes()
    if result.exit_code != 0:
        assert new == data
        return
    before, after = tomllib.loads(data.decode()), tomllib.loads(new.decode())
    offers = after["offer"] if isinstance(after["offer"], list) else [after["offer"]]
    closed = [o for o in offers if o["id"] == "o-1"]
    assert closed and closed[0]["status"] == "won" and str(closed[0]["closed"]) == "2026-11-20"
    expected = json.loads(json.dumps(before, default=str))
    for offer in expected["offer"]:
        if offer["id"] == "o-1":
            offer.update(status="won", closed="2026-11-20")
    expected.setdefault("since", "2026-11-20")
    appended = after["interaction"][-1]
    expected.setdefault("interaction", []).append(json.loads(json.dumps(appended, default=str)))
    assert json.loads(json.dumps(after, default=str)) == expected
    old_lines = data.decode().splitlines()
    comments = [line for line in old_lines if "#" in line and "status" not in line]
    assert all(line in new.decode().splitlines() for line in comments), new.decode()
