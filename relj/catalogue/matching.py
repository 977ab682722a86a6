"""A customer from what the user typed: a slug, a name or a unique prefix of either.

Names are compared folded (case, accents and German transliteration
ignored), so "muller", "Mueller" and "Müller" all find Müller. The names come
from the cache (``summaries.names``), so finding a customer parses no file
that is unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relj.errors import ReljError

if TYPE_CHECKING:
    from relj.storage.journal import Journal


def resolve(journal: Journal, query: str) -> str:
    """A slug from a slug, a name (case and accents ignored) or a unique prefix of either."""
    from relj.catalogue.summaries import names
    from relj.slugs import is_valid_slug

    if is_valid_slug(query) and journal.path_for(query).exists():
        return query
    return resolve_name(query, names(journal))


def resolve_name(query: str, names: list[tuple[str, str]]) -> str:
    """Pure part of ``resolve``: exact slug, exact name, then unique prefix."""
    keys = _folded(query.strip())
    if not any(keys):
        raise ReljError("core.unknown_customer", query=query)
    folded = [(s, n, _folded(n)) for s, n in names]
    for matches in (
        [s for s, n, f in folded if s == query or keys & f],
        [s for s, n, f in folded
         if any(s.startswith(k) or g.startswith(k) for k in keys for g in f)],
    ):
        unique = sorted(set(matches))
        if len(unique) == 1:
            return unique[0]
        if len(unique) > 1:
            by_slug = dict(names)
            listing = ", ".join(f"{s} ({by_slug[s]})" for s in unique)
            raise ReljError("core.ambiguous_customer", query=query, candidates=listing)
    raise ReljError("core.unknown_customer", query=query)


def _folded(text: str) -> set[str]:
    """Comparison keys: German transliteration (Müller = Mueller) and plain
    accent stripping (Müller = Muller), both case-insensitive."""
    import unicodedata

    from relj.slugs import fold

    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )
    return {fold(text), plain} - {""}
