"""Nothing leaked: relj reads and writes only inside the journal, never runs a
shell, and keeps personal data readable by its owner alone.
"""

from __future__ import annotations

import os
import re
import shlex
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.helpers import ROOT, init_journal, invoke, snapshot

DECOY = 'name = "SECRET OUTSIDE"\nwhy = "leaked-marker"\n'


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    """A journal with one customer, and decoy customer files outside it."""
    root = init_journal(tmp_path / "outer" / "journal")
    assert invoke(root, "add", "Acme", "--since", "2024-01-01").exit_code == 0
    outside = tmp_path / "outer"
    for decoy in (outside / "secret.toml", tmp_path / "secret.toml", outside / "customers.toml"):
        decoy.write_text(DECOY, encoding="utf-8")
    (outside / "elsewhere").mkdir()
    (outside / "elsewhere" / "acme.toml").write_text(DECOY, encoding="utf-8")
    return {"root": root, "outside": tmp_path}


def outside_snapshot(world: dict[str, Path]) -> dict[str, bytes]:
    """Every file outside the journal (the journal's own files excluded)."""
    root = world["root"]
    return {
        name: data for name, data in snapshot(world["outside"]).items()
        if not (world["outside"] / name).is_relative_to(root)
    }


def no_leak(result: object) -> None:
    text = result.output + (result.stderr or "")  # type: ignore[attr-defined]
    assert "SECRET OUTSIDE" not in text and "leaked-marker" not in text
    assert "Traceback" not in text


# -- names, queries and --journal paths ---------------------------------------

PATHY = st.one_of(
    st.sampled_from([
        "../secret", "../../secret", "/etc/passwd", "..", ".", "customers/../../secret",
        "..\\..\\secret", "~/secret", "$HOME/secret", "acme/../../secret", "secret.toml",
        "../secret.toml", "elsewhere/acme", "./acme", "acme\n../secret", "acme/", ".acme",
        "-acme", "ACME/../x", "%2e%2e%2fsecret", "\u2025/secret", "\uff0e\uff0e/secret",
    ]),
    st.lists(st.sampled_from(["..", ".", "/", "secret", "toml", "acme", "\\", "~", "-"]),
             min_size=1, max_size=8).map("".join),
)


@pytest.mark.slow  # fuzzing
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=PATHY)
def test_names_write_only_plain_files_inside_customers(world: dict[str, Path], name: str) -> None:
    root = world["root"]
    before_outside = outside_snapshot(world)
    before = set(os.listdir(root / "customers"))
    result = invoke(root, "add", name)
    assert result.exit_code in (0, 1, 2), result.output
    no_leak(result)
    assert outside_snapshot(world) == before_outside
    for entry in set(os.listdir(root / "customers")) - before:
        assert re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?\.toml", entry), entry
        assert (root / "customers" / entry).is_file()
    assert sorted(p.name for p in root.iterdir()) == [".gitattributes", ".gitignore", ".relj",
                                                      "customers", "relj.toml"]


@pytest.mark.slow  # fuzzing
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=PATHY)
def test_customer_queries_never_read_or_write_outside(world: dict[str, Path], query: str) -> None:
    root = world["root"]
    before_outside = outside_snapshot(world)
    for args in (["show", query], ["show", query, "--json"], ["phase", query],
                 ["log", query, "--concern", "x"], ["offer", query, "thing"], ["edit", query]):
        result = invoke(root, *args)
        assert result.exit_code in (0, 1, 2), (args, result.output)
        no_leak(result)
    assert outside_snapshot(world) == before_outside


@pytest.mark.parametrize("journal", ["outer", "outer/elsewhere", "outer/secret.toml",
                                     "outer/journal/customers", "outer/journal/.relj",
                                     "outer/journal/../journal/customers/..", "nowhere/at/all"])
def test_a_journal_path_that_is_not_a_journal_writes_nothing(
        world: dict[str, Path], journal: str) -> None:
    target = world["outside"] / journal
    before = snapshot(world["outside"])
    for args in (["due"], ["log", "acme", "--concern", "x"], ["add", "Evil"], ["check"],
                 ["show", "acme"], ["offer", "acme", "x"]):
        from relj.cli import app

        result = CliRunner().invoke(app, ["-J", str(target), *args])
        if journal.endswith("/.."):  # that one is the real journal: it works
            assert result.exit_code in (0, 1), result.output
            continue
        assert result.exit_code == 1, (args, result.output)
        assert "relj.toml" in result.stderr or "journal" in result.stderr
        no_leak(result)
    if not journal.endswith("/.."):
        assert snapshot(world["outside"]) == before
        assert not (target / ".relj").exists() and not (target / "customers").exists()


def test_an_empty_journal_path_is_refused_not_taken_as_the_default(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from relj.cli import app

    monkeypatch.chdir(tmp_path)
    home = Path(os.environ["HOME"])
    for args in (["-J", "", "init"], ["--journal=", "init", "--no-git"], ["-J", " ", "due"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code in (1, 2), (args, result.output)
        assert not (home / "relj").exists()
        assert not (tmp_path / "relj.toml").exists()


# -- symbolic links --------------------------------------------------------------


def _link_refused(world: dict[str, Path], slug: str) -> None:
    root = world["root"]
    before_outside = outside_snapshot(world)
    link = root / "customers" / f"{slug}.toml"
    for args in (["show", slug], ["show", slug, "--json"], ["log", slug, "--concern", "x"],
                 ["offer", slug, "thing"], ["edit", slug], ["phase", slug]):
        result = invoke(root, *args)
        assert result.exit_code == 1, (args, result.output)
        no_leak(result)
    check = invoke(root, "check")
    assert check.exit_code == 1
    assert re.search(rf"customers/{slug}\.toml:1: .*symbolic link", check.stdout), check.output
    no_leak(check)
    due = invoke(root, "due", "--all", "--json", "--today", "2026-11-24")
    assert due.exit_code == 0, due.output
    no_leak(due)
    listed = invoke(root, "list", "--json", "--today", "2026-11-24")
    assert listed.exit_code == 0 and '"acme"' in listed.stdout
    no_leak(listed)
    add = invoke(root, "add", slug.replace("-", " "))
    assert add.exit_code in (0, 1)
    assert link.is_symlink(), "the link itself is left alone"
    assert outside_snapshot(world) == before_outside


def test_a_file_symlink_to_outside_is_refused(world: dict[str, Path]) -> None:
    (world["root"] / "customers" / "mole.toml").symlink_to(world["outside"] / "secret.toml")
    _link_refused(world, "mole")


def test_a_relative_symlink_to_outside_is_refused(world: dict[str, Path]) -> None:
    (world["root"] / "customers" / "mole.toml").symlink_to("../../secret.toml")
    _link_refused(world, "mole")


def test_a_dangling_symlink_is_refused_and_never_created_through(world: dict[str, Path]) -> None:
    target = world["outside"] / "created-through-link.toml"
    (world["root"] / "customers" / "ghost.toml").symlink_to(target)
    _link_refused(world, "ghost")  # this adds "ghost" too: it must get another file
    assert not target.exists()
    assert (world["root"] / "customers" / "ghost-2.toml").is_file()
    assert not (world["root"] / "customers" / "ghost-2.toml").is_symlink()


def test_a_folder_symlink_named_like_a_customer_is_refused(world: dict[str, Path]) -> None:
    (world["root"] / "customers" / "folder.toml").symlink_to(
        world["outside"] / "outer" / "elsewhere"
    )
    _link_refused(world, "folder")


@pytest.mark.parametrize("folder", ["customers", ".relj"])
def test_a_symlinked_journal_folder_is_refused(world: dict[str, Path], folder: str) -> None:
    """A cloned journal whose customers/ or .relj/ is a link must not make relj
    read, lock or write elsewhere."""
    root = world["root"]
    elsewhere = world["outside"] / "outer" / "elsewhere"
    real = root / folder
    if folder == "customers":
        (elsewhere / "acme.toml").write_bytes((real / "acme.toml").read_bytes())
    import shutil

    shutil.rmtree(real)
    real.symlink_to(elsewhere)
    before = snapshot(elsewhere)
    for args in (["log", "acme", "--concern", "x"], ["add", "Globex"], ["offer", "acme", "x"],
                 ["due"], ["show", "acme"], ["edit", "acme"], ["check"]):
        result = invoke(root, *args)
        assert result.exit_code == 1, (args, result.output)
        assert "symbolic link" in result.stderr, (args, result.output)
        assert "Traceback" not in result.output
    assert snapshot(elsewhere) == before
    assert sorted(os.listdir(elsewhere)) == sorted(before)


def test_a_symlinked_settings_file_is_not_read(world: dict[str, Path]) -> None:
    root = world["root"]
    secret = world["outside"] / "settings-secret.toml"
    secret.write_text('lang = "de"\n', encoding="utf-8")
    (root / "relj.toml").unlink()
    (root / "relj.toml").symlink_to(secret)
    result = invoke(root, "check")
    assert result.exit_code == 1
    assert "relj.toml:1:" in result.output and "symbolic link" in result.output


# -- no shell, ever ------------------------------------------------------------

SHELLY = [
    "$(touch {canary})", "`touch {canary}`", "; touch {canary}", "| touch {canary}",
    "&& touch {canary}", "\n touch {canary}", "' ; touch {canary} ; '", '" ; touch {canary} ; "',
]


def test_no_source_file_uses_a_shell() -> None:
    offenders = []
    for path in sorted((ROOT / "relj").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for pattern in (r"shell\s*=\s*True", r"os\.system\(", r"os\.popen\(", r"os\.exec\w*p?\(",
                        r"getoutput\(", r"getstatusoutput\(", r"os\.spawn"):
            if re.search(pattern, text):
                offenders.append(f"{path.relative_to(ROOT)}: {pattern}")
    assert offenders == []


def test_values_from_files_never_reach_a_shell(
        world: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = world["root"]
    canary = tmp_path / "canary"
    values = [v.format(canary=canary) for v in SHELLY]
    text = f'name = {_toml_str(values[0])}\nwhy = {_toml_str(values[1])}\ncadence = "3w"\n'
    text += f"tags = [{', '.join(_toml_str(v) for v in values[2:5])}]\n"
    text += f'\n[[contact]]\nname = {_toml_str(values[5])}\nrole = {_toml_str(values[6])}\n'
    text += (f'\n[[offer]]\nid = {_toml_str(values[7])}\nwhat = {_toml_str(values[0])}\n'
             f'opened = 2026-01-01\nstatus = "open"\n')
    text += (
        f'\n[[interaction]]\nid = "i-1"\nat = 2026-11-01\nconcern = {_toml_str(values[1])}\n'
        f"note = {_toml_str(values[2])}\nwith = {_toml_str(values[3])}\n"
        f"by = {_toml_str(values[4])}\n"
        f"follow_up = 2026-11-10\n"
    )
    (root / "customers" / "shell.toml").write_text(text, encoding="utf-8")
    calls: list[tuple[object, dict]] = []
    real_popen = subprocess.Popen.__init__

    def spy(self: object, args: object, *rest: object, **kw: object) -> None:
        calls.append((args, kw))
        real_popen(self, args, *rest, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(subprocess.Popen, "__init__", spy)
    monkeypatch.setattr(os, "system", lambda *a: pytest.fail("os.system called"))
    monkeypatch.setattr(os, "popen", lambda *a, **k: pytest.fail("os.popen called"))
    editor = _editor_script(tmp_path / "plain", "append")
    monkeypatch.setenv("EDITOR", shlex.quote(str(editor)))
    for args in (
        ["due", "--all"],
        ["due", "--json"],
        ["show", "shell"],
        ["show", "shell", "--json"],
        ["phase"],
        ["list"],
        ["check"],
        ["log", "shell", "--concern", values[3]],
        ["offer", "shell", values[4]],
        ["edit", "shell"],
        ["log", "shell", "--edit"],
        *_optional_commands(tmp_path),
    ):
        result = invoke(root, "--today", "2026-11-24", *args)
        assert result.exit_code in (0, 1, 2), (args, result.output)
        assert "Traceback" not in result.output
    assert not canary.exists()
    for args, kw in calls:
        assert not kw.get("shell"), args
        assert isinstance(args, list | tuple), args


def _optional_commands(tmp_path: Path) -> list[list[str]]:
    """Commands that other parts of relj add; each is run if it exists."""
    from typer.main import get_command

    from relj.cli import app

    names = set(get_command(app).commands)  # type: ignore[attr-defined]
    wanted = {
        "report": ["report", "--svg", str(tmp_path / "r.svg")],
        "export": ["export", "--format", "ics"],
    }
    found = [args for name, args in wanted.items() if name in names]
    if "export" in names:
        found += [["export", "--format", "json"], ["export", "--format", "csv"]]
    return found


def _toml_str(value: str) -> str:
    import json

    return json.dumps(value)  # a JSON string is a valid TOML basic string


# -- $EDITOR without a shell ---------------------------------------------------


def _editor_script(folder: Path, action: str) -> Path:
    """An editor that records its argv next to itself and changes the file."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "fake editor.py"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, sys, pathlib\n"
        "here = pathlib.Path(__file__).parent\n"
        "(here / 'argv.json').write_text(json.dumps(sys.argv[1:]))\n"
        "path = pathlib.Path(sys.argv[-1])\n"
        f"if {action!r} == 'append':\n"
        "    text = path.read_text()\n"
        "    if path.suffix == '.toml':\n"
        "        path.write_text(text + '\\n# edited\\n')\n"
        "    else:\n"
        "        path.write_text('a note from the editor')\n",
        encoding="utf-8")
    script.chmod(0o700)
    return script


def test_editor_with_spaces_and_arguments_runs_without_a_shell(
        world: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = world["root"]
    canary = tmp_path / "canary"
    script = _editor_script(tmp_path / "my editors", "append")
    monkeypatch.setenv("EDITOR", f'"{script}" --wait "two words" \'$(touch {canary})\'')
    result = invoke(root, "edit", "acme")
    assert result.exit_code == 0, result.output
    argv = __import__("json").loads((script.parent / "argv.json").read_text())
    assert argv[:3] == ["--wait", "two words", f"$(touch {canary})"]
    assert argv[3].endswith(".toml")
    assert (root / "customers" / "acme.toml").read_text().endswith("# edited\n")
    assert not canary.exists()
    monkeypatch.setenv("VISUAL", f"{shlex.quote(str(script))} -n")
    result = invoke(root, "log", "acme", "--genuine", "--edit")
    assert result.exit_code == 0, result.output
    assert "a note from the editor" in (root / "customers" / "acme.toml").read_text()
    # The note was edited in the journal's private folder, and is gone after.
    note = Path(__import__("json").loads((script.parent / "argv.json").read_text())[-1])
    assert note.parent == root / ".relj" and not note.exists()


@pytest.mark.parametrize("editor", ["nonexistent-editor-xyz", "'unclosed", "", "   ",
                                    "true; touch {canary}", "sh -c 'exit 3'"])
def test_a_bad_editor_is_one_clear_line_and_changes_nothing(
    world: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, editor: str
) -> None:
    root = world["root"]
    canary = tmp_path / "canary"
    # An empty $EDITOR falls back to vi: a stand-in that records it ran (a real
    # vi would wait for a terminal).
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "vi").write_text(f"#!/bin/sh\ntouch {tmp_path / 'vi-ran'}\n", encoding="utf-8")
    (bin_dir / "vi").chmod(0o700)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("EDITOR", editor.format(canary=canary))
    before = snapshot(root)
    for args in (["edit", "acme"], ["log", "acme", "--genuine", "--edit"]):
        result = invoke(root, *args)
        if editor == "":
            assert result.exit_code == 0 and (tmp_path / "vi-ran").exists(), result.output
            continue
        assert result.exit_code == 1, (args, result.output)
        assert (
            len(result.stderr.strip().splitlines()) == 1 and "internal error" not in result.stderr
        )
    if editor:
        assert snapshot(root) == before
    assert not canary.exists()
    assert not list((root / ".relj").glob("relj-*")), "the editor's temporary copy is removed"


# -- modes ---------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_new_files_and_folders_are_private_even_with_an_open_umask(tmp_path: Path) -> None:
    from tests.helpers import installed_relj

    root = tmp_path / "new" / "journal"
    env = {**os.environ, "RELJ_JOURNAL": str(root)}

    def run(*args: str) -> None:
        result = subprocess.run(
            [*installed_relj(), *args],
            env=env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            preexec_fn=lambda: os.umask(0),
            timeout=60,
        )
        assert result.returncode == 0, result.stderr

    run("init", str(root), "--no-git")
    run("add", "Acme")
    run("log", "acme", "--concern", "x")
    run("offer", "acme", "thing")
    for path in [root, *root.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        assert _mode(path) == expected, (path, oct(_mode(path)))


def test_a_write_never_loosens_and_tightens_a_loose_file(world: dict[str, Path]) -> None:
    path = world["root"] / "customers" / "acme.toml"
    path.chmod(0o644)
    assert invoke(world["root"], "log", "acme", "--concern", "x").exit_code == 0
    assert _mode(path) == 0o600


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o666, 0o601])
def test_check_reports_a_customer_file_readable_by_others(
    world: dict[str, Path], mode: int
) -> None:
    path = world["root"] / "customers" / "acme.toml"
    path.chmod(mode)
    result = invoke(world["root"], "check")
    assert result.exit_code == 0  # a warning (SPEC §6): git writes by the umask on every pull
    assert re.search(rf"customers/acme\.toml:1: warning: .*{oct(mode)}", result.stdout), \
        result.output
    path.chmod(0o600)
    assert invoke(world["root"], "check").exit_code == 0


@pytest.mark.parametrize("folder", ["customers", ".relj", "."])
def test_check_reports_a_journal_folder_open_to_others(world: dict[str, Path], folder: str) -> None:
    target = world["root"] / folder
    target.mkdir(exist_ok=True)
    target.chmod(0o755)
    result = invoke(world["root"], "check")
    assert result.exit_code == 0, result.output  # a warning, as for files
    assert "warning: " in result.stdout and "0o755" in result.stdout
    target.chmod(0o700)
    assert invoke(world["root"], "check").exit_code == 0


# -- commands that other parts of relj add (each test skips until its command exists) ----


def _command_names() -> set[str]:
    from typer.main import get_command

    from relj.cli import app

    return set(get_command(app).commands)  # type: ignore[attr-defined]


def _needs(command: str) -> None:
    if command not in _command_names():
        pytest.skip(f"relj has no command {command!r} yet")


HOSTILE_NAMES = ["../../evil", "/etc/passwd", "..", ".", "a/../../b", "..\\..\\evil", "~/evil",
                 "customers/../../evil", "\u2025/evil", "evil\nname = 'x'", "evil\"; rm -rf /"]


def test_import_names_cannot_write_outside_customers(world: dict[str, Path]) -> None:
    _needs("import")
    root = world["root"]
    csv_file = world["outside"] / "rows.csv"
    lines = ["name,company,email"] + [
        f'"{n.replace(chr(34), chr(34) * 2)}",,' for n in HOSTILE_NAMES
    ]
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    vcf = world["outside"] / "cards.vcf"
    vcf.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{n.splitlines()[0]}\r\nEND:VCARD\r\n"
                           for n in HOSTILE_NAMES), encoding="utf-8")
    before_outside = outside_snapshot(world)
    for source in (csv_file, vcf):
        result = invoke(root, "import", str(source))
        assert result.exit_code in (0, 1), result.output
        no_leak(result)
    assert outside_snapshot(world) == before_outside
    for entry in os.listdir(root / "customers"):
        assert re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?\.toml", entry), entry
        path = root / "customers" / entry
        assert path.is_file() and not path.is_symlink() and _mode(path) == 0o600
    assert invoke(root, "check").exit_code == 0


def test_an_import_file_name_is_only_read(world: dict[str, Path]) -> None:
    _needs("import")
    root = world["root"]
    before = snapshot(world["outside"])
    for name in ["../secret.toml", "/etc/passwd", "/dev/null", str(world["outside"] / "outer"),
                 "nonexistent.csv", "-", "secret.toml\x7f"]:
        result = invoke(root, "import", name)
        assert result.exit_code in (0, 1, 2), (name, result.output)
        no_leak(result)
    after = snapshot(world["outside"])
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert all((world["outside"] / k).is_relative_to(root / "customers") for k in changed), changed


def _merge_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    base = 'name = "Acme"\n\n[[interaction]]\nid = "i-1"\nat = 2026-01-01\nconcern = "a"\n'
    files = {
        "base": base,
        "ours": base + '\n[[interaction]]\nid = "i-2"\nat = 2026-02-01\nconcern = "ours"\n',
        "theirs": base + '\n[[interaction]]\nid = "i-3"\nat = 2026-03-01\nconcern = "theirs"\n',
    }
    paths = {}
    for name, text in files.items():
        paths[name] = folder / f".merge_file_{name}"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def test_the_merge_driver_writes_only_ours(world: dict[str, Path], tmp_path: Path) -> None:
    _needs("merge-driver")
    root = world["root"]
    paths = _merge_files(root)
    before = snapshot(world["outside"])
    result = invoke(
        root, "merge-driver", str(paths["base"]), str(paths["ours"]), str(paths["theirs"])
    )
    assert result.exit_code in (0, 1), result.output
    after = snapshot(world["outside"])
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert changed <= {str(paths["ours"].relative_to(world["outside"]))}, changed


@pytest.mark.parametrize("trick", ["ours-symlink", "outside-args", "missing", "directory", "same"])
def test_merge_driver_arguments_cannot_write_elsewhere(
        world: dict[str, Path], tmp_path: Path, trick: str) -> None:
    _needs("merge-driver")
    root = world["root"]
    paths = _merge_files(root)
    victim = world["outside"] / "secret.toml"
    args = [str(paths["base"]), str(paths["ours"]), str(paths["theirs"])]
    if trick == "ours-symlink":
        paths["ours"].unlink()
        paths["ours"].symlink_to(victim)
    elif trick == "outside-args":
        args = ["../secret.toml", "../../secret.toml", "/etc/hostname"]
    elif trick == "missing":
        args = [str(root / "nope1"), str(root / "nope2"), str(root / "nope3")]
    elif trick == "directory":
        args = [str(root / "customers"), str(root / ".relj"), str(root)]
    else:
        args = [str(paths["ours"])] * 3
    before = snapshot(world["outside"])
    result = invoke(root, "merge-driver", *args)
    assert result.exit_code in (0, 1, 2), result.output
    no_leak(result)
    after = snapshot(world["outside"])
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    allowed = {str(paths["ours"].relative_to(world["outside"]))} if trick == "same" else set()
    assert changed <= allowed, changed
    assert victim.read_text(encoding="utf-8") == DECOY


def test_report_and_export_files_are_private(world: dict[str, Path], tmp_path: Path) -> None:
    names = _command_names()
    if not {"report", "export"} & names:
        pytest.skip("relj has no report or export yet")
    root = world["root"]
    invoke(root, "log", "acme", "--concern", "x", "--follow-up", "2026-12-01")
    written = []
    if "report" in names:
        svg = tmp_path / "report.svg"
        result = invoke(root, "report", "--svg", str(svg))
        assert result.exit_code == 0, result.output
        written.append(svg)
    for path in written:
        assert _mode(path) & 0o077 == 0, (path, oct(_mode(path)))


@pytest.mark.parametrize("name", [".gitignore", ".gitattributes"])
def test_init_refuses_a_symlinked_git_file(tmp_path: Path, name: str) -> None:
    from typer.testing import CliRunner

    from relj.cli import app

    secret = tmp_path / "secret.txt"
    secret.write_text("password=hunter2\n", encoding="utf-8")
    root = tmp_path / "journal"
    root.mkdir()
    (root / name).symlink_to(secret)
    result = CliRunner().invoke(app, ["init", str(root), "--no-git"])
    assert result.exit_code == 1 and "symbolic link" in result.output
    assert (root / name).is_symlink() and secret.read_text() == "password=hunter2\n"
    assert sorted(p.name for p in root.iterdir()) == [name]  # nothing else was made
    assert "hunter2" not in "".join(p.read_text(errors="replace") for p in root.rglob("*")
                                    if p.is_file() and not p.is_symlink())
