"""The why, asked on a terminal: at `relj add` (with how the customer ticks), and
again at `relj log` when a struggle begins or on the anniversary of ``since``
(relj.analysis.why says when).

Nothing is asked without a terminal; every question can be skipped with Enter.
An answer at `log` is recorded as ``why_asked = DAY`` (so the anniversary asks
once a year) and a changed why is rewritten in place; the interaction itself is
written before the question, so an interrupted question costs only the answer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from relj.i18n import t

if TYPE_CHECKING:
    from datetime import date

    from relj.settings import Settings
    from relj.storage.journal import Journal

OWN_WORDS = "own"
KEEP = "keep"


@dataclass(frozen=True)
class AddAnswers:
    why: str | None
    needs: str | None
    phase: int | None


def ask_why(question: str, current: str | None = None) -> str | None:
    """A menu of the three whys and "own words" (with "yes, still" first when a why is
    set); the chosen code, the typed words, or None when skipped or kept."""
    from relj.analysis.why import WHY_CODES
    from relj.render.prompt import ask, ask_choice

    question = _fitted(question)
    choices = [(KEEP, t("people.why_still"))] if current else []
    choices += [(code, t(f"coach.why.{code}")) for code in WHY_CODES]
    choices.append((OWN_WORDS, t("people.why_own")))
    picked = ask_choice(question, choices)
    if not picked or picked[0] == KEEP:
        return None
    if picked[0] == OWN_WORDS:
        return ask(t("people.ask_why_words")) or None
    return picked[0]


def _fitted(text: str) -> str:
    """The question broken between words to fit the terminal (80 columns at most)."""
    import shutil
    import textwrap

    width = min(80, max(40, shutil.get_terminal_size((80, 24)).columns)) - 1
    return "\n".join(textwrap.wrap(text, width))


def ask_for_add(name: str, answers: AddAnswers, since: date | None, today: date,
                settings: Settings) -> AddAnswers:
    """What `relj add` asks on a terminal when the options left it open: the why, how
    they tick, and, for a customer older than the fade period, where it stands today."""
    from relj.render.prompt import ask, interactive

    if not interactive():
        return answers
    if answers.why is None:
        answers = replace(answers, why=ask_why(t("people.ask_why", customer=name)))
    if answers.needs is None:
        answers = replace(answers, needs=ask(t("people.ask_needs")) or None)
    if answers.phase is None and since is not None and (today - since).days > settings.fade_days:
        answers = replace(answers, phase=_ask_phase((today - since).days))
    return answers


def _ask_phase(days: int) -> int | None:
    from relj.i18n import label
    from relj.model import PHASE_CODES
    from relj.render.prompt import ask_choice

    choices = [(str(n), label("phase", code)) for n, code in enumerate(PHASE_CODES) if n]
    picked = ask_choice(t("people.ask_phase", days=days), choices)
    return int(picked[0]) if picked else None


def why_after_log(journal: Journal, slug: str, written: bytes, entry_id: str,
                  today: date, settings: Settings) -> None:
    """After `relj log` on a terminal: "still …?" when the moment calls for it."""
    import sys

    from relj.analysis.why import ASKED_KEY, why_moment
    from relj.errors import ReljError
    from relj.render import out
    from relj.render.lines import fit_line
    from relj.render.words import why_text
    from relj.storage.codec import parse_customer
    from relj.storage.entries import with_top_key

    after = parse_customer(slug, journal.display_path(slug), written)
    before = replace(after, interactions=tuple(i for i in after.interactions
                                               if i.id != entry_id))
    moment = why_moment(before, after, today, settings)
    if moment is None:
        return
    state = "again" if after.why else "unset"
    question = t(f"people.why_{state}.{moment.kind}", customer=after.name, years=moment.years,
                 why=why_text(after.why) if after.why else "")
    sys.stdout.flush()  # the echo and the coaching line before the question
    try:
        answer = ask_why(question, after.why)
    except ReljError:  # end of input: nothing recorded
        return
    if answer == after.why:
        answer = None  # the same why again: kept

    def change(old: bytes) -> bytes:
        new = with_top_key(old, "why", answer) if answer is not None else old
        return with_top_key(new, ASKED_KEY, today)

    journal.update(slug, change)
    if answer is not None:
        out(fit_line(t("people.why_changed", why=why_text(answer))))
    elif after.why:
        out(fit_line(t("people.why_kept", why=why_text(after.why))))
