"""Checks on relj as a whole: help for every command, a README place for every
command, and every message key the code names exists in English and German.

The command list comes from the Typer app itself, so a command added later is
checked without touching this file.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main

import relj.messages
from relj.cli import app
from relj.model import CHANNELS, CLOSING_ANSWERS, OFFER_STATUSES
from tests.helpers import ROOT, invoke

RELJ = ROOT / "relj"
README = ROOT / "README.md"


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command and sub-command (click objects, vendored by typer), depth first."""
    context = typer.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None, name
        yield (*prefix, name), command
        if hasattr(command, "list_commands"):  # a group: its sub-commands too
            yield from _commands(command, (*prefix, name))


COMMANDS = dict(_commands(typer.main.get_command(app)))
NAMES = [" ".join(path) for path in COMMANDS]


def test_there_are_commands_to_check() -> None:
    assert {("due",), ("log",), ("merge-driver",)} <= set(COMMANDS)


# -- (a) help text -------------------------------------------------------------


@pytest.mark.parametrize("path", list(COMMANDS), ids=NAMES)
def test_every_command_has_help_text(path: tuple[str, ...], tmp_path: Path) -> None:
    command = COMMANDS[path]
    description = (command.help or "").strip()
    assert description, f"relj {' '.join(path)} has no docstring or help="
    result = invoke(tmp_path, *path, "--help")
    assert result.exit_code == 0, result.output
    shown = result.output.split("Usage:", 1)[1].split("\n", 1)[1]
    first = " ".join(description.split("\n\n")[0].split())
    assert first[:40] in " ".join(shown.split()), (first, result.output)


# -- (b) a README place for every command ----------------------------------------
#
# The rule: every command a user sees in `relj --help` is shown being run
# somewhere in the README outside "## Development": as a line of a code block
# (`$ relj CMD ...` in the tour, `relj CMD ...` in a ```sh block) or as inline
# code in the prose (`relj CMD ...`). The tour's screens are checked by
# tests/test_readme.py, so most commands are shown working, not only named.
# Hidden commands (merge-driver: git runs it, not the user) are exempt.


def _readme_sections() -> dict[str, str]:
    """The README's text by section heading (# lines inside code blocks are no headings)."""
    sections: dict[str, list[str]] = {"": []}
    heading, fenced = "", False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            heading = line.lstrip("#").strip()
            sections.setdefault(heading, [])
            continue
        sections[heading].append(line)
    return {name: "\n".join(lines) for name, lines in sections.items()}


def _shown_running(name: str, text: str) -> bool:
    command = re.escape(name)
    in_code_block = rf"^(?:\$ )?relj {command}(?:\s|$)"
    inline = rf"`relj {command}(?:\s[^`]*)?`"
    return bool(re.search(in_code_block, text, re.MULTILINE) or re.search(inline, text))


VISIBLE = [name for path, name in zip(COMMANDS, NAMES, strict=True)
           if not COMMANDS[path].hidden]


@pytest.mark.parametrize("name", VISIBLE)
def test_every_command_is_shown_in_the_readme(name: str) -> None:
    places = [heading for heading, text in _readme_sections().items()
              if heading != "Development" and _shown_running(name, text)]
    assert places, f"`relj {name}` is shown nowhere in README.md (outside Development)"


def test_the_readme_rule_can_fail() -> None:
    assert _shown_running("due", "$ relj due --all")
    assert _shown_running("log", "run `relj log acme` after a call")
    assert not _shown_running("log", "run `relj login` or relj log in prose")


# -- (c) message keys ------------------------------------------------------------
#
# Checked statically, in every module of relj/ outside relj/messages/:
# - every string literal shaped like a key (`<area>.<name>`, area one of the
#   catalogues) is a key with English and German words. This covers the
#   literals passed to ReljError, ReljUsageError, FileProblem(path, line, key)
#   and t(...), both branches of `t("a" if x else "b")`, and keys held in
#   variables or tables before they reach t() (e.g. codec's self.fail(..., key));
# - the constant head of a key built at run time (f"labels.phase.{code}",
#   "labels.closing." + answer, prefix "everyday.would_") starts at least one key;
# - families whose members are known codes are checked whole below
#   (test_messages.py checks the signal, mood, phase and coach families).
# Not checkable statically, and so not checked here:
# - keys completed by a suffix: prefix + "added_one" / "import_summary" in
#   cli/data_cmds.py, f"{key}_text" in interchange/exporter.py;
# - tails that are no model code: f"everyday.report.health.{kind}" and its
#   "_names" twin (render/report.py), f"everyday.timeline.kind.{event.kind}"
#   (render/timeline.py); they are shown by tests/test_report.py and
#   tests/test_timeline.py, which fail on a missing key (KeyError).


def _catalogue() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for module in pkgutil.iter_modules(relj.messages.__path__):
        found.update(importlib.import_module(f"relj.messages.{module.name}").MESSAGES)
    return found


CATALOGUE = _catalogue()
AREAS = sorted({key.split(".", 1)[0] for key in CATALOGUE})
KEY_SHAPE = re.compile(rf"^(?:{'|'.join(map(re.escape, AREAS))})\.[A-Za-z0-9_.\-]*$")
CALLS = {"ReljError": 0, "ReljUsageError": 0, "FileProblem": 2, "t": 0}


def _sources() -> Iterator[tuple[Path, ast.AST]]:
    for path in sorted(RELJ.rglob("*.py")):
        if "messages" not in path.relative_to(RELJ).parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _literal_keys() -> list[tuple[str, str]]:
    """(where, text) of every string literal shaped like a key (f-string parts included)."""
    return [(f"{path.relative_to(ROOT)}:{node.lineno}", node.value)
            for path, tree in _sources() for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and KEY_SHAPE.match(node.value)]


def _key_arguments() -> list[tuple[str, ast.expr]]:
    """(where, argument) of the key argument of every ReljError/FileProblem/t call."""
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in CALLS:
                continue
            position = CALLS[name]
            argument = node.args[position] if len(node.args) > position else next(
                (k.value for k in node.keywords if k.arg in ("message_key", "key")), None)
            if argument is not None:
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", argument))
    return found


def _complete(key: str) -> bool:
    entry = CATALOGUE.get(key, {})
    return bool(entry.get("en", "").strip() and entry.get("de", "").strip())


def test_every_key_written_in_the_code_exists_in_english_and_german() -> None:
    literals = _literal_keys()
    assert len(literals) > 150, "the scan found too few keys"
    missing = []
    for where, text in literals:
        if text.endswith((".", "_")):  # the head of a key built at run time
            if not any(key.startswith(text) and _complete(key) for key in CATALOGUE):
                missing.append(f"{where}: no key starts with {text!r}")
        elif not _complete(text):
            missing.append(f"{where}: {text!r} is missing (or lacks en/de)")
    assert not missing, "\n".join(missing)


def test_every_key_argument_is_a_literal_or_built_from_a_known_head() -> None:
    """A key passed to ReljError, FileProblem or t() is checkable, or listed above."""
    kinds = {type(argument).__name__ for _, argument in _key_arguments()}
    assert "Constant" in kinds and "JoinedStr" in kinds
    for where, argument in _key_arguments():
        if isinstance(argument, ast.Constant):
            assert isinstance(argument.value, str) and KEY_SHAPE.match(argument.value), where
        elif isinstance(argument, ast.JoinedStr) and argument.values and isinstance(
                argument.values[0], ast.Constant):
            head = argument.values[0].value
            assert isinstance(head, str) and KEY_SHAPE.match(head), (where, head)


@pytest.mark.parametrize(("head", "codes"), [
    ("labels.channel.", CHANNELS),
    ("labels.closing.", CLOSING_ANSWERS),
    ("everyday.timeline.offer_", ("opened", *(s for s in OFFER_STATUSES if s != "open"))),
    ("coach.why.", ("dream", "challenge", "money")),
])
def test_families_of_keys_are_complete(head: str, codes: tuple[str, ...]) -> None:
    assert [head + code for code in codes if not _complete(head + code)] == []
