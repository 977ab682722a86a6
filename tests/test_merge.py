"""The three-way merge of one customer file (relj.team.merge), without git."""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relj.storage.codec import render_block
from relj.team.merge import merge_customer, resolve_markers

BASE = '''# Written by hand: this comment must survive.
name = "Acme"   # the company
cadence = "3w"
tags = ["a"]

[[contact]]
name = "Anna"
role = "buyer"

[[offer]]
id = "o-1"
what = "Service"
opened = 2026-01-02
status = "open"

[[interaction]]
id = "i-1"
at = 2026-01-05T10:00:00+01:00
channel = "call"
note = """two
[[interaction]]
lines"""
'''


def block(ident: str, at: str, **fields: str) -> str:
    extra = "".join(f'{k} = "{v}"\n' for k, v in fields.items())
    return f'\n[[interaction]]\nid = "{ident}"\nat = {at}\n{extra}'


def merge(base: str, ours: str, theirs: str) -> tuple[str, list[str]]:
    merged, conflicts = merge_customer(base.encode(), ours.encode(), theirs.encode())
    return merged.decode(), conflicts


def ids(text: str) -> list[str]:
    return [entry["id"] for entry in tomllib.loads(text).get("interaction", [])]


def test_appends_on_both_sides_are_unioned_and_ours_stays_byte_for_byte() -> None:
    ours = BASE + block("i-2", "2026-02-01", concern="ours")
    theirs = BASE + block("i-4", "2026-03-01", concern="late") + block("i-3", "2026-01-20")
    merged, conflicts = merge(BASE, ours, theirs)
    assert conflicts == []
    assert merged.startswith(ours)
    assert ids(merged) == ["i-1", "i-2", "i-3", "i-4"]  # theirs appended in `at` order


def test_a_field_changed_on_one_side_and_appends_on_the_other() -> None:
    ours = BASE + block("i-2", "2026-02-01")
    theirs = BASE.replace('cadence = "3w"', 'cadence = "2w"')
    merged, conflicts = merge(BASE, ours, theirs)
    assert conflicts == []
    data = tomllib.loads(merged)
    assert data["cadence"] == "2w"
    assert ids(merged) == ["i-1", "i-2"]
    assert merged.replace('cadence = "2w"', 'cadence = "3w"') == ours
    # and the other way round: the same data
    swapped, _ = merge(BASE, theirs, ours)
    assert tomllib.loads(swapped) == data


def test_both_sides_change_cadence_differently_marks_only_that_line() -> None:
    ours = BASE.replace('cadence = "3w"', 'cadence = "2w"') + block("i-2", "2026-02-01")
    theirs = BASE.replace('cadence = "3w"', 'cadence = "4w"') + block("i-3", "2026-02-02")
    merged, conflicts = merge(BASE, ours, theirs)
    assert conflicts == ["cadence"]
    marked = merged[merged.index("<<<<<<<"): merged.index(">>>>>>> theirs") + 15]
    assert marked == '<<<<<<< ours\ncadence = "2w"\n=======\ncadence = "4w"\n>>>>>>> theirs\n'
    assert merged.count("<<<<<<<") == 1
    assert tomllib.loads(resolve_markers(merged, "ours"))["cadence"] == "2w"
    assert tomllib.loads(resolve_markers(merged, "theirs"))["cadence"] == "4w"
    assert ids(resolve_markers(merged, "theirs")) == ["i-1", "i-2", "i-3"]


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    ours = BASE.replace('cadence = "3w"', 'cadence = "2w"')
    theirs = ours + block("i-3", "2026-02-02")
    merged, conflicts = merge(BASE, ours, theirs.replace("# Written", "# written"))
    assert conflicts == []
    # THEIRS' comment edit is kept too (issue 16: it used to be dropped)
    assert merged.startswith(ours.replace("# Written", "# written"))
    assert ids(merged) == ["i-1", "i-3"]


def test_an_entry_edited_on_theirs_side_only_is_edited_in_place_keeping_comments() -> None:
    ours = BASE + block("i-2", "2026-02-01")
    theirs = BASE.replace('status = "open"', 'status = "won"\nclosed = 2026-02-03')
    merged, conflicts = merge(BASE, ours, theirs)
    assert conflicts == []
    offer = tomllib.loads(merged)["offer"][0]
    assert offer["status"] == "won" and offer["closed"] == date(2026, 2, 3)
    assert merged.startswith("# Written by hand: this comment must survive.\n")
    assert '"""two\n[[interaction]]\nlines"""' in merged


def test_both_sides_edit_the_same_entry_field_differently() -> None:
    ours = BASE.replace('status = "open"', 'status = "won"')
    theirs = BASE.replace('status = "open"', 'status = "lost"').replace('"buyer"', '"CEO"')
    merged, conflicts = merge(BASE, ours, theirs)
    assert conflicts == ["offer o-1: status"]
    assert 'role = "CEO"' in merged  # the other change on theirs side still arrives
    assert '<<<<<<< ours\nstatus = "won"\n=======\nstatus = "lost"\n>>>>>>> theirs\n' in merged


def test_deleted_on_one_side_and_untouched_on_the_other_stays_deleted() -> None:
    base = BASE + block("i-2", "2026-02-01", concern="x")
    ours = BASE  # i-2 deleted
    theirs = base + block("i-3", "2026-03-01")
    merged, conflicts = merge(base, ours, theirs)
    assert conflicts == [] and ids(merged) == ["i-1", "i-3"]
    merged, conflicts = merge(base, theirs, ours)
    assert conflicts == [] and ids(merged) == ["i-1", "i-3"]


def test_deleted_on_one_side_and_changed_on_the_other_is_a_conflict() -> None:
    base = BASE + block("i-2", "2026-02-01", concern="x")
    ours = BASE
    theirs = BASE + block("i-2", "2026-02-01", concern="changed")
    for a, b in ((ours, theirs), (theirs, ours)):
        merged, conflicts = merge(base, a, b)
        assert conflicts == ["interaction i-2"]
        assert "<<<<<<< ours" in merged and 'concern = "changed"' in merged
        assert ids(resolve_markers(merged, "ours")) == ids(a)
        assert ids(resolve_markers(merged, "theirs")) == ids(b)


def test_a_side_that_does_not_parse_is_a_conflict_of_the_whole_file() -> None:
    broken = BASE + "\n[[interaction]\nid = \n"
    ours = BASE + block("i-2", "2026-02-01")
    for a, b in ((ours, broken), (broken, ours)):
        merged, conflicts = merge(BASE, a, b)
        assert conflicts == ["file"]
        assert merged == f"<<<<<<< ours\n{a}=======\n{b}>>>>>>> theirs\n"
    merged, conflicts = merge("name = [", ours, BASE + block("i-3", "2026-02-01"))
    assert conflicts == ["file"]
    merged, conflicts = merge_customer(BASE.encode(), ours.encode(), b"\xff\xfe")
    assert conflicts == ["file"] and merged.startswith(b"<<<<<<< ours\n")


def test_a_file_added_on_both_sides_merges_against_an_empty_base() -> None:
    ours = 'name = "New"\n' + block("i-1", "2026-01-01")
    theirs = 'name = "New"\n' + block("i-2", "2026-01-02")
    merged, conflicts = merge("", ours, theirs)
    assert conflicts == [] and ids(merged) == ["i-1", "i-2"]
    merged, conflicts = merge("", ours, 'name = "Other"\n')
    assert conflicts == ["name"]


def test_contacts_are_keyed_by_name_and_unknown_keys_survive() -> None:
    ours = BASE.replace('tags = ["a"]', 'tags = ["a"]\nmy_own = { x = 1 }') + \
        '\n[[contact]]\nname = "Bo"\n'
    theirs = BASE + '\n[[contact]]\nname = "Cy"\nrole = "ceo"\n'
    merged, conflicts = merge(BASE, ours, theirs)
    assert conflicts == []
    data = tomllib.loads(merged)
    assert [c["name"] for c in data["contact"]] == ["Anna", "Bo", "Cy"]
    assert data["my_own"] == {"x": 1}


def test_interleaved_blocks_and_a_one_sided_deletion() -> None:
    base = 'name = "A"\n' + block("i-1", "2026-01-01") + '\n[[offer]]\nid = "o-1"\n' + \
        block("i-2", "2026-01-02")
    ours = base.replace(
        'id = "i-1"\nat = 2026-01-01\n', 'id = "i-1"\nat = 2026-01-01\nmood = "active"\n'
    )
    theirs = 'name = "A"\n' + block("i-1", "2026-01-01") + block("i-2", "2026-01-02")
    merged, conflicts = merge(base, ours, theirs)
    assert conflicts == []
    data = tomllib.loads(merged)
    assert "offer" not in data and data["interaction"][0]["mood"] == "active"


# -- the property: merging is a union by id, whichever side is OURS ---------------

TZ = timezone(timedelta(hours=1))
MOODS = ["annoyed", "passive", "optimistic"]
NOTES = ["a", "b", 'quote " and \\ backslash', "zwei\nZeilen äöü"]


@st.composite
def histories(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(0, 4))
    base = [{"id": f"i-b{k}", "at": draw(st.sampled_from([
        date(2026, 1, k + 1), datetime(2026, 1, k + 1, 9, 30, tzinfo=TZ)])),
        "channel": "call", "mood": MOODS[k % 3]} for k in range(count)]
    cadence = draw(st.sampled_from([None, "2w", "3w"]))
    sides = {}
    for side in ("o", "t"):
        ops: dict[str, Any] = {"edit": {}, "delete": set()}
        for entry in base:
            choice = draw(st.sampled_from(["keep", "keep", "edit", "delete"]))
            if choice == "edit":
                ops["edit"][entry["id"]] = {draw(st.sampled_from(["note", "concern"])):
                                            draw(st.sampled_from(NOTES))}
            elif choice == "delete":
                ops["delete"].add(entry["id"])
        ops["cadence"] = draw(st.sampled_from([cadence, cadence, "1w", "4w", None]))
        ops["append"] = [{"id": f"i-{side}{k}", "at": datetime(2026, 2, draw(st.integers(1, 28)),
                                                               tzinfo=TZ),
                          "channel": "visit", "concern": draw(st.sampled_from(NOTES))}
                         for k in range(draw(st.integers(0, 3)))]
        if draw(st.booleans()):  # the same entry added on both sides (a shared pull)
            ops["append"].append({"id": "i-shared", "at": date(2026, 3, 1), "channel": "other"})
        sides[side] = ops
    return {"base": base, "cadence": cadence, "sides": sides}


def render(cadence: str | None, entries: list[dict[str, Any]]) -> bytes:
    head = '# hand-written\nname = "Acme"\n' + (f'cadence = "{cadence}"\n' if cadence else "")
    return (head + "".join(render_block("interaction", e) for e in entries)).encode()


def side_file(history: dict[str, Any], side: str) -> bytes:
    ops = history["sides"][side]
    entries = [{**e, **ops["edit"].get(e["id"], {})} for e in history["base"]
               if e["id"] not in ops["delete"]]
    return render(ops["cadence"], entries + ops["append"])


def by_id(text: str) -> dict[str, Any]:
    entries = tomllib.loads(text).get("interaction", [])
    found = {e["id"]: e for e in entries}
    assert len(found) == len(entries), "no duplicates"
    return found


def expected_ids(history: dict[str, Any]) -> set[str]:
    o, t = history["sides"]["o"], history["sides"]["t"]
    kept = set()
    for entry in history["base"]:
        ident = entry["id"]
        gone_o = ident in o["delete"] and ident not in t["edit"]
        gone_t = ident in t["delete"] and ident not in o["edit"]
        if not (gone_o or gone_t or ident in o["delete"] and ident in t["delete"]):
            kept.add(ident)
    return kept | {e["id"] for e in o["append"] + t["append"]}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history=histories())
def test_merging_is_a_union_by_id_whichever_side_is_ours(history: dict[str, Any]) -> None:
    base = render(history["cadence"], history["base"])
    ours, theirs = side_file(history, "o"), side_file(history, "t")
    one, conflicts = merge_customer(base, ours, theirs)
    two, conflicts_swapped = merge_customer(base, theirs, ours)
    assert "file" not in conflicts
    assert sorted(conflicts) == sorted(conflicts_swapped)
    if not conflicts:
        first, second = one.decode(), two.decode()
        assert set(by_id(first)) == expected_ids(history)
        assert by_id(first) == by_id(second)
        fields = [{k: v for k, v in tomllib.loads(x).items() if k != "interaction"}
                  for x in (first, second)]
        assert fields[0] == fields[1]
        assert first.startswith("# hand-written\n")
    else:
        # Deciding every conflict for the same person gives the same data either way.
        for side, other in (("ours", "theirs"), ("theirs", "ours")):
            a = resolve_markers(one.decode(), side)
            b = resolve_markers(two.decode(), other)
            assert by_id(a) == by_id(b)
            assert {k: v for k, v in tomllib.loads(a).items() if k != "interaction"} == \
                {k: v for k, v in tomllib.loads(b).items() if k != "interaction"}
        union = set(by_id(resolve_markers(one.decode(), "ours"))) | set(
            by_id(resolve_markers(one.decode(), "theirs")))
        assert union == expected_ids(history)


# -- comments and layout are kept (issue 16) --------------------------------------


def test_a_comment_only_change_of_theirs_is_kept() -> None:
    theirs = BASE.replace('cadence = "3w"\n', 'cadence = "3w"\n# VIP: never call on Fridays\n')
    ours = BASE + block("i-2", "2026-02-01", concern="ours")
    merged, conflicts = merge(BASE, ours, theirs)
    assert conflicts == []
    assert "# VIP: never call on Fridays" in merged
    assert ids(merged) == ["i-1", "i-2"]
    swapped, _ = merge(BASE, theirs, ours)
    assert "# VIP: never call on Fridays" in swapped


def test_a_comment_inside_an_entry_the_other_side_edited_is_kept() -> None:
    theirs = BASE.replace('what = "Service"\n', 'what = "Service"  # the big one\n')
    ours = BASE.replace('status = "open"', 'status = "won"')
    for one, two in ((ours, theirs), (theirs, ours)):
        merged, conflicts = merge(BASE, one, two)
        assert conflicts == []
        assert "# the big one" in merged
        assert tomllib.loads(merged)["offer"][0]["status"] == "won"


def test_comments_and_edits_on_both_sides_of_one_entry_are_both_kept() -> None:
    theirs = BASE.replace('channel = "call"\n', 'channel = "call"\nmood = "active"\n')
    ours = BASE.replace('id = "i-1"\n', 'id = "i-1"\n# called from the car\n')
    merged, conflicts = merge(BASE, ours, theirs)
    assert conflicts == []
    assert "# called from the car" in merged
    assert tomllib.loads(merged)["interaction"][0]["mood"] == "active"


def test_comments_that_cannot_be_placed_make_a_conflict_never_a_loss() -> None:
    ours = BASE.replace('name = "Acme"   # the company', 'name = "Acme"   # ours says')
    theirs = BASE.replace('name = "Acme"   # the company', 'name = "Acme"   # theirs says')
    merged, conflicts = merge(BASE, ours, theirs)
    assert conflicts
    assert "# ours says" in merged and "# theirs says" in merged


def _with_comment(text: bytes, where: int, comment: str) -> bytes:
    """A comment line after the WHERE-th line that is a key (never inside a string)."""
    lines = text.decode().splitlines(keepends=True)
    keys = [i for i, line in enumerate(lines) if line.startswith(("name =", "id =", "channel ="))]
    at = keys[where % len(keys)] + 1
    return "".join([*lines[:at], f"# {comment}\n", *lines[at:]]).encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history=histories(), spots=st.tuples(st.integers(0, 8), st.integers(0, 8)),
       commented=st.sampled_from(["o", "t", "both"]))
def test_comments_of_either_side_are_never_lost(history: dict[str, Any],
                                                 spots: tuple[int, int], commented: str) -> None:
    base = render(history["cadence"], history["base"])
    files = {side: side_file(history, side) for side in ("o", "t")}
    comments = {}
    for side, spot in zip(("o", "t"), spots, strict=True):
        if commented in (side, "both"):
            comments[side] = f"comment-of-{side}"
            files[side] = _with_comment(files[side], spot, comments[side])
    for one, two in (("o", "t"), ("t", "o")):
        merged, conflicts = merge_customer(base, files[one], files[two])
        text = merged.decode()
        for side, comment in comments.items():
            holder = _holder(files[side].decode(), comment)
            # a comment inside an entry the merge deleted may go with it; none else may
            if holder is None or holder in text:
                assert comment in text, (side, conflicts)


def _holder(text: str, comment: str) -> str | None:
    """The id line of the entry holding COMMENT (None in the top part of the file)."""
    lines = text.splitlines()
    at = lines.index("# " + comment)
    return next((line for line in reversed(lines[:at]) if line.startswith("id =")), None)
