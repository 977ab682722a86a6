"""The writing commands through Typer's CliRunner: init, add, log, offer, check, edit."""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from pathlib import Path

import pytest

from tests.helpers import snapshot

TODAY = "2026-11-24"

HAND_WRITTEN = """\
# Müller: written by hand, with comments and odd spacing.
name    =   "Müller Maschinenbau GmbH"   # the legal name
since = 2024-03-01
tags = [
    "maschinenbau",   # industry
    "key-account",
]
cadence="3w"

[[contact]]
name = "Anna Müller"
role = 'Einkauf'
key = true

# an offer, typed in by hand
[[offer]]
id = "o-20261002-1f3a"
what = "Wartungsvertrag 2027"
value = 12_000
opened = 2026-10-02
status = "open"

[[interaction]]
id = "i-20261020T1000-aaaa"
at = 2026-10-20T10:00:00+02:00
channel = "visit"
concern = "Bedarf klären"
note = '''
Literal note, no trailing newline at the end of file'''"""


def customer_file(journal: Path, slug: str) -> Path:
    return journal / "customers" / f"{slug}.toml"


def read(journal: Path, slug: str) -> dict:
    return tomllib.loads(customer_file(journal, slug).read_text(encoding="utf-8"))


def test_init_writes_settings_folders_and_private_modes(journal_dir: Path) -> None:
    assert (journal_dir / "relj.toml").is_file()
    assert (journal_dir / ".gitignore").read_text() == ".relj/\n"
    assert (journal_dir / ".gitattributes").read_text() == "customers/*.toml merge=relj\n"
    assert stat.S_IMODE((journal_dir / "customers").stat().st_mode) == 0o700
    assert stat.S_IMODE((journal_dir / "relj.toml").stat().st_mode) == 0o600


def test_init_in_an_existing_journal_changes_no_file(relj, journal_dir: Path) -> None:
    before = snapshot(journal_dir)
    result = relj("init", str(journal_dir), "--no-git")
    assert result.exit_code == 0
    assert snapshot(journal_dir) == before


def test_add_makes_a_prospect_or_a_customer_with_a_transliterated_slug(relj, journal_dir) -> None:
    result = relj(
        "add", "Müller & Söhne", "--contact", "Anna Müller, Einkauf", "--tag", "maschinenbau"
    )
    assert result.exit_code == 0, result.output
    data = read(journal_dir, "mueller-soehne")
    assert data["name"] == "Müller & Söhne"
    assert "since" not in data
    assert data["contact"] == [{"name": "Anna Müller", "role": "Einkauf", "key": True}]
    assert relj("add", "Acme", "--since", "01.03.2024", "--cadence", "2w").exit_code == 0
    assert read(journal_dir, "acme")["since"].isoformat() == "2024-03-01"
    mode = stat.S_IMODE(customer_file(journal_dir, "acme").stat().st_mode)
    assert mode == 0o600


@pytest.mark.parametrize("name, slug", [("../../x", "x"), ("a/b", "a-b"), ("!!!", "customer")])
def test_names_cannot_write_outside_customers(
    relj, journal_dir: Path, name: str, slug: str
) -> None:
    result = relj("add", name)
    assert result.exit_code == 0, result.output
    files = {p.relative_to(journal_dir).as_posix() for p in journal_dir.rglob("*.toml")}
    assert files == {"relj.toml", f"customers/{slug}.toml"}
    assert not (journal_dir.parent / "x.toml").exists()


def test_same_slug_for_a_different_name_gets_a_number(relj, journal_dir) -> None:
    assert relj("add", "Acme").exit_code == 0
    assert relj("add", "ACME").exit_code == 1  # the same name, case ignored: refused
    assert relj("add", "Acme!").exit_code == 0  # another name, the same slug: numbered
    assert relj("add", "Acme?").exit_code == 0
    slugs = sorted(p.stem for p in (journal_dir / "customers").glob("*.toml"))
    assert slugs == ["acme", "acme-2", "acme-3"]


def test_log_appends_and_echoes_what_it_recorded(relj, journal_dir) -> None:
    relj("add", "Acme", "--since", "2024-01-01")
    result = relj("--today", TODAY, "log", "acme", "--concern", "renewal", "--channel", "call",
                  "--at", "2026-11-24 14:30", "--mood", "uncertain", "--signal", "objection:price",
                  "--pitch", "--with", "Anna", "--note", "she asked for a discount")
    assert result.exit_code == 0, result.output
    assert "acme" in result.output and "2026-11-24 14:30" in result.output
    assert "genuine" in result.output
    [entry] = read(journal_dir, "acme")["interaction"]
    assert entry["genuine"] is True and entry["pitched"] is True
    assert entry["signals"] == ["objection:price"]
    assert entry["at"].isoformat().startswith("2026-11-24T14:30:00")
    assert entry["id"].startswith("i-20261124T1430-")


def test_log_without_terminal_and_without_flags_is_a_check_in(relj, journal_dir) -> None:
    relj("add", "Acme")
    result = relj("log", "acme", "--at", "yesterday")
    assert result.exit_code == 0, result.output
    assert "check-in" in result.output
    [entry] = read(journal_dir, "acme")["interaction"]
    assert entry["genuine"] is False
    assert type(entry["at"]).__name__ == "date"  # a date only stays a date


def test_global_options_work_after_the_command(relj, journal_dir) -> None:
    relj("add", "Acme")
    result = relj("log", "acme", "--check-in", "--today", "2026-01-05", "--lang", "de")
    assert result.exit_code == 0, result.output
    assert "Kontrollkontakt" in result.output
    [entry] = read(journal_dir, "acme")["interaction"]
    assert entry["at"].date().isoformat() == "2026-01-05"


def test_bad_global_options_are_refused_in_the_users_language(runner, monkeypatch) -> None:
    from relj.cli import app

    english = runner.invoke(app, ["--lang", "fr", "due"])
    assert english.exit_code == 2 and "use en or de" in english.output
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    german = runner.invoke(app, ["--lang", "fr", "due"])
    assert german.exit_code == 2 and "Verwenden Sie en oder de" in german.output
    empty = runner.invoke(app, ["-J", " ", "due"])
    assert empty.exit_code == 2 and "Geben Sie den Ordner des Journals an" in empty.output
    chosen = runner.invoke(app, ["--lang", "en", "-J", "", "due"])
    assert chosen.exit_code == 2 and "give the journal's folder" in chosen.output


def test_log_keeps_hand_written_comments_and_layout(relj, journal_dir) -> None:
    path = customer_file(journal_dir, "mueller")
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    before = path.read_bytes()
    result = relj("log", "mueller", "--concern", "Verlängerung", "--note", 'a "quoted"\nline')
    assert result.exit_code == 0, result.output
    after = path.read_bytes()
    assert after.startswith(before)
    data = tomllib.loads(after.decode("utf-8"))
    assert len(data["interaction"]) == 2
    assert data["interaction"][1]["note"] == 'a "quoted"\nline'


def test_closing_yes_wins_the_offer_and_makes_a_prospect_a_customer(relj, journal_dir) -> None:
    relj("add", "Beta")
    relj("offer", "beta", "Pilot", "--value", "5000", "--currency", "EUR", "--at", "2026-11-01")
    result = relj("log", "beta", "--genuine", "--closing", "yes", "--at", "2026-11-20")
    assert result.exit_code == 0, result.output
    data = read(journal_dir, "beta")
    assert data["since"].isoformat() == "2026-11-20"
    assert data["offer"][0]["status"] == "won"
    assert data["offer"][0]["value"] == 5000
    assert data["interaction"][0]["offer"] == data["offer"][0]["id"]


def test_closing_no_loses_the_offer_and_later_keeps_it_open(relj, journal_dir) -> None:
    relj("add", "Gamma", "--since", "2025-01-01")
    relj("offer", "gamma", "A")
    assert relj("log", "gamma", "--closing", "later", "--follow-up", "in 2 weeks").exit_code == 0
    assert read(journal_dir, "gamma")["offer"][0]["status"] == "open"
    assert relj("log", "gamma", "--closing", "no").exit_code == 0
    assert read(journal_dir, "gamma")["offer"][0]["status"] == "lost"


def test_closing_with_several_open_offers_lists_them(relj, journal_dir) -> None:
    relj("add", "Delta")
    relj("offer", "delta", "One")
    relj("offer", "delta", "Two")
    before = snapshot(journal_dir)
    result = relj("log", "delta", "--closing", "yes")
    assert result.exit_code == 1
    assert "One" in result.stderr and "Two" in result.stderr
    assert snapshot(journal_dir) == before


def _bad_inputs(journal: Path) -> list[list[str]]:
    return [
        ["log", "nobody", "--check-in"],
        ["log", "acm", "--check-in"],  # ambiguous: acme-one, acme-two
        ["log", "acme-one", "--at", "31.02.2026"],
        ["log", "acme-one", "--at", "03/04/2026"],
        ["log", "acme-one", "--follow-up", "someday"],
        ["log", "acme-one", "--closing", "later"],
        ["log", "broken", "--check-in"],
        ["log", "wrongtype", "--check-in"],
        ["offer", "broken", "Thing"],
        ["add", "Zeta", "--since", "2026-13-01"],
        ["add", "Zeta", "--cadence", "soon"],
    ]


def test_bad_input_exits_1_with_one_line_and_writes_nothing(relj, journal_dir) -> None:
    relj("add", "Acme One")
    relj("add", "Acme Two")
    relj("offer", "acme-one", "Thing")
    customer_file(journal_dir, "broken").write_text('name = "Broken"\n[[interaction]\n')
    customer_file(journal_dir, "wrongtype").write_text('name = "Wrong"\nsince = "last year"\n')
    before = snapshot(journal_dir)
    for args in _bad_inputs(journal_dir):
        result = relj(*args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.count("\n") == 1, (args, result.stderr)
        assert result.stderr.startswith("relj: "), (args, result.stderr)
        assert "Traceback" not in result.output
        assert snapshot(journal_dir) == before, args


def test_ambiguous_customer_lists_the_candidates(relj) -> None:
    relj("add", "Acme One")
    relj("add", "Acme Two")
    result = relj("log", "acme", "--check-in")
    assert result.exit_code == 1
    assert "acme-one (Acme One)" in result.stderr and "acme-two (Acme Two)" in result.stderr


def test_names_resolve_by_name_ignoring_case_and_accents_and_by_prefix(relj, journal_dir) -> None:
    relj("add", "Müller Maschinenbau")
    for query in ("MÜLLER MASCHINENBAU", "Muller Maschinenbau", "mueller", "Mül"):
        assert relj("log", query, "--check-in").exit_code == 0, query
    assert len(read(journal_dir, "mueller-maschinenbau")["interaction"]) == 4


def test_check_reports_broken_files_with_line_and_others_keep_working(relj, journal_dir) -> None:
    relj("add", "Fine")
    customer_file(journal_dir, "broken").write_text('name = "Broken"\n\n[[interaction]\n')
    customer_file(journal_dir, "wrongtype").write_text('name = "W"\n\n[[interaction]]\nat = "x"\n')
    result = relj("check")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert any(line.startswith(os.path.join("customers", "broken.toml") + ":3: ") or
               "broken.toml:3: " in line for line in lines), lines
    assert any("wrongtype.toml:4: " in line and "'at'" in line for line in lines), lines
    assert relj("log", "fine", "--check-in").exit_code == 0


def test_check_passes_on_a_clean_journal(relj) -> None:
    relj("add", "Fine")
    relj("log", "fine", "--concern", "x")
    result = relj("check")
    assert result.exit_code == 0, result.output


def test_check_reports_a_file_readable_by_others(relj, journal_dir) -> None:
    relj("add", "Open")
    customer_file(journal_dir, "open").chmod(0o644)
    result = relj("check")
    assert result.exit_code == 0  # a warning since issue 16
    assert "open.toml:1:" in result.output and "0o644" in result.output


def test_check_in_with_genuine_is_a_usage_error(relj) -> None:
    relj("add", "Acme")
    result = relj("log", "acme", "--check-in", "--concern", "x")
    assert result.exit_code == 2


def test_edit_keeps_a_valid_change_and_discards_a_broken_one(
    relj, journal_dir, monkeypatch, tmp_path
) -> None:
    relj("add", "Acme")
    script = tmp_path / "fake-editor"
    script.write_text(f"#!{sys.executable}\nimport sys\np = sys.argv[-1]\n"
                      "open(p, 'a').write(open(sys.argv[1]).read())\n")
    script.chmod(0o755)
    good = tmp_path / "good.txt"
    good.write_text('why = "dream"\n')
    monkeypatch.setenv("EDITOR", f"{script} {good}")  # an editor with arguments, no shell
    assert relj("edit", "acme").exit_code == 0
    assert read(journal_dir, "acme")["why"] == "dream"
    bad = tmp_path / "bad.txt"
    bad.write_text("this is not toml\n")
    monkeypatch.setenv("EDITOR", f"{script} {bad}")
    before = snapshot(journal_dir)
    result = relj("edit", "acme")
    assert result.exit_code == 1
    assert snapshot(journal_dir) == before


def test_a_bad_cadence_in_the_settings_is_reported_at_its_line(relj, journal_dir) -> None:
    settings = journal_dir / "relj.toml"
    text = settings.read_text().replace('# key-account = "2w"', 'key-account = "soon"')
    settings.write_text(text)
    line = text.splitlines().index('key-account = "soon"') + 1
    result = relj("check")
    assert result.exit_code == 1
    assert f"relj.toml:{line}: " in result.stderr and "soon" in result.stderr


@pytest.mark.parametrize("at", ["24.11.99", "2026-11-25", "morgen", "in 2 weeks"])
def test_log_refuses_a_day_after_today(relj, journal_dir: Path, at: str) -> None:
    relj("add", "Acme")
    before = snapshot(journal_dir)
    result = relj("--today", "2026-11-24", "log", "acme", "--check-in", "--at", at)
    assert result.exit_code == 1 and "after today (2026-11-24)" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert snapshot(journal_dir) == before


def test_a_follow_up_must_come_after_the_contact(relj, journal_dir: Path) -> None:
    relj("add", "Acme")
    before = snapshot(journal_dir)
    for at, follow_up in (("2026-11-24", "2026-11-24"), ("2026-11-24", "2026-11-01")):
        result = relj("--today", "2026-11-24", "log", "acme", "--check-in", "--at", at,
                      "--follow-up", follow_up)
        assert result.exit_code == 1 and "is not after this contact" in result.output
    assert snapshot(journal_dir) == before
    # Back-filling an old contact with the follow-up it planned then is fine.
    result = relj("--today", "2026-11-24", "log", "acme", "--check-in", "--at", "2026-10-01",
                  "--follow-up", "2026-10-15")
    assert result.exit_code == 0, result.output
    assert read(journal_dir, "acme")["interaction"][0]["follow_up"].isoformat() == "2026-10-15"


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_an_offer_value_must_be_a_number(relj, journal_dir: Path, value: str) -> None:
    relj("add", "Acme")
    before = snapshot(journal_dir)
    result = relj("offer", "acme", "Support", f"--value={value}")
    assert result.exit_code == 1 and "is not an amount" in result.output
    assert snapshot(journal_dir) == before


def test_a_check_in_visit_is_a_kontrollbesuch_any_other_a_kontrollkontakt(relj) -> None:
    relj("add", "Acme")
    visit = relj("log", "acme", "--check-in", "--channel", "visit", "--lang", "de")
    call = relj("log", "acme", "--check-in", "--channel", "call", "--lang", "de")
    assert "Kontrollbesuch" in visit.output and "Kontrollkontakt" not in visit.output
    assert "Kontrollkontakt" in call.output and "Kontrollbesuch" not in call.output
