"""Reports: choose a report and its period, see it as a table, save it to a file.

Reports only read, so every role (the auditor too) may use this page. The
figures are read in the background; what is on screen is what Export saves.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.text import N_
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.reports_catalog import REPORTS, ReportChoice, ReportModel
from welfare_desk.ui.dialogs.reports_period import Period, PeriodChooser
from welfare_desk.ui.models.rows import table_view
from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.report_views import ReportTable, export_formats, export_table
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.accounts import money_account_combo
from welfare_desk.ui.widgets.forms import action_button, note

_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')
_TITLE_STYLE = "font-size: 16pt; font-weight: bold; color: #1b3a57;"


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """The file to save to, or None if the user cancelled (tests replace this)."""
    patterns = " ".join(f"*{suffix}" for suffix in export_formats())
    name, _filter = QFileDialog.getSaveFileName(
        parent, tr(N_("Save the report")), str(suggested),
        tr(N_("Report files ({patterns})"), patterns=patterns))
    return Path(name) if name else None


class ReportsPage(Page):
    page_id = "reports"

    def __init__(self, session: Session) -> None:
        super().__init__(session, tr(N_("Reports")))
        self.table_data: ReportTable | None = None
        self.shown_choice: ReportChoice | None = None
        self.shown_period: Period | None = None
        self._request = 0
        self._folder: Path | None = None
        body = QHBoxLayout()
        body.addWidget(self._build_list())
        right = QVBoxLayout()
        right.addLayout(self._build_period_row())
        right.addWidget(self._build_title())
        self.model = ReportModel([])
        self.view = table_view(self.model)
        self.view.setObjectName("report_table")
        right.addWidget(self.view, 1)
        right.addLayout(self._build_buttons())
        body.addLayout(right, 1)
        self.layout_.addLayout(body, 1)
        self.reports.setCurrentRow(0)

    def _build_list(self) -> QListWidget:
        self.reports = QListWidget()
        self.reports.setObjectName("report_list")
        self.reports.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reports.setWordWrap(True)
        self.reports.setSpacing(2)
        self.reports.setFixedWidth(265)
        for choice in REPORTS:
            item = QListWidgetItem(tr(choice.name))
            item.setData(Qt.ItemDataRole.UserRole, choice.key)
            self.reports.addItem(item)
        self.reports.currentRowChanged.connect(self._report_chosen)
        self.reports.itemActivated.connect(lambda _item: self.show_report())
        return self.reports

    def _build_period_row(self) -> QVBoxLayout:
        row = QHBoxLayout()
        self.period = PeriodChooser(self.session.fund.fiscal_year_start)
        self.period.setObjectName("report_period")
        self.account_label = QLabel(tr(N_("Book of")))
        self.account: QComboBox = money_account_combo(self.session)
        self.account.setObjectName("report_account")
        self.show_button = action_button(tr(N_("Show")), "F5")
        self.show_button.setObjectName("show_report")
        self.show_button.clicked.connect(self.show_report)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.period, self.show_report,
                      Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.period)
        row.addWidget(self.show_button)
        row.addStretch(1)
        book_row = QHBoxLayout()
        book_row.addWidget(self.account_label)
        book_row.addWidget(self.account)
        book_row.addStretch(1)
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addLayout(book_row)
        return rows

    def _build_title(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(0)
        self.title = QLabel("")
        self.title.setObjectName("report_title")
        self.title.setStyleSheet(_TITLE_STYLE)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = note("")
        self.subtitle.setObjectName("report_subtitle")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = note("")
        self.status.setObjectName("report_status")
        row.addWidget(self.status, 1)
        self.export_button = action_button(tr(N_("Export…")), "Ctrl+E")
        self.export_button.setObjectName("export_report")
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        self.print_button = action_button(tr(N_("Print (PDF)…")), "Ctrl+P")
        self.print_button.setObjectName("print_report")
        self.print_button.clicked.connect(self.print_paper)
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        return row

    def print_paper(self) -> None:
        """The paper version of the report on screen (those that have one)."""
        from welfare_desk.ui import printouts

        choice, period = self.current_choice(), ops.run_now(self, self.period.value)
        if period is None:
            return
        if choice.key == "monthly":
            printouts.print_monthly(self, self.session, period.first.year, period.first.month)
        elif choice.key == "codi_status" and period.fiscal_year is not None:
            menu = QMenu(self)
            codi = menu.addAction(tr(N_("CODI fund status form")))
            menu.addAction(tr(N_("Annual report to the general assembly")))
            picked = menu.exec(self.print_button.mapToGlobal(self.print_button.rect().topLeft()))
            if picked is not None:
                printouts.print_fiscal_year(self, self.session, period.fiscal_year,
                                            year_end=picked is not codi)
        elif choice.key == "arrears":
            printouts.print_arrears(self, self.session, period.last)

    # --- choosing ---------------------------------------------------------------

    def current_choice(self) -> ReportChoice:
        return REPORTS[max(self.reports.currentRow(), 0)]

    def choose(self, key: str) -> None:
        """Selects a report by its key ("trial_balance" ...)."""
        self.reports.setCurrentRow(next(n for n, c in enumerate(REPORTS) if c.key == key))

    def _report_chosen(self, _row: int) -> None:
        choice = self.current_choice()
        self.period.set_kind(choice.period)
        self.account_label.setVisible(choice.needs_account)
        self.account.setVisible(choice.needs_account)
        self.set_table(None)
        self.status.setText(tr(N_("Choose the period, then press Show (F5 or Enter).")))
        self.print_button.setEnabled(choice.key in ("monthly", "codi_status", "arrears"))
        self.title.setText(tr(choice.name))
        self.subtitle.setText("")

    def refresh(self) -> None:
        """After a change to the fund: the accounts again, and the report on screen redone."""
        current = self.account.currentData()
        self.account.clear()
        fresh = money_account_combo(self.session)
        for n in range(fresh.count()):
            self.account.addItem(fresh.itemText(n), fresh.itemData(n))
        fresh.deleteLater()
        self.account.setCurrentIndex(max(self.account.findData(current), 0))
        self.period.start = self.session.fund.fiscal_year_start
        if self.table_data is not None:
            self.show_report()

    # --- showing ----------------------------------------------------------------

    def show_report(self) -> None:
        choice = self.current_choice()
        period = ops.run_now(self, self.period.value)
        if period is None:
            return
        account = str(self.account.currentData() or "")
        db, fund = self.session.db, self.session.fund.name
        self._request += 1
        request = self._request
        self.status.setText(tr(N_("Preparing the report…")))

        def done(data: object) -> None:
            if request == self._request:
                self.shown_choice, self.shown_period = choice, period
                self.set_table(choice.build(data, fund, period))

        ops.run_in_background(self, tr(N_("Preparing the report…")),
                              lambda: choice.fetch(db, period, account), done)

    def set_table(self, table: ReportTable | None) -> None:
        self.table_data = table
        self.export_button.setEnabled(table is not None)
        if table is None:
            self.model = ReportModel([])
            self.view.setModel(self.model)
            return
        self.model = ReportModel(table.headers, table.right_aligned, table.sections,
                                 table.totals)
        self.model.set_rows(table.rows)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch = self.shown_choice.stretch_column if self.shown_choice else None
        header.setStretchLastSection(False)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.title.setText(table.title)
        self.subtitle.setText(f"{table.fund}  ·  {table.period}")
        self.status.setText(tr(N_("Export… saves this table to a file, as shown.")))

    # --- saving -----------------------------------------------------------------

    def suggested_path(self) -> Path:
        assert self.table_data is not None and self.shown_period is not None
        folder = self._folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        name = _NOT_IN_FILE_NAMES.sub("-", self.table_data.title).strip()
        return folder / f"{name} {self.shown_period.file_part()}{export_formats()[0]}"

    def export(self) -> None:
        if self.table_data is None:
            return
        path = ask_save_path(self, self.suggested_path())
        if path is None:
            return
        self.export_to(path)

    def export_to(self, path: Path) -> Path | None:
        table = self.table_data
        if table is None:
            return None
        if not path.suffix:
            path = path.with_suffix(export_formats()[0])
        written = ops.run_now(self, lambda: export_table(table.rows, table.headers, path,
                                                         table.title_lines))
        if written is not None:
            self._folder = written.parent
            forms.inform(self, tr(N_("Report saved")),
                         tr(N_("The report was saved to {path}"), path=str(written)))
        return written
