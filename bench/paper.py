"""Paper speed (issue 4), side by side with the floors and reportlab's own QR widget.

    .venv/bin/python bench/paper.py [--db bench/out/demo-10000x3.sqlite] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
CARDS = """
import sys, time
from datetime import date
from pathlib import Path
from welfare_desk.i18n.catalog import get_translator
from welfare_desk.ledger.fund import FundProfile
from welfare_desk.printing import cards
from welfare_desk.services.paper import CardForPaper
fund = FundProfile("f", "DEMO0001", "กองทุนสวัสดิการชุมชนตำบลดอนแก้ว", "ดอนแก้ว", "สารภี",
                   "เชียงใหม่", None, (10, 1), 100, 1, 3)
people = [CardForPaper(n, f"นางสมศรี ใจดี{n}", f"{n % 12 + 1} บ้านหนองบัว", date(2024, 1, 5))
          for n in range(1, 1001)]
if sys.argv[1] == "no-qr":
    cards.draw_qr = lambda *a: None
t = get_translator("th")
cards.write_cards(Path(sys.argv[2]), fund, people[:10], t)  # fonts loaded, shaping warm
start = time.perf_counter()
cards.write_cards(Path(sys.argv[2]), fund, people, t)
print(time.perf_counter() - start)
"""
RL_QR = """
import time
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.graphics import renderPDF
from reportlab.pdfgen.canvas import Canvas
c = Canvas("/dev/null")
start = time.perf_counter()
for n in range(100):
    d = Drawing(68, 68); d.add(QrCodeWidget(f"WD1:DEMO0001:{n}")); renderPDF.draw(d, c, 0, 0)
print((time.perf_counter() - start) * 10)   # per 1,000 codes
"""


def seconds(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def median(runs: int, make: callable) -> float:  # type: ignore[valid-type]
    return statistics.median(make() for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "demo-10000x3.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    out = ROOT / "bench" / "out"
    inner = lambda kind: float(subprocess.run(  # noqa: E731
        [PY, "-c", CARDS, kind, str(out / f"cards-{kind}.pdf")], check=True,
        capture_output=True, text=True).stdout)
    rows = [("1,000 member cards with QR codes (100 pages)", median(args.runs, lambda: inner("qr")),
             "target < 3 s"),
            ("floor: the same cards without QR codes", median(args.runs, lambda: inner("no-qr")),
             ""),
            ("peer: reportlab's QrCodeWidget, 1,000 codes alone",
             float(subprocess.run([PY, "-c", RL_QR], check=True, capture_output=True,
                                  text=True).stdout), "")]
    welfare = [PY, "-m", "welfare_desk", "--db", str(args.db), "print"]
    month = f"{date(2026, 9, 1):%Y-%m}"
    rows.append(("print monthly (whole command, 10,000-member fund)",
                 median(args.runs, lambda: seconds([*welfare, "monthly", "--month", month,
                                                    "--out", str(out / "monthly.pdf")])),
                 "target < 3 s"))
    rows.append(("print receipt (whole command)",
                 median(args.runs, lambda: seconds([*welfare, "receipt", "--number", "1/001",
                                                    "--out", str(out / "receipt.pdf")])),
                 "target < 0.5 s"))
    rows.append(("floor: python -c 'import reportlab.pdfgen.canvas'",
                 median(args.runs, lambda: seconds([PY, "-c", "import reportlab.pdfgen.canvas"])),
                 ""))
    print(f"\nPaper (medians of {args.runs})\n")
    print("| what | median s | note |\n|---|---:|---|")
    for label, value, note in rows:
        print(f"| {label} | {value:.2f} | {note} |")


if __name__ == "__main__":
    main()
