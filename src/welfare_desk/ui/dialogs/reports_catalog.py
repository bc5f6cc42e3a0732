"""Which reports the Reports page offers: the period each needs, how its figures are
read (in the background) and how they become a table (on the UI thread)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from welfare_desk.db.database import Database
from welfare_desk.ledger.text import N_
from welfare_desk.services.reports.books import (
    account_book,
    financial_position,
    receipts_and_payments,
    trial_balance,
)
from welfare_desk.services.reports.codi import codi_status, monthly_report
from welfare_desk.services.reports.members import (
    arrears_list,
    benefits_by_type,
    member_breakdown,
)
from welfare_desk.ui.dialogs import reports_member_tables as mt
from welfare_desk.ui.dialogs import reports_tables as bt
from welfare_desk.ui.dialogs.reports_period import Period, PeriodKind
from welfare_desk.ui.models.rows import Index, RowsModel
from welfare_desk.ui.report_views import ReportTable

SECTION_BACKGROUND = QColor("#e3ecf5")
TOTAL_BACKGROUND = QColor("#f6f1e1")

Fetch = Callable[[Database, Period, str], Any]
Build = Callable[[Any, str, Period], ReportTable]


@dataclass(frozen=True)
class ReportChoice:
    key: str
    name: str  # marked English, shown translated
    period: PeriodKind
    fetch: Fetch  # runs in a worker thread: reads only
    build: Build  # runs on the UI thread: formats
    stretch_column: int | None  # None: every column as wide as its text
    needs_account: bool = False


def _villages(db: Database) -> dict[int, str]:
    with db.read() as repos:
        return {v.moo: v.name for v in repos.funds.villages(repos.fund_id())}


REPORTS: tuple[ReportChoice, ...] = (
    ReportChoice("trial_balance", N_("Trial balance"), PeriodKind.AS_OF,
                 lambda db, p, _a: trial_balance(db, p.last), bt.trial_balance_table, 1),
    ReportChoice("receipts_payments", N_("Receipts and payments"), PeriodKind.RANGE,
                 lambda db, p, _a: receipts_and_payments(db, p.first, p.last),
                 bt.receipts_payments_table, 1),
    ReportChoice("financial_position", N_("Financial position"), PeriodKind.AS_OF,
                 lambda db, p, _a: financial_position(db, p.last), bt.position_table, 1),
    ReportChoice("account_book", N_("Cash book / bank book"), PeriodKind.RANGE,
                 lambda db, p, a: account_book(db, a, p.first, p.last),
                 bt.account_book_table, 2, needs_account=True),
    ReportChoice("members", N_("Members by status, village, age and category"),
                 PeriodKind.AS_OF,
                 lambda db, p, _a: (member_breakdown(db, p.last), _villages(db)),
                 mt.members_table, None),
    ReportChoice("arrears", N_("Members in arrears"), PeriodKind.AS_OF,
                 lambda db, p, _a: arrears_list(db, p.last),
                 mt.arrears_table, 1),
    ReportChoice("benefits", N_("Benefits paid by type"), PeriodKind.RANGE,
                 lambda db, p, _a: benefits_by_type(db, p.first, p.last),
                 mt.benefits_table, None),
    ReportChoice("codi_status", N_("CODI fund status form"), PeriodKind.FISCAL_YEAR,
                 lambda db, p, _a: (codi_status(db, p.fiscal_year or p.last.year),
                                    _villages(db)),
                 mt.codi_table, 0),
    ReportChoice("monthly", N_("Monthly report"), PeriodKind.MONTH,
                 lambda db, p, _a: monthly_report(db, p.first.year, p.first.month),
                 mt.monthly_table, None),
)


class ReportModel(RowsModel):
    """A report's rows: section headings and totals stand out (bold, shaded)."""

    def __init__(self, headers: Sequence[str], right_aligned: Sequence[int] = (),
                 sections: frozenset[int] = frozenset(),
                 totals: frozenset[int] = frozenset()) -> None:
        super().__init__(headers, right_aligned)
        self.sections = sections
        self.totals = totals

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and index.row() in self.sections | self.totals:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(SECTION_BACKGROUND if index.row() in self.sections
                              else TOTAL_BACKGROUND)
        return super().data(index, role)
