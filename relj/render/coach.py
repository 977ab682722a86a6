"""Screens and JSON of the coach: due, phase, show and list.

JSON builders return plain dicts exactly as SPEC §5 lists them; the screens
use rich (imported inside the functions: `relj due --json` never loads it).
Words come from the "coach" and "labels" catalogues in the current language.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from relj.analysis import Fields, Message
from relj.analysis.results import DueItem, Evidence, PhaseResult
from relj.i18n import money, t
from relj.model import SIGNALS, Customer, moment_key

if TYPE_CHECKING:  # the analysis code itself is not needed to show its results
    from relj.analysis.due import Summary

SCHEMA = 1
# Field names whose values are stable codes, and the label kind that names them on screen.
_LABELLED = {"signal": "signal", "mood": "mood", "phase": "phase"}


# -- words ---------------------------------------------------------------------------


def _value(name: str, value: object) -> object:
    if name in _LABELLED and isinstance(value, str):
        return t(f"labels.{_LABELLED[name]}.{value}")
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def say(key: str, fields: Fields = (), **more: object) -> str:
    """The sentence of ``key`` with its fields, codes turned into labels."""
    values = {name: _value(name, value) for name, value in (*fields, *more.items())}
    return t(key, **values)


def say_message(msg: Message) -> str:
    return say(msg.key, msg.fields)


def phase_name(code: str) -> str:
    return t(f"labels.phase.{code}")


def evidence_text(ev: Evidence) -> str:
    # Transitions (start, fade, calm, ...) are no signals and their sentences name none.
    return say(ev.key, ev.fields, signal=ev.signal if ev.signal in SIGNALS else None,
               phase=ev.phase)


def why_text(why: str) -> str:
    """dream, challenge and money in words; anything else as the user wrote it."""
    return t(f"coach.why.{why}") if why in ("dream", "challenge", "money") else why


def advice_text(customer: Customer, result: PhaseResult) -> str:
    """The advice of the phase; in struggle, with the reason you wanted this customer."""
    advice = t(f"coach.advice.{result.code}")
    if result.code != "struggle":
        return advice
    if customer.why:
        return f"{advice} {t('coach.advice.why', why=why_text(customer.why))}"
    return f"{advice} {t('coach.advice.why_missing')}"


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value




# -- JSON (SPEC §5) ---------------------------------------------------------------------


def due_json(items: list[DueItem], today: date) -> dict[str, Any]:
    return {"schema": SCHEMA, "today": today.isoformat(), "items": [_due_item(i) for i in items]}


def _due_item(item: DueItem) -> dict[str, Any]:
    return {
        "customer": item.slug,
        "name": item.name,
        "score": _number(item.score),
        "phase": item.phase.phase,
        "phase_name": item.phase.code,
        "days_since_genuine": item.days_since_genuine,
        "reasons": [
            {"code": r.code, "text": say(r.key, r.fields), "points": _number(r.points)}
            for r in item.reasons
        ],
        "action": say_message(item.action),
    }


def phase_object(customer: Customer, result: PhaseResult) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "customer": customer.slug,
        "phase": result.phase,
        "phase_name": result.code,
        "computed": result.computed,
        "override": result.override,
        "evidence": [
            {"date": ev.day.isoformat(), "signal": ev.signal, "text": evidence_text(ev)}
            for ev in result.evidence
        ],
        "advice": advice_text(customer, result),
    }


def phases_json(pairs: list[tuple[Customer, PhaseResult]]) -> dict[str, Any]:
    return {"schema": SCHEMA, "customers": [phase_object(c, r) for c, r in pairs]}


def list_json(summaries: list[Summary]) -> dict[str, Any]:
    return {"schema": SCHEMA, "customers": [
        {"customer": s.slug, "name": s.name, "phase": s.phase.phase,
         "days_since_genuine": s.days_since_genuine, "open_offers": len(s.offers)}
        for s in summaries
    ]}


def show_json(customer: Customer, summary: Summary, today: date) -> dict[str, Any]:
    """The file's fields (dates as ISO strings), plus slug, phase, days_since_genuine and
    the interactions up to ``today``, oldest first, in place of ``interaction``."""
    from relj.storage.codec import iso

    fields = {k: v for k, v in customer.raw.items() if k != "interaction"}
    raw = [e for e in customer.raw.get("interaction", []) if _day(e.get("at")) <= today]
    raw.sort(key=lambda e: moment_key(e["at"]))  # stable: file order on equal moments
    return {"schema": SCHEMA, **iso(fields), "slug": customer.slug, "phase": summary.phase.phase,
            "days_since_genuine": summary.days_since_genuine, "interactions": iso(raw)}


def _day(moment: Any) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


# -- screens ---------------------------------------------------------------------------


class _TrimmedLines:
    """A stream that drops the spaces rich pads lines with, so piped output and
    the README carry no trailing whitespace."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.pending = ""

    def write(self, text: str) -> int:
        lines = (self.pending + text).split("\n")
        self.pending = lines.pop()
        for line in lines:
            self.stream.write(line.rstrip(" ") + "\n")
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        from relj.render import is_terminal

        return is_terminal(self.stream)

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", None) or "utf-8"


def _console() -> Any:
    from relj.render import console

    out = console()
    out.file = _TrimmedLines(out.file)
    return out


def _days(value: int | None) -> str:
    return "-" if value is None else str(value)


def _table(*columns: tuple[str, dict[str, Any]], title: str | None = None) -> Any:
    from rich.table import Table

    from relj.render import table_box

    table = Table(box=table_box(), title=title, title_justify="left", show_edge=False,
                  pad_edge=False, header_style="bold", title_style="bold")
    for header, options in columns:
        table.add_column(header, **options)
    return table


def _cells(*texts: str) -> list[Any]:
    """Plain text cells: a name like "[Acme]" must not be read as rich markup."""
    from rich.text import Text

    return [Text(text) for text in texts]


def print_due(items: list[DueItem], today: date, total: int) -> None:
    """The morning list: who, why, what to do, days since genuine contact, phase."""
    from rich.text import Text

    out = _console()
    if not items:
        out.print(t("coach.due_empty"))
        return
    # Four columns fit 80 characters; the phase sits under the name (dim) to leave
    # the action room enough to read in one glance.
    table = _table(
        (t("coach.head.customer_phase"), {"max_width": 22, "overflow": "fold"}),
        (t("coach.head.why"), {"no_wrap": True}),
        (t("coach.head.todo"), {"ratio": 1}),
        (t("coach.head.days"), {"justify": "right", "width": 4}),
        title=t("coach.due_title", today=today.isoformat(), shown=len(items), total=total),
    )
    for item in items:
        why = "\n".join(say(f"coach.short.{r.code}", r.fields) for r in item.reasons)
        who = Text(item.name)
        who.append("\n" + phase_name(item.phase.code), style="dim")
        table.add_row(who, *_cells(why, say_message(item.action), _days(item.days_since_genuine)))
    out.print(table)
    if total > len(items):
        out.print(t("coach.due_more", count=total - len(items)))
    out.print(t("coach.due_caption"), style="dim")


def _phase_text(result: PhaseResult) -> str:
    """The phase, since when, and the computed one beside a manual override."""
    name = phase_name(result.code)
    if result.override is not None and not result.separated and result.override != result.computed:
        computed = phase_name(_code(result.computed if result.computed is not None else 0))
        return t("coach.phase_override", phase=name, computed=computed)
    if result.entered is None:
        return name
    return t("coach.phase_since", phase=name, day=result.entered.isoformat())


def _code(phase: int) -> str:
    from relj.model import PHASE_CODES

    return PHASE_CODES[phase]


def print_phase(customer: Customer, result: PhaseResult) -> None:
    """One customer: the phase, its evidence as a short timeline, the advice."""
    from rich.text import Text

    out = _console()
    out.print(Text(f"{customer.name} ({customer.slug})", style="bold"))
    out.print(Text(t("coach.phase_line", phase=_phase_text(result))))
    if result.evidence:
        timeline = _table(("", {"no_wrap": True, "style": "dim"}), ("", {}))
        timeline.show_header = False
        for ev in result.evidence:
            timeline.add_row(*_cells(ev.day.isoformat(), evidence_text(ev)))
        out.print(timeline)
    elif result.phase == 0:
        out.print(t("coach.phase_prospect"))
    out.print(Text(f"{t('coach.advice')}: ", style="bold") + Text(advice_text(customer, result)))


def print_phases(pairs: list[tuple[Customer, PhaseResult]]) -> None:
    """Every customer: phase, since when, and the latest evidence."""
    out = _console()
    if not pairs:
        out.print(t("coach.no_customers"))
        return
    table = _table(
        (t("coach.head.customer"), {"ratio": 3, "overflow": "fold"}),
        (t("coach.head.phase"), {"ratio": 2}),
        (t("coach.head.date"), {"no_wrap": True}),
        (t("coach.head.what"), {"ratio": 5}),
    )
    for customer, result in pairs:
        last = result.evidence[-1] if result.evidence else None
        table.add_row(*_cells(customer.name, phase_name(result.code),
                              last.day.isoformat() if last else "",
                              evidence_text(last) if last else ""))
    out.print(table)


def print_list(summaries: list[Summary], customers: dict[str, Customer]) -> None:
    out = _console()
    if not summaries:
        out.print(t("coach.no_customers"))
        return
    table = _table(
        (t("coach.head.customer"), {"ratio": 4, "overflow": "fold"}),
        (t("coach.head.phase"), {"ratio": 2}),
        (t("coach.head.days"), {"justify": "right", "width": 4}),
        (t("coach.head.offers"), {"justify": "right"}),
        (t("coach.head.tags"), {"ratio": 3}),
    )
    for s in summaries:
        table.add_row(*_cells(s.name, phase_name(s.phase.code), _days(s.days_since_genuine),
                              str(len(s.offers)), ", ".join(customers[s.slug].tags)))
    out.print(table)


def _status(customer: Customer) -> str:
    status = (t("coach.show.customer_since", day=customer.since.isoformat()) if customer.since
              else t("coach.show.prospect"))
    if customer.ended:
        status += ", " + t("coach.show.ended", day=customer.ended.isoformat())
    return status


def _profile_rows(customer: Customer, summary: Summary) -> list[tuple[str, str]]:
    """(label, value) pairs of the profile; empty values are left out."""
    rows = [
        (t("coach.show.status"), _status(customer)),
        (t("coach.show.why"), why_text(customer.why) if customer.why else ""),
        (t("coach.show.tags"), ", ".join(customer.tags)),
        (t("coach.show.contacts"), "; ".join(_contact(c) for c in customer.contacts)),
        (t("coach.head.phase"), _phase_text(summary.phase)),
        (t("coach.advice"), advice_text(customer, summary.phase)),
        (t("coach.show.genuine"), _genuine_text(summary)),
        (t("coach.show.streak"), str(summary.check_ins)),
        (t("coach.show.mood"), t(f"labels.mood.{summary.mood}") if summary.mood else ""),
        (t("coach.show.offers"), "\n".join(_offer_line(o) for o in summary.offers)
         or t("coach.show.no_offers")),
    ]
    return [(label, value) for label, value in rows if value]


def _contact(contact: Any) -> str:
    details = [d for d in (contact.role, t("coach.show.key") if contact.key else None) if d]
    return f"{contact.name} ({', '.join(details)})" if details else contact.name


def _genuine_text(summary: Summary) -> str:
    age = summary.days_since_genuine
    text = t("coach.show.never") if age is None else t("coach.show.days_ago", days=age)
    if summary.cadence is not None:
        text += "; " + t("coach.show.cadence", days=summary.cadence, text=summary.cadence_text)
    return text


def _offer_line(state: Any) -> str:
    offer = state.offer
    parts = [offer.what or offer.id]
    if offer.value is not None:
        parts.append(money(offer.value, offer.currency))
    if offer.opened:
        parts.append(t("coach.show.opened", day=offer.opened.isoformat()))
    parts.append(offer.id)
    if state.due:
        parts.append(t("coach.show.closing_due"))
    return " · ".join(parts)


def _interaction_cells(item: Any) -> tuple[str, str]:
    kind = [t(f"labels.channel.{item.channel}")] if item.channel else []
    kind.append(t("labels.genuine") if item.genuine else t("labels.check_in"))
    first_note_line = item.note.strip().splitlines()[0] if item.note and item.note.strip() else None
    details = [item.concern or first_note_line or ""]
    details += [t(f"labels.signal.{s}") for s in item.signals]
    if item.mood:
        details.append(t(f"labels.mood.{item.mood}"))
    if item.pitched:
        details.append(t("coach.show.pitched"))
    if item.closing:
        details.append(t("coach.show.closing_answer", answer=t("labels.closing." + item.closing)))
    if item.follow_up:
        details.append(t("coach.show.follow_up", day=item.follow_up.isoformat()))
    return ", ".join(kind), " · ".join(d for d in details if d)
