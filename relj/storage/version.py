"""The version of the code behind a cached judgement or a file's cached facts.

A judgement cached by yesterday's analysis is wrong after the analysis
changed; a released relj says so by its version, but an editable install
(a developer's, or a user trying a patch) keeps its version while its code
changes. So the cache keys hold this instead: relj's version and the size and
mtime of every source file the cached values depend on.
"""

from __future__ import annotations

import os
from pathlib import Path

from relj import __version__

# The code a judgement or a file's facts depend on, relative to the relj package.
_CODE = ("analysis", "storage/codec", "model.py", "settings.py", "storage/facts.py",
         "storage/cache.py")


_KNOWN: list[str] = []  # computed once per process


def code_version() -> str:
    """What identifies the code that judged: relj's version and the size and mtime of
    every source file of the analysis, the model, the settings and the codec.

    An editable install whose analysis was edited must not show yesterday's
    judgement; stat-ing about thirty files costs a fraction of a millisecond and
    imports nothing (a warm ``relj due`` stays free of the analysis code).
    """
    if not _KNOWN:
        _KNOWN.append(version_of(Path(__file__).resolve().parent.parent))
    return _KNOWN[0]


def version_of(package: Path) -> str:
    """``code_version`` of the relj package in the folder ``package``."""
    parts = [__version__]
    for name in _CODE:
        path = package / name
        try:
            names = sorted(n for n in os.listdir(path) if n.endswith(".py")) \
                if path.is_dir() else [""]
        except OSError:
            names = [""]
        for file in names:
            try:
                info = os.stat(path / file if file else path)
            except OSError:
                parts.append(f"{name}/{file}:-")
                continue
            parts.append(f"{name}/{file}:{info.st_size}:{info.st_mtime_ns}")
    return ";".join(parts)
