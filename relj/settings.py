"""Journal settings (relj.toml): every threshold of the analyses, with defaults.

``DEFAULT_TOML`` is what ``relj init`` writes: every default spelled out and
commented, so a user can see and tune what relj assumes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_POINTS: dict[str, float] = {
    "follow-up": 30,
    "genuine-overdue": 20,
    "never-genuine": 25,
    "closing-question": 20,
    "illusion": 15,
    "mood-support": 25,
    "phase-risk": 10,
    "contact-left": 20,
    "single-threaded": 5,
    "pressure": 10,
    # issue 12: new reasons
    "kick-off": 25,
    "anniversary": 10,
    "objection": 5,
}


@dataclass(frozen=True)
class Settings:
    lang: str | None = None
    commit: bool = False
    # cadence
    cadence_default: str = "21d"
    cadence_early_factor: float = 0.5  # phases 2 and 3 want contact this much sooner
    cadence_tags: dict[str, str] = field(default_factory=dict)
    # phase state machine (days)
    fade_days: int = 120
    calm_days: int = 90
    tenure_days: int = 365
    home_quiet_days: int = 180
    relapse_days: int = 60
    relapse_signals: int = 2
    # closing question
    closing_interactions: int = 3
    closing_days: int = 30
    # illusion and pressure
    illusion_check_ins: int = 3
    pressure_pitches: int = 3
    pressure_days: int = 42
    # due
    contact_left_days: int = 90
    due_limit: int = 10
    overdue_point_per_day: float = 1.0
    overdue_point_cap: float = 30.0
    points: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_POINTS))
    # phase: the softer machine (issue 12)
    struggle_days: int = 60  # a second delay/rework/discount demand within this many days
    # due: moods, a "no", wins, new customers, attempts, long struggles (issue 12)
    mood_days: int = 60  # a recorded mood is forgotten after this many days without a new one
    support_days: int = 7  # a crisis mood wants a genuine contact this often
    after_no_days: int = 180  # after a "no": no selling reason for this long
    after_no_factor: float = 3.0  # ... and the cadence is this many times longer
    kickoff_days: int = 30  # a win wants a kick-off contact within this many days
    intro_days: int = 3  # a new customer is "never genuine" only after this many days
    retry_days: int = 2  # an attempt that reached nobody keeps the customer off for this long
    hopeless_days: int = 180  # a struggle this long gets "change it, love it or leave it"


# (section, key) in relj.toml -> Settings attribute
_FIELD_PATHS: dict[tuple[str, ...], str] = {
    ("lang",): "lang",
    ("commit",): "commit",
    ("cadence", "default"): "cadence_default",
    ("cadence", "early_phase_factor"): "cadence_early_factor",
    ("cadence", "tags"): "cadence_tags",
    ("phase", "fade_days"): "fade_days",
    ("phase", "calm_days"): "calm_days",
    ("phase", "tenure_days"): "tenure_days",
    ("phase", "home_quiet_days"): "home_quiet_days",
    ("phase", "relapse_days"): "relapse_days",
    ("phase", "relapse_signals"): "relapse_signals",
    ("closing", "interactions"): "closing_interactions",
    ("closing", "days"): "closing_days",
    ("illusion", "check_ins"): "illusion_check_ins",
    ("pressure", "pitches"): "pressure_pitches",
    ("pressure", "days"): "pressure_days",
    ("due", "contact_left_days"): "contact_left_days",
    ("due", "limit"): "due_limit",
    ("due", "overdue_point_per_day"): "overdue_point_per_day",
    ("due", "overdue_point_cap"): "overdue_point_cap",
    ("due", "points"): "points",
    # phase: the softer machine (issue 12)
    ("phase", "struggle_days"): "struggle_days",
    # due (issue 12)
    ("due", "mood_days"): "mood_days",
    ("due", "support_days"): "support_days",
    ("due", "after_no_days"): "after_no_days",
    ("due", "after_no_factor"): "after_no_factor",
    ("due", "kickoff_days"): "kickoff_days",
    ("due", "intro_days"): "intro_days",
    ("due", "retry_days"): "retry_days",
    ("due", "hopeless_days"): "hopeless_days",
}

# Numbers `due` cannot use below these (relj check reports them as wrong values).
_MINIMUM: dict[str, float] = {
    "mood_days": 1, "support_days": 1, "after_no_days": 0, "after_no_factor": 1,
    "kickoff_days": 0, "intro_days": 0, "retry_days": 0, "hopeless_days": 1,
    "pressure_days": 1, "pressure_pitches": 1, "struggle_days": 1,
    # every other number (issue 16: `due.limit = -1` hid customers, 5.0 crashed `due`)
    "due_limit": 1, "fade_days": 1, "calm_days": 1, "tenure_days": 0, "home_quiet_days": 0,
    "relapse_days": 1, "relapse_signals": 1, "closing_interactions": 0, "closing_days": 1,
    "illusion_check_ins": 1, "contact_left_days": 0, "cadence_early_factor": 0,
    "overdue_point_per_day": 0, "overdue_point_cap": 0,
}


def _lookup(data: dict[str, Any], path: tuple[str, ...]) -> tuple[bool, Any]:
    node: Any = data
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _type_ok(expected: Any, value: Any) -> bool:
    if isinstance(expected, bool):
        return isinstance(value, bool)
    if isinstance(expected, int):  # a count or days: 5.0 is not a whole number of anything
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(expected, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(expected, dict):
        return isinstance(value, dict)
    return isinstance(value, str)


def _in_range(attr: str, value: Any) -> bool:
    """A finite number not below its minimum (only the keys in ``_MINIMUM`` have one)."""
    import math

    if attr not in _MINIMUM:
        return True
    return math.isfinite(value) and value >= _MINIMUM[attr]


def settings_from_dict(data: dict[str, Any]) -> tuple[Settings, list[tuple[str, Any]]]:
    """Settings from a parsed relj.toml, and the (dotted key, value) pairs of wrong type.

    Unknown keys are ignored (a newer relj may have written them); wrong types
    are reported by the caller and fall back to the default.
    """
    defaults = Settings()
    values: dict[str, Any] = {}
    wrong: list[tuple[str, Any]] = []
    for path, attr in _FIELD_PATHS.items():
        found, value = _lookup(data, path)
        if not found:
            continue
        default = getattr(defaults, attr)
        if not _type_ok(default, value) or not _in_range(attr, value):
            wrong.append((".".join(path), value))
            continue
        if attr == "points":
            value = {**DEFAULT_POINTS, **{k: v for k, v in value.items() if _type_ok(1, v)}}
        if attr == "cadence_tags":
            value = {k: v for k, v in value.items() if isinstance(v, str)}
        values[attr] = value
    return Settings(**values), wrong


DEFAULT_TOML = """\
# relj journal settings. Every value below is a default; change what fits you.
# Lines starting with # are comments; relj never rewrites this file.

# Language of the screens: "en" or "de". Unset: taken from $LANG.
# lang = "de"

# Commit every `relj log` to git (same as always passing --commit).
commit = false

[cadence]
# Wanted gap between genuine contacts when a customer sets no `cadence`.
# Durations: 10d, 3w, 2m, 1y.
default = "21d"
# Disenchantment and struggle need you sooner: this factor shortens the
# cadence in phases 2 and 3 (courtship keeps the plain cadence: never pushy).
early_phase_factor = 0.5

[cadence.tags]
# A cadence per tag; a customer takes the first of its tags listed here.
# key-account = "2w"

[phase]
# Days in infatuation before it fades by itself into disenchantment.
fade_days = 120
# Calm days after the last disenchantment or struggle signal before
# "me, you, us" (with a genuine contact or a project in that time).
calm_days = 90
# Days in "me, you, us" (and a trust signal) before "home".
tenure_days = 365
# "Home" also needs this many days without a struggle signal.
home_quiet_days = 180
# This many struggle signals within relapse_days send phases 4 and 5 back to 3.
relapse_days = 60
relapse_signals = 2
# One friction after the honeymoon is disenchantment; struggle needs a conflict
# or a second delay, rework or discount demand within this many days of another.
struggle_days = 60

[closing]
# The closing question is due on an open offer after this many interactions
# or this many days since it opened or since its last answer.
interactions = 3
days = 30

[illusion]
# An illusion of contact: this many of the last four contacts are check-ins,
# or the last this many in a row are.
check_ins = 3

[pressure]
# Pressure is a pattern within `days`: this many pitches, or pitches on at
# least half of the contacts (two or more), or any pitch into a crisis mood.
# It lasts until `days` pass without such a pitch.
pitches = 3
days = 42

[due]
# How many customers `relj due` shows (all with --all).
limit = 10
# A key contact who left within this many days is a reason to call.
contact_left_days = 90
# An overdue genuine contact adds this many points per day late, up to the cap.
overdue_point_per_day = 1.0
overdue_point_cap = 30.0
# A recorded mood stands until another is recorded, forgotten after mood_days.
mood_days = 60
# A crisis mood (annoyed, depressed, desperate, uncertain, passive) wants a
# genuine contact at least every support_days.
support_days = 7
# After a "no" (closing answer no, or a lost signal): no selling for
# after_no_days, and the cadence is after_no_factor times longer.
after_no_days = 180
after_no_factor = 3.0
# A win wants a kick-off contact within kickoff_days.
kickoff_days = 30
# A new customer counts as "never genuine" only after intro_days.
intro_days = 3
# An attempt that reached nobody keeps the customer off the list this long.
retry_days = 2
# A struggle that lasts hopeless_days gets "change it, love it or leave it".
hopeless_days = 180

[due.points]
# What each reason adds to a customer's score in `relj due`.
follow-up = 30
genuine-overdue = 20
never-genuine = 25
closing-question = 20
illusion = 15
mood-support = 25
phase-risk = 10
contact-left = 20
single-threaded = 5
pressure = 10
kick-off = 25
anniversary = 10
objection = 5
"""
