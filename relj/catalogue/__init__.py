"""The catalogue: the journal read and written through its cache, together.

``relj.storage`` holds the journal (its files) and the cache in ``.relj/``
as two rooms that do not know each other; this package is where they meet:
relj.toml's settings (read once per command, from the cache while the file is
unchanged), customer names and finding a customer by what the user typed,
appending an interaction without re-reading years of history, and the
``relj due`` judgements (cached per file and day, judged on every core when
many files changed).

It may import ``relj.storage``, ``relj.analysis`` and the ground floor
(model, settings, errors, ...). Above it, and the only ones who may import
it: ``relj.render``, ``relj.interchange`` and ``relj.cli``.

- ``summaries``: settings, names, appending, each file's summary through the cache
- ``matching``: a slug from a slug, a name or a unique prefix
- ``due``: the ranked due items of a day
- ``judging``: reading and judging the files the cache cannot answer for, in parallel
"""

from __future__ import annotations

from relj.catalogue.due import due_items
from relj.catalogue.matching import resolve
from relj.catalogue.summaries import append_interaction, names, settings

__all__ = ["append_interaction", "due_items", "names", "resolve", "settings"]
