"""Customer slugs (file names) and the folding used to compare names.

Pure functions. A slug is all relj ever joins to the customers/ folder, and
SLUG_RE admits no '/', '.' or '..', so no name can make relj write elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

MAX_LENGTH = 60
FALLBACK = "customer"
SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$")
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe",
                         "Ü": "ue", "ẞ": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def is_valid_slug(text: str) -> bool:
    return bool(SLUG_RE.match(text))


def fold(text: str) -> str:
    """Case- and accent-insensitive key: German letters transliterated, accents dropped."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_GERMAN).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(name: str) -> str:
    """SPEC §2: lowercase ASCII, ä→ae …, other runs → '-', ≤ 60 characters, never empty."""
    ascii_text = fold(name).encode("ascii", "ignore").decode("ascii")
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    slug = slug[:MAX_LENGTH].rstrip("-")
    return slug or FALLBACK


def unique_slug(base: str, taken: Collection[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … shortened so the suffix fits in 60 characters."""
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1
