"""Spreadsheet speed (issue 5): importing a 20,000-row register (dry run and real)
side by side with openpyxl's own read-only iteration over the same file, and
exporting the 20,000-member register.

    .venv/bin/python bench/sheets.py [--rows 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PY = sys.executable
MAKE_SHEET = """
import random, sys
from openpyxl import Workbook
from welfare_desk.ledger.thai_id import make_national_id
from welfare_desk.services.demo.names import FEMALE_FIRST, LAST_NAME_PARTS
rows, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(5)
wb = Workbook(write_only=True); ws = wb.create_sheet()
ws.append(["ทะเบียนสมาชิก"]); ws.append([])
ws.append(["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "วันเกิด", "วันที่สมัคร", "หมู่", "เบอร์โทร"])
for n in range(rows):
    last = rng.choice(LAST_NAME_PARTS) + rng.choice(LAST_NAME_PARTS)
    born = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/25{rng.randint(0, 40):02d}"
    ws.append([n + 1, f"นาง{rng.choice(FEMALE_FIRST)} {last}", make_national_id(f"3{n:011d}"),
               born, "2549-01-06", rng.randint(1, 3), 812345678])
wb.save(path)
"""
OPENPYXL_FLOOR = """
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
"""
FRESH_FUND = """
import sys
from pathlib import Path
from welfare_desk.db.database import Database
from welfare_desk.services.funds import NewFund, create_fund
db = Database.open(Path(sys.argv[1]), create=True)
create_fund(db, NewFund("กองทุนทดสอบ", "B0001", "ทดสอบ", "เมือง", "ลำพูน",
                        villages=((1, "หนึ่ง"), (2, "สอง"), (3, "สาม"))))
db.close()
"""


def seconds(cmd: list[str], ok: tuple[int, ...] = (0,)) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True)
    if done.returncode not in ok:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr.decode()}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    sheet = OUT / f"register-{args.rows}.xlsx"
    if not sheet.exists():
        subprocess.run([PY, "-c", MAKE_SHEET, str(args.rows), str(sheet)], check=True)
    floor = statistics.median(seconds([PY, "-c", OPENPYXL_FLOOR, str(sheet)])
                              for _ in range(args.runs))
    dry, real, export = [], [], []
    for run in range(args.runs):
        fund = OUT / f"import-{run}.sqlite"
        for leftover in OUT.glob(f"import-{run}.sqlite*"):
            leftover.unlink()
        subprocess.run([PY, "-c", FRESH_FUND, str(fund)], check=True)
        welfare = [PY, "-m", "welfare_desk", "--db", str(fund)]
        dry.append(seconds([*welfare, "import", "members", str(sheet), "--dry-run"], (0, 3)))
        real.append(seconds([*welfare, "import", "members", str(sheet)], (0, 3)))
        export.append(seconds([*welfare, "export", "members", "--out",
                               str(OUT / "register-out.xlsx")]))
    rows = [(f"floor: openpyxl read-only iteration over the {args.rows:,} rows", floor, ""),
            ("import members --dry-run (whole command)", statistics.median(dry),
             "< 20 s, ≤ 3× floor"),
            ("import members (whole command)", statistics.median(real), "< 20 s, ≤ 3× floor"),
            (f"export members, {args.rows:,} members (whole command)", statistics.median(export),
             "< 10 s")]
    print(f"\nSpreadsheets (medians of {args.runs})\n")
    print("| what | median s | target |\n|---|---:|---|")
    for label, value, note in rows:
        print(f"| {label} | {value:.2f} | {note} |")
    print(f"\nimport / floor = {statistics.median(real) / floor:.2f}×")


if __name__ == "__main__":
    main()
