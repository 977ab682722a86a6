"""vCard 2.1, 3.0 and 4.0 in (vCard 2.1 spec, RFC 2426, RFC 6350), as field values.

Hand-written on purpose: of a card relj needs FN/N, ORG, TITLE/ROLE, EMAIL, TEL,
CATEGORIES and KIND, and the one parser worth using (vobject 0.9.9) took 4.5 s
on a card with a folded 12 MB photo, where this reader takes well under one
(lines are unfolded in one pass and only the wanted properties are decoded).

What real address books write, and what is done with it:

- folding (a line starting with a space or tab continues the last one), and
  2.1's quoted-printable soft breaks (a value ending in '=' goes on);
- ``ENCODING=QUOTED-PRINTABLE`` (2.1 also as a bare parameter) with ``CHARSET``;
- groups (``item1.EMAIL``), 2.1's bare types (``TEL;WORK;PREF``), 3.0's
  ``TYPE=pref`` and 4.0's ``PREF=1``: the preferred e-mail and phone come first;
- ``tel:`` URIs with parameters (``tel:+1-418-656-9254;ext=102``);
- escaped separators (``\\,`` stays in one category, ``\\;`` in one ORG);
- ``KIND`` (and Apple's ``X-ADDRESSBOOKSERVER-KIND``, ``X-ABShowAs:COMPANY``):
  individuals and organisations are customers, groups and locations are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from relj.errors import FileProblem

VERSIONS = ("2.1", "3.0", "4.0")
_WANTED = {"VERSION", "FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "CATEGORIES", "KIND",
           "X-ADDRESSBOOKSERVER-KIND", "X-ABSHOWAS", "BEGIN", "END"}
_NOT_CUSTOMERS = ("group", "location")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass
class Card:
    """One card's wanted properties: name -> [(params, raw value)] in file order."""

    line: int
    props: dict[str, list[tuple[dict[str, list[str]], str]]] = field(default_factory=dict)

    def first(self, name: str) -> str:
        found = self.props.get(name)
        return decode(*found[0]) if found else ""


def unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of the physical line each starts on; linear time."""
    logical: list[tuple[int, list[str]]] = []
    soft = False  # the last line was quoted-printable and ended with '='
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        folded = raw[:1] in (" ", "\t")
        if logical and soft:
            parts = logical[-1][1]
            parts[-1] = parts[-1][:-1]  # the '=' of a soft break
            parts.append(raw[1:] if folded else raw)
        elif logical and folded:
            logical[-1][1].append(raw[1:])
        elif raw.strip():
            logical.append((number, [raw]))
        else:
            soft = False
            continue
        soft = raw.endswith("=") and _is_quoted_printable(logical[-1][1][0])
    return [(number, "".join(parts)) for number, parts in logical]


def _is_quoted_printable(first_part: str) -> bool:
    head = first_part.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def split_line(line: str) -> tuple[str, dict[str, list[str]], str] | None:
    """``group.NAME;PARAMS:value`` -> (NAME, {PARAM: [values]}, value); None if no ':'."""
    in_quotes = False
    for index, char in enumerate(line):
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes:
            head, value = line[:index], line[index + 1:]
            break
    else:
        return None
    parts = _split_unquoted(head, ";")
    name = parts[0].rsplit(".", 1)[-1].strip().upper()
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, sep, values = part.partition("=")
        if not sep:  # vCard 2.1: a bare TYPE ("WORK", "PREF") or encoding
            key, values = ("ENCODING", key) if key.upper() in (
                "QUOTED-PRINTABLE", "BASE64", "8BIT") else ("TYPE", key)
        found = params.setdefault(key.strip().upper(), [])
        found.extend(v.strip().strip('"') for v in _split_unquoted(values, ","))
    return name, params, value


def _split_unquoted(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    in_quotes = False
    for char in text:
        if char == '"':
            in_quotes = not in_quotes
        if char == separator and not in_quotes:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def decode(params: dict[str, list[str]], value: str) -> str:
    """The value's text: quoted-printable undone in its charset (UTF-8 when none is named)."""
    encodings = {e.upper() for e in params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" not in encodings:
        return value
    import quopri

    charset = (params.get("CHARSET") or ["utf-8"])[0]
    data = quopri.decodestring(value.encode("utf-8", "surrogateescape"))
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return data.decode("latin-1")  # every byte is a latin-1 character: never fails


def unescape(value: str) -> str:
    return re.sub(r"\\([\\,;:nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def components(value: str, separator: str) -> list[str]:
    """Split on unescaped separators (';' in N and ORG, ',' in CATEGORIES)."""
    parts = re.split(r"(?<!\\)" + re.escape(separator), value)
    return [unescape(p).strip() for p in parts]


def read_cards(shown: str, text: str) -> tuple[list[Card], list[FileProblem]]:
    """The cards of a file, each with its first line; problems for broken structure."""
    cards: list[Card] = []
    problems: list[FileProblem] = []
    card: Card | None = None
    for number, line in unfold(text):
        split = split_line(line)
        name = split[0] if split else line.strip().upper()
        if name not in _WANTED:
            if card is None:
                problems.append(FileProblem(shown, number, "everyday.vcard_outside"))
            continue
        value = split[2].strip() if split else ""
        if name == "BEGIN" and value.upper() == "VCARD":
            if card is not None:
                problems.append(FileProblem(shown, card.line, "everyday.vcard_unfinished"))
            card = Card(number)
        elif card is None:
            if name != "END":
                problems.append(FileProblem(shown, number, "everyday.vcard_outside"))
        elif name == "END" and value.upper() == "VCARD":
            cards.append(card)
            card = None
        elif split is not None:
            card.props.setdefault(name, []).append((split[1], split[2]))
    if card is not None:
        problems.append(FileProblem(shown, card.line, "everyday.vcard_unfinished"))
    return cards, problems


def _preference(params: dict[str, list[str]]) -> int:
    """Lower is preferred: 4.0's PREF=1..100, else a 'pref' type (2.1, 3.0) as 1, else 101."""
    pref = params.get("PREF", [])
    if pref and pref[0].isdigit():
        return int(pref[0])
    types = {t.casefold() for t in params.get("TYPE", [])}
    return 1 if "pref" in types else 101


def _by_preference(card: Card, name: str) -> str:
    """All values of a property, preferred first, joined by ':::' (the first usable wins)."""
    found = card.props.get(name, [])
    ordered = sorted(found, key=lambda item: _preference(item[0]))  # stable: file order next
    return " ::: ".join(unescape(decode(*item)).strip() for item in ordered)


def card_values(shown: str, card: Card) -> dict[str, str]:
    """A card's field values (as a CSV row's), or a FileProblem when it is no customer."""
    version = card.first("VERSION").strip()
    if version and version not in VERSIONS:
        raise FileProblem(shown, card.line, "everyday.vcard_version", version=version)
    kind = (card.first("KIND") or card.first("X-ADDRESSBOOKSERVER-KIND")).strip().casefold()
    if not kind and card.first("X-ABSHOWAS").strip().upper() == "COMPANY":
        kind = "org"  # Apple's way of saying the card is a company
    if kind in _NOT_CUSTOMERS:
        raise FileProblem(shown, card.line, "everyday.import.vcard_kind", kind=kind)
    full = unescape(card.first("FN")).strip()
    if not full and "N" in card.props:
        family, given, *_ = [*components(card.first("N"), ";"), "", ""]
        full = f"{given} {family}".strip()
    company = components(card.first("ORG"), ";")[0]
    values = {
        "company": company or (full if kind == "org" else ""),
        "name": "" if kind == "org" else full,
        "email": _by_preference(card, "EMAIL"),
        "phone": _by_preference(card, "TEL"),
        "role": unescape(card.first("TITLE") or card.first("ROLE")).strip(),
        # ':::' keeps an escaped comma inside its category ("Sales\\, Europe" is one tag)
        "tags": " ::: ".join(components(card.first("CATEGORIES"), ",")),
    }
    return {key: value for key, value in values.items() if value}
