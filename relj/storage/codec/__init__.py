"""TOML text <-> model objects: the journal's file format, in and out.

What lives here, one idea a module:

- ``read``: bytes -> TOML data and typed access that fails with ``path:line``
  (``FileProblem``);
- ``quick``: relj's own plain TOML read by one pattern a line (several times
  faster than tomllib), anything else left to tomllib;
- ``customer``: a customer file -> ``Customer`` (``parse_customer``);
- ``settings``: relj.toml -> ``Settings`` (``parse_settings``);
- ``write``: a new ``[[kind]]`` block as TOML text (tomlkit, checked by reading
  it back: ``render_block``) and TOML values as JSON values (``iso``);
- ``toml_text``: line scanning of TOML text (the line of a key, the blocks of
  a file), for error messages and for the merge driver.

Who may import it: the rest of ``relj.storage`` (journal, cache, entries, ...)
and every layer above (catalogue, team, render, interchange, cli). The codec
itself imports only the ground floor (model, settings, errors, dates), never
the journal or the cache. Importing the package loads tomllib but never
tomlkit (only writing pays for that). Callers import the names below from the
package; tests that replace ``parse_customer`` patch it here.
"""

from __future__ import annotations

from relj.storage.codec.customer import parse_customer
from relj.storage.codec.settings import parse_settings
from relj.storage.codec.write import iso, render_block

__all__ = ["iso", "parse_customer", "parse_settings", "render_block"]
