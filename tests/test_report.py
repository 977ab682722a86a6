"""relj report: the portfolio at a glance, in 80 columns, and the same picture as SVG."""

from __future__ import annotations

import re
import stat
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from relj.model import PHASE_CODES, SEPARATED
from tests.helpers import invoke

TODAY = "2026-11-24"
_invoke = partial(invoke, today=TODAY)


def _phases_in_journal(runner, journal: Path) -> set[str]:
    import json

    result = _invoke(journal, "phase", "--json")
    return {c["phase_name"] for c in json.loads(result.stdout)["customers"]}


@pytest.mark.parametrize(("lang", "names"), [
    ("en", {code: code for code in (*PHASE_CODES, SEPARATED)}),
    ("de", {"courtship": "Werben", "infatuation": "Verliebtheit", "disenchantment": "Ernüchterung",
            "struggle": "Machtkampf", "me-you-us": "Ich-Du-Wir", "home": "Zuhause",
            "separated": "Getrennt"}),
])
def test_report_svg_is_valid_and_names_every_phase_present(runner, example_journal: Path,
                                                           tmp_path: Path, lang: str,
                                                           names: dict[str, str]) -> None:
    svg = tmp_path / "out.svg"
    result = _invoke(example_journal, "--lang", lang, "report", "--svg", str(svg))
    assert result.exit_code == 0, result.output
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = "".join(root.itertext()).replace("\xa0", " ")
    present = _phases_in_journal(runner, example_journal)
    assert len(present) == 7, "the example journal shows every phase"
    for code in present:
        assert names[code] in text, code
    assert stat.S_IMODE(svg.stat().st_mode) == 0o600


def test_report_fits_80_columns_in_both_languages(runner, example_journal: Path) -> None:
    for lang in ("en", "de"):
        result = _invoke(example_journal, "--lang", lang, "report")
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= 80, lang
        assert not any(line != line.rstrip() for line in lines)


def test_report_counts_phases_offers_and_moves(runner, example_journal: Path) -> None:
    result = _invoke(example_journal, "report")
    out = result.stdout
    counts = dict(re.findall(r"^  ([a-z-]+) +(\d+) #*$", out, re.M))
    assert sum(int(counts[c]) for c in (*PHASE_CODES, SEPARATED)) == 8
    assert int(counts["infatuation"]) == 2
    # Open offers and their values, counted from the files.
    docs = [
        tomllib.loads(p.read_text("utf-8")) for p in (example_journal / "customers").glob("*.toml")
    ]
    open_offers = [o for d in docs for o in d.get("offer", []) if o["status"] == "open"]
    total = sum(o["value"] for o in open_offers)
    assert f"Open offers: {len(open_offers)}, worth {total:,} EUR" in out
    for offer in open_offers:
        age = (date.fromisoformat(TODAY) - offer["opened"]).days
        assert re.search(rf"{re.escape(offer['what'])} .* {age} ", out), offer
    assert re.search(r"2026-11-10 +Alder Medical Supplies +me-you-us → struggle", out)


def test_report_html_comes_along(runner, example_journal: Path, tmp_path: Path) -> None:
    page = tmp_path / "out.html"
    result = _invoke(example_journal, "report", "--html", str(page))
    assert result.exit_code == 0, result.output
    assert "Phase changes in the last 30 days" in page.read_text("utf-8")


def test_report_on_an_empty_journal(runner, journal_dir: Path) -> None:
    result = _invoke(journal_dir, "report")
    assert result.exit_code == 0, result.output
    assert "0 customers" in result.stdout and "no open offers" in result.stdout


def test_health_thresholds() -> None:
    from relj.analysis.portfolio import health_of

    assert health_of(None, 21) == "overdue"
    assert health_of(21, 21) == "overdue"
    assert health_of(16, 21) == "due" and health_of(15, 21) == "on_time"
    assert health_of(400, None) is None


def test_a_bad_second_target_writes_neither_file(tmp_path: Path, example_journal: Path) -> None:
    from typer.testing import CliRunner

    from relj.cli import app

    svg = tmp_path / "out.svg"
    result = CliRunner().invoke(app, ["-J", str(example_journal), "report", "--svg", str(svg),
                                      "--html", str(tmp_path / "missing" / "out.html")])
    assert result.exit_code == 1 and "no folder" in result.output
    assert not svg.exists()
