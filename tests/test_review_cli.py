"""`relj review` on the command line: the screen, SPEC §5 JSON, the SVG, bad input,
and journals of one week and of five years."""

from __future__ import annotations

import json
import re
import stat
import xml.etree.ElementTree as ET
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from relj.analysis.review import METRIC_NAMES
from tests.helpers import init_journal, invoke, snapshot, write_customer

TODAY = "2026-11-24"
_invoke = partial(invoke, today=TODAY)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
SPEC_KEYS = {"schema", "weeks", "from", "to", "now", "before", "weekly_genuine", "focus", "text"}


def _json(root: Path, *args: str) -> dict[str, object]:
    result = _invoke(root, "review", "--json", *args)
    assert result.exit_code == 0, result.output
    found: dict[str, object] = json.loads(result.stdout)
    return found


def test_review_json_has_the_keys_and_types_of_spec_5(example_journal: Path) -> None:
    data = _json(example_journal, "--weeks", "6")
    assert SPEC_KEYS <= set(data)
    assert (data["schema"], data["weeks"]) == (1, 6)
    assert (data["from"], data["to"]) == ("2026-10-14", TODAY)
    for period in ("now", "before"):
        values = data[period]
        assert isinstance(values, dict)
        assert list(values) == list(METRIC_NAMES)
        for name, value in values.items():
            assert value is None or (isinstance(value, int | float)
                                     and not isinstance(value, bool)), (period, name)
            assert re.fullmatch(r"[a-z]+(_[a-z]+)*", name)
    weekly = data["weekly_genuine"]
    assert isinstance(weekly, list) and len(weekly) == 6
    assert all(isinstance(n, int) for n in weekly)
    now = data["now"]
    assert isinstance(now, dict) and sum(weekly) == now["genuine"]
    assert isinstance(data["focus"], str) and isinstance(data["text"], str) and data["text"]


def test_review_json_of_the_example_names_what_the_files_show(example_journal: Path) -> None:
    data = _json(example_journal)
    now, before = data["now"], data["before"]
    assert isinstance(now, dict) and isinstance(before, dict)
    # Northwind's follow-up of 2026-11-20 and Oakridge's of 2026-11-16 passed unkept.
    assert now["follow_ups_missed"] == 2
    assert now["phase_changes"] == 1  # Alder Medical: me-you-us -> struggle on 2026-11-10
    assert data["focus"] == "crisis"


def test_review_screen_fits_80_columns_piped_plain_in_both_languages(
        example_journal: Path) -> None:
    for lang in ("en", "de"):
        result = _invoke(example_journal, "--lang", lang, "review")
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= 80, lang
        assert "\x1b" not in result.stdout
        assert not any(line != line.rstrip() for line in lines)


def test_review_screen_in_german_shows_no_iso_date(example_journal: Path) -> None:
    result = _invoke(example_journal, "--lang", "de", "review", "--weeks", "8")
    assert result.exit_code == 0, result.output
    assert not ISO_DATE.search(result.stdout), result.stdout
    assert "30.09.2026" in result.stdout and "24.11.2026" in result.stdout
    assert "Zuerst angehen" in result.stdout


def test_review_screen_shows_before_and_now_with_arrows(example_journal: Path) -> None:
    out = _invoke(example_journal, "review").stdout
    assert "against the 4 weeks before (2026-09-30 to 2026-10-27)" in out
    assert re.search(r"^  contacts +4 +13 ↑", out, re.M), out
    assert re.search(r"^  genuine share +100% +46% ↓", out, re.M), out
    assert "2026-11-10  Alder Medical Supplies  me-you-us → struggle" in out
    assert "Work on first" in out


def test_review_svg_parses_as_xml_and_is_private(example_journal: Path, tmp_path: Path) -> None:
    svg = tmp_path / "review.svg"
    result = _invoke(example_journal, "--lang", "de", "review", "--svg", str(svg))
    assert result.exit_code == 0, result.output
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = "".join(root.itertext()).replace("\xa0", " ")
    assert "Zuerst" in text and "Abschlussfrage" in text
    assert stat.S_IMODE(svg.stat().st_mode) == 0o600


def test_review_svg_neutralises_control_characters_from_files(journal_dir: Path,
                                                              tmp_path: Path) -> None:
    write_customer(journal_dir, "evil", 'name = "Evil\\u001b[2J Corp"\nsince = 2026-11-20\n'
                   'added = 2026-01-01\n\n[[interaction]]\nid = "i-1"\nat = 2026-11-21\n'
                   'genuine = true\nconcern = "x"\n')
    svg = tmp_path / "r.svg"
    result = _invoke(journal_dir, "review", "--svg", str(svg))
    assert result.exit_code == 0, result.output
    ET.parse(svg)  # an ESC would make the XML invalid
    assert "\x1b" not in svg.read_text("utf-8") and "\x1b" not in result.stdout
    assert "Evil\u241b[2J Corp" in result.stdout  # the name in the phase changes, made harmless


@pytest.mark.parametrize("weeks", ["0", "-2", "521", "four"])
def test_review_bad_weeks_is_a_usage_error(example_journal: Path, weeks: str) -> None:
    before = snapshot(example_journal)
    result = _invoke(example_journal, "review", "--weeks", weeks)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert snapshot(example_journal) == before


def test_review_unwritable_svg_is_one_clear_line(example_journal: Path, tmp_path: Path) -> None:
    result = _invoke(example_journal, "review", "--svg", str(tmp_path / "no" / "such" / "r.svg"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no folder" in result.stderr
    into_journal = _invoke(example_journal, "review", "--svg",
                           str(example_journal / "customers" / "x.svg"))
    assert into_journal.exit_code == 1


# -- a journal of one week, and one of five years ----------------------------------------------


def _one_week_journal(root: Path) -> Path:
    init_journal(root)
    for args, day in [(("add", "Acme GmbH", "--since", "2026-11-17"), "2026-11-17"),
                      (("log", "acme", "--concern", "Kick-off", "--channel", "visit"),
                       "2026-11-18"),
                      (("log", "acme", "--check-in", "--channel", "email"), "2026-11-20"),
                      (("log", "acme", "--concern", "Training dates", "--channel", "call"),
                       "2026-11-23")]:
        result = invoke(root, *args, today=day)
        assert result.exit_code == 0, result.output
    return root


def test_a_journal_of_one_week_says_there_is_nothing_before(tmp_path: Path) -> None:
    root = _one_week_journal(tmp_path / "week")
    data = _json(root)
    assert data["before_known"] is False
    before = data["before"]
    assert isinstance(before, dict) and set(before.values()) == {None}
    now = data["now"]
    assert isinstance(now, dict)
    assert (now["contacts"], now["genuine"]) == (3, 2)
    assert data["weekly_genuine"] == [0, 0, 0, 2]
    out = _invoke(root, "review").stdout
    assert "Nothing in the journal before 2026-11-17: no weeks before to compare" in out
    assert "only partly in it" in out
    assert "↑" not in out and "↓" not in out  # 0 -> n is no progress
    assert re.search(r"^  contacts +- +3", out, re.M), out
    assert "  ··▁█\n" in out  # the weeks before the journal began are no zero weeks
    de = _invoke(root, "--lang", "de", "review").stdout
    assert "Vor dem 17.11.2026 steht nichts im Journal" in de
    assert not ISO_DATE.search(de)


def test_a_journal_of_five_years_reads_well(tmp_path: Path) -> None:
    from bench.generate import write_journal

    root = write_journal(tmp_path / "years", 3, 620)  # an entry every 3 days: 5 years
    data = _json(root, "--weeks", "260")
    assert data["before_known"] is True
    weekly = data["weekly_genuine"]
    assert isinstance(weekly, list) and len(weekly) == 260 and sum(weekly) > 100
    assert date.fromisoformat(str(data["from"])).year == 2021
    out = _invoke(root, "review", "--weeks", "260")
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "(a mark: 5 weeks)" in out.stdout
    spark = lines[lines.index(next(x for x in lines if x.startswith("Genuine contacts"))) + 1]
    assert len(spark.strip()) == 52
    month = _json(root)
    assert month["before_known"] is True and month["weeks"] == 4


def test_the_readme_excerpt_of_review_is_what_relj_prints(example_journal: Path) -> None:
    from tests.helpers import ROOT

    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Your own habits: relj review", 1)[1]
    excerpt = section.split("```text\n", 1)[1].split("```", 1)[0]
    out = _invoke(example_journal, "review").stdout.splitlines()
    shown = [line for line in excerpt.splitlines() if line and line != "..."]
    assert len(shown) > 10
    assert [line for line in shown if line not in out] == []


def test_arrows_are_coloured_by_what_is_good_for_each_habit() -> None:
    from relj.render.review import change

    assert change("contacts", 4, 13) == ("↑", "green")
    assert change("genuine_share", 1.0, 0.46) == ("↓", "red")
    assert change("pitches_per_genuine", 0.25, 0.33) == ("↑", "red")
    assert change("follow_ups_missed", 2, 0) == ("↓", "green")
    assert change("phase_changes", 1, 3) == ("↑", "")  # neither good nor bad
    assert change("contacts", 3, 3) == ("=", "")
    assert change("contacts", None, 3) == (" ", "")  # no before: no progress to show


def test_on_a_terminal_the_review_has_colour_and_block_bars(example_journal: Path) -> None:
    import io

    from rich.console import Console

    from relj.analysis.review import review
    from relj.catalogue import settings
    from relj.render.review import renderables
    from relj.storage.journal import Journal

    journal = Journal(example_journal)
    customers, _ = journal.load_all()
    result = review(customers, date(2026, 11, 24), settings(journal))
    screen = Console(file=io.StringIO(), width=80, force_terminal=True, color_system="standard")
    for part in renderables(result, fancy=True):
        screen.print(part)
    text = screen.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[32m↑" in text and "\x1b[31m↓" in text
    assert "█" in text and "▒" in text and "#" not in text
