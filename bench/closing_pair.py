"""`relj log --closing` onto a customer with 5,000 interactions / a log onto a new one.

    python bench/closing_pair.py [WORK_FOLDER] [ROUNDS]

SPEC §7: a log onto a long history costs within 1.2x of a log onto a new
customer, with or without a closing answer. The journal is bench/run.py's
"log" journal (5 x 100 and one customer of 5,000 interactions) with 2 x ROUNDS
more open offers in the big file, so that every measured "yes" and "no"
closes a real offer (`--offer`). The cache knows the big file (one `relj due`
after the racy-clean interval), as it does after any morning's `relj due`.
Prints the median CPU time of each kind, alternated with a plain log onto a
new customer, and the ratios.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import write_journal  # noqa: E402
from run import relj_command, timed  # noqa: E402

TODAY = "2026-11-24"


def cpu_seconds(argv: list[str]) -> float:
    """CPU time (user + system) of one run: what a busy machine disturbs least
    (see bench/cpu_pair.py)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, env=dict(os.environ), check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv)} failed: {done.stderr.decode()[-300:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def offer_block(number: int) -> str:
    return (f'\n[[offer]]\nid = "o-bench-{number}"\nwhat = "Bench offer {number}"\n'
            f'opened = 2026-10-01\nstatus = "open"\n')


def main() -> None:
    work = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/relj-closing-bench").resolve()
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    if work.exists():
        shutil.rmtree(work)
    write_journal(work, 5, 100, big=5000)
    big = work / "customers" / "big-customer.toml"
    with big.open("a", encoding="utf-8") as handle:
        handle.write("".join(offer_block(n) for n in range(2 * rounds + 2)))
    relj = [*relj_command(), "-J", str(work), "--today", TODAY]
    timed([*relj, "add", "New Customer"])
    time.sleep(2.2)  # files written this recently are not trusted by the cache (racy clean)
    timed([*relj, "due"])
    log = ["--concern", "Spring order", "--channel", "call", "--at", f"{TODAY} 09:00"]
    runs: dict[str, list[float]] = {"new": [], "plain": [], "yes": [], "no": [], "later": []}
    commands = {
        "new": [*relj, "log", "new-customer", *log],
        "plain": [*relj, "log", "big-customer", *log],
        "later": [*relj, "log", "big-customer", *log, "--closing", "later",
                  "--offer", "o-bench-0", "--follow-up", "2026-12-24"],
    }
    for name in commands:  # one unmeasured run of each
        timed(commands[name])
    for number in range(rounds):
        for name in ("new", "plain", "new", "later"):
            runs[name].append(cpu_seconds(commands[name]))
        for answer, offer in (("yes", 2 + 2 * number), ("no", 3 + 2 * number)):
            runs["new"].append(cpu_seconds(commands["new"]))
            argv = [*relj, "log", "big-customer", *log, "--closing", answer,
                    "--offer", f"o-bench-{offer}"]
            runs[answer].append(cpu_seconds(argv))
    new = statistics.median(runs["new"])
    print(f"log onto a new customer: {new * 1000:.0f} ms CPU (median of {len(runs['new'])})")
    for name, label in (("plain", "log"), ("later", "log --closing later"),
                        ("yes", "log --closing yes"), ("no", "log --closing no")):
        seconds = statistics.median(runs[name])
        print(f"{label} onto 5,000 interactions: {seconds * 1000:.0f} ms"
              f" = {seconds / new:.2f} x the new customer's")


if __name__ == "__main__":
    main()
