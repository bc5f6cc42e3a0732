"""One member: details, the dues grid (ส่ง/ขาด by month), benefits and receipts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.i18n.dates import BE_OFFSET
from welfare_desk.ledger.dues import DUES_SUMMARY, ArrearsGrid, CellState
from welfare_desk.ledger.members import CATEGORY_NAMES, STATUS_NAMES, MemberStatus
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import format_national_id
from welfare_desk.services.members import change_status
from welfare_desk.services.reports.members import MemberStatement, member_statement
from welfare_desk.ui import ops, printouts
from welfare_desk.ui.claim_text import claim_state
from welfare_desk.ui.models.rows import RowsModel, table_view
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, day, language, tr
from welfare_desk.ui.widgets.fields import DateEdit
from welfare_desk.ui.widgets.forms import button_box, heading, note

CELL_LOOK = {
    CellState.PAID: (N_("dues paid"), "#c8e6c9"),
    CellState.MISSED: (N_("dues missed"), "#ffcdd2"),
    CellState.PARTIAL: (N_("part paid"), "#fff9c4"),
    CellState.DUE: (N_("due now"), "#ffffff"),
}
# The cell says it in a word that fits a month's column; the tip says it in full.
CELL_TIPS = {
    CellState.PAID: N_("paid for this month"),
    CellState.MISSED: N_("missed: the instalment is late"),
    CellState.PARTIAL: N_("partly paid"),
    CellState.DUE: N_("due this month, not paid yet"),
}
MONTH_HEADERS_TH = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
MONTH_HEADERS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class DuesGrid(QTableWidget):
    """Years down, months across; each cell ส่ง (paid) or ขาด (missed)."""

    def show_grid(self, grid: ArrearsGrid) -> None:
        years = sorted({c.year for c in grid.cells})
        self.clear()
        self.setRowCount(len(years))
        self.setColumnCount(12)
        thai = language() == "th"
        self.setHorizontalHeaderLabels(list(MONTH_HEADERS_TH if thai else MONTH_HEADERS_EN))
        self.setVerticalHeaderLabels([str(y + BE_OFFSET if thai else y) for y in years])
        for cell in grid.cells:
            look = CELL_LOOK.get(cell.state)
            if look is None:
                continue
            item = QTableWidgetItem(tr(look[0]))
            item.setToolTip(tr(CELL_TIPS[cell.state]))
            item.setBackground(QColor(look[1]))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(years.index(cell.year), cell.month - 1, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Never narrower than the longest mark: a month scrolls rather than shows "ถึง…".
        widest = max(self.fontMetrics().horizontalAdvance(tr(text)) for text, _ in
                     CELL_LOOK.values())
        header.setMinimumSectionSize(widest + 16)


class StatusDialog(QDialog):
    def __init__(self, session: Session, member_no: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session, self.member_no = session, member_no
        self.setWindowTitle(tr(N_("Change of status")))
        form = QFormLayout(self)
        self.target = QComboBox()
        for status, name in STATUS_NAMES.items():
            self.target.addItem(tr(name), status)
        self.on = DateEdit(date.today())
        self.reason = QLineEdit()
        self.reason.setObjectName("status_reason")
        form.addRow(tr(N_("New status")), self.target)
        form.addRow(tr(N_("From (B.E.)")), self.on)
        form.addRow(tr(N_("Reason *")), self.reason)
        buttons = button_box(tr(N_("Record")))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        def work() -> object:
            on = self.on.value()
            assert on is not None
            return change_status(self.session.db, self.session.user, self.member_no,
                                 MemberStatus(self.target.currentData()), on,
                                 self.reason.text())

        if ops.run_now(self, work) is not None:
            self.session.saved()
            self.accept()


class MemberDialog(QDialog):
    def __init__(self, session: Session, member_no: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.member_no = session, member_no
        self.setObjectName("member_page")
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.title_label = heading("")
        layout.addWidget(self.title_label)
        self.tabs = QTabWidget()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grid = DuesGrid()
        self.grid_summary = note("")
        grid_tab = QWidget()
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.grid_summary)
        self.claims = RowsModel([tr(N_("Claim")), tr(N_("Benefit")), tr(N_("Event")),
                                 tr(N_("State")), tr(N_("Amount"))], right_aligned=[4])
        self.receipts = RowsModel([tr(N_("Date")), tr(N_("Receipt")), tr(N_("Amount")),
                                   tr(N_("Note"))], right_aligned=[2])
        self.tabs.addTab(self.details, tr(N_("Details")))
        self.tabs.addTab(grid_tab, tr(N_("Dues by month")))
        self.tabs.addTab(table_view(self.claims, 1), tr(N_("Benefits")))
        self.tabs.addTab(table_view(self.receipts, 3), tr(N_("Receipts issued")))
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QPushButton(tr(N_("Print the card")))
        card.clicked.connect(lambda: printouts.print_cards(self, session, [member_no]))
        statement = QPushButton(tr(N_("Print the statement")))
        statement.clicked.connect(self.print_statement)
        row.addWidget(card)
        row.addWidget(statement)
        edit = QPushButton(tr(N_("Correct particulars…")))
        edit.setObjectName("edit_member")
        edit.setEnabled(session.can("write"))
        edit.clicked.connect(self.edit)
        row.addWidget(edit)
        status = QPushButton(tr(N_("Change status…")))
        status.setEnabled(session.can("write"))
        status.clicked.connect(self.change_status)
        close = QPushButton(tr(N_("Close")))
        close.clicked.connect(self.accept)
        row.addWidget(status)
        row.addWidget(close)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        member = None
        with self.session.db.read() as repos:
            member = repos.members.by_no(repos.fund_id(), self.member_no)
        assert member is not None
        statement = member_statement(self.session.db, self.member_no, member.joined_on,
                                     date.today())
        self.show_statement(statement)

    def show_statement(self, s: MemberStatement) -> None:
        m = s.member
        self.setWindowTitle(tr(N_("Member {no}"), no=m.member_no))
        self.title_label.setText(f"{m.member_no} · {m.full_name} · {tr(STATUS_NAMES[m.status])}")
        facts = [
            (N_("National ID"), format_national_id(m.national_id) if m.national_id else "-"),
            (N_("Born"), day(m.birth_date) or "-"),
            (N_("Village"), str(m.village_no)),
            (N_("Joined"), day(m.joined_on)),
            (N_("Status since"), day(m.status_since)),
            (N_("Groups"), ", ".join(tr(CATEGORY_NAMES[c]) for c in sorted(m.categories))),
            (N_("Phone"), m.phone or "-"),
            (N_("Beneficiaries"), ", ".join(f"{b.name} ({b.relation}) {b.share_percent}%"
                                            for b in m.beneficiaries) or "-"),
        ]
        self.details.setText("<table>" + "".join(
            f"<tr><td><b>{tr(label)}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"
            for label, value in facts) + "</table>")
        self.grid.show_grid(s.grid)
        self.grid_summary.setText(tr(DUES_SUMMARY, paid=baht(s.grid.paid_total),
                                     overdue=baht(s.grid.overdue),
                                     missed=s.grid.missed_instalments,
                                     due=baht(s.grid.due_now)))
        self.claims.set_rows([(c.claim_no, s.benefit_names.get(c.benefit_code, c.benefit_code),
                               day(c.event_date), claim_state(c),
                               baht(c.approved_amount) if c.approved_amount else "")
                              for c in s.claims])
        self.receipts.set_rows([(day(r.issued_on), f"{r.book_no}/{r.number_in_book:03d}",
                                 baht(r.total), tr(N_("void: {reason}"), reason=r.void_reason)
                                 if r.voided else "") for r in s.receipts])

    def print_statement(self) -> None:
        with self.session.db.read() as repos:
            member = repos.members.by_no(repos.fund_id(), self.member_no)
        if member is not None:
            printouts.print_statement(self, self.session, self.member_no, member.joined_on)

    def edit(self) -> None:
        from welfare_desk.ui.dialogs.member_form import MemberFormDialog

        with self.session.db.read() as repos:
            member = repos.members.by_no(repos.fund_id(), self.member_no)
        if member is not None and MemberFormDialog(self.session, self, member).exec():
            self.load()

    def change_status(self) -> None:
        if StatusDialog(self.session, self.member_no, self).exec():
            self.load()
