"""Synthetic journals in relj's own file format, for the benchmark (SPEC §7).

Deterministic (a fixed seed per customer), so two runs measure the same bytes.
The histories look like a salesperson's: mostly genuine calls and visits, some
check-ins, a mood on most entries, a signal now and then, an offer on some.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

CHANNELS = ("call", "video", "visit", "email", "message")
MOODS = ("optimistic", "active", "uncertain", "passive", "annoyed")
SIGNALS = ("praise", "objection:price", "delay", "project", "trust", "repeat-order")
CONCERNS = (
    "Delivery dates for the spring order",
    "Their new warehouse: what it changes for them",
    "Training for the purchasing team",
    "Budget for next year, honestly discussed",
    "A complaint about the last invoice",
)
SETTINGS = 'commit = false\n\n[cadence]\ndefault = "21d"\n'
END = datetime(2026, 11, 20, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def customer_text(number: int, interactions: int) -> str:
    rng = random.Random(number)
    start = END - timedelta(days=max(interactions * 3, 30))
    lines = [
        f"# Synthetic customer {number} for relj's benchmark.",
        f'name = "Customer {number:05d} GmbH"',
        f"since = {start.date().isoformat()}",
        'tags = ["bench"]',
        "",
        "[[contact]]",
        f'name = "Contact {number}"',
        'role = "buyer"',
        "key = true",
        "",
    ]
    if number % 3 == 0:
        lines += [
            "[[offer]]",
            f'id = "o-{number:08x}"',
            'what = "Yearly service contract"',
            f"value = {1000 + number}",
            'currency = "EUR"',
            f"opened = {(END - timedelta(days=40)).date().isoformat()}",
            'status = "open"',
            "",
        ]
    step = (END - start) / max(interactions, 1)
    for index in range(interactions):
        at = start + step * (index + 1)
        lines += _interaction(rng, number, index, at)
    return "\n".join(lines)


def _interaction(rng: random.Random, number: int, index: int, at: datetime) -> list[str]:
    genuine = rng.random() < 0.7
    block = [
        "[[interaction]]",
        f'id = "i-{at:%Y%m%dT%H%M}-{number:04x}{index:04x}"',
        f"at = {at.isoformat(timespec='seconds')}",
        f'channel = "{rng.choice(CHANNELS)}"',
        f'with = "Contact {number}"',
        f"genuine = {'true' if genuine else 'false'}",
    ]
    if genuine:
        block.append(f'concern = "{rng.choice(CONCERNS)}"')
    block.append(f'mood = "{rng.choice(MOODS)}"')
    if rng.random() < 0.1:
        block.append(f'signals = ["{rng.choice(SIGNALS)}"]')
    if rng.random() < 0.3:
        block.append('note = """They said the new line works well.\nAsk again in spring."""')
    return block + [""]


def write_journal(root: Path, customers: int, interactions: int, big: int = 0) -> Path:
    """A journal of ``customers`` × ``interactions``; with ``big``, one more customer
    holding ``big`` interactions (slug ``big-customer``)."""
    for folder in (root, root / "customers", root / ".relj"):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _write(root / "relj.toml", SETTINGS)
    for number in range(customers):
        _write(
            root / "customers" / f"customer-{number:05d}.toml", customer_text(number, interactions)
        )
    if big:
        text = customer_text(99999, big).replace("Customer 99999 GmbH", "Big Customer")
        _write(root / "customers" / "big-customer.toml", text)
    return root


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)  # as relj writes them, so `relj check` stays quiet


if __name__ == "__main__":
    import sys

    write_journal(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
