"""Ownership (issue 16): a .relj/ cache planted by another user is ignored and reported
by `check`; run as root (sudo), relj leaves everything it creates to the journal's owner."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from tests.helpers import init_journal, invoke

OTHER = 4321  # a user id that is neither root nor the journal's owner

pytestmark = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="needs root to hand files to other users")


def _plant_german_settings(root: Path) -> Path:
    from relj.settings import Settings
    from relj.storage.cache import keep_settings
    from relj.storage.files import stat_key

    keep_settings(root, stat_key(os.stat(root / "relj.toml")), replace(Settings(), lang="de"))
    planted = root / ".relj" / "settings"
    assert planted.exists()
    return planted


def test_a_planted_settings_cache_owned_by_someone_else_is_ignored(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    (root / "relj.toml").write_text('lang = "en"\n', encoding="utf-8")
    planted = _plant_german_settings(root)
    os.chown(planted, OTHER, OTHER)
    result = invoke(root, "show", "nobody")
    assert result.exit_code == 1
    assert "nobody" in result.output and "Kunde" not in result.output, result.output
    report = invoke(root, "check")
    assert report.exit_code == 0, report.output
    assert ".relj/settings:1: warning:" in report.output


def test_the_owners_own_cache_is_still_used(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    (root / "relj.toml").write_text('lang = "en"\n', encoding="utf-8")
    _plant_german_settings(root)  # made by this very user: a cache, not a plant
    assert "Kunde" in invoke(root, "show", "nobody").output


def test_run_as_root_everything_new_belongs_to_the_journals_owner(tmp_path: Path) -> None:
    root = init_journal(tmp_path / "j")
    for folder, _, files in os.walk(root):
        os.chown(folder, OTHER, OTHER)
        for name in files:
            os.chown(Path(folder) / name, OTHER, OTHER)
    os.chown(tmp_path, OTHER, OTHER)
    if (root / ".relj").exists():
        for path in (root / ".relj").iterdir():
            path.unlink()
        (root / ".relj").rmdir()
    assert invoke(root, "add", "Acme", "--since", "2024-01-01").exit_code == 0
    assert invoke(root, "log", "acme", "--concern", "x", "--channel", "call").exit_code == 0
    assert invoke(root, "list").exit_code == 0
    made = [root / ".relj", *(root / ".relj").iterdir(), root / "customers" / "acme.toml"]
    assert {p.name: p.lstat().st_uid for p in made} == {p.name: OTHER for p in made}
