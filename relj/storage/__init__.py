"""Storage: the only code that touches the journal's files.

- ``files``: the primitives: the one reader that refuses links, the atomic
  writer, private folders, the journal lock, stale temporary files
- ``location``: where the journal and its files are (light enough for completion)
- ``journal``: find the journal, list, load, update and create customer files
- ``cache``: the ``.relj/`` cache (per-file summaries, parsed settings);
  it uses ``files``, never ``journal``
- ``codec``: TOML in (tomllib) and out (tomlkit), model objects with path:line problems
- ``entries``: the entries writing commands add; ``init``: ``relj init``;
  ``check``: ``relj check``
- ``offer_text``, ``closing_edit``: a closing answer's offer found and edited in
  the file's text, without parsing a long history

Storage imports only what lies below it: ``relj.analysis`` (the cache keeps
its results), the ground floor (model, settings, errors, dates, slugs, i18n)
and ``relj.messages``. Everything above may import it: ``relj.team``,
``relj.catalogue`` (where the journal and the cache meet), ``relj.render``,
``relj.interchange`` and ``relj.cli``; never ``relj.analysis`` nor the
ground floor, which touch no file.
"""
