"""Spreadsheet speed (issue 5): importing a 20,000-row register (dry run and real)
side by side with openpyxl's own read-only iteration over the same file, exporting
the 20,000-member register, and importing a dues history of the same 20,000 members
x 12 months (dry run and real; about 180,000 receipts) beside openpyxl's iteration
over that sheet.

    .venv/bin/python bench/sheets.py [--rows 20000] [--runs 3] [--dues-runs 1]
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
MAKE_DUES = """
import random, sys
from openpyxl import Workbook
rows, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
wb = Workbook(write_only=True); ws = wb.create_sheet()
ws.append(["ทะเบียนการส่งเงินสัจจะ ปีงบประมาณ 2569"]); ws.append([])
months = ["ต.ค. 68", "พ.ย. 68", "ธ.ค. 68", "ม.ค. 69", "ก.พ. 69", "มี.ค. 69", "เม.ย. 69",
          "พ.ค. 69", "มิ.ย. 69", "ก.ค. 69", "ส.ค. 69", "ก.ย. 69"]
ws.append(["ลำดับ", "เลขที่สมาชิก", "ชื่อ-สกุล", *months, "รวม"])
for n in range(rows):
    ws.append([n + 1, n + 1, None, *[rng.choice((30, 30, 30, "30", "/", "✓", None, "-"))
                                     for _ in months], None])
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


def register_bench(args: argparse.Namespace, welfare_of: dict[int, list[str]]
                   ) -> list[tuple[str, float, str]]:
    sheet = made(OUT / f"register-{args.rows}.xlsx", MAKE_SHEET, args.rows)
    floor = statistics.median(seconds([PY, "-c", OPENPYXL_FLOOR, str(sheet)])
                              for _ in range(args.runs))
    dry, real, export = [], [], []
    for run in range(args.runs):
        welfare = welfare_of[run] = fresh_fund(run)
        dry.append(seconds([*welfare, "import", "members", str(sheet), "--dry-run"], (0, 3)))
        real.append(seconds([*welfare, "import", "members", str(sheet)], (0, 3)))
        export.append(seconds([*welfare, "export", "members", "--out",
                               str(OUT / "register-out.xlsx")]))
    return [(f"floor: openpyxl read-only iteration over the {args.rows:,} rows", floor, ""),
            ("import members --dry-run (whole command)", statistics.median(dry),
             "< 20 s, ≤ 3× floor"),
            ("import members (whole command)", statistics.median(real), "< 20 s, ≤ 3× floor"),
            (f"export members, {args.rows:,} members (whole command)", statistics.median(export),
             "< 10 s")]


def dues_bench(args: argparse.Namespace, welfare_of: dict[int, list[str]]
               ) -> list[tuple[str, float, str]]:
    """On the funds the register bench filled: 20,000 members x 12 months of 2568-69."""
    sheet = made(OUT / f"dues-{args.rows}.xlsx", MAKE_DUES, args.rows)
    floor = statistics.median(seconds([PY, "-c", OPENPYXL_FLOOR, str(sheet)])
                              for _ in range(args.runs))
    dry, real = [], []
    for run in range(args.dues_runs):
        welfare = welfare_of[run]
        dry.append(seconds([*welfare, "import", "dues", str(sheet), "--dry-run"], (0, 3)))
        real.append(seconds([*welfare, "import", "dues", str(sheet)], (0, 3)))
    return [(f"floor: openpyxl read-only iteration over the dues sheet ({args.rows:,} x 12)",
             floor, ""),
            ("import dues --dry-run (whole command)", statistics.median(dry), ""),
            ("import dues (whole command, a receipt a paid month)", statistics.median(real), "")]


def made(path: Path, script: str, rows: int) -> Path:
    if not path.exists():
        subprocess.run([PY, "-c", script, str(rows), str(path)], check=True)
    return path


def fresh_fund(run: int) -> list[str]:
    fund = OUT / f"import-{run}.sqlite"
    for leftover in OUT.glob(f"import-{run}.sqlite*"):
        leftover.unlink()
    subprocess.run([PY, "-c", FRESH_FUND, str(fund)], check=True)
    return [PY, "-m", "welfare_desk", "--db", str(fund)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dues-runs", type=int, default=1,
                        help="real dues imports take about a minute each")
    args = parser.parse_args()
    args.dues_runs = min(args.dues_runs, args.runs)
    OUT.mkdir(parents=True, exist_ok=True)
    welfare_of: dict[int, list[str]] = {}
    rows = register_bench(args, welfare_of)
    register_import = rows[2][1]
    rows += dues_bench(args, welfare_of)
    print(f"\nSpreadsheets (medians of {args.runs}; dues imports of {args.dues_runs})\n")
    print("| what | median s | target |\n|---|---:|---|")
    for label, value, note in rows:
        print(f"| {label} | {value:.2f} | {note} |")
    print(f"\nimport members / floor = {register_import / rows[0][1]:.2f}×")
    print(f"import dues --dry-run / floor = {rows[5][1] / rows[4][1]:.2f}×, "
          f"import dues / floor = {rows[6][1] / rows[4][1]:.2f}×")


if __name__ == "__main__":
    main()
