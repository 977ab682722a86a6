"""Where the journal and its customer files are (SPEC §2), in a module light
enough for every TAB of shell completion: nothing here parses a file."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

SETTINGS_FILE = "relj.toml"
CUSTOMERS_DIR = "customers"
PRIVATE_DIR = ".relj"  # the lock and the cache: never shared, never committed


def find_root(explicit: str | None, environ: Mapping[str, str], cwd: Path) -> Path:
    """SPEC §2: --journal, else $RELJ_JOURNAL, else the nearest relj.toml upwards, else ~/relj."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    if environ.get("RELJ_JOURNAL"):
        return Path(environ["RELJ_JOURNAL"]).expanduser().absolute()
    for folder in (cwd, *cwd.parents):
        if (folder / SETTINGS_FILE).is_file():
            return folder
    return Path("~/relj").expanduser().absolute()


def customer_slugs(folder: Path) -> list[str]:
    """Slugs of the customer files in ``folder``, sorted: file names only, and only
    those relj would read (a plain slug plus ``.toml``)."""
    from relj.slugs import is_valid_slug

    return sorted(name[:-5] for name in os.listdir(folder)
                  if name.endswith(".toml") and is_valid_slug(name[:-5]))
