"""Customer slugs (file names) and the folding used to compare names.

Pure functions. A slug is all relj ever joins to the customers/ folder, and
SLUG_RE admits no '/', '.', '..', newline or any other character outside
[a-z0-9-], so no name can make relj write elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

MAX_LENGTH = 60
FALLBACK = "customer"
# \Z, not $: "$" would also match before a trailing newline ("abc\n").
SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?\Z")
_GERMAN = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
    "Ä": "ae", "Ö": "oe", "Ü": "ue", "ẞ": "ss",
})
# Latin letters that Unicode does not decompose into a base letter and an accent.
_LATIN = str.maketrans({
    "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def is_valid_slug(text: str) -> bool:
    """True for a plain slug: [a-z0-9-], 1-60 characters, no '-' at either end."""
    return SLUG_RE.fullmatch(text) is not None


def fold(text: str) -> str:
    """Case- and accent-insensitive comparison key for names.

    German letters are transliterated (so "Mueller" and "Müller" give the same
    key), other accents dropped ("Café" = "cafe"), case folded. Characters of
    other scripts are kept, so "東京" still matches only "東京".
    """
    composed = unicodedata.normalize("NFC", text)  # a decomposed "ü" is an "ü" too
    lowered = composed.translate(_GERMAN).casefold().translate(_LATIN)
    decomposed = unicodedata.normalize("NFKD", lowered)
    # casefold again: compatibility forms can decompose to capitals ("ℌ" → "H")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def slugify(name: str) -> str:
    """The slug for a customer name (SPEC §2).

    Lowercase ASCII; ä→ae, ö→oe, ü→ue, ß→ss (upper case too); other accents
    dropped (é→e); every other run of characters → one '-'; no '-' at either
    end; at most 60 characters. A name with nothing usable ("!!!", "東京")
    gives "customer". Examples: "Müller & Söhne" → "mueller-soehne",
    "../../x" → "x", "a/b" → "a-b".
    """
    ascii_text = fold(name).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    slug = slug[:MAX_LENGTH].rstrip("-")
    return slug or FALLBACK


def unique_slug(base: str, taken: Collection[str]) -> str:
    """``base`` if it is free, else ``base-2``, ``base-3`` …, the base shortened
    so that the result stays within 60 characters. A ``base`` that is not a
    valid slug is slugified first, so the result always is one."""
    if not is_valid_slug(base):
        base = slugify(base)
    taken = set(taken)
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1
