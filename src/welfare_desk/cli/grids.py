"""The dues grid (ส่ง/ขาด by month) on the terminal."""

from __future__ import annotations

from typing import Any

from welfare_desk.cli.context import Context
from welfare_desk.ledger.dues import DUES_SUMMARY
from welfare_desk.ledger.money import format_baht

SYMBOLS = {"paid": "✓", "missed": "✗", "due": "·", "partial": "½", "not_member": " ",
           "future": " "}


def print_grid(ctx: Context, grid: Any) -> None:
    by_year: dict[int, dict[int, str]] = {}
    for cell in grid.cells:
        by_year.setdefault(cell.year, {})[cell.month] = SYMBOLS.get(str(cell.state.value), "?")
    print("       " + " ".join(f"{m:>2}" for m in range(1, 13)))
    for year, months in sorted(by_year.items()):
        year_label = year + 543 if ctx.lang == "th" else year
        print(f"{year_label:<6} " + " ".join(f"{months.get(m, ' '):>2}" for m in range(1, 13)))
    ctx.say(DUES_SUMMARY, paid=format_baht(grid.paid_total),
            overdue=format_baht(grid.overdue), missed=grid.missed_instalments,
            due=format_baht(grid.due_now))
