"""The desktop's speed and size (issue 3), side by side with a bare PySide6 window
on the same virtual screen (Xvfb), on a 20,000-member demo fund.

    .venv/bin/python bench/desktop.py [--db bench/out/demo-20000x1.sqlite] [--runs 5]

- launch: process start -> main window on screen and its event loop running
  ("ready"), and -> the home page's figures read ("home data");
- search as you type: each keystroke's filter of the member table, in process;
- resident memory with the members page open on the whole register.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
BARE_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("สวัสดี"))
window.show()
def ready():
    rss = [l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmRSS")]
    print("ready", rss[0].split()[1], flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""
SEARCH = """
import os, statistics, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from welfare_desk.db.database import Database
from welfare_desk.services.members import member_list
from welfare_desk.ui.models.members import MemberFilter, MembersModel, search_terms
app = QApplication([])
db = Database.open(Path(sys.argv[1]), quick_check=False)
start = time.perf_counter()
rows = member_list(db)
load = time.perf_counter() - start
model = MembersModel()
model.set_rows(rows)
typed = ["สมศรี", "ทองคำ", "15000", "4821", "ใจดี"]
ours, floor = [], []
names = [r.search_text for r in rows]
for word in typed:
    for n in range(1, len(word) + 1):
        text = word[:n]
        start = time.perf_counter()
        model.apply(MemberFilter(text))
        ours.append(time.perf_counter() - start)
        needle, _ = search_terms(text)
        start = time.perf_counter()
        [name for name in names if needle in name]
        floor.append(time.perf_counter() - start)
print(f"{len(rows)}\\t{load*1000:.0f}\\t{statistics.median(ours)*1000:.2f}\\t"
      f"{max(ours)*1000:.2f}\\t{statistics.median(floor)*1000:.2f}\\t{model.rowCount()}")
"""


def wait_ready(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from process start to its "ready <rss KB>" line, and that RSS in KB."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - start
            proc.wait(timeout=60)
            return elapsed, int(line.split()[1])
    raise SystemExit(f"no ready line from {' '.join(cmd)} (exit {proc.wait()})")


def app_cmd(db: Path) -> list[str]:
    return [PY, "-m", "welfare_desk", "--db", str(db), "--user", "treasurer"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "demo-20000x1.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        subprocess.run([PY, "-m", "welfare_desk", "--db", str(args.db), "demo", "--members",
                        "20000", "--years", "1", "--seed", "2", "--until", "2026-09-30"],
                       check=True)
    display = ":97"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    fresh = args.db.parent / "bench-settings.ini"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "WELFARE_DESK_CONFIG": str(fresh)}
    try:
        rows = []
        for label, cmd, extra in (
                ("floor: bare PySide6 window", [PY, "-c", BARE_WINDOW], {}),
                ("Welfare Desk: window ready", app_cmd(args.db), {"WELFARE_DESK_READY": "-"}),
                ("Welfare Desk: home figures on screen", app_cmd(args.db),
                 {"WELFARE_DESK_READY": "home"}),
                ("Welfare Desk: members page, 20,000 rows", app_cmd(args.db),
                 {"WELFARE_DESK_READY": "members"})):
            runs = []
            for _ in range(args.runs):
                # Every start finds the window where the user left it: on that page.
                page = extra.get("WELFARE_DESK_READY", "-")
                fresh.write_text(f"[window]\nlast_page={page if page != '-' else 'home'}\n")
                runs.append(wait_ready(cmd, {**env, **extra}))
            rows.append((label, statistics.median(r[0] for r in runs),
                         statistics.median(r[1] for r in runs) / 1024))
    finally:
        xvfb.terminate()
    search = subprocess.run([PY, "-c", SEARCH, str(args.db)], capture_output=True, text=True,
                            check=True).stdout.split("\t")
    print(f"\nDesktop on {args.db.name} (Xvfb, medians of {args.runs})\n")
    print("| what | median s | resident MB |\n|---|---:|---:|")
    for label, seconds, rss in rows:
        print(f"| {label} | {seconds:.2f} | {rss:.0f} |")
    members, load_ms, median_ms, max_ms, floor_ms, shown = search
    print(f"\nSearch as you type over {members} members: median {median_ms} ms, worst "
          f"{max_ms} ms per keystroke (floor, a bare substring scan: {floor_ms} ms); "
          f"loading the register {load_ms} ms; rows given to the view at once: {shown.strip()}")


if __name__ == "__main__":
    main()
