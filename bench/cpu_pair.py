"""Two installs of relj, one command, compared in CPU time (not wall time).

    python bench/cpu_pair.py OLD_RELJ OLD_JOURNAL NEW_RELJ NEW_JOURNAL [ARGS...]

Runs ``relj -J JOURNAL ARGS`` (default ``due``) for each install, alternately,
21 times after one unmeasured run each (which also fills each journal's own
cache), and prints the median CPU time of the child and the ratio new/old.
CPU time is what a busy machine disturbs least: wall-clock medians swung by
40 % while other work ran beside them. Give each install its own copy of the
journal: two versions of relj keep their caches in the same ``.relj/``.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys

ROUNDS = 21


def cpu_ms(command: list[str]) -> float:
    """CPU time (user + system) of one run of ``command``, in milliseconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, RELJ_TODAY=os.environ.get("RELJ_TODAY", "2026-11-24")),
                   check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def main() -> None:
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    old_relj, old_journal, new_relj, new_journal, *args = sys.argv[1:]
    commands = [[old_relj, "-J", old_journal, *(args or ["due"])],
                [new_relj, "-J", new_journal, *(args or ["due"])]]
    for command in commands:
        cpu_ms(command)
    times: list[list[float]] = [[], []]
    for _ in range(ROUNDS):
        for n, command in enumerate(commands):
            times[n].append(cpu_ms(command))
    old, new = (statistics.median(t) for t in times)
    print(f"old {old:.0f} ms, new {new:.0f} ms, new/old {new / old:.2f}")


if __name__ == "__main__":
    main()
