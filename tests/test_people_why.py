"""The why, alive: asked at `relj add`, asked again at `relj log` when a struggle begins
and once a year on the anniversary, and the portfolio by why in `relj report`."""

from __future__ import annotations

import os
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from relj.analysis.portfolio import portfolio
from relj.analysis.why import last_anniversary, why_group, why_moment
from relj.model import Customer, Interaction
from relj.settings import Settings
from tests.helpers import init_journal, installed_relj, invoke, write_customer

TODAY = "2026-11-24"
DAY = date(2026, 11, 24)
SETTINGS = Settings()

pty = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def _env(root: Path, lang: str = "en_US.UTF-8", today: str = TODAY) -> dict[str, str]:
    return {**os.environ, "RELJ_JOURNAL": str(root), "LANG": lang, "COLUMNS": "80",
            "RELJ_TODAY": today}


def _terminal(args: list[str], env: dict[str, str]):  # type: ignore[no-untyped-def]
    from tests.test_interactive import Terminal

    return Terminal([*installed_relj(), *args], env)


def _data(root: Path, slug: str) -> dict[str, object]:
    return tomllib.loads((root / "customers" / f"{slug}.toml").read_text(encoding="utf-8"))


# -- relj add --------------------------------------------------------------------------------


@pty
def test_add_on_a_terminal_asks_the_why_and_the_needs(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    term = _terminal(["add", "Acme", "--since", "2026-11-01"], _env(root))
    term.answer("Why do you want Acme as a customer?", "1")
    term.answer("How do they tick", "Numbers first, then the people")
    assert term.finish() == 0, term.screen
    data = _data(root, "acme")
    assert data["why"] == "dream" and data["needs"] == "Numbers first, then the people"


@pty
def test_add_takes_the_why_in_own_words_in_german(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    term = _terminal(["add", "Müller GmbH"], _env(root, "de_DE.UTF-8"))
    term.answer("Warum wollen Sie Müller GmbH als Kunden?", "eigene")
    term.answer("Ihr Warum, in wenigen Worten:", "Mein erster Kunde, ein Herzensprojekt")
    term.answer("Wie tickt der Kunde", "")
    assert term.finish() == 0, term.screen
    data = _data(root, "mueller-gmbh")
    assert data["why"] == "Mein erster Kunde, ein Herzensprojekt" and "needs" not in data


@pty
def test_add_asks_where_an_old_relationship_stands(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    term = _terminal(["add", "Acme", "--since", "2019-03-01", "--why", "money", "--needs",
                      "Quiet service"], _env(root))
    term.answer("where does the relationship stand today?", "4")
    assert term.finish() == 0, term.screen
    data = _data(root, "acme")
    assert data["assessment"] == [{"on": DAY, "phase": "me-you-us"}]
    assert "Why do you want" not in term.screen


def test_add_without_a_terminal_asks_nothing_and_writes_what_was_given(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    result = invoke(root, "add", "Acme", "--since", "2019-03-01", "--needs", "Quiet service",
                    today=TODAY)
    assert result.exit_code == 0, result.output
    data = _data(root, "acme")
    assert data["needs"] == "Quiet service" and "why" not in data and "assessment" not in data


# -- relj log: "still ...?" --------------------------------------------------------------------

STARTED = """name = "Acme"
since = 2026-10-01
why = "money"    # at first
cadence = "3w"

[[interaction]]
id = "i-1"
at = 2026-10-05
genuine = true
concern = "Kick-off"
"""

LOG = ["log", "acme", "--concern", "Talk", "--channel", "call", "--mood", "active",
       "--note", "x"]


@pty
def test_a_struggle_beginning_asks_the_why_again_and_rewrites_it_in_place(
        tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", STARTED)
    term = _terminal([*LOG, "--signal", "conflict"], _env(root))
    term.expect("A struggle has begun with Acme. You wanted them for: the money. Still so?")
    term.answer("1) yes, still", "3")  # 1 still, 2 dream, 3 challenge
    assert term.finish() == 0, term.screen
    assert "Your why is now: the challenge." in term.screen
    text = (root / "customers" / "acme.toml").read_text(encoding="utf-8")
    assert text.splitlines()[2] == 'why = "challenge"    # at first'
    assert _data(root, "acme")["why_asked"] == DAY


@pty
def test_a_log_that_begins_no_struggle_asks_nothing(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", STARTED)
    term = _terminal([*LOG, "--signal", "praise"], _env(root))
    assert term.finish() == 0, term.screen
    assert "Still so?" not in term.screen and "why_asked" not in _data(root, "acme")


YEARS = """name = "Acme"
since = 2024-11-20
why = "dream"

[[interaction]]
id = "i-1"
at = 2026-11-01
genuine = true
concern = "Plans"
"""


@pty
def test_the_anniversary_asks_once_a_year(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", YEARS)
    term = _terminal([*LOG, "--signal", "praise"], _env(root))
    term.answer("2 years with Acme. You wanted them for: a dream customer. Still so?", "")
    assert term.finish() == 0, term.screen
    assert "Still a dream customer: noted." in term.screen
    data = _data(root, "acme")
    assert data["why"] == "dream" and data["why_asked"] == DAY
    again = _terminal([*LOG, "--signal", "praise"], _env(root, today="2026-11-26"))
    assert again.finish() == 0, again.screen
    assert "Still so?" not in again.screen


# -- the moments, pure ------------------------------------------------------------------------


def _customer(since: date | None, *items: Interaction, **kw: object) -> Customer:
    return Customer(slug="acme", name="Acme", since=since, interactions=items,
                    **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("since", "today", "expected"), [
    (date(2024, 11, 20), date(2026, 11, 20), (date(2026, 11, 20), 2)),
    (date(2024, 11, 20), date(2026, 11, 27), (date(2026, 11, 20), 2)),
    (date(2024, 11, 20), date(2026, 11, 28), None),  # more than 7 days after it
    (date(2024, 11, 20), date(2026, 11, 19), None),  # before it
    (date(2026, 1, 5), date(2026, 1, 5), None),  # the first day is no anniversary
    (date(2024, 2, 29), date(2026, 3, 1), (date(2026, 2, 28), 2)),
    (date(2025, 12, 30), date(2027, 1, 2), (date(2026, 12, 30), 1)),  # across New Year
])
def test_the_anniversary_window(since: date, today: date,
                                expected: tuple[date, int] | None) -> None:
    assert last_anniversary(since, today) == expected


def test_an_answer_since_the_anniversary_or_an_end_keeps_it_quiet() -> None:
    talk = Interaction(id="i-1", at=date(2026, 11, 22), genuine=True, concern="x")
    plain = _customer(date(2024, 11, 20), talk)
    moment = why_moment(plain, plain, DAY, SETTINGS)
    assert moment is not None and (moment.kind, moment.years) == ("anniversary", 2)
    asked = replace(plain, raw={"why_asked": date(2026, 11, 21)})
    assert why_moment(asked, asked, DAY, SETTINGS) is None
    last_year = replace(plain, raw={"why_asked": date(2025, 11, 21)})
    assert why_moment(last_year, last_year, DAY, SETTINGS) is not None
    ended = replace(plain, ended=date(2026, 11, 23))
    assert why_moment(ended, ended, DAY, SETTINGS) is None
    prospect = _customer(None, talk)
    assert why_moment(prospect, prospect, DAY, SETTINGS) is None


def test_why_groups() -> None:
    assert [why_group(w) for w in ("dream", "challenge", "money", "my first bike", None, " ")] \
        == ["dream", "challenge", "money", "other", "unset", "unset"]


# -- relj report: the portfolio by why ---------------------------------------------------------


def test_the_portfolio_by_why_counts_phases_and_overdue() -> None:
    old = Interaction(id="i-1", at=date(2026, 1, 5), genuine=True, concern="x")
    fresh = Interaction(id="i-2", at=date(2026, 11, 20), genuine=True, concern="x")
    customers = [
        _customer(date(2026, 11, 1), fresh, why="dream"),
        _customer(date(2025, 1, 1), old, why="dream"),
        _customer(date(2025, 1, 1), fresh, why="our first bike shop"),
        _customer(None),
    ]
    shares = portfolio(customers, DAY, SETTINGS).whys
    assert [(s.why, s.customers, s.overdue) for s in shares] == [
        ("dream", 2, 1), ("other", 1, 0), ("unset", 1, 1)]
    assert shares[0].phases == {"infatuation": 1, "me-you-us": 1}
    assert shares[2].phases == {"courtship": 1}


@pytest.mark.parametrize(("lang", "heading", "words"), [
    ("en", "Why you wanted them", "in your own words"),
    ("de", "Warum Sie sie wollten", "in eigenen Worten"),
])
def test_report_shows_the_portfolio_by_why_on_screen_and_in_svg(
        tmp_path: Path, lang: str, heading: str, words: str) -> None:
    root = init_journal(tmp_path / "j")
    write_customer(root, "acme", 'name = "Acme"\nsince = 2026-11-01\nwhy = "money"\n')
    write_customer(root, "beta", 'name = "Beta"\nsince = 2026-11-01\nwhy = "<&> bikes"\n')
    svg = tmp_path / "report.svg"
    result = invoke(root, "--lang", lang, "report", "--svg", str(svg), today=TODAY)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index(heading)
    section = lines[start: lines.index("", start)]
    assert any(words in line and " 1 " in line for line in section)
    assert all(len(line) <= 80 for line in lines[:-1])  # the last names the saved file
    tree = ET.fromstring(svg.read_text(encoding="utf-8"))
    text = "".join(tree.itertext()).replace("\xa0", " ")
    assert heading.replace(" ", "") in text.replace(" ", "")
