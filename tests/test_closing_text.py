"""A closing answer edits its offer as text (issue 15): found by a byte scan, changed
in its own lines, read back; odd spellings edited correctly or refused, nothing written."""

from __future__ import annotations

import difflib
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relj.errors import FileProblem, ReljError
from relj.storage.codec.toml_text import scan_line
from relj.storage.entries import apply_closing
from relj.storage.offer_text import locate_offers, offers_only, string_state
from tests.helpers import init_journal, invoke, snapshot, write_customer

DAY = date(2026, 11, 1)

OFFER = '[[offer]]\nid = "o-1"\nwhat = "Maintenance"\nopened = 2026-10-02\nstatus = "open"\n'
TOP = 'name = "Acme"\n'
NOTE_WITH_FAKE = ('\n[[interaction]]\nid = "i-1"\nat = 2026-10-03\nnote = """\n'
                  '[[offer]]\nid = "o-1"\nstatus = "open"\n"""\n')


def closed(text: str, answer: str = "no", offer: str = "o-1") -> str:
    return apply_closing(text.encode("utf-8"), offer, answer, DAY, "acme.toml").decode("utf-8")


def changed_lines(old: str, new: str) -> set[str]:
    return {line for line in difflib.unified_diff(old.splitlines(), new.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))}


# -- finding the offers ---------------------------------------------------------------


def test_a_header_inside_a_multi_line_string_is_no_offer() -> None:
    text = TOP + NOTE_WITH_FAKE + "\n" + OFFER
    layout = locate_offers(text.encode())
    assert layout is not None and len(layout.blocks) == 1
    start, end = layout.blocks[0]
    assert text.encode()[start:end] == OFFER.encode()
    after = closed(text)
    assert after.count('status = "open"') == 1  # the note's copy is left alone
    assert tomllib.loads(after)["offer"][0]["status"] == "lost"
    assert tomllib.loads(after)["interaction"] == tomllib.loads(text)["interaction"]


@pytest.mark.parametrize("header", ['[["offer"]]', "[[ 'offer' ]]", '[["\\u006ffer"]]'])
def test_a_quoted_table_name_makes_the_scan_unsure(header: str) -> None:
    text = TOP + "\n" + OFFER.replace("[[offer]]", header)
    assert locate_offers(text.encode()) is None
    assert offers_only(text.encode()) is None


@pytest.mark.parametrize("text", [
    TOP + 'offer = [{id = "o-1", status = "open"}]\n',
    TOP + "\n" + OFFER + "\n[offer.extra]\nnote = 1\n",
    TOP + "\n" + OFFER + "items = [\n  [1, 2],\n]\n",
])
def test_offers_the_scan_cannot_read_plainly_are_read_whole(text: str) -> None:
    assert offers_only(text.encode()) is None


def test_the_small_document_reads_as_the_customer_without_its_history() -> None:
    from relj.storage.codec import parse_customer

    text = (TOP + 'why = "dream"\n\n[[contact]]\nname = "Ann"\n' + NOTE_WITH_FAKE + "\n"
            + OFFER + '\n[[interaction]]\nid = "i-2"\nat = 2026-10-04\n')
    small = offers_only(text.encode())
    assert small is not None
    light = parse_customer("acme", "acme.toml", small)
    whole = parse_customer("acme", "acme.toml", text.encode())
    assert (light.name, light.why, light.offers) == (whole.name, whole.why, whole.offers)
    assert light.interactions == () and light.contacts == ()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(['"', "'", "#", "\\", "a", " ", "[", '"""', "'''"]),
                max_size=14).map("".join),
       st.sampled_from([None, '"""', "'''"]))
def test_the_fast_string_scan_agrees_with_the_exact_one(line: str, state: str | None) -> None:
    assert string_state(line + "\n", state) == scan_line(line + "\n", state, 0)[0]


# -- editing by hand-written layouts --------------------------------------------------


@pytest.mark.parametrize(("block", "expected"), [
    # a comment after the value stays, a comment inside stays
    ('[[offer]]\nid = "o-1"  # ours\n# pending\nstatus = "open"  # asked twice\n',
     {'-status = "open"  # asked twice', '+status = "lost"  # asked twice',
      "+closed = 2026-11-01"}),
    # odd spacing and a quoted key
    ('[[ offer ]]\n  id="o-1"\n  "status"=\'open\'\n',
     {"-  \"status\"='open'", '+  "status"="lost"', "+  closed = 2026-11-01"}),
    # an inline table holding a key named status is not the offer's status
    ('[[offer]]\nid = "o-1"\nmeta = { status = "open" }\nstatus = "open"\n',
     {'-status = "open"', '+status = "lost"', "+closed = 2026-11-01"}),
    # no status written: it is open, and gains one
    ('[[offer]]\nid = "o-1"\nwhat = "x"\n', {'+status = "lost"', "+closed = 2026-11-01"}),
])
def test_a_hand_written_block_changes_only_its_status_lines(block: str,
                                                            expected: set[str]) -> None:
    text = TOP + "\n" + block + "\n# the next one\n[[interaction]]\nid = \"i-1\"\nat = 2026-10-05\n"
    after = closed(text)
    assert changed_lines(text, after) == expected
    offer = tomllib.loads(after)["offer"][0]
    assert (offer["status"], offer["closed"]) == ("lost", DAY)


def test_a_yes_makes_a_prospect_a_customer_at_the_top() -> None:
    text = "# by hand\n" + TOP + 'why = "dream"  # really\n\n# offers\n' + OFFER
    after = closed(text, "yes")
    assert changed_lines(text, after) == {
        '-status = "open"', '+status = "won"', "+closed = 2026-11-01", "+since = 2026-11-01"}
    assert after.index("since") < after.index("# offers")


def test_crlf_bom_and_a_missing_final_newline_are_kept() -> None:
    text = "\ufeff" + (TOP + "\n" + OFFER.rstrip("\n")).replace("\n", "\r\n")
    after = closed(text)
    assert after.startswith("\ufeff") and "\n" not in after.replace("\r\n", "")
    assert tomllib.loads(after.removeprefix("\ufeff"))["offer"][0]["status"] == "lost"


def test_an_offer_already_dated_is_edited_with_tomlkit_and_checked() -> None:
    text = TOP + "\n" + OFFER + "closed = 2026-10-20\n"
    offer = tomllib.loads(closed(text))["offer"][0]
    assert (offer["status"], offer["closed"]) == ("lost", DAY)


def test_quoted_offer_headers_are_closed_by_the_exact_split() -> None:
    text = TOP + "\n" + OFFER.replace("[[offer]]", "[[offer]] # quoted below") + NOTE_WITH_FAKE
    assert tomllib.loads(closed(text))["offer"][0]["status"] == "lost"
    quoted = TOP + "\n" + OFFER.replace("[[offer]]", '[["offer"]]')
    with pytest.raises(FileProblem) as refused:
        closed(quoted)
    assert "relj edit" in refused.value.message() and refused.value.path == "acme.toml"


def test_an_offer_no_longer_open_is_refused() -> None:
    text = TOP + "\n" + OFFER.replace('"open"', '"won"')
    with pytest.raises(ReljError) as refused:
        closed(text)
    assert refused.value.key == "bigfile.offer_gone"


def test_a_refused_edit_writes_nothing(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    text = TOP + "\n" + OFFER.replace('status = "open"', 'status = """open"""') + "value = nan\n"
    write_customer(root, "acme", text)
    before = snapshot(root)
    result = invoke(root, "log", "acme", "--concern", "Decision", "--closing", "no",
                    "--at", "2026-11-01", today="2026-11-01")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "customers/acme.toml:3:" in result.output
    assert snapshot(root) == before


# -- the property: any layout around the block --------------------------------------

_COMMENT = st.sampled_from(["", "  # c", " #[[offer]]", '# """'])
_SPACE = st.sampled_from(["", " ", "\t", "  "])
_KEY = st.sampled_from(["status", '"status"', "'status'"])
_VALUE = st.sampled_from(['"open"', "'open'"])
_FILLER = st.sampled_from([
    "\n", "# a comment\n", '\n[[interaction]]\nid = "i-x"\nat = 2026-10-03\n',
    '\n[[interaction]]\nid = "i-y"\nat = 2026-10-04\nnote = """\n[[offer]]\nid = "o-1"\n"""\n',
    "\n[[contact]]\nname = 'Ann' # [[offer]]\n", '\n[[offer]]\nid = "o-2"\nstatus = "won"\n',
    "\n[[interaction]]\nid = 'i-z'\nat = 2026-10-05\nnote = '''\nstatus = \"open\"\n'''\n",
])


@st.composite
def files(draw: st.DrawFn) -> tuple[str, str]:
    space = draw(_SPACE)
    keys = [f'id{space}={space}"o-1"{draw(_COMMENT)}',
            f"what = 'Maintenance'{draw(_COMMENT)}",
            f"{draw(_KEY)}{space}={space}{draw(_VALUE)}{draw(_COMMENT)}",
            "extra = { status = 'open', n = [1, 2] }"]
    order = draw(st.permutations(keys))
    header = f"{draw(_SPACE)}[[{draw(_SPACE)}offer{draw(_SPACE)}]]{draw(_COMMENT)}"
    inside = draw(st.lists(st.sampled_from(["", "# inside", "  "]), max_size=2))
    block = "\n".join([header, *inside, *order]) + "\n"
    before = "".join(draw(st.lists(_FILLER, max_size=4)))
    after = "".join(draw(st.lists(_FILLER, max_size=4)))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = ("# top\n" + TOP + before + "\n" + block + after).replace("\n", newline)
    return text, draw(st.sampled_from(["yes", "no"]))


@settings(max_examples=300, deadline=None)
@given(files())
def test_any_layout_changes_only_the_answered_keys(case: tuple[str, str]) -> None:
    text, answer = case
    after = closed(text, answer)
    old, new = tomllib.loads(text), tomllib.loads(after)
    status = "won" if answer == "yes" else "lost"
    expected_offers = [{**o, "status": status, "closed": DAY} if o["id"] == "o-1" else o
                       for o in old["offer"]]
    assert new["offer"] == expected_offers
    assert {k: v for k, v in new.items() if k not in ("offer", "since")} == \
        {k: v for k, v in old.items() if k != "offer"}
    assert new.get("since") == (DAY if answer == "yes" else None)
    removed = {line for line in changed_lines(text, after) if line.startswith("-")}
    added = {line.strip() for line in changed_lines(text, after) if line.startswith("+")}
    assert len(removed) <= 1 and all("status" in line for line in removed)
    assert added <= {f'+{line.strip()}' for line in after.splitlines() if "status" in line} | {
        "+closed = 2026-11-01", "+since = 2026-11-01"}


# -- the command: a long history is neither parsed nor rewritten -----------------------


def test_a_closing_answer_parses_only_the_offer_and_the_new_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    root = init_journal(tmp_path / "j")
    history = "".join(f'\n[[interaction]]\nid = "i-{n}"\nat = 2025-01-{1 + n % 28:02d}\n'
                      f'genuine = true\nconcern = "Call {n}"\n' for n in range(400))
    text = "# by hand\n" + TOP + "\n" + OFFER + history
    path = write_customer(root, "acme", text)
    os.utime(path, (1_700_000_000, 1_700_000_000))  # not "racy": the cache may trust it
    assert invoke(root, "due", today="2026-11-01").exit_code == 0  # the cache knows the file
    parsed: list[int] = []
    real = tomllib.loads

    def spy(source: str, **options: object) -> dict[str, object]:
        parsed.append(len(source))
        return real(source)

    monkeypatch.setattr(tomllib, "loads", spy)
    result = invoke(root, "log", "acme", "--concern", "Decision", "--closing", "yes",
                    "--at", "2026-11-01", today="2026-11-01")
    assert result.exit_code == 0, result.output
    assert parsed and max(parsed) < len(text) // 10
    monkeypatch.undo()
    after = path.read_text(encoding="utf-8")
    assert changed_lines(text, after) - {f"+{line}" for line in after[len(text):].splitlines()} \
        == {'-status = "open"', '+status = "won"', "+closed = 2026-11-01", "+since = 2026-11-01"}
    shown = invoke(root, "show", "acme", "--json", today="2026-11-01")
    assert '"status": "won"' in shown.output and invoke(root, "check").exit_code == 0
