"""Where the journal is (SPEC §2), in a module light enough for every TAB of
shell completion: it imports only os-level code."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

SETTINGS_FILE = "relj.toml"


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
