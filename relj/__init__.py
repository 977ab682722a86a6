"""relj: a command-line relationship journal for people who sell."""

from __future__ import annotations

# The one version source: pyproject.toml reads it (dynamic = ["version"]).
__version__ = "0.1.0"
