"""relj import on files in the shapes real address books and CRMs export (tests/data/import)."""

from __future__ import annotations

import json
import tomllib
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import invoke, snapshot

DATA = Path(__file__).parent / "data" / "import"
_invoke = partial(invoke, today="2026-11-24")


def _doc(journal: Path, slug: str) -> dict[str, Any]:
    return tomllib.loads((journal / "customers" / f"{slug}.toml").read_text("utf-8"))


def _slugs(journal: Path) -> list[str]:
    return sorted(p.stem for p in (journal / "customers").glob("*.toml"))


def _import(journal: Path, name: str, *options: str) -> Any:
    result = _invoke(journal, "import", str(DATA / name), *options)
    assert result.exit_code == 0, result.output
    return result


def _report(journal: Path, name: str, *options: str) -> dict[str, Any]:
    result = _invoke(journal, "import", str(DATA / name), "--json", *options)
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_vcard_2_1_with_quoted_printable_and_preferred_values(journal_dir: Path) -> None:
    report = _report(journal_dir, "android-2.1-quoted-printable.vcf")
    assert report["counts"] == {"customers_added": 1, "contacts_added": 0, "matched": 0,
                                "values_dropped": 0, "rows_skipped": 0}
    firm = _doc(journal_dir, "baeckerei-mueller-soehne-gmbh")
    assert firm["name"] == "Bäckerei Müller & Söhne GmbH"  # QP soft break inside ORG
    assert str(firm["added"]) == "2026-11-24"
    assert firm["contact"] == [
        {"name": "Jürgen Müller", "role": "Leiter Einkäufer", "key": True,
         "email": "j.mueller@baeckerei.example",  # the PREF one, not the first
         "phone": "+49 711 555-0100"},
        {"name": "Petra Schwarz", "email": "petra.schwarz@baeckerei.example",
         "phone": "0711 555-0111 ext. 42"},
    ]


def test_vcard_4_0_pref_tel_uri_kind_and_escaped_commas(journal_dir: Path) -> None:
    report = _report(journal_dir, "rfc6350-pref-tel-uri.vcf")
    assert report["counts"]["customers_added"] == 5
    skipped = report["rows_skipped"]
    assert [(p["line"], "group" in p["message"] or "location" in p["message"])
            for p in skipped] == [(23, True), (29, True)]
    viagenie = _doc(journal_dir, "viagenie-inc")
    assert viagenie["tags"] == ["Sales, Europe", "Partner"]
    assert viagenie["contact"] == [
        {"name": "Simon Perreault", "role": "Research Scientist", "key": True,
         "email": "simon.perreault@viagenie.example", "phone": "+1-418-656-9254 ext. 102"}]
    assert _doc(journal_dir, "nordlicht-ab")["contact"][0]["email"] == "anna@nordlicht.example"
    org = _doc(journal_dir, "stadtwerke-ravensburg")  # KIND:org: the organisation, no person
    assert org["name"] == "Stadtwerke Ravensburg" and "contact" not in org
    # Names without Latin letters: two customers, two files, nothing "already there".
    names = {_doc(journal_dir, s)["name"] for s in ("customer", "customer-2")}
    assert names == {"서울상사", "ООО Ромашка"}
    assert _slugs(journal_dir) == ["customer", "customer-2", "nordlicht-ab",
                                   "stadtwerke-ravensburg", "viagenie-inc"]


def test_thunderbird_rows_with_a_trailing_comma(journal_dir: Path) -> None:
    report = _report(journal_dir, "thunderbird.csv")
    assert report["counts"] == {"customers_added": 2, "contacts_added": 0, "matched": 0,
                                "values_dropped": 0, "rows_skipped": 0}
    weber = _doc(journal_dir, "weber-bau-kg")
    assert [(c["name"], c.get("role"), c.get("key")) for c in weber["contact"]] == [
        ("Klaus Weber", "Geschäftsführer", True), ("Tom Becker", "Bauleiter", None)]
    lena = _doc(journal_dir, "lena-hoffmann")  # no Display Name: first + last joined
    assert lena["name"] == "Lena Hoffmann"
    assert lena["contact"][0]["phone"] == "0171 5550303"


def test_google_multi_value_cells(journal_dir: Path) -> None:
    result = _import(journal_dir, "google.csv")
    assert f"{DATA / 'google.csv'}:4: 'call me maybe' is not a phone number" in result.output
    krause = _doc(journal_dir, "krause-logistik-gmbh")
    assert krause["tags"] == ["Kunden"]  # Google's "* myContacts" is no tag
    assert krause["contact"][0]["email"] == "s.krause@krause-logistik.example"
    mehmet = _doc(journal_dir, "mehmet-yilmaz")["contact"][0]
    assert (mehmet["email"], mehmet["phone"]) == ("mehmet@yilmaz.example", "+49 160 5551234")
    ott = _doc(journal_dir, "ott-elektro")  # the row is kept, only the phone is dropped
    assert ott["contact"] == [{"name": "Frank Ott", "key": True, "email": "frank@ott.example"}]


def test_outlook_exchange_address_is_dropped_not_the_row(journal_dir: Path) -> None:
    report = _report(journal_dir, "outlook.csv", "--from", "outlook")
    assert report["counts"]["customers_added"] == 2
    assert [p["line"] for p in report["values_dropped"]] == [3]
    assert "/o=ExchangeLabs" in report["values_dropped"][0]["message"]
    contoso = _doc(journal_dir, "contoso-ltd")
    assert contoso["contact"] == [{"name": "Jan Vogel", "role": "Einkäufer", "key": True,
                                   "phone": "+44 20 5550 1000 ext. 12"}]
    schulz = _doc(journal_dir, "schulz-consulting")
    assert schulz["tags"] == ["Kunden"]
    assert schulz["contact"][0]["email"] == "maria.schulz@schulz-consulting.example"


def test_a_company_with_five_people_is_one_customer(journal_dir: Path) -> None:
    report = _report(journal_dir, "hubspot-company-five-people.csv")
    assert report["counts"] == {"customers_added": 2, "contacts_added": 0, "matched": 0,
                                "values_dropped": 1, "rows_skipped": 0}
    firm = _doc(journal_dir, "alpenblick-software-ag")
    assert firm["owner"] == "Jan Kowalski"
    assert [c["name"] for c in firm["contact"]] == [
        "Eva Brandt", "Jonas Klein", "Mia Wolf", "Paul Richter", "Lea Neumann"]
    assert [c.get("key") for c in firm["contact"]] == [True, None, None, None, None]
    assert [c.get("phone") for c in firm["contact"]] == [
        "+49 89 5550 100", "+49 89 5550 100 ext. 4781", "+49 89 5550 100 ext. 12",
        "089/5550-100", None]
    assert report["customers_added"][0]["contacts"][4] == "Lea Neumann"


def test_importing_twice_adds_nothing_and_new_people_join_their_company(
    journal_dir: Path, tmp_path: Path
) -> None:
    _import(journal_dir, "hubspot-company-five-people.csv")
    before = snapshot(journal_dir)
    again = _report(journal_dir, "hubspot-company-five-people.csv")
    assert again["counts"]["customers_added"] == 0 and again["counts"]["contacts_added"] == 0
    assert again["counts"]["matched"] == 2
    assert snapshot(journal_dir) == before

    more = tmp_path / "more.csv"
    more.write_text("name,company,email\nOle Berg,ALPENBLICK software ag,ole@alpenblick.example\n"
                    "Eva Brandt,Alpenblick Software AG,\n", encoding="utf-8")
    result = _invoke(journal_dir, "import", str(more), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["counts"] == {"customers_added": 0, "contacts_added": 1, "matched": 0,
                                "values_dropped": 0, "rows_skipped": 0}
    assert report["contacts_added"] == [{"customer": "alpenblick-software-ag",
                                         "name": "ALPENBLICK software ag",
                                         "contact": "Ole Berg"}]
    firm = _doc(journal_dir, "alpenblick-software-ag")
    assert firm["contact"][-1] == {"name": "Ole Berg", "email": "ole@alpenblick.example"}
    assert [c.get("key") for c in firm["contact"]].count(True) == 1
    assert _invoke(journal_dir, "check").exit_code == 0


def test_owner_why_needs_and_phase_columns(journal_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "crm.csv"
    source.write_text(
        "company,name,owner,why,needs,phase,since\n"
        "Keller AG,Jana Keller,jan,dream,Termintreue vor Preis,me-you-us,2019-04-01\n"
        "Lutz KG,,eva,money,,7,\n", encoding="utf-8")
    result = _invoke(journal_dir, "import", str(source))
    assert result.exit_code == 0, result.output
    assert f"{source}:3: phase '7' is no phase" in result.output
    keller = _doc(journal_dir, "keller-ag")
    assert (keller["owner"], keller["why"], keller["needs"]) == (
        "jan", "dream", "Termintreue vor Preis")
    assert str(keller["added"]) == "2026-11-24"
    assert [(str(a["on"]), a["phase"]) for a in keller["assessment"]] == [
        ("2026-11-24", "me-you-us")]
    lutz = _doc(journal_dir, "lutz-kg")
    assert lutz["owner"] == "eva" and "assessment" not in lutz
    assert _invoke(journal_dir, "check").exit_code == 0


def test_presets_are_recognised_or_named(journal_dir: Path) -> None:
    from relj.interchange.presets import detect

    def header(name: str) -> list[str]:
        return (DATA / name).read_text("utf-8").splitlines()[0].split(",")

    assert detect(header("thunderbird.csv")) == "thunderbird"
    assert detect(header("google.csv")) == "google"
    assert detect(header("outlook.csv")) == "outlook"
    assert detect(header("hubspot-company-five-people.csv")) == "hubspot"
    assert detect(["Person - Name", "Person - Organization", "Person - Email - Work"]) == \
        "pipedrive"
    assert detect(["name", "company", "email"]) is None
    bad = _invoke(journal_dir, "import", str(DATA / "google.csv"), "--from", "salesforce")
    assert bad.exit_code == 2 and "--from 'salesforce'" in bad.output
    vcard = _invoke(journal_dir, "import", str(DATA / "rfc6350-pref-tel-uri.vcf"),
                    "--from", "google")
    assert vcard.exit_code == 2 and "--from applies to CSV files only" in vcard.output
    assert _slugs(journal_dir) == []


def test_pipedrive_people_export(journal_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Person - Name,Person - Organization,Person - Email - Work,Person - Phone - Work,"
        "Person - Owner\nAnja Roth,Roth Metall,anja@roth.example,+49 40 5550 77,Jan\n"
        "Ben Roth,Roth Metall,ben@roth.example,,Jan\n", encoding="utf-8")
    result = _invoke(journal_dir, "import", str(source))
    assert result.exit_code == 0, result.output
    roth = _doc(journal_dir, "roth-metall")
    assert roth["owner"] == "Jan"
    assert [(c["name"], c["email"]) for c in roth["contact"]] == [
        ("Anja Roth", "anja@roth.example"), ("Ben Roth", "ben@roth.example")]


@pytest.mark.slow  # writes a 12 MB card
def test_a_12_mb_folded_photo_is_read_fast(journal_dir: Path, tmp_path: Path) -> None:
    import base64
    import time

    photo = base64.b64encode(bytes(range(256)) * 35_000).decode()  # ~12 MB of base64
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    card = tmp_path / "big.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nORG:Foto AG\r\n"
                    f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEMAIL:big@foto.example\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    assert card.stat().st_size > 12_000_000
    started = time.perf_counter()
    result = _invoke(journal_dir, "import", str(card))
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    assert _doc(journal_dir, "foto-ag")["contact"][0]["email"] == "big@foto.example"
    assert elapsed < 5, elapsed  # 25 s before the unfolding became linear; ~1 s now


def test_names_whose_slugs_collide_stay_different_customers(journal_dir: Path,
                                                            tmp_path: Path) -> None:
    assert _invoke(journal_dir, "add", "北京公司").exit_code == 0
    source = tmp_path / "rows.csv"
    source.write_text("company,email\n北京公司,a@bj.example\nООО Ромашка,b@r.example\n"
                      "Ромашка Трейд,c@r.example\nA.B. GmbH,\nA & B GmbH,\n", encoding="utf-8")
    report = json.loads(_invoke(journal_dir, "import", str(source), "--json").stdout)
    assert report["counts"]["customers_added"] == 4
    assert report["matched"] == [{"customer": "customer", "name": "北京公司"}]
    names = {s: _doc(journal_dir, s)["name"] for s in _slugs(journal_dir)}
    assert names == {"customer": "北京公司", "customer-2": "ООО Ромашка",
                     "customer-3": "Ромашка Трейд", "a-b-gmbh": "A.B. GmbH",
                     "a-b-gmbh-2": "A & B GmbH"}
    again = json.loads(_invoke(journal_dir, "import", str(source), "--json").stdout)
    assert again["counts"]["customers_added"] == 0 and again["counts"]["matched"] == 5


def test_a_vcard_2_1_in_the_windows_code_page(journal_dir: Path, tmp_path: Path) -> None:
    card = tmp_path / "outlook.vcf"
    card.write_bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252:Weiß;Jürgen\r\n"
                     "FN:Jürgen Weiß\r\nORG:Weiß & Co. KG\r\nEMAIL;PREF;INTERNET:jw@weiss.example"
                     "\r\nEND:VCARD\r\n".encode("cp1252"))
    result = _invoke(journal_dir, "import", str(card))
    assert result.exit_code == 0, result.output
    firm = _doc(journal_dir, "weiss-co-kg")
    assert firm["name"] == "Weiß & Co. KG" and firm["contact"][0]["name"] == "Jürgen Weiß"


@pytest.mark.parametrize(("value", "kept"), [
    ("+49 711 555-0100", "+49 711 555-0100"),
    ("tel:+1-418-656-9254;ext=102", "+1-418-656-9254 ext. 102"),
    ("tel:+1-418-262-6501;phone-context=example.com", "+1-418-262-6501"),
    ("+1 (555) 010-4781 x4781", "+1 (555) 010-4781 ext. 4781"),
    ("0711 555 20, ext. 3", "0711 555 20 ext. 3"),
    ("089 5550 100 Durchwahl 12", "089 5550 100 ext. 12"),
    ("call me maybe", None),
    ("x12", None),
    ("++", None),
])
def test_phone_numbers_and_extensions(value: str, kept: str | None) -> None:
    from relj.interchange.rows import phone_number

    assert phone_number(value) == kept


@pytest.mark.parametrize(("value", "kept"), [
    ("MAILTO:anna@example.com", "anna@example.com"),
    ("/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=anna", None),
    ("anna@localhost", None),
    ("Anna <anna@example.com>", None),
])
def test_email_addresses(value: str, kept: str | None) -> None:
    from relj.interchange.rows import email_address

    assert email_address(value) == kept


def test_an_apple_company_card_is_the_organisation(journal_dir: Path, tmp_path: Path) -> None:
    card = tmp_path / "apple.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Kessler Druck GmbH\n"
                    "ORG:Kessler Druck GmbH;\nX-ABShowAs:COMPANY\n"
                    "item1.TEL;type=pref:+49 30 5550 42\nEND:VCARD\n", encoding="utf-8")
    result = _invoke(journal_dir, "import", str(card))
    assert result.exit_code == 0, result.output
    firm = _doc(journal_dir, "kessler-druck-gmbh")  # no person "Kessler Druck GmbH" in it
    assert firm["name"] == "Kessler Druck GmbH" and sorted(firm) == ["added", "name"]
