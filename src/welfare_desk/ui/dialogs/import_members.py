"""Importing an Excel register: the columns found (changeable), a dry run with
every problem, then the good rows in one go and the rejected ones to a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.i18n.catalog import get_translator
from welfare_desk.ledger.text import N_
from welfare_desk.services.imports import ImportResult, import_members
from welfare_desk.spreadsheets.header import ALIASES
from welfare_desk.spreadsheets.register_import import (
    RegisterSheet,
    candidates,
    read_register,
    write_error_report,
)
from welfare_desk.ui import ops
from welfare_desk.ui.models.rows import RowsModel, table_view
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import count, language, tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.fields import DateEdit
from welfare_desk.ui.widgets.forms import action_button, heading, note

FIELD_NAMES = {"member_no": N_("Member no."), "full_name": N_("Full name (with title)"),
               "title": N_("Title"), "first_name": N_("First name"),
               "last_name": N_("Last name"), "national_id": N_("National ID"),
               "birth_date": N_("Born"), "joined_on": N_("Joined"), "village_no": N_("Village"),
               "house_no": N_("House no."), "phone": N_("Phone"), "gender": N_("Gender")}


class ImportDialog(QDialog):
    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sheet: RegisterSheet = read_register(path)
        self.result: ImportResult | None = None
        self.imported = False
        self.setObjectName("import_dialog")
        self.setWindowTitle(tr(N_("Import members from Excel")))
        self.resize(980, 680)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(path.name))
        layout.addWidget(note(tr(N_("Header found on row {row}. Check which column holds what, "
                                    "then check the rows; nothing is written until you press "
                                    "Import."), row=self.sheet.header_row)))
        columns = QFormLayout()
        self.columns: dict[str, QComboBox] = {}
        for field in ALIASES:
            combo = QComboBox()
            combo.addItem(tr(N_("(not in the sheet)")), None)
            for n, header in enumerate(self.sheet.headers):
                combo.addItem(f"{chr(65 + n) if n < 26 else n + 1}: {header}", n)
            combo.setCurrentIndex(max(combo.findData(self.sheet.mapping.get(field)), 0))
            combo.currentIndexChanged.connect(lambda _i: self.check())
            self.columns[field] = combo
        grid = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        for n, (field, combo) in enumerate(self.columns.items()):
            (left if n % 2 == 0 else right).addRow(tr(FIELD_NAMES[field]), combo)
        grid.addLayout(left)
        grid.addLayout(right)
        layout.addLayout(grid)
        self.joined = DateEdit(date.today())
        columns.addRow(tr(N_("Join date for rows without one")), self.joined)
        layout.addLayout(columns)
        self.summary = QLabel("")
        self.summary.setObjectName("import_summary")
        layout.addWidget(self.summary)
        self.problems = RowsModel([tr(N_("Row")), tr(N_("Reason"))])
        layout.addWidget(table_view(self.problems, 1), 1)
        row = QHBoxLayout()
        self.errors_button = action_button(tr(N_("Save the rejected rows…")))
        self.errors_button.clicked.connect(self.save_errors)
        self.import_button = action_button(tr(N_("Import")))
        self.import_button.setObjectName("do_import")
        self.import_button.clicked.connect(self.do_import)
        self.import_button.setEnabled(session.can("write"))
        close = action_button(tr(N_("Close")))
        close.clicked.connect(self.accept)
        for button in (self.errors_button, self.import_button, close):
            row.addWidget(button)
        layout.addLayout(row)
        self.check()

    def mapping(self) -> dict[str, int]:
        return {f: int(c.currentData()) for f, c in self.columns.items()
                if c.currentData() is not None}

    def _run(self, dry_run: bool) -> ImportResult | None:
        sheet = RegisterSheet(self.sheet.path, self.sheet.header_row, self.sheet.headers,
                              self.mapping(), self.sheet.rows)
        joined = ops.run_now(self, self.joined.value) or date.today()
        return ops.run_now(self, lambda: import_members(
            self.session.db, self.session.user, candidates(sheet, joined), dry_run=dry_run))

    def check(self) -> None:
        self.result = self._run(dry_run=True)
        if self.result is None:
            return
        t = get_translator(language())
        self.reasons = [(row, "; ".join(t.translate_error(e) for e in problems))
                        for row, problems in self.result.rejected]
        self.problems.set_rows([(str(row), text) for row, text in self.reasons])
        self.summary.setText(tr(N_("{good} rows good, {bad} rejected, header on row {header}"),
                                good=count(len(self.result.accepted)),
                                bad=count(len(self.result.rejected)),
                                header=self.sheet.header_row))
        self.errors_button.setEnabled(bool(self.reasons))
        self.import_button.setEnabled(self.session.can("write") and bool(self.result.accepted)
                                      and not self.imported)

    def do_import(self) -> None:
        result = self._run(dry_run=False)
        if result is None:
            return
        self.imported = True
        self.import_button.setEnabled(False)
        self.session.saved()
        forms.inform(self, tr(N_("Import members from Excel")),
                     tr(N_("{good} members imported, {bad} rows rejected, header on row "
                           "{header}"), good=count(len(result.accepted)),
                        bad=count(len(result.rejected)), header=self.sheet.header_row))

    def save_errors(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr(N_("Save the rejected rows…")),
                str(self.sheet.path.with_name(self.sheet.path.stem + "-rejected.xlsx")),
                "Excel (*.xlsx)")
            if not chosen:
                return
            path = Path(chosen)
        ops.run_now(self, lambda: write_error_report(path, self.sheet, self.reasons,
                                                     tr(N_("Row")), tr(N_("Reason"))))
