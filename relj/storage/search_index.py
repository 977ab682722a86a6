"""The folded text of every customer file, kept in ``.relj/search``: only a cache.

`relj search` must answer about as fast as ``grep -ri`` over the same folder
(SPEC §7), and parsing a thousand TOML files takes seconds. So, per file, the
searchable records (relj.analysis.search) are kept already folded, keyed by the
file's stat like the index of summaries (size, mtime, ctime, inode): a warm
search reads one file and runs ``str.find`` over big strings, parsing nothing.

Each file's entry is a handful of plain strings, so loading the cache costs
little more than reading its bytes: the records folded each way (one line each),
their texts (separated by U+001E; that character inside a text is kept as its
visible sign, as every screen shows it) and their day, field and moment. A
file that does not read is kept with its problem, reported at every search
until it changes. A damaged, foreign or older cache is thrown away and rebuilt.
"""

from __future__ import annotations

import io
import os
import pickle
from dataclasses import dataclass
from datetime import date
from typing import IO, TYPE_CHECKING

from relj import __version__
from relj.errors import FileProblem
from relj.storage.cache import file_stat, trusted
from relj.storage.files import StatKey, atomic_write, make_private_dir, read_regular
from relj.storage.location import PRIVATE_DIR

if TYPE_CHECKING:
    from pathlib import Path

    from relj.analysis.search import Record
    from relj.storage.journal import Journal

SEARCH_FILE = "search"
MAGIC = f"relj-search 2 {__version__}\n".encode()
_SEPARATOR = "\x1e"


@dataclass(frozen=True, slots=True)
class FileText:
    """The searchable text of one customer file."""

    stat: StatKey
    name: str | None  # None: the file did not read
    problem: tuple[int, str, tuple[tuple[str, object], ...]] | None
    lines_a: str = ""  # the records folded with transliteration (ä → ae), one per line
    lines_b: str = ""  # the records folded without (ä → a); "" when the same as lines_a
    texts: str = ""  # the records as written, separated by U+001E
    meta: str = ""  # per record "moment|day|field", one per line

    def records(self, indexes: list[int]) -> list[tuple[float, date | None, str, str]]:
        """The records at ``indexes``: moment, day, field and text (split only when found)."""
        if not indexes:
            return []
        metas, texts = self.meta.split("\n"), self.texts.split(_SEPARATOR)
        found = []
        for index in indexes:
            key, day, field = metas[index].split("|")
            found.append((float(key), date.fromisoformat(day) if day else None, field,
                          texts[index]))
        return found


def file_text(key: StatKey, name: str, records: list[Record]) -> FileText:
    from relj.analysis.search import folded_pair

    pairs = [folded_pair(r.text) for r in records]
    lines_a, lines_b = "\n".join(a for a, _ in pairs), "\n".join(b for _, b in pairs)
    return FileText(
        key, name, None,
        lines_a, "" if lines_b == lines_a else lines_b,  # mostly equal: kept once
        _SEPARATOR.join(r.text.replace(_SEPARATOR, "\u241e") for r in records),
        "\n".join(f"{r.key!r}|{r.day.isoformat() if r.day else ''}|{r.field}" for r in records),
    )


def searchable(journal: Journal, slugs: list[str]) -> tuple[dict[str, FileText],
                                                            list[FileProblem]]:
    """The searchable text of each of ``slugs`` (from the cache while a file is
    unchanged, else read and kept), and the problems of the files that do not read."""
    from relj.storage.files import stat_key

    stored = _read(journal.root)
    present = set(journal.slugs())
    known = {slug: entry for slug, entry in stored.items() if slug in present}
    changed = len(known) != len(stored)
    found: dict[str, FileText] = {}
    problems: list[FileProblem] = []
    for slug in slugs:
        key = file_stat(journal.path_for(slug))
        entry = known.get(slug)
        if entry is None or key is None or entry.stat != key:
            try:
                data, info = journal.read_bytes_and_stat(slug)
            except FileProblem as problem:  # not readable at all: nothing to keep
                problems.append(problem)
                continue
            entry = _entry_of(journal, slug, stat_key(info), data)
            known[slug] = entry
            changed = True
        if entry.problem is not None:
            line, message_key, fields = entry.problem
            problems.append(FileProblem(journal.display_path(slug), line, message_key,
                                        **dict(fields)))
            continue
        found[slug] = entry
    if changed:
        _save(journal.root, known)
    return found, problems


def _entry_of(journal: Journal, slug: str, key: StatKey, data: bytes) -> FileText:
    from relj.analysis.search import records_of
    from relj.storage.codec import parse_customer

    try:
        customer = parse_customer(slug, journal.display_path(slug), data)
    except FileProblem as problem:
        return FileText(key, None, (problem.line, problem.key, tuple(problem.fields.items())))
    return file_text(key, customer.name, records_of(customer))


# -- the file in .relj/ ------------------------------------------------------------------


class _PlainUnpickler(pickle.Unpickler):
    """Builds plain values only: a planted cache file cannot run code."""

    def __init__(self, file: IO[bytes]) -> None:
        super().__init__(file)

    def find_class(self, module: str, name: str) -> type:
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed here")


def _read(root: Path) -> dict[str, FileText]:
    private = root / PRIVATE_DIR
    try:
        if private.is_symlink() or not trusted(root, os.lstat(private)):
            return {}
        data, info = read_regular(private / SEARCH_FILE)
        if not trusted(root, info) or not data.startswith(MAGIC):
            return {}
        stream = io.BytesIO(data)
        stream.seek(len(MAGIC))
        stored = _PlainUnpickler(stream).load()
        return {slug: _checked(values) for slug, values in stored.items()}
    except Exception:  # noqa: BLE001 - missing, damaged or foreign: rebuild
        return {}


def _checked(values: object) -> FileText:
    """An entry as read from the cache, its types checked (a damaged one: rebuild)."""
    if not isinstance(values, tuple) or len(values) != 7:
        raise ValueError("not a search entry")
    stat, name, problem, *strings = values
    if (not isinstance(stat, tuple) or len(stat) != 4 or not all(isinstance(n, int) for n in stat)
            or not isinstance(name, str | None) or not all(isinstance(s, str) for s in strings)):
        raise ValueError("not a search entry")
    if problem is not None and not (
            isinstance(problem, tuple) and len(problem) == 3 and isinstance(problem[0], int)
            and isinstance(problem[1], str) and isinstance(problem[2], tuple)
            and all(isinstance(f, tuple) and len(f) == 2 and isinstance(f[0], str)
                    for f in problem[2])):
        raise ValueError("not a search entry")
    return FileText((stat[0], stat[1], stat[2], stat[3]), name, problem, *strings)


def _save(root: Path, entries: dict[str, FileText]) -> None:
    """Write the cache; one that cannot be written is skipped (the search still answers)."""
    plain = {slug: (tuple(e.stat), e.name, e.problem, e.lines_a, e.lines_b, e.texts, e.meta)
             for slug, e in entries.items()}
    data = MAGIC + pickle.dumps(plain, protocol=pickle.HIGHEST_PROTOCOL)
    private = root / PRIVATE_DIR
    try:
        make_private_dir(private)
        atomic_write(private / SEARCH_FILE, data, durable=False)
    except Exception:  # noqa: BLE001 - a cache must never fail the command
        return
