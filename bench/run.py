"""relj's speed benchmark (SPEC §7): ratios of paired runs, printed as a table.

    python bench/run.py [--rounds N] [--work DIR] [--jrnl PATH] [--ledger PATH]

It generates synthetic journals in relj's own format (bench/generate.py) and
times whole commands, each as a fresh process, the way a user meets them. The
two commands of a pair run alternately, so a noisy machine slows both alike;
the figure that counts is the ratio of their medians. It installs nothing:
jrnl (``pip install ".[bench]"`` or ``--jrnl``) and ledger (Debian's package
``ledger``) are compared with when they are found, and skipped otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import write_journal  # noqa: E402

EXAMPLE = HERE.parent / "examples" / "journal"
TODAY = "2026-11-24"
TOMLLIB_PARSE = (
    "import os, sys, tomllib\n"
    "folder = sys.argv[1]\n"
    "for name in os.listdir(folder):\n"
    "    with open(os.path.join(folder, name), 'rb') as f:\n"
    "        tomllib.loads(f.read().decode())\n"
)
JRNL_CONFIG = """colors: {body: none, date: none, tags: none, title: none}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: true
indent_character: '|'
journals:
  default:
    journal: JOURNAL
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
"""


@dataclass
class Run:
    seconds: float
    peak_mib: float


@dataclass
class Pair:
    label: str
    goal: str
    a: list[Run]
    b: list[Run]

    @property
    def ratio(self) -> float:
        return median(self.a) / median(self.b)


def median(runs: list[Run]) -> float:
    return statistics.median(r.seconds for r in runs)


def timed(argv: list[str], env: dict[str, str] | None = None, before: object = None) -> Run:
    """One run of a command as a fresh process: wall time and peak memory (RSS)."""
    if callable(before):
        before()
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv)} failed ({process.returncode}): {error[-300:]}")
    return Run(seconds, usage.ru_maxrss / 1024)


def paired(label: str, goal: str, a: dict[str, object], b: dict[str, object],
           rounds: int) -> Pair:
    """Alternate a and b ``rounds`` times after one unmeasured warm-up of each."""
    timed(**a)  # type: ignore[arg-type]
    timed(**b)  # type: ignore[arg-type]
    runs_a: list[Run] = []
    runs_b: list[Run] = []
    for _ in range(rounds):
        runs_a.append(timed(**a))  # type: ignore[arg-type]
        runs_b.append(timed(**b))  # type: ignore[arg-type]
    pair = Pair(label, goal, runs_a, runs_b)
    print(f"  {label}: {median(runs_a) * 1000:.0f} ms / {median(runs_b) * 1000:.0f} ms"
          f" = {pair.ratio:.2f}", flush=True)
    return pair


def relj_command() -> list[str]:
    beside = Path(sys.executable).parent / "relj"
    found = str(beside) if beside.exists() else shutil.which("relj")
    if not found:
        raise SystemExit("bench: no relj command; install relj first (README)")
    return [found]


# -- the journals ------------------------------------------------------------------


def prepare(work: Path) -> dict[str, Path]:
    """The journals, made once per work folder (a stamp says they are complete)."""
    journals = {
        "example": work / "example",
        "big": work / "big-1000x100",
        "small": work / "small-5x100",
        "log": work / "log-5000",
    }
    stamp = work / "ready"
    if stamp.exists():
        return journals
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    print(f"generating journals in {work} ...", flush=True)
    shutil.copytree(EXAMPLE, journals["example"], ignore=shutil.ignore_patterns(".relj"))
    write_journal(journals["big"], 1000, 100)
    write_journal(journals["small"], 5, 100)
    write_journal(journals["log"], 5, 100, big=5000)
    stamp.write_text("ok\n")
    return journals


def jrnl_setup(work: Path) -> dict[str, str]:
    home = work / "jrnl-home"
    (home / "jrnl").mkdir(parents=True, exist_ok=True)
    journal = home / "journal.txt"
    journal.write_text("[2026-11-24 09:00:00 AM] Called Mueller about the spring order.\n")
    (home / "jrnl" / "jrnl.yaml").write_text(JRNL_CONFIG.replace("JOURNAL", str(journal)))
    return {"XDG_CONFIG_HOME": str(home), "HOME": str(home)}


def ledger_file(work: Path, transactions: int = 100_000) -> Path:
    path = work / "ledger-100k.dat"
    if not path.exists():
        accounts = ("Expenses:Travel", "Expenses:Food", "Income:Consulting", "Expenses:Office")
        with path.open("w") as out:
            for number in range(transactions):
                day = 1 + number % 28
                month = 1 + (number // 28) % 12
                account = accounts[number % len(accounts)]
                out.write(f"2026/{month:02d}/{day:02d} Customer {number % 1000}\n"
                          f"    {account}    EUR {10 + number % 90}.00\n"
                          f"    Assets:Bank\n\n")
    return path


# -- the measurements -------------------------------------------------------------


def measure(args: argparse.Namespace) -> list[Pair]:
    relj = relj_command()
    work = Path(args.work).resolve()
    journals = prepare(work)
    rounds = args.rounds
    pairs: list[Pair] = []
    due = [*relj, "--today", TODAY, "due"]

    def relj_in(name: str, *more: str) -> list[str]:
        return [*relj, "-J", str(journals[name]), *more]

    def drop_cache(name: str) -> object:
        return lambda: (journals[name] / ".relj" / "index").unlink(missing_ok=True)

    print("measuring (median of paired runs; ratio = first / second):", flush=True)
    jrnl = args.jrnl or shutil.which("jrnl")
    if jrnl:
        pairs.append(paired("relj due (example journal) / jrnl -n 1 (one entry)", "< 1.0",
                            {"argv": [*due[:1], "-J", str(journals["example"]), *due[1:]]},
                            {"argv": [jrnl, "-n", "1"], "env": jrnl_setup(work)}, rounds))
    else:
        print("  (jrnl not found: pip install '.[bench]' or pass --jrnl; pair skipped)")

    cold_rounds = max(3, rounds // 2)
    customers = str(journals["big"] / "customers")
    pairs.append(paired("cold relj due 1000x100 / tomllib parse of the same files", "<= 1.2",
                        {"argv": relj_in("big", "--today", TODAY, "due"),
                         "before": drop_cache("big")},
                        {"argv": [sys.executable, "-c", TOMLLIB_PARSE, customers]}, cold_rounds))
    pairs.append(paired("cold relj due 1000x100 on one core (RELJ_JOBS=1) / tomllib parse",
                        "(for information)",
                        {"argv": relj_in("big", "--today", TODAY, "due"),
                         "before": drop_cache("big"), "env": {"RELJ_JOBS": "1"}},
                        {"argv": [sys.executable, "-c", TOMLLIB_PARSE, customers]}, cold_rounds))
    pairs.append(paired("warm relj due 1000x100 / warm relj due 5x100", "<= 2.0",
                        {"argv": relj_in("big", "--today", TODAY, "due")},
                        {"argv": relj_in("small", "--today", TODAY, "due")}, rounds))
    ledger = args.ledger or shutil.which("ledger")
    if ledger:
        pairs.append(paired("warm relj due 1000x100 / ledger bal (100,000 transactions)",
                            "<= 0.25",
                            {"argv": relj_in("big", "--today", TODAY, "due")},
                            {"argv": [ledger, "-f", str(ledger_file(work)), "bal"]}, rounds))
    else:
        print("  (ledger not found: apt-get install ledger; pair skipped)")

    timed(relj_in("log", "due"))  # the cache knows the big file as valid, as after any due
    log = ["--concern", "Spring order", "--channel", "call"]
    if not (journals["log"] / "customers" / "new-customer.toml").exists():
        timed(relj_in("log", "add", "New Customer"))
    pairs.append(paired("relj log onto 5,000 interactions / onto a new customer", "<= 1.2",
                        {"argv": relj_in("log", "log", "big-customer", *log)},
                        {"argv": relj_in("log", "log", "new-customer", *log)}, rounds))
    completion = {"_RELJ_COMPLETE": "complete_bash", "COMP_WORDS": "relj log customer-00",
                  "COMP_CWORD": "2", "RELJ_JOURNAL": str(journals["big"])}
    pairs.append(paired("completion of a customer (1,000 customers) / relj --version", "<= 1.2",
                        {"argv": relj, "env": completion},
                        {"argv": [*relj, "--version"]}, rounds))
    if args.other_relj:
        other = [args.other_relj, "-J", str(journals["example"]), "--today", TODAY, "due"]
        pairs.append(paired(f"relj due (example) / the same with {args.other_relj}", "(choice)",
                            {"argv": [*due[:1], "-J", str(journals["example"]), *due[1:]]},
                            {"argv": other}, rounds))
    return pairs


def peak_memory(args: argparse.Namespace) -> float:
    work = Path(args.work).resolve()
    argv = [*relj_command(), "-J", str(work / "big-1000x100"), "--today", TODAY, "due"]
    timed(argv)
    return max(timed(argv).peak_mib for _ in range(3))


def report(pairs: list[Pair], peak: float) -> str:
    lines = [
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}",
        "",
        "| pair | first (ms) | second (ms) | ratio | goal |",
        "|---|---:|---:|---:|---|",
    ]
    for pair in pairs:
        lines.append(f"| {pair.label} | {median(pair.a) * 1000:.0f} | {median(pair.b) * 1000:.0f}"
                     f" | {pair.ratio:.2f} | {pair.goal} |")
    lines.append(f"| peak memory of warm relj due 1000x100 | {peak:.0f} MiB | | | < 150 MiB |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="paired runs per measurement")
    parser.add_argument("--work", default=str(HERE / "work"), help="folder for the journals")
    parser.add_argument("--jrnl", help="the jrnl command (default: found on PATH)")
    parser.add_argument("--ledger", help="the ledger command (default: found on PATH)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--other-relj", help="another relj install to compare start-up with "
                        "(e.g. one with a different typer)")
    args = parser.parse_args()
    pairs = measure(args)
    peak = peak_memory(args)
    print()
    print(report(pairs, peak))
    if args.json:
        Path(args.json).write_text(json.dumps({
            "cores": os.cpu_count(), "peak_mib": peak,
            "pairs": [{"label": p.label, "goal": p.goal, "ratio": p.ratio,
                       "first_ms": median(p.a) * 1000, "second_ms": median(p.b) * 1000}
                      for p in pairs]}, indent=2))


if __name__ == "__main__":
    main()
