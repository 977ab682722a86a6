"""How the screens read to people (issue 12): dates as the language writes them, counts
with the right singular or plural, advice that names only commands relj has, and
`relj due --all` saying what it shows.

Machine-readable output (JSON, files) keeps ISO dates in every language.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import string
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

import relj.messages
from relj.cli import app
from relj.i18n import plural, t
from tests.helpers import invoke

TODAY = "2026-11-24"
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
GERMAN_DAY = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
SCREENS = [("due",), ("due", "--all"), ("show", "keller"), ("show", "northwind"),
           ("phase", "alder"), ("phase",), ("report",), ("list",),
           ("list", "--phase", "verliebtheit")]  # a German word for a code (issue 13)


def _screen(journal: Path, lang: str, *args: str) -> str:
    result = invoke(journal, "--lang", lang, *args, today=TODAY)
    assert result.exit_code == 0, result.output
    return result.stdout


# -- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize("args", SCREENS, ids=" ".join)
def test_german_screens_write_dates_as_german_readers_do(example_journal: Path,
                                                         args: tuple[str, ...]) -> None:
    text = _screen(example_journal, "de", *args)
    assert ISO_DAY.findall(text) == [], text


def test_the_german_screens_show_german_dates(example_journal: Path) -> None:
    assert "Fällig am 24.11.2026" in _screen(example_journal, "de", "due")
    assert "Portfolio am 24.11.2026" in _screen(example_journal, "de", "report")
    shown = _screen(example_journal, "de", "show", "keller")
    assert "Kunde seit 04.05.2026" in shown and "Ernüchterung seit 20.08.2026" in shown


@pytest.mark.parametrize("args", SCREENS, ids=" ".join)
def test_english_screens_keep_iso_dates(example_journal: Path, args: tuple[str, ...]) -> None:
    text = _screen(example_journal, "en", *args)
    assert GERMAN_DAY.findall(text) == [], text
    if args[0] != "list":  # the list shows no dates
        assert ISO_DAY.search(text), text


@pytest.mark.parametrize("args", [("due", "--all", "--json"), ("phase", "--json"),
                                  ("show", "northwind", "--json")], ids=" ".join)
def test_json_keeps_iso_dates_in_german_too(example_journal: Path, args: tuple[str, ...]) -> None:
    text = _screen(example_journal, "de", *args)
    json.loads(text)
    assert GERMAN_DAY.findall(text) == []
    assert ISO_DAY.search(text)


def test_a_reason_with_a_date_says_it_in_the_screens_language_and_iso_in_json(
        example_journal: Path) -> None:
    """Northwind's follow-up reason carries its day; JSON keeps it ISO in German."""
    data = json.loads(_screen(example_journal, "de", "due", "--json"))
    texts = [r["text"] for item in data["items"] for r in item["reasons"]
             if r["code"] == "follow-up"]
    assert texts and all(ISO_DAY.search(text) for text in texts), texts
    screen = _screen(example_journal, "de", "show", "northwind")
    assert GERMAN_DAY.search(screen) and "Wiedervorlage am" in screen, screen


# -- plurals ----------------------------------------------------------------------------


def test_a_count_chooses_singular_or_plural() -> None:
    assert plural("{n:# day|# days}", {"n": 1}) == "1 day"
    assert plural("{n:# day|# days}", {"n": 2}) == "2 days"
    assert plural("{n:# day|# days}", {"n": 0}) == "0 days"
    assert plural("{n:today|yesterday|# days ago}", {"n": 0}) == "today"
    assert plural("{n:today|yesterday|# days ago}", {"n": 1}) == "yesterday"
    assert plural("{n:today|yesterday|# days ago}", {"n": 12}) == "12 days ago"
    assert t("coach.reason.anniversary", "en", years=1, day="x").startswith("one year ")
    assert t("coach.reason.anniversary", "de", years=5, day="x").startswith("am x 5 Jahre ")
    assert t("screen.show.days_ago", "de", days=1) == "gestern"
    assert t("screen.show.days_ago", "de", days=3) == "vor 3 Tagen"


def _messages() -> list[tuple[str, str, str]]:
    found = []
    for info in pkgutil.iter_modules(relj.messages.__path__):
        module = importlib.import_module(f"relj.messages.{info.name}")
        for key, entry in module.MESSAGES.items():
            found.extend((key, lang, entry[lang]) for lang in ("en", "de"))
    return found


MESSAGES = _messages()
# A count of one followed by a plural noun: "1 days", "vor 1 Tagen", "1 Kunden".
ONE_PLURAL = re.compile(
    r"\b1 (days|weeks|years|contacts|customers|prospects|pitches|cells|columns|entries|"
    r"struggle signals|calm days|changed files|Tagen|Tage|Wochen|Jahre|Jahren|Kontakte|"
    r"Kunden|Angebote|Signale|Zellen|Spalten|Einträge|ruhige Tage|geänderte Dateien)\b")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize(("key", "lang", "text"), MESSAGES,
                         ids=[f"{m[0]}-{m[1]}" for m in MESSAGES])
def test_no_sentence_says_one_with_a_plural(key: str, lang: str, text: str) -> None:
    assert "(s)" not in text and "(en)" not in text and "(e)" not in text
    fields: dict[str, Any] = {name.split("!")[0]: 1 for name in _placeholders(text)}
    said = t(key, lang, **fields) if fields else text
    assert not ONE_PLURAL.search(said), said


def test_the_plural_check_can_fail() -> None:
    assert ONE_PLURAL.search(t("screen.head.days", "en") + " 1 days ago")
    assert ONE_PLURAL.search("vor 1 Tagen")


# -- commands named in advice -----------------------------------------------------------

# English and German words that follow "relj" in prose ("relj can", "relj liest").
PROSE = {"can", "nicht", "cannot", "does", "has", "hat", "holds", "ignores", "ignoriert", "kann",
         "liest", "only", "says", "to", "verwendet", "appends", "logs", "reminds", "rechnen",
         "sie", "geplantes", "hält", "hängt", "is", "keeps", "sees", "will", "writes", "reads",
         "would"}
MENTION = re.compile(r"\brelj ([a-zäöüß][a-zäöüß-]*)"
                     r"((?: (?:[A-Z][A-Z_]*|--[a-z-]+|\{[a-z_]+\}))*)")


def _commands() -> dict[str, set[str]]:
    """Every command of the Typer app with the options it takes."""
    group = typer.main.get_command(app)
    context = typer.Context(group)
    commands: dict[str, set[str]] = {}
    for name in group.list_commands(context):  # type: ignore[attr-defined]
        command = group.get_command(context, name)  # type: ignore[attr-defined]
        commands[name] = {opt for param in command.params for opt in param.opts}
    return commands


COMMANDS = _commands()


def _wrong_mentions(text: str) -> list[str]:
    wrong = []
    for found in MENTION.finditer(text):
        word, tail = found.groups()
        if word in PROSE:
            continue
        if word not in COMMANDS:
            wrong.append(found.group(0))
            continue
        wrong += [f"relj {word} {opt}" for opt in re.findall(r"--[a-z-]+", tail)
                  if opt not in COMMANDS[word]]
    return wrong


@pytest.mark.parametrize(("key", "lang", "text"), MESSAGES,
                         ids=[f"{m[0]}-{m[1]}" for m in MESSAGES])
def test_every_command_a_sentence_names_exists(key: str, lang: str, text: str) -> None:
    assert _wrong_mentions(text) == []


def test_the_command_check_can_fail() -> None:
    assert {"due", "log", "phase"} <= set(COMMANDS)
    assert _wrong_mentions("part on good terms (relj elope)") == ["relj elope"]
    assert _wrong_mentions("use relj log --no-such") == ["relj log --no-such"]
    assert _wrong_mentions("see relj due --all and relj phase KUNDE --set PHASE") == []


# -- due --all -------------------------------------------------------------------------


def _customer(root: Path, slug: str, body: str) -> None:
    (root / "customers" / f"{slug}.toml").write_text(body, encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_due_all_says_so_and_marks_rows_listed_only_because_of_it(tmp_path: Path,
                                                                  lang: str) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["init", str(tmp_path), "--no-git"]).exit_code == 0
    # Quiet: a genuine call yesterday, one known contact (a modifier, no acting reason).
    # Late: no genuine contact for months (an acting reason).
    _customer(tmp_path, "quiet", 'name = "Quiet"\nsince = 2025-01-05\ncadence = "4w"\n\n'
              '[[contact]]\nname = "Ann Lee"\nkey = true\n\n'
              '[[interaction]]\nid = "i1"\nat = 2026-11-23\nchannel = "call"\n'
              'concern = "Plan for 2027"\n')
    _customer(tmp_path, "late", 'name = "Late"\nsince = 2025-01-05\ncadence = "2w"\n\n'
              '[[interaction]]\nid = "i1"\nat = 2026-06-01\nchannel = "call"\n'
              'concern = "Renewal"\n')
    plain = _screen(tmp_path, lang, "due")
    everyone = _screen(tmp_path, lang, "due", "--all")
    only_all = t("coach.due_only_all", lang)
    assert "Late" in plain and only_all not in plain
    assert "(--all)" in everyone.splitlines()[0]
    lines = everyone.splitlines()
    late = next(n for n, line in enumerate(lines) if line.startswith("Late"))
    assert only_all not in " ".join(lines[late:late + 2])
    assert "Quiet" not in plain and "Quiet" in everyone
    quiet = next(n for n, line in enumerate(lines) if line.startswith("Quiet"))
    assert only_all in " ".join(lines[quiet:quiet + 3])


def test_show_and_phase_name_what_due_sees_today_modifiers_too(tmp_path) -> None:
    """SPEC §4 Principle 1: modifiers do not list a customer, but show in show and phase."""
    import shutil

    from tests.helpers import EXAMPLE_JOURNAL, invoke

    journal = tmp_path / "j"
    shutil.copytree(EXAMPLE_JOURNAL, journal)
    for command in ("show", "phase"):
        result = invoke(journal, command, "alder", "--today", "2026-11-24")
        assert result.exit_code == 0, result.output
        assert "to watch: phase at risk, objection" in result.output, result.output
