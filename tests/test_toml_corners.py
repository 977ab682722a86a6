"""The last TOML corners (issue 17): broken files are never written, errors at the end of a
document name the line where the unclosed construct began, a BOM is read and kept, and
inline arrays that relj cannot append to are reported by `check`."""

from __future__ import annotations

import tomllib
from functools import partial
from pathlib import Path

import pytest

from relj.storage.codec.read import unclosed_start
from tests.helpers import invoke, write_customer

_invoke = partial(invoke, today="2026-11-24")


def test_a_file_ending_in_a_bare_cr_is_not_mended_by_log(journal_dir: Path) -> None:
    path = write_customer(journal_dir, "acme", b'name = "Acme"\r')
    with pytest.raises(tomllib.TOMLDecodeError):
        tomllib.loads(path.read_bytes().decode("utf-8"))
    result = _invoke(journal_dir, "log", "acme", "--concern", "Angebot besprechen")
    assert result.exit_code == 1
    assert "customers/acme.toml:1: not valid TOML" in result.output
    assert path.read_bytes() == b'name = "Acme"\r'  # not a byte written


def test_offer_and_import_never_write_to_a_broken_file(journal_dir: Path,
                                                        tmp_path: Path) -> None:
    broken = b'name = "Acme"\nsince = 2024-01-01\r'
    path = write_customer(journal_dir, "acme", broken)
    offer = _invoke(journal_dir, "offer", "acme", "Wartung", "--value", "100")
    assert offer.exit_code == 1, offer.output
    rows = tmp_path / "rows.csv"
    rows.write_text("name,company\nAnna Roth,Acme\n", encoding="utf-8")
    imported = _invoke(journal_dir, "import", str(rows))
    assert imported.exit_code == 0, imported.output
    assert f"{rows}:2: customers/acme.toml does not read" in imported.output
    assert sorted(p.name for p in (journal_dir / "customers").iterdir()) == ["acme.toml"]
    assert path.read_bytes() == broken


@pytest.mark.parametrize(("text", "line"), [
    ('name = "A"\nsince = 2024-01-01\nwhy = "x"\ncadence = "3w"\nnote = """opened here\n'
     'and never\nclosed\n', 5),
    ('name = "A"\ntags = ["a",\n  "b",\n', 2),
    ("name = 'A'\n# a \"quote\" in a comment\nx = { a = 1,\n", 3),
    ('name = "A"\nx = """ends"""\ny = [ "]" ,\n', 3),
    ('name = "A"\nz = \'\'\'literal \\\n', 2),
])
def test_errors_at_the_end_name_where_the_construct_began(journal_dir: Path, text: str,
                                                          line: int) -> None:
    assert unclosed_start(text) == line
    write_customer(journal_dir, "acme", text)
    result = _invoke(journal_dir, "check")
    assert result.exit_code == 1
    assert f"customers/acme.toml:{line}: not valid TOML" in result.output


def test_a_complete_document_has_no_unclosed_construct() -> None:
    assert unclosed_start('a = "x#y" # c\nb = [1, [2]]\nc = """q""""\n') is None


def test_a_bom_is_accepted_and_kept(journal_dir: Path, tmp_path: Path) -> None:
    bom = b"\xef\xbb\xbf"
    path = write_customer(journal_dir, "acme",
                          bom + b'name = "Acme"\n\n[[offer]]\nid = "o-1"\nwhat = "Wartung"\n'
                                b'opened = 2026-11-01\nstatus = "open"\n')
    assert _invoke(journal_dir, "check").exit_code == 0
    shown = _invoke(journal_dir, "show", "acme")
    assert shown.exit_code == 0 and "Acme" in shown.output
    logged = _invoke(journal_dir, "log", "acme", "--concern", "Preis", "--closing", "yes")
    assert logged.exit_code == 0, logged.output
    data = path.read_bytes()
    assert data.startswith(bom) and data.count(bom) == 1
    doc = tomllib.loads(data.decode("utf-8-sig"))
    assert doc["offer"][0]["status"] == "won" and len(doc["interaction"]) == 1
    rows = tmp_path / "rows.csv"
    rows.write_text("name,company,role\nAnna Roth,ACME,Einkauf\n", encoding="utf-8")
    added = _invoke(journal_dir, "import", str(rows))
    assert added.exit_code == 0, added.output
    assert "contacts added to existing customers: 1;" in added.output
    assert path.read_bytes().startswith(bom)
    assert _invoke(journal_dir, "check").exit_code == 0


def test_inline_arrays_are_reported_by_check_and_log_refuses_clearly(journal_dir: Path,
                                                                     tmp_path: Path) -> None:
    text = ('name = "Acme"\n# kept by hand\ninteraction = [{id = "i-1", at = 2026-11-01, '
            'channel = "call", concern = "x"}]\n')
    path = write_customer(journal_dir, "acme", text)
    checked = _invoke(journal_dir, "check")
    assert checked.exit_code == 1
    assert "customers/acme.toml:3: interaction is written as an inline array" in checked.output
    assert _invoke(journal_dir, "show", "acme").exit_code == 0  # still readable
    logged = _invoke(journal_dir, "log", "acme", "--concern", "Nachfassen")
    assert logged.exit_code == 1
    assert "customers/acme.toml:3: interaction is written as an inline array" in logged.output
    assert path.read_text("utf-8") == text
    offer = _invoke(journal_dir, "offer", "acme", "Wartung")
    assert offer.exit_code == 0, offer.output  # [[offer]] is no inline array: it can grow


def test_a_note_mentioning_inline_syntax_is_no_inline_array(journal_dir: Path) -> None:
    write_customer(journal_dir, "acme", 'name = "Acme"\n\n[[interaction]]\nid = "i-1"\n'
                   'at = 2026-11-01\nchannel = "call"\nconcern = "x"\nnote = """\n'
                   'interaction = [ was typed here ]\n"""\n')
    assert _invoke(journal_dir, "check").exit_code == 0
    assert _invoke(journal_dir, "log", "acme", "--concern", "y").exit_code == 0
