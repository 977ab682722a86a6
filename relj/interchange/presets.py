"""Column presets for the CSV exports people bring from the tools they leave.

A preset maps the export's header names (case folded) to relj's fields; the
pseudo-fields ``first``, ``middle`` and ``last`` are joined into ``name`` when
the file has no column with the whole name. Several columns may feed one field
(``E-mail Address``, ``E-mail 2 Address``): the first usable value wins.

``--from NAME`` picks a preset; without it, one is recognised from the header
row by columns only that tool writes. Columns named like relj's own fields
(``name``, ``company``, ``email``, ...) are read under every preset.
"""

from __future__ import annotations

_NAMES = {"first name": "first", "middle name": "middle", "last name": "last",
          "given name": "first", "additional name": "middle", "family name": "last"}

PRESETS: dict[str, dict[str, str]] = {
    "google": {
        **_NAMES,
        "organization name": "company", "organization title": "role",
        "organization 1 - name": "company", "organization 1 - title": "role",
        "e-mail 1 - value": "email", "e-mail 2 - value": "email", "e-mail 3 - value": "email",
        "phone 1 - value": "phone", "phone 2 - value": "phone", "phone 3 - value": "phone",
        "labels": "tags", "group membership": "tags",
    },
    "outlook": {
        **_NAMES,
        "company": "company", "job title": "role",
        "e-mail address": "email", "e-mail 2 address": "email", "e-mail 3 address": "email",
        "business phone": "phone", "mobile phone": "phone", "primary phone": "phone",
        "company main phone": "phone", "business phone 2": "phone", "home phone": "phone",
        "categories": "tags",
    },
    "thunderbird": {
        "first name": "first", "last name": "last", "display name": "name",
        "primary email": "email", "secondary email": "email",
        "work phone": "phone", "mobile number": "phone", "home phone": "phone",
        "job title": "role", "organization": "company",
    },
    "hubspot": {
        **_NAMES,
        "email": "email", "phone number": "phone", "mobile phone number": "phone",
        "company name": "company", "associated company": "company", "job title": "role",
        "contact owner": "owner",
    },
    "pipedrive": {  # people export; "Person - " in front of each column is dropped first
        **_NAMES,
        "name": "name", "organization": "company", "job title": "role",
        "email - work": "email", "email - home": "email", "email - other": "email",
        "email": "email", "phone - work": "phone", "phone - mobile": "phone",
        "phone - home": "phone", "phone - other": "phone", "phone": "phone",
        "owner": "owner", "labels": "tags", "label": "tags",
    },
}

# Columns that only that tool writes: how a preset is recognised without --from.
_SIGNS: dict[str, tuple[frozenset[str], ...]] = {
    "google": (frozenset({"e-mail 1 - value"}), frozenset({"organization 1 - name"})),
    "outlook": (frozenset({"e-mail address", "e-mail type"}),
                frozenset({"e-mail address", "business phone"})),
    "thunderbird": (frozenset({"primary email", "display name"}),),
    "hubspot": (frozenset({"contact owner"}), frozenset({"lifecycle stage"}),
                frozenset({"record id", "email"})),
    "pipedrive": (frozenset({"email - work"}), frozenset({"phone - work"})),
}

PERSON_PREFIX = "person - "


def header_names(header: list[str], preset: str | None) -> list[str]:
    """The header as the preset reads it: folded, and Pipedrive's prefix dropped."""
    names = [h.strip().casefold() for h in header]
    if preset == "pipedrive":
        names = [n.removeprefix(PERSON_PREFIX) for n in names]
    return names


def detect(header: list[str]) -> str | None:
    """The preset whose signature columns the header holds, if exactly one does."""
    names = {n.removeprefix(PERSON_PREFIX) for n in header_names(header, None)}
    found = [name for name, signs in _SIGNS.items() if any(sign <= names for sign in signs)]
    return found[0] if len(found) == 1 else None
