"""The JSON of SPEC §5 for scripts: due, phase, list and show (and export, which uses show's).

Builders return plain dicts exactly as SPEC §5 lists them; relj.render.print_json
writes them. Nothing here imports rich: `--json` never loads it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from relj.model import day_of, moment_key
from relj.render.words import advice_text, evidence_text, say, say_message

if TYPE_CHECKING:
    from relj.analysis.due import Summary
    from relj.analysis.results import DueItem, PhaseResult
    from relj.model import Customer

SCHEMA = 1

# A JSON object as the builders return it (values: str, numbers, bool, None, lists, objects).
JsonObject = dict[str, Any]


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def due_json(items: list[DueItem], today: date) -> JsonObject:
    return {"schema": SCHEMA, "today": today.isoformat(), "items": [_due_item(i) for i in items]}


def _due_item(item: DueItem) -> JsonObject:
    return {
        "customer": item.slug,
        "name": item.name,
        "score": _number(item.score),
        "phase": item.phase.phase,
        "phase_name": item.phase.code,
        "days_since_genuine": item.days_since_genuine,
        "reasons": [
            {"code": r.code, "text": say(r.key, r.fields, iso=True), "points": _number(r.points),
             "acts": r.acts}
            for r in item.reasons
        ],
        "action": say_message(item.action, iso=True),
    }


def phase_object(customer: Customer, result: PhaseResult) -> JsonObject:
    return {
        "schema": SCHEMA,
        "customer": customer.slug,
        "phase": result.phase,
        "phase_name": result.code,
        "computed": result.computed,
        "override": result.override,
        "evidence": [
            {"date": ev.day.isoformat(), "signal": ev.signal, "text": evidence_text(ev, iso=True)}
            for ev in result.evidence
        ],
        "advice": advice_text(customer, result),
    }


def phases_json(pairs: list[tuple[Customer, PhaseResult]]) -> JsonObject:
    return {"schema": SCHEMA, "customers": [phase_object(c, r) for c, r in pairs]}


def list_json(summaries: list[Summary]) -> JsonObject:
    return {"schema": SCHEMA, "customers": [
        {"customer": s.slug, "name": s.name, "phase": s.phase.phase,
         "days_since_genuine": s.days_since_genuine, "open_offers": len(s.offers)}
        for s in summaries
    ]}


def show_json(customer: Customer, summary: Summary, today: date) -> JsonObject:
    """The file's fields (dates as ISO strings), plus slug, phase, days_since_genuine and
    the interactions up to ``today``, oldest first, in place of ``interaction``."""
    from relj.storage.codec import iso

    fields = {k: v for k, v in customer.raw.items() if k != "interaction"}
    raw = [e for e in customer.raw.get("interaction", []) if day_of(e.get("at")) <= today]
    raw.sort(key=lambda e: moment_key(e["at"]))  # stable: file order on equal moments
    return {"schema": SCHEMA, **iso(fields), "slug": customer.slug, "phase": summary.phase.phase,
            "days_since_genuine": summary.days_since_genuine, "interactions": iso(raw)}
