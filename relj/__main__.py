"""`python -m relj`: the same as the relj console script."""

from __future__ import annotations

from relj.cli import main

main()
