"""due, phase, show and list through the CLI, on a copy of examples/journal (today 2026-11-24)
and on fresh journals built with relj's own commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from relj.model import PHASE_CODES, SEPARATED
from relj.settings import DEFAULT_POINTS

TODAY = "2026-11-24"
REASONS = set(DEFAULT_POINTS)


@pytest.fixture
def coach(runner: CliRunner, example_journal: Path) -> Any:
    """relj on the example journal as of TODAY: coach("due", "--json")."""
    from relj.cli import app

    def run(*args: str) -> Any:
        return runner.invoke(app, ["-J", str(example_journal), *args, "--today", TODAY])

    return run


def ok_json(result: Any) -> dict[str, Any]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# -- the example journal ---------------------------------------------------------------


def test_the_example_journal_shows_every_due_reason(coach: Any) -> None:
    items = ok_json(coach("due", "--json"))["items"]
    assert {r["code"] for item in items for r in item["reasons"]} == REASONS
    assert all(any(r["acts"] for r in item["reasons"]) for item in items)
    acting = {r["code"] for item in items for r in item["reasons"] if r["acts"]}
    modifiers = {r["code"] for item in items for r in item["reasons"] if not r["acts"]}
    assert {"illusion", "pressure", "phase-risk", "single-threaded", "objection"} <= modifiers
    assert {"illusion", "pressure", "phase-risk", "single-threaded", "objection"}.isdisjoint(
        acting)


def test_the_example_journal_shows_every_phase(coach: Any) -> None:
    objects = ok_json(coach("phase", "--json"))["customers"]
    assert {o["phase_name"] for o in objects} == {*PHASE_CODES, SEPARATED}
    assert len(objects) in range(6, 9)


def test_separated_customers_get_no_reason_and_all_adds_modifier_only_ones(coach: Any) -> None:
    plain = [i["customer"] for i in ok_json(coach("due", "--json"))["items"]]
    everyone = ok_json(coach("due", "--all", "--json"))["items"]
    assert not [i for i in everyone if i["phase_name"] == SEPARATED]
    assert plain and set(plain) <= {
        i["customer"] for i in everyone}
    for item in everyone:
        if item["customer"] not in plain:
            assert item["reasons"] and not any(r["acts"] for r in item["reasons"])


def test_the_due_screen_fits_80_columns_and_names_everyone_due(coach: Any) -> None:
    result = coach("due")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert all(line == line.rstrip() for line in lines), "no trailing spaces (README, diffs)"
    for item in ok_json(coach("due", "--json"))["items"]:
        assert item["name"].split()[0] in result.stdout
        assert item["action"].split()[0] in result.stdout


def test_the_german_due_screen_fits_80_columns_and_says_sie(coach: Any) -> None:
    result = coach("due", "--lang", "de")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    words = set(result.stdout.replace(",", " ").replace(":", " ").split())
    assert "Sie" in words and not words & {"du", "dich", "dein", "dir"}
    assert "Abschlussfrage" in result.stdout


def test_limit_cuts_the_list_and_says_how_many_more(coach: Any) -> None:
    full = ok_json(coach("due", "--json"))["items"]
    cut = ok_json(coach("due", "--limit", "2", "--json"))["items"]
    assert cut == full[:2]
    screen = coach("due", "--limit", "2").stdout
    assert f"{len(full) - 2} more" in screen


# -- JSON of SPEC §5, key by key and type by type ------------------------------------------

NULLABLE_INT = (int, type(None))
PHASE_NAMES = {*PHASE_CODES, SEPARATED}


def check_keys(obj: dict[str, Any], types: dict[str, Any]) -> None:
    assert set(obj) == set(types), set(obj) ^ set(types)
    for key, kind in types.items():
        assert isinstance(obj[key], kind) and not (kind is int and isinstance(obj[key], bool)), key


def test_due_json_has_exactly_the_keys_of_the_spec(coach: Any) -> None:
    data = ok_json(coach("due", "--all", "--json"))
    check_keys(data, {"schema": int, "today": str, "items": list})
    assert data["schema"] == 1 and data["today"] == TODAY
    for item in data["items"]:
        check_keys(
            item,
            {
                "customer": str,
                "name": str,
                "score": (int, float),
                "phase": NULLABLE_INT,
                "phase_name": str,
                "days_since_genuine": NULLABLE_INT,
                "reasons": list,
                "action": str,
            },
        )
        assert item["phase_name"] in PHASE_NAMES and item["action"]
        assert (item["phase"] is None) == (item["phase_name"] == SEPARATED)
        for reason in item["reasons"]:
            check_keys(reason, {"code": str, "text": str, "points": (int, float), "acts": bool})
            assert reason["code"] in REASONS and reason["text"]
        assert item["score"] == pytest.approx(sum(r["points"] for r in item["reasons"]))
    # Crises and promises first (an acting mood-support or follow-up), then the
    # highest score: SPEC §5's order with issue 12's "crisis first".
    order = [(not any(r["acts"] and r["code"] in ("mood-support", "follow-up")
                      for r in i["reasons"]), -i["score"]) for i in data["items"]]
    assert order == sorted(order)


PHASE_KEYS = {"schema": int, "customer": str, "phase": NULLABLE_INT, "phase_name": str,
              "computed": NULLABLE_INT, "override": NULLABLE_INT, "evidence": list, "advice": str}


def check_phase_object(obj: dict[str, Any]) -> None:
    check_keys(obj, PHASE_KEYS)
    assert obj["schema"] == 1 and obj["phase_name"] in PHASE_NAMES and obj["advice"]
    for ev in obj["evidence"]:
        check_keys(ev, {"date": str, "signal": str, "text": str})
        assert len(ev["date"]) == 10 and ev["date"] <= TODAY


def test_phase_json_has_exactly_the_keys_of_the_spec(coach: Any) -> None:
    one = ok_json(coach("phase", "alder", "--json"))
    check_phase_object(one)
    assert (one["customer"], one["phase"], one["phase_name"]) == (
        "alder-medical-supplies",
        3,
        "struggle",
    )
    everyone = ok_json(coach("phase", "--json"))
    check_keys(everyone, {"schema": int, "customers": list})
    for obj in everyone["customers"]:
        check_phase_object(obj)


def test_list_json_has_exactly_the_keys_of_the_spec(coach: Any) -> None:
    data = ok_json(coach("list", "--json"))
    check_keys(data, {"schema": int, "customers": list})
    assert data["schema"] == 1 and len(data["customers"]) == 8
    for row in data["customers"]:
        check_keys(row, {"customer": str, "name": str, "phase": NULLABLE_INT,
                         "days_since_genuine": NULLABLE_INT, "open_offers": int})
    northwind = next(r for r in data["customers"] if r["customer"] == "northwind-logistics")
    assert (northwind["phase"], northwind["days_since_genuine"], northwind["open_offers"]) == (
        1,
        18,
        1,
    )


def test_show_json_is_the_file_plus_slug_phase_and_interactions(
    coach: Any, example_journal: Path
) -> None:
    import tomllib

    data = ok_json(coach("show", "northwind", "--json"))
    raw = tomllib.loads((example_journal / "customers" / "northwind-logistics.toml").read_text())
    expected = set(raw) - {"interaction"} | {"schema", "slug", "phase", "days_since_genuine",
                                             "interactions"}
    assert set(data) == expected
    assert (data["schema"], data["slug"], data["phase"], data["days_since_genuine"]) == (
        1, "northwind-logistics", 1, 18)
    assert data["since"] == "2026-09-15" and data["offer"][0]["opened"] == "2026-10-20"
    ats = [i["at"] for i in data["interactions"]]
    assert ats == sorted(ats) and len(ats) == len(raw["interaction"])
    assert data["interactions"][0]["id"] == raw["interaction"][0]["id"]


def test_show_json_of_a_prospect_has_no_genuine_age(coach: Any) -> None:
    data = ok_json(coach("show", "harbor", "--json"))
    assert (data["phase"], data["days_since_genuine"]) == (0, None)


# -- languages -------------------------------------------------------------------------------


def _screens(coach: Any, lang: str) -> str:
    outputs = []
    for args in (("due",), ("phase",), ("phase", "alder"), ("show", "keller"), ("list",)):
        result = coach("--lang", lang, *args)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    return "\n".join(outputs)


def test_german_screens_are_german(coach: Any) -> None:
    text = _screens(coach, "de")
    for word in ("Fällig am", "Machtkampf", "Ernüchterung", "Werben", "Zuhause", "Ich-Du-Wir",
                 "Verliebtheit", "Getrennt", "Abschlussfrage", "Wiedervorlage", "Warum Sie diesen"):
        assert word in text, word
    for english in ("Due on", "struggle", "closing question", "follow-up due", "Advice"):
        assert english not in text, english
    assert "coach." not in text and "labels." not in text


def test_english_screens_are_english(coach: Any) -> None:
    text = _screens(coach, "en")
    for word in ("Due on", "struggle", "disenchantment", "courtship", "home", "me-you-us",
                 "infatuation", "separated", "closing question", "follow-up due",
                 "Why you wanted"):
        assert word in text, word
    for german in ("Fällig", "Machtkampf", "Rat:", "Abschlussfrage"):
        assert german not in text, german
    assert "coach." not in text and "labels." not in text


def test_the_phase_view_shows_the_evidence_and_the_why_in_struggle(coach: Any) -> None:
    screen = coach("phase", "alder").stdout
    for line in ("2025-02-01", "2025-05-10", "2025-08-08", "2026-11-10", "a dream customer"):
        assert line in screen, line


# -- lists, filters and errors --------------------------------------------------------------------


def test_list_filters_by_phase_and_tag(coach: Any) -> None:
    struggle = ok_json(coach("list", "--phase", "3", "--json"))["customers"]
    assert [r["customer"] for r in struggle] == ["alder-medical-supplies"]
    separated = ok_json(coach("list", "--phase", "separated", "--json"))["customers"]
    assert [r["customer"] for r in separated] == ["oakridge-printing"]
    keys = ok_json(coach("list", "--tag", "key-account", "--json"))["customers"]
    assert {r["customer"] for r in keys} == {"alder-medical-supplies", "northwind-logistics",
                                            "pinecrest-hotels"}


def test_an_unknown_phase_is_a_usage_error(coach: Any) -> None:
    assert coach("list", "--phase", "7").exit_code == 2


def test_an_unknown_customer_is_an_error(coach: Any) -> None:
    for command in ("phase", "show"):
        result = coach(command, "nobody")
        assert result.exit_code == 1 and "nobody" in result.stderr


def test_a_broken_file_is_a_warning_and_the_others_still_work(
    coach: Any, example_journal: Path
) -> None:
    (example_journal / "customers" / "broken.toml").write_text('name = "Broken\n', encoding="utf-8")
    for command in ("due", "list", "phase"):
        result = coach(command, "--json")
        assert result.exit_code == 0, result.output
        assert "broken.toml:1:" in result.stderr
        assert json.loads(result.stdout)["schema"] == 1


# -- fresh journals: the walk of issue 3, the closing question ------------------------------


def phase_on(relj: Any, day: str) -> dict[str, Any]:
    return ok_json(relj("phase", "walk", "--json", "--today", day))


WALK_STEPS = [
    # (what to log, a day just after it, phase, the latest evidence)
    ((), "2025-01-11", 1, "start"),
    (("--signal", "praise", "--at", "2025-02-01"), "2025-02-02", 1, "start"),
    (("--signal", "objection:price", "--at", "2025-03-01"), "2025-03-02", 2, "objection:price"),
    # one friction after the honeymoon is disenchantment; the second within 60 days is struggle
    (("--signal", "delay", "--at", "2025-04-01"), "2025-04-02", 2, "delay"),
    (("--signal", "discount-pressure", "--at", "2025-04-20"), "2025-04-21", 3, "discount-pressure"),
    (("--signal", "project", "--at", "2025-06-01"), "2025-07-19", 4, "calm"),
    (("--signal", "contact-left", "--at", "2025-10-01"), "2025-10-02", 1, "contact-left"),
]


def test_the_phase_walk_through_the_cli(relj: Any) -> None:
    assert relj("add", "Walk", "--since", "2025-01-10", "--contact", "Ann, buyer").exit_code == 0
    for log_args, day, phase, signal in WALK_STEPS:
        if log_args:
            result = relj("log", "walk", "--concern", "talk", *log_args)
            assert result.exit_code == 0, result.output
        data = phase_on(relj, day)
        assert (data["phase"], data["evidence"][-1]["signal"]) == (phase, signal), day
    assert phase_on(relj, "2025-07-18")["phase"] == 3  # one day before the calm


def test_the_closing_question_comes_after_three_interactions_and_goes_with_an_answer(
    relj: Any,
) -> None:
    assert relj("add", "Prospect Ltd").exit_code == 0
    assert relj("offer", "prospect", "Pilot project", "--at", "2026-11-01").exit_code == 0

    def due_codes() -> set[str]:
        items = ok_json(relj("due", "--json", "--today", "2026-11-10"))["items"]
        return {r["code"] for i in items for r in i["reasons"]}

    for n, day in enumerate(("2026-11-02", "2026-11-03", "2026-11-04")):
        assert "closing-question" not in due_codes(), n
        assert relj("log", "prospect", "--concern", "needs", "--at", day).exit_code == 0
    assert "closing-question" in due_codes()
    action = ok_json(relj("due", "--json", "--today", "2026-11-10"))["items"][0]["action"]
    assert "Pilot project" in action and action.rstrip("\u201d").endswith("?")
    answered = relj("log", "prospect", "--concern", "ask", "--closing", "yes", "--at", "2026-11-05")
    assert answered.exit_code == 0, answered.output
    assert "closing-question" not in due_codes()
    data = phase_on_customer(relj, "prospect", "2026-11-10")
    assert (data["phase"], data["evidence"][0]["signal"]) == (1, "start")


def phase_on_customer(relj: Any, who: str, day: str) -> dict[str, Any]:
    return ok_json(relj("phase", who, "--json", "--today", day))


def test_the_closing_question_comes_after_30_days(relj: Any) -> None:
    relj("add", "Quiet Ltd", "--since", "2026-01-01")
    relj("offer", "quiet", "Audit", "--at", "2026-10-01")

    def codes(day: str) -> set[str]:
        items = ok_json(relj("due", "--json", "--today", day))["items"]
        return {r["code"] for i in items for r in i["reasons"]}

    assert "closing-question" not in codes("2026-10-30")
    assert "closing-question" in codes("2026-10-31")


def test_an_empty_journal_has_friendly_screens(relj: Any) -> None:
    for command in ("due", "list", "phase"):
        result = relj(command)
        assert result.exit_code == 0 and result.stdout.strip(), command


def test_due_json_does_not_load_rich(example_journal: Path) -> None:
    """`relj due --json` is for scripts and must start fast: no rich, no tomlkit."""
    code = (
        "import sys\n"
        "from relj.cli import app\n"
        f"sys.argv = ['relj', '-J', {str(example_journal)!r}, 'due', '--json',"
        f" '--today', '{TODAY}']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'tomlkit'))\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert '"schema": 1' in result.stdout, result.stderr
    assert "LOADED []" in result.stderr


def test_a_manual_phase_wins_and_the_computed_one_is_shown_beside_it(
    coach: Any, example_journal: Path
) -> None:
    path = example_journal / "customers" / "keller-sons-hardware.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('cadence = "3w"\n', 'cadence = "3w"\nphase = 4\n'), encoding="utf-8"
    )
    data = ok_json(coach("phase", "keller", "--json"))
    assert (data["phase"], data["phase_name"], data["computed"], data["override"]) == (
        4, "me-you-us", 2, 4)
    screen = coach("phase", "keller").stdout
    assert "me-you-us (set by hand; the signals say disenchantment)" in screen
    reasons = {r["code"] for i in ok_json(coach("due", "--json"))["items"]
               if i["customer"] == "keller-sons-hardware" for r in i["reasons"]}
    assert "phase-risk" not in reasons and "single-threaded" not in reasons
