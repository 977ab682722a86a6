"""relj import: CSV and vCard in, existing customers matched by slug, bad rows reported."""

from __future__ import annotations

import os
import stat
import tomllib
from functools import partial
from pathlib import Path

import pytest

from tests.helpers import invoke, snapshot

BROKEN_LINE = 1234


_invoke = partial(invoke, today="2026-11-24")


def _customers(journal: Path) -> list[str]:
    return sorted(p.stem for p in (journal / "customers").glob("*.toml"))


def _big_csv(folder: Path) -> Path:
    """2,000 data rows; the one on line BROKEN_LINE has a date that is none."""
    lines = ["name,company,email,phone,role,tags,since"]
    for number in range(2000):
        since = "2025-02-30" if len(lines) + 1 == BROKEN_LINE else "2024-01-15"
        lines.append(f"Person {number},Firma {number} GmbH,p{number}@example.com,"
                     f"+49 30 {number:04d},Einkauf,\"a, b\",{since}")
    path = folder / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow  # 2,000 rows
def test_a_big_csv_with_one_bad_row(runner, journal_dir: Path, tmp_path: Path) -> None:
    source = _big_csv(tmp_path)
    before = snapshot(journal_dir)
    dry = _invoke(journal_dir, "import", str(source), "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert f"{source}:{BROKEN_LINE}: since: '2025-02-30' is not a date" in dry.output
    assert "Customers to add: 1999;" in dry.output
    assert snapshot(journal_dir) == before

    result = _invoke(journal_dir, "import", str(source))
    assert result.exit_code == 0, result.output
    assert f"{source}:{BROKEN_LINE}:" in result.output
    assert ("Customers added: 1999; contacts added to existing customers: 0;\nmatched (left "
            "alone): 0; values dropped: 0; rows skipped: 1.") in result.output
    assert all(len(line) <= 80 for line in result.output.splitlines()[-2:])
    slugs = _customers(journal_dir)
    assert len(slugs) == 1999
    assert f"firma-{BROKEN_LINE - 2}-gmbh" not in slugs
    doc = tomllib.loads((journal_dir / "customers" / "firma-7-gmbh.toml").read_text("utf-8"))
    assert doc["name"] == "Firma 7 GmbH" and str(doc["since"]) == "2024-01-15"
    assert doc["tags"] == ["a", "b"]
    assert doc["contact"] == [{"name": "Person 7", "role": "Einkauf", "key": True,
                               "email": "p7@example.com", "phone": "+49 30 0007"}]
    for name in os.listdir(journal_dir / "customers"):
        mode = stat.S_IMODE((journal_dir / "customers" / name).stat().st_mode)
        assert mode == 0o600, name

    after_first = snapshot(journal_dir)
    again = _invoke(journal_dir, "import", str(source))
    assert again.exit_code == 0, again.output
    assert "Customers added: 0;" in again.output and "matched (left alone): 1999;" in again.output
    assert snapshot(journal_dir) == after_first
    assert _invoke(journal_dir, "check").exit_code == 0


def test_strict_stops_at_the_first_bad_row_and_writes_nothing(runner, journal_dir: Path,
                                                              tmp_path: Path) -> None:
    source = _big_csv(tmp_path)
    before = snapshot(journal_dir)
    result = _invoke(journal_dir, "import", str(source), "--strict")
    assert result.exit_code == 1
    assert f"{source}:{BROKEN_LINE}: since:" in result.output
    assert snapshot(journal_dir) == before


def test_a_vcard_file_with_two_cards_imports_both(
    runner, journal_dir: Path, tmp_path: Path
) -> None:
    cards = tmp_path / "contacts.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Anna;;;\r\nFN:Anna Müller\r\n"
        "ORG:Müller Maschinenbau GmbH;Einkauf\r\nTITLE:Leiterin Einkauf\r\n"
        "EMAIL;TYPE=INTERNET,WORK:anna@mueller.example\r\nTEL;TYPE=WORK:+49 711 1234\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jo Freelance\r\nitem1.EMAIL:jo@example.org\r\n"
        "NOTE:a long note that is folded over\r\n  two lines\r\nCATEGORIES:design,berlin\r\n"
        "END:VCARD\r\n", encoding="utf-8")
    result = _invoke(journal_dir, "import", str(cards))
    assert result.exit_code == 0, result.output
    assert "Customers added: 2;" in result.output
    assert _customers(journal_dir) == ["jo-freelance", "mueller-maschinenbau-gmbh"]
    firm = tomllib.loads(
        (journal_dir / "customers" / "mueller-maschinenbau-gmbh.toml").read_text("utf-8")
    )
    assert firm["contact"][0] == {"name": "Anna Müller", "role": "Leiterin Einkauf", "key": True,
                                  "email": "anna@mueller.example", "phone": "+49 711 1234"}
    jo = tomllib.loads((journal_dir / "customers" / "jo-freelance.toml").read_text("utf-8"))
    assert jo["tags"] == ["design", "berlin"] and jo["contact"][0]["email"] == "jo@example.org"


def test_existing_customers_are_matched_and_never_overwritten(runner, journal_dir: Path,
                                                              tmp_path: Path) -> None:
    assert _invoke(journal_dir, "add", "Acme", "--why", "dream").exit_code == 0
    acme = journal_dir / "customers" / "acme.toml"
    before = acme.read_bytes()
    source = tmp_path / "rows.csv"
    source.write_text("name,email\nAcme,new@acme.example\nBeta,b@beta.example\n", encoding="utf-8")
    result = _invoke(journal_dir, "import", str(source))
    assert result.exit_code == 0, result.output
    assert "matched  acme" in result.output and "Customers added: 1;" in result.output
    assert "contacts added to existing customers: 0;\nmatched (left alone): 1;" in result.output
    assert acme.read_bytes() == before


def test_map_and_semicolons_read_a_german_spreadsheet(runner, journal_dir: Path,
                                                      tmp_path: Path) -> None:
    source = tmp_path / "kunden.csv"
    source.write_text("\ufeffFirma;Ansprechpartner;Seit\nKeller & Söhne;Jana Keller;01.03.2024\n",
                      encoding="utf-8")
    result = _invoke(journal_dir, "import", str(source), "--map", "Firma=company",
                     "--map", "ansprechpartner=name", "--map", "Seit=since")
    assert result.exit_code == 0, result.output
    doc = tomllib.loads((journal_dir / "customers" / "keller-soehne.toml").read_text("utf-8"))
    assert doc["name"] == "Keller & Söhne" and str(doc["since"]) == "2024-03-01"
    assert doc["contact"][0]["name"] == "Jana Keller"


def test_bad_map_and_missing_files_are_one_clear_line(runner, journal_dir: Path,
                                                      tmp_path: Path) -> None:
    source = tmp_path / "rows.csv"
    source.write_text("who,mail\nAcme,a@b.c\n", encoding="utf-8")
    no_name = _invoke(journal_dir, "import", str(source))
    assert no_name.exit_code == 1 and f"{source}:1: no name or company column" in no_name.output
    bad_map = _invoke(journal_dir, "import", str(source), "--map", "who=nickname")
    assert bad_map.exit_code == 2 and "COLUMN=FIELD" in bad_map.output
    missing = _invoke(journal_dir, "import", str(tmp_path / "nope.csv"))
    assert missing.exit_code == 1 and "no such file" in missing.output
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("name\nacme\nM\u00fcller\n".encode("latin-1"))
    not_utf8 = _invoke(journal_dir, "import", str(latin1))
    assert not_utf8.exit_code == 1 and f"{latin1}:3: not UTF-8" in not_utf8.output
    assert _customers(journal_dir) == []


def test_rows_of_a_multi_line_record_report_its_first_line(runner, journal_dir: Path,
                                                           tmp_path: Path) -> None:
    source = tmp_path / "rows.csv"
    source.write_text(
        'name,why\n"Acme","a reason\nover two lines"\n"Beta\x07",x\n', encoding="utf-8"
    )
    result = _invoke(journal_dir, "import", str(source))
    assert result.exit_code == 0, result.output
    assert f"{source}:4: a control character in name" in result.output
    assert _customers(journal_dir) == ["acme"]
