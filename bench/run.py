"""The project's benchmark (`make bench`): our commands side by side with the named
peers and floors, in one run, on the same book. Medians of several runs, whole
processes, peak memory from the kernel's rusage. Writes docs/benchmark.md's table.

    .venv/bin/python bench/run.py [--members 10000] [--years 3] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PY = sys.executable
FLOOR = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("SELECT a.code, a.name_th, SUM(p.amount) FROM posting p "
                    "JOIN account a ON a.id = p.account_id GROUP BY p.account_id ORDER BY a.code")
for code, name, total in rows:
    print(f"{code},{name},{total / 100:.2f}")
"""
LOOKUP = """
import statistics, sys, time
from pathlib import Path
from welfare_desk.db.database import Database
db = Database.open(Path(sys.argv[1]), quick_check=False)
with db.read() as repos:
    fund_id = repos.fund_id()
    for text in ("สม", "ใจดี", "12", "4821"):  # warm up each path once
        repos.members.search(fund_id, text)
    times = {}
    for label, text in (("Thai fragment 'สมศรี'", "สมศรี"), ("Thai fragment 'ทอง'", "ทอง"),
                        ("member number 15000", "15000"), ("ID digits '4821'", "4821")):
        runs = []
        for _ in range(25):
            start = time.perf_counter()
            repos.members.search(fund_id, text)
            runs.append(time.perf_counter() - start)
        print(f"{label}\\t{statistics.median(runs) * 1000:.2f}")
db.close()
"""


def timed(cmd: list[str], runs: int = 1, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(median seconds, peak RSS MB) of a whole process."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        if status != 0:
            raise SystemExit(f"failed ({status}): {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return statistics.median(times), max(peaks)


def welfare(db: Path, *args: str) -> list[str]:
    return [PY, "-m", "welfare_desk", "--db", str(db), *args]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--lookup-members", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"demo-{args.members}x{args.years}.sqlite"
    rows: list[tuple[str, float, float, str]] = []

    for path in OUT.glob("demo-*"):
        path.unlink()
    seconds, peak = timed(welfare(db, "demo", "--members", str(args.members), "--years",
                                  str(args.years), "--seed", "1", "--until", "2026-09-30"))
    rows.append((f"demo --members {args.members} --years {args.years}", seconds, peak,
                 "target < 90 s"))
    postings = subprocess.run(["sqlite3", str(db), "SELECT COUNT(*) FROM posting"],
                              capture_output=True, text=True).stdout.strip()

    journal = OUT / "book.journal"
    seconds, peak = timed(welfare(db, "export", "ledger", "--out", str(journal)))
    rows.append(("export ledger", seconds, peak, "target < 10 s"))
    seconds, peak = timed(welfare(db, "check"))
    rows.append(("check", seconds, peak, "target < 20 s"))

    ours, peak = timed(welfare(db, "report", "trial-balance", "--format", "csv"), args.runs)
    rows.append(("report trial-balance (whole process)", ours, peak, "target < 1 s"))
    floor, peak = timed([PY, "-c", FLOOR, str(db)], args.runs)
    rows.append(("floor: bare Python + SQLite GROUP BY", floor, peak, "the floor"))
    for tool, cmd in (("ledger", ["ledger", "-f", str(journal), "bal", "--flat"]),
                      ("hledger", ["hledger", "-f", str(journal), "bal", "--flat"])):
        if shutil.which(tool):
            seconds, peak = timed(cmd, 1 if tool == "hledger" else args.runs)
            rows.append((f"peer: {tool} bal (same book)", seconds, peak, ""))
    ratio = ours / floor

    lookup_db = OUT / f"demo-{args.lookup_members}x1.sqlite"
    seconds, peak = timed(welfare(lookup_db, "demo", "--members", str(args.lookup_members),
                                  "--years", "1", "--seed", "2", "--until", "2026-09-30"))
    rows.append((f"demo --members {args.lookup_members} --years 1", seconds, peak, ""))
    lookups = subprocess.run([PY, "-c", LOOKUP, str(lookup_db)], capture_output=True,
                             text=True, check=True).stdout.strip().splitlines()

    print(f"\nBook: {args.members} members, {args.years} years, {postings} postings\n")
    print("| what | median s | peak MB | note |\n|---|---:|---:|---|")
    for label, seconds, peak, note in rows:
        print(f"| {label} | {seconds:.2f} | {peak:.0f} | {note} |")
    print(f"\ntrial balance / floor = {ratio:.2f} (target within 4x)")
    print(f"\nMember lookup at {args.lookup_members} members (median of 25, in process):\n")
    print("| lookup | ms |\n|---|---:|")
    for line in lookups:
        label, ms = line.split("\t")
        print(f"| {label} | {ms} |")


if __name__ == "__main__":
    main()
