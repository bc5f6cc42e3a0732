"""The zone report for a fiscal year (B.E.): each fund and the whole zone with the
warning signs, benefits and members of the zone, people active in several funds;
saved with the same writers as ``welfare-desk zone report`` (.xlsx and PDF)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.i18n.catalog import get_translator
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import mask_national_id
from welfare_desk.printing.zone_report import cell_text, write_zone_report
from welfare_desk.services.zone_report import ReportTable, report_tables, zone_report
from welfare_desk.spreadsheets.zone_sheets import write_zone_workbook
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.reports_catalog import ReportModel
from welfare_desk.ui.dialogs.reports_period import Period, PeriodChooser, PeriodKind
from welfare_desk.ui.models.rows import table_view
from welfare_desk.ui.printouts import open_pdf
from welfare_desk.ui.text import language, tr
from welfare_desk.ui.thai_wrap import ZWSP, with_word_breaks, wrappable
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.forms import action_button, note
from welfare_desk.ui.zone.session import ZoneSession

FISCAL_YEAR_START = (10, 1)  # the funds' fiscal year (CODI's), as the CLI's zone report
MIN_COLUMN_PX, COLUMN_PADDING_PX, HEADER_LINES = 64, 16, 3
TABLE_TABS = (N_("Funds"), N_("Benefits by type"), N_("Members by category"),
              N_("In several funds"))
_TITLE_STYLE = "font-size: 16pt; font-weight: bold; color: #1b3a57;"
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')


def ask_workbook_path(parent: QWidget, suggested: Path) -> Path | None:
    """The .xlsx file to write, or None if cancelled (tests replace this)."""
    name, _filter = QFileDialog.getSaveFileName(parent, tr(N_("Save the report")),
                                                str(suggested), "Excel (*.xlsx)")
    return Path(name) if name else None


def table_model(table: ReportTable, total_last: bool = False) -> ReportModel:
    right = [n for n, (_, kind) in enumerate(table.columns) if kind != "text"]
    totals = frozenset({len(table.rows) - 1}) if total_last and table.rows else frozenset()
    model = ReportModel([wrappable(tr(title)) for title, _ in table.columns], right,
                        totals=totals)
    model.set_rows([tuple(cell_text(v, kind, language())
                          for v, (_, kind) in zip(row, table.columns, strict=True))
                    for row in table.rows])
    return model


def narrow_columns(view: QTableView) -> None:
    """Columns as wide as their figures, the headings wrapped over two lines: the
    funds' fourteen columns then fit a laptop's screen, warning signs included."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    metrics = header.fontMetrics()
    model = view.model()
    for column in range(header.count()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal)).replace(ZWSP, "")
        words = with_word_breaks(title).replace(" ", ZWSP).split(ZWSP)
        heading = max(metrics.horizontalAdvance(title) // 2,
                      *(metrics.horizontalAdvance(w) for w in words))
        header.resizeSection(column, max(view.sizeHintForColumn(column), heading,
                                         MIN_COLUMN_PX) + COLUMN_PADDING_PX)
    # Two lines, and a third for a heading whose words break unevenly.
    header.setFixedHeight(HEADER_LINES * metrics.lineSpacing() + COLUMN_PADDING_PX)
    header.setStretchLastSection(True)


class ReportTab(QWidget):
    def __init__(self, zone: ZoneSession, opener: Callable[[Path], None] = open_pdf) -> None:
        super().__init__()
        self.zone, self.opener = zone, opener
        self.tables: tuple[ReportTable, ...] = ()
        self.shown: Period | None = None
        self.title_lines: list[str] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        self.title = QLabel(tr(N_("Choose the fiscal year, then press Show (F5).")))
        self.title.setObjectName("zone_report_title")
        self.title.setStyleSheet(_TITLE_STYLE)
        layout.addWidget(self.title)
        self.views = [table_view(ReportModel([]), stretch_column=None) for _ in TABLE_TABS]
        self.views[0].setObjectName("zone_report_funds")
        self.tables_tabs = QTabWidget()
        self.tables_tabs.setObjectName("zone_report_tables")
        for view, label in zip(self.views, TABLE_TABS, strict=True):
            self.tables_tabs.addTab(view, tr(label))
        layout.addWidget(self.tables_tabs, 1)
        layout.addWidget(note(tr(N_("National IDs are masked. The warning signs are for "
                                    "a conversation with the fund, not a verdict."))))

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period = PeriodChooser(FISCAL_YEAR_START)
        self.period.set_kind(PeriodKind.FISCAL_YEAR)
        self.period.setObjectName("zone_report_year")
        row.addWidget(self.period)
        show = action_button(tr(N_("Show")), "F5")
        show.setObjectName("show_zone_report")
        show.clicked.connect(self.show_report)
        row.addWidget(show)
        row.addStretch(1)
        self.xlsx_button = action_button(tr(N_("Save as Excel…")), "Ctrl+E")
        self.xlsx_button.setObjectName("zone_report_xlsx")
        self.xlsx_button.clicked.connect(self.save_workbook)
        self.pdf_button = action_button(tr(N_("Print (PDF)…")), "Ctrl+P")
        self.pdf_button.setObjectName("zone_report_pdf")
        self.pdf_button.clicked.connect(self.print_pdf)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(False)
            row.addWidget(button)
        return row

    def show_report(self) -> None:
        period = ops.run_now(self, self.period.value)
        if period is None:
            return
        store = self.zone.store
        self.title.setText(tr(N_("Preparing the report…")))
        ops.run_in_background(self, tr(N_("Preparing the report…")),
                              lambda: zone_report(store, period.first, period.last),
                              lambda report: self.show_tables(period, report.zone_name,
                                                              report_tables(report, tr,
                                                                            mask_national_id)))

    def show_tables(self, period: Period, zone_name: str,
                    tables: tuple[ReportTable, ...]) -> None:
        self.shown, self.tables = period, tables
        self.title_lines = [tr(N_("Zone report: {zone}"), zone=zone_name), period.text()]
        self.title.setText("  ·  ".join(self.title_lines))
        for n, (table, view) in enumerate(zip(tables, self.views, strict=True)):
            view.setModel(table_model(table, total_last=n == 0))
            self.tables_tabs.setTabToolTip(n, tr(table.title))
            if n == 0:
                narrow_columns(view)
            else:  # the small tables: the names take what the figures leave
                names = max(c for c, (_, kind) in enumerate(table.columns) if kind == "text")
                view.horizontalHeader().setSectionResizeMode(names,
                                                             QHeaderView.ResizeMode.Stretch)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(True)

    def _file_stem(self) -> str:
        assert self.shown is not None
        name = _NOT_IN_FILE_NAMES.sub("-", self.title_lines[0]).strip()
        return f"{name} {self.shown.file_part()}"

    def save_workbook(self) -> None:
        if not self.tables:
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path = ask_workbook_path(self, Path(documents) / f"{self._file_stem()}.xlsx")
        if path is not None:
            self.save_workbook_to(path.with_suffix(".xlsx"))

    def save_workbook_to(self, path: Path) -> None:
        t, lines, tables = get_translator(language()), self.title_lines, self.tables

        def write() -> Path:
            write_zone_workbook(path, t, lines, tables)
            return path

        if ops.run_now(self, write) is not None:
            forms.inform(self, tr(N_("Report saved")),
                         tr(N_("The report was saved to {path}"), path=str(path)))

    def print_pdf(self) -> None:
        if not self.tables:
            return
        folder = self.zone.paper_folder
        path = folder / f"{self._file_stem()}.pdf"
        t, lines, tables = get_translator(language()), self.title_lines, self.tables

        def write() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            write_zone_report(path, t, lines, tables)
            return path

        ops.run_in_background(self, tr(N_("Preparing the paper…")), write, self.opener)

