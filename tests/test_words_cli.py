"""Codes typed as German (or English) words on the command line (SPEC §3, issue 13).

Files and JSON keep the codes; a word that means no code is one line listing the
accepted words in the user's language, and nothing is written.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tests.helpers import interactions, invoke, snapshot

TODAY = "2026-11-24"
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _customer(journal: Path, slug: str) -> dict[str, object]:
    return tomllib.loads((journal / "customers" / f"{slug}.toml").read_text("utf-8"))


def test_log_takes_german_words_and_stores_the_codes(example_journal: Path) -> None:
    result = invoke(example_journal, "--lang", "de", "log", "alder", "--channel", "anruf",
                    "--mood", "genervt", "--signal", "einwand:preis", "--signal",
                    "verzögerung", "--genuine", "--phase", "machtkampf", "-n", "Preis",
                    today=TODAY)
    assert result.exit_code == 0, result.output
    latest = interactions(example_journal / "customers" / "alder-medical-supplies.toml")[-1]
    assert (latest["channel"], latest["mood"]) == ("call", "annoyed")
    assert latest["signals"] == ["objection:price", "delay"]
    assert _customer(example_journal, "alder-medical-supplies")["assessment"][-1][  # type: ignore[index]
        "phase"] == "struggle"
    assert ISO_DAY.findall(result.stdout) == [], result.stdout  # the echo: 24.11.2026


@pytest.mark.parametrize(("option", "typed", "key", "code"), [
    ("--channel", "Besuch", "channel", "visit"),
    ("--channel", "E-Mail", "channel", "email"),
    ("--mood", "verunsichert", "mood", "uncertain"),
    ("--mood", "active", "mood", "active"),  # the code itself
    ("--signal", "Folgeauftrag", "signals", ["repeat-order"]),
    ("--signal", "ansprechpartner-weg", "signals", ["contact-left"]),
])
def test_each_code_option_takes_its_german_word(example_journal: Path, option: str, typed: str,
                                                key: str, code: object) -> None:
    result = invoke(example_journal, "log", "harbor", "--check-in", option, typed, today=TODAY)
    assert result.exit_code == 0, result.output
    latest = interactions(example_journal / "customers" / "harbor-lane-bakery.toml")[-1]
    assert latest[key] == code


@pytest.mark.parametrize("typed", ["später", "spaeter", "spater", "Später"])
def test_closing_later_however_the_umlaut_is_typed(example_journal: Path, typed: str) -> None:
    result = invoke(example_journal, "log", "northwind", "--genuine", "--closing", typed,
                    "--follow-up", "in 2 weeks", today=TODAY)
    assert result.exit_code == 0, result.output
    latest = interactions(example_journal / "customers" / "northwind-logistics.toml")[-1]
    assert latest["closing"] == "later"


def test_closing_yes_in_german_closes_the_offer(example_journal: Path) -> None:
    result = invoke(example_journal, "--lang", "de", "log", "northwind", "--genuine",
                    "--closing", "ja", today=TODAY)
    assert result.exit_code == 0, result.output
    offer = _customer(example_journal, "northwind-logistics")["offer"][0]  # type: ignore[index]
    assert offer["status"] == "won"
    assert interactions(example_journal / "customers" / "northwind-logistics.toml")[-1][
        "closing"] == "yes"


@pytest.mark.parametrize(("lang", "wanted"), [
    ("de", "relj: --mood 'grummelig' ist keiner von: genervt, passiv, niedergeschlagen, "
           "optimistisch, verzweifelt, verunsichert, aktiv"),
    ("en", "relj: --mood 'grummelig' is not one of: annoyed, passive, depressed, optimistic, "
           "desperate, uncertain, active"),
])
def test_an_unknown_word_is_one_line_in_the_users_language(example_journal: Path, lang: str,
                                                           wanted: str) -> None:
    before = snapshot(example_journal)
    result = invoke(example_journal, "--lang", lang, "log", "alder", "--genuine", "--mood",
                    "grummelig", today=TODAY)
    assert result.exit_code == 2  # a usage error, as an unknown code always was
    assert result.stderr.strip() == wanted
    assert snapshot(example_journal) == before


@pytest.mark.parametrize(("args", "shown"), [
    (("--channel", "fax"), "anruf, videocall, besuch, e-mail"),
    (("--signal", "lob", "--signal", "einwand"), "einwand:preis, einwand:umfang"),
    (("--closing", "vielleicht"), "ja, nein, später"),
])
def test_every_code_option_refuses_unknown_words_and_writes_nothing(
        example_journal: Path, args: tuple[str, ...], shown: str) -> None:
    before = snapshot(example_journal)
    result = invoke(example_journal, "--lang", "de", "log", "alder", "--genuine", *args,
                    today=TODAY)
    assert result.exit_code == 2
    assert shown in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert snapshot(example_journal) == before


def test_the_journals_language_chooses_the_listed_words(example_journal: Path) -> None:
    settings = example_journal / "relj.toml"
    settings.write_text('lang = "de"\n' + settings.read_text("utf-8"), "utf-8")
    result = invoke(example_journal, "log", "alder", "--genuine", "--closing", "maybe",
                    today=TODAY)
    assert result.exit_code == 2
    assert "ja, nein, später" in result.stderr


# -- phases ---------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "code"), [
    ("zuhause", "home"), ("Ernuechterung", "disenchantment"), ("ich-du-wir", "me-you-us"),
    ("3", "struggle"), ("infatuation", "infatuation"),
])
def test_phase_set_takes_german_words(example_journal: Path, typed: str, code: str) -> None:
    result = invoke(example_journal, "--lang", "de", "phase", "alder", "--set", typed,
                    today=TODAY)
    assert result.exit_code == 0, result.output
    assert _customer(example_journal, "alder-medical-supplies")["assessment"][-1][  # type: ignore[index]
        "phase"] == code
    assert "24.11.2026" in result.stdout and ISO_DAY.findall(result.stdout) == []


def test_add_takes_a_german_phase_and_why(example_journal: Path) -> None:
    result = invoke(example_journal, "--lang", "de", "add", "Neu GmbH", "--since", "01.10.2026",
                    "--phase", "verliebtheit", "--why", "Wunschkunde", today=TODAY)
    assert result.exit_code == 0, result.output
    added = _customer(example_journal, "neu-gmbh")
    assert added["why"] == "dream"
    assert added["assessment"][0]["phase"] == "infatuation"  # type: ignore[index]


def test_a_why_in_own_words_is_kept_as_written(example_journal: Path) -> None:
    result = invoke(example_journal, "add", "Eigen AG", "--why", "Geld und Ehre", today=TODAY)
    assert result.exit_code == 0, result.output
    assert _customer(example_journal, "eigen-ag")["why"] == "Geld und Ehre"


@pytest.mark.parametrize(("lang", "shown"), [
    ("de", "0 werben, 1 verliebtheit, 2 ernüchterung, 3 machtkampf, 4 ich-du-wir, 5 zuhause"),
    ("en", "0 courtship, 1 infatuation, 2 disenchantment, 3 struggle, 4 me-you-us, 5 home"),
])
def test_an_unknown_phase_lists_the_words_of_the_language(example_journal: Path, lang: str,
                                                          shown: str) -> None:
    before = snapshot(example_journal)
    for args in (("phase", "alder", "--set", "flaute"), ("add", "Neu", "--phase", "flaute"),
                 ("log", "alder", "--genuine", "--phase", "flaute")):
        result = invoke(example_journal, "--lang", lang, *args, today=TODAY)
        assert result.exit_code == 1, result.output  # as before words were accepted
        assert shown in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert snapshot(example_journal) == before


@pytest.mark.parametrize(("typed", "names"), [
    ("getrennt", ["Oakridge Printing"]), ("separated", ["Oakridge Printing"]),
    ("machtkampf", ["Alder Medical Supplies"]), ("3", ["Alder Medical Supplies"]),
    ("Zuhause", ["Pinecrest Hotels"]), ("verliebtheit", ["Meridian Software",
                                                         "Northwind Logistics"]),
])
def test_list_phase_takes_numbers_codes_and_german_words(example_journal: Path, typed: str,
                                                         names: list[str]) -> None:
    import json

    result = invoke(example_journal, "list", "--phase", typed, "--json", today=TODAY)
    assert result.exit_code == 0, result.output
    assert [row["name"] for row in json.loads(result.stdout)["customers"]] == names


@pytest.mark.parametrize(("lang", "shown"), [
    ("de", "0-5, werben, verliebtheit, ernüchterung, machtkampf, ich-du-wir, zuhause, getrennt"),
    ("en", "0-5, courtship, infatuation, disenchantment, struggle, me-you-us, home, separated"),
])
def test_list_phase_unknown_is_one_usage_line(example_journal: Path, lang: str,
                                              shown: str) -> None:
    result = invoke(example_journal, "--lang", lang, "list", "--phase", "7", today=TODAY)
    assert result.exit_code == 2
    assert result.stderr.strip() == "relj: --phase '7' " + (
        "ist keiner von: " if lang == "de" else "is not one of: ") + shown
