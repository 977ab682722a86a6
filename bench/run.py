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
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
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
        "huge": work / "huge-10000x20",
    }
    stamp = work / "ready-2"
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
    write_journal(journals["huge"], 10_000, 20)
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
        """Before a cold run: no index, no facts, no listing rows, no settings."""
        return lambda: shutil.rmtree(journals[name] / ".relj", ignore_errors=True)

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
    if shutil.which("taskset"):
        one_core = ["taskset", "-c", "0"]
        pairs.append(paired("cold relj due 1000x100 / tomllib parse, both on one core (taskset)",
                            "<= 1.2",
                            {"argv": [*one_core, *relj_in("big", "--today", TODAY, "due")],
                             "before": drop_cache("big")},
                            {"argv": [*one_core, sys.executable, "-c", TOMLLIB_PARSE, customers]},
                            cold_rounds))
    else:
        print("  (taskset not found: the one-core pair is skipped)")
    pairs += everyday(relj_in, journals, rounds)
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
    # The big customer has one open offer (generate.py); each run answers it "later".
    closing = [*log, "--closing", "later", "--follow-up", "2026-12-15"]
    pairs.append(paired("relj log --closing onto 5,000 interactions / log onto a new customer",
                        "<= 1.2",
                        {"argv": relj_in("log", "log", "big-customer", *closing)},
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


def everyday(relj_in: Callable[..., list[str]], journals: dict[str, Path],
             rounds: int) -> list[Pair]:
    """The everyday pairs of issue 15 on 1,000 x 100: the first run of a new day, after
    a git pull, each listing, search."""
    pairs: list[Pair] = []
    # The first run of a new day: every A run is a day later than the last, with the
    # files unchanged since the run before; B is the second run of that same day.
    day = relj_in("big", "--today", TODAY, "due")
    position = day.index(TODAY)

    def next_day() -> None:
        current = datetime.date.fromisoformat(day[position])
        day[position] = (current + datetime.timedelta(days=1)).isoformat()

    pairs.append(paired("first relj due of a new day 1000x100 / the second run", "<= 2.0",
                        {"argv": day, "before": next_day}, {"argv": day}, rounds))
    # A git pull changed 10 of the 1,000 files since the last run of the day.
    customers = journals["big"] / "customers"
    pulled = [customers / f"customer-{n:05d}.toml" for n in range(0, 1000, 100)]
    count = [0]

    def pull() -> None:
        count[0] += 1
        for path in pulled:
            with path.open("a", encoding="utf-8") as out:
                out.write(f"\n[[interaction]]\nid = \"i-pull-{count[0]}\"\n"
                          f"at = {TODAY}\nchannel = \"call\"\ngenuine = true\n"
                          f"concern = \"Pulled from a teammate\"\n")
            # Pulled a minute ago: older than relj's two seconds of doubt (a file changed
            # just now is read again by the next run too, see summaries.RACY_NS).
            stamp = time.time() - 60
            os.utime(path, (stamp, stamp))

    warm = relj_in("big", "--today", TODAY, "due")
    pairs.append(paired("relj due after 10 of 1,000 files changed (git pull) / second run",
                        "<= 2.0", {"argv": warm, "before": pull}, {"argv": warm}, rounds))
    timed(warm)
    for listing in (["list"], ["phase"], ["report"], ["list", "--json"], ["review"]):
        argv = relj_in("big", "--today", TODAY, *listing)
        if listing == ["review"] and not _exists(relj_command(), "review"):
            print("  (relj review does not exist yet: pair skipped)")
            continue
        pairs.append(paired(f"warm relj {' '.join(listing)} 1000x100 / warm relj due", "<= 2.0",
                            {"argv": argv}, {"argv": warm}, rounds))
    grep = shutil.which("grep")
    search = relj_in("big", "search", "warehouse")
    if not _exists(relj_command(), "search"):
        print("  (relj search does not exist yet: pair skipped)")
    elif grep:
        pairs.append(paired("relj search 1000x100 / grep -ri over the folder", "<= 2.0",
                            {"argv": search},
                            {"argv": [grep, "-ri", "warehouse", str(journals["big"])]}, rounds))
    return pairs


def _exists(relj: list[str], command: str) -> bool:
    """Whether this relj has the command (its --help succeeds)."""
    probe = subprocess.run([*relj, command, "--help"], capture_output=True,
                           stdin=subprocess.DEVNULL)
    return probe.returncode == 0


def peak_memory(args: argparse.Namespace) -> dict[str, float]:
    """Peak memory of relj due: warm on 1,000 x 100; cold and warm on 10,000 x 20."""
    work = Path(args.work).resolve()
    peaks: dict[str, float] = {}
    for label, folder in (("1000x100", "big-1000x100"), ("10000x20", "huge-10000x20")):
        argv = [*relj_command(), "-J", str(work / folder), "--today", TODAY, "due"]
        if folder.startswith("huge"):
            shutil.rmtree(work / folder / ".relj", ignore_errors=True)
            peaks[f"cold {label}"] = timed(argv).peak_mib
        timed(argv)
        peaks[f"warm {label}"] = max(timed(argv).peak_mib for _ in range(3))
    return peaks


def report(pairs: list[Pair], peaks: dict[str, float]) -> str:
    lines = [
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}",
        "",
        "| pair | first (ms) | second (ms) | ratio | goal |",
        "|---|---:|---:|---:|---|",
    ]
    for pair in pairs:
        lines.append(f"| {pair.label} | {median(pair.a) * 1000:.0f} | {median(pair.b) * 1000:.0f}"
                     f" | {pair.ratio:.2f} | {pair.goal} |")
    for label, peak in peaks.items():
        lines.append(f"| peak memory of {label} relj due | {peak:.0f} MiB | | | < 150 MiB |")
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
    peaks = peak_memory(args)
    print()
    print(report(pairs, peaks))
    if args.json:
        Path(args.json).write_text(json.dumps({
            "cores": os.cpu_count(), "peak_mib": peaks,
            "pairs": [{"label": p.label, "goal": p.goal, "ratio": p.ratio,
                       "first_ms": median(p.a) * 1000, "second_ms": median(p.b) * 1000}
                      for p in pairs]}, indent=2))


if __name__ == "__main__":
    main()
