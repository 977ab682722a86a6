"""The proposals shown: as plain lines for a pipe, or one question each on a terminal.

On a terminal every proposal is decided by the user: genuine (the concern
asked, the title by default), a check-in, skip (remembered in ``.relj/``, not
proposed again) or Enter to leave it for later. A decision is written at
once, through the same append as `relj log` and built as it builds its
block, so Ctrl-C keeps every decision made before it. A calendar entry is
logged with the channel ``event``, a message with ``email``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from relj.errors import ReljError
from relj.i18n import kind_label, label, t

if TYPE_CHECKING:
    from relj.interchange.catchup.proposals import Proposal
    from relj.render.prompt import Reader
    from relj.storage.journal import Journal

WIDTH = 80
CHANNEL = {"ics": "event", "mbox": "email", "maildir": "email"}

# What a decision may be typed as (first letters and words, English and German).
_ANSWERS = {
    "genuine": ("1", "g", "genuine", "e", "echt"),
    "check-in": ("2", "c", "check-in", "checkin", "k", "kontrollkontakt", "kontrollbesuch"),
    "skip": ("3", "s", "skip", "ü", "u", "ue", "überspringen", "ueberspringen"),
}


@dataclass
class Tally:
    logged: int = 0
    skipped: int = 0
    later: int = 0


def list_lines(proposals: list[Proposal]) -> list[str]:
    """One line a proposal, at most 80 columns: day, customer, title, with whom."""
    from relj.dates import day_text

    lines = []
    for p in proposals:
        title = _flat(p.title) or t("catchup.no_title")
        who = f" ({_flat(p.with_)})" if p.with_ else ""
        lines.append(_cut(f"{day_text(p.day)}  {_flat(p.name)}: {title}{who}"))
    return lines


def _flat(text: str) -> str:
    """One line: runs of white space (a title's tabs and newlines) as one space."""
    return " ".join(text.split())


def _cut(text: str, width: int = WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def decide_all(journal: Journal, proposals: list[Proposal], by: str | None,
               read: Reader | None = None) -> Tally:
    """Ask about each proposal in turn and write each decision at once."""
    from relj.render import out
    from relj.storage.skipped import remember_skipped

    tally = Tally()
    logged: set[tuple[str, object]] = set()
    for proposal in proposals:
        if (proposal.customer, proposal.day) in logged:
            continue  # that day is logged now: the other items of the day are no gap
        _show(proposal)
        try:
            decision = _ask_decision(read)
            if decision == "genuine":
                concern = _ask_concern(proposal, read)
        except ReljError:  # end of input: what was decided stays
            tally.later += 1
            break
        if decision is None:
            tally.later += 1
        elif decision == "skip":
            remember_skipped(journal.root, proposal.token)
            out(t("catchup.skipped_one"))
            tally.skipped += 1
        else:
            genuine = decision == "genuine"
            _write(journal, proposal, genuine, concern if genuine else None, by)
            logged.add((proposal.customer, proposal.day))
            tally.logged += 1
    out(t("catchup.done", logged=tally.logged, skipped=tally.skipped, later=tally.later))
    return tally


def _show(proposal: Proposal) -> None:
    from relj.dates import moment_text
    from relj.render.prompt import show_lines

    source = t(f"catchup.source.{proposal.source}")
    head = f"{proposal.name} · {moment_text(proposal.at)} · {source}"
    what = proposal.title or t("catchup.no_title")
    if proposal.with_:
        what += " · " + t("catchup.with", people=proposal.with_)
    show_lines(["", _cut(_flat(head)), _cut("  " + _flat(what))])


def _ask_decision(read: Reader | None) -> str | None:
    import sys

    from relj.render.prompt import ask

    while True:
        answer = ask(t("catchup.ask_decision"), read) if read else ask(t("catchup.ask_decision"))
        typed = answer.strip().casefold()
        if not typed:
            return None
        for decision, words in _ANSWERS.items():
            if typed in words:
                return decision
        sys.stderr.write(t("catchup.ask_again") + "\n")


def _ask_concern(proposal: Proposal, read: Reader | None) -> str | None:
    from relj.render.prompt import ask

    title = proposal.title.strip()
    question = t("catchup.ask_concern", title=_cut(title, 40) if title else "-")
    answer = ask(question, read) if read else ask(question)
    return answer or title or None


def _write(journal: Journal, proposal: Proposal, genuine: bool, concern: str | None,
           by: str | None) -> None:
    """Append the interaction as `relj log` does, and echo it in one line."""
    from relj.catalogue import append_interaction
    from relj.dates import moment_text
    from relj.render import out
    from relj.render.lines import fit_line
    from relj.storage.codec import render_block
    from relj.storage.entries import LogRequest, interaction_data

    channel = CHANNEL[proposal.source]
    request = LogRequest(at=proposal.at, genuine=genuine, channel=channel,
                         with_=proposal.with_, concern=concern, by=by)
    request.validate()
    append_interaction(journal, proposal.customer,
                       render_block("interaction", interaction_data(request)))
    details = ", ".join([moment_text(proposal.at), label("channel", channel),
                         kind_label(genuine, channel)])
    out(fit_line(t("core.logged", customer=proposal.customer, details=details)))

