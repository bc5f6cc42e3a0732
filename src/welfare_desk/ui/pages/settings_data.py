"""Settings → where the data lives and backing up (สำรองข้อมูล), and "check my
data" (ตรวจสอบข้อมูล).

Neither changes the fund's books, so every role, the auditor included, may use
them. Both run in the background: a large fund takes a few seconds.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.db.backup import BackupInfo
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.services.backups import back_up
from welfare_desk.services.check import CheckReport, check_database
from welfare_desk.ui import ops
from welfare_desk.ui.models.rows import RowsModel, table_view
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import count, day, tr
from welfare_desk.ui.thai_wrap import wrappable
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.forms import action_button, heading, note

SHOWN_BACKUPS = 20
OK_COLOR, BAD_COLOR = "#2e7d32", "#c62828"


class BackupTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        self._add_data_folder(layout)
        layout.addWidget(note(tr(N_(
            "A backup is a verified copy of the whole database. Back up after every "
            "working day and keep a copy away from this computer too (a USB drive)."))))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr(N_("Backup folder"))))
        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(tr(N_("not chosen yet")))
        row.addWidget(self.folder, 1)
        choose = action_button(tr(N_("Choose folder…")))
        choose.setObjectName("choose_backup_folder")
        choose.clicked.connect(self.choose_folder)
        row.addWidget(choose)
        self.backup_button = action_button(tr(N_("Back up now")), "Ctrl+B")
        self.backup_button.setObjectName("back_up_now")
        self.backup_button.clicked.connect(self.back_up_now)
        row.addWidget(self.backup_button)
        layout.addLayout(row)
        self.result = note("")
        self.result.setObjectName("backup_result")
        layout.addWidget(self.result)
        layout.addWidget(QLabel(tr(N_("Backups in this folder, newest first"))))
        self.model = RowsModel([tr(N_("File")), tr(N_("Made")), tr(N_("Size"))],
                               right_aligned=[2])
        self.table = table_view(self.model, stretch_column=0)
        self.table.setObjectName("backup_table")
        layout.addWidget(self.table, 1)
        folder = session.settings.backup_folder
        if folder is not None:
            self.set_folder(folder)

    def _add_data_folder(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr(N_("The fund's database"))))
        self.database = QLineEdit(str(self.session.db.path))
        self.database.setObjectName("database_path")
        self.database.setReadOnly(True)
        row.addWidget(self.database, 1)
        show = action_button(tr(N_("Open the data folder")))
        show.setObjectName("open_data_folder")
        show.clicked.connect(self.open_data_folder)
        row.addWidget(show)
        layout.addLayout(row)
        layout.addWidget(note(tr(N_(
            "The fund's data is kept in this folder, apart from the program: installing a "
            "newer version or removing the program leaves it as it is. Copies made before "
            "an upgrade are in its backups folder."))))

    def open_data_folder(self) -> None:
        folder = self.session.db.path.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            forms.inform(self, tr(N_("The data folder")),
                         tr(N_("The folder could not be opened here. It is: {path}"),
                            path=str(folder)))

    def choose_folder(self) -> None:
        start = self.folder.text() or str(self.session.db.path.parent)
        chosen = QFileDialog.getExistingDirectory(self, tr(N_("Backup folder")), start)
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        self.folder.setText(str(folder))
        self.session.settings.backup_folder = folder
        self.session.settings.sync()
        self.list_backups()

    def list_backups(self) -> None:
        text = self.folder.text()
        folder = Path(text) if text else None
        files = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime,
                       reverse=True)[:SHOWN_BACKUPS] if folder and folder.is_dir() else []
        rows = []
        for f in files:
            stat = f.stat()
            made = datetime.fromtimestamp(stat.st_mtime)
            rows.append((f.name, f"{day(made.date())} {made:%H:%M}",
                         tr(N_("{size} MB"), size=f"{stat.st_size / 1_048_576:.1f}")))
        self.model.set_rows(rows, [str(f) for f in files])

    def back_up_now(self) -> None:
        text = self.folder.text()
        if not text:
            ops.run_now(self, self._no_folder)
            return
        db, folder = self.session.db, Path(text)
        self.result.setText(tr(N_("Backing up…")))
        ops.run_in_background(self, tr(N_("Backing up…")), lambda: back_up(db, folder),
                              self._backed_up)

    @staticmethod
    def _no_folder() -> None:
        raise UserError(N_("Choose the backup folder first"))

    def _backed_up(self, info: BackupInfo) -> None:
        message = tr(N_("Backup written and verified: {path} ({events} events)"),
                     path=str(info.path), events=count(info.events))
        self.result.setText(message)
        self.list_backups()
        forms.inform(self, tr(N_("Backup")), message)


class CheckTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.report: CheckReport | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(note(tr(N_(
            "Checks that the database file is intact, that the history of every change is "
            "complete and unaltered, and that the books balance. It changes nothing."))))
        row = QHBoxLayout()
        self.check_button = action_button(tr(N_("Check my data")), "Ctrl+K")
        self.check_button.setObjectName("check_data")
        self.check_button.clicked.connect(self.run_check)
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.verdict = heading("")
        self.verdict.setObjectName("check_verdict")
        layout.addWidget(self.verdict)
        self.sections = QTextBrowser()
        self.sections.setObjectName("check_sections")
        layout.addWidget(self.sections, 1)

    def run_check(self) -> None:
        db = self.session.db
        self.verdict.setText(tr(N_("Checking the data…")))
        self.sections.clear()
        ops.run_in_background(self, tr(N_("Checking the data…")), lambda: check_database(db),
                              self.show_report)

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        lines = []
        for section in report.sections:
            mark, color = ("✓", OK_COLOR) if section.ok else ("✗", BAD_COLOR)
            lines.append(f"<p><span style='color:{color}; font-size:large'>{mark}</span> "
                         f"{escape(tr(section.title))}</p>")
            if section.problems:
                lines.append("<ul>" + "".join(
                    f"<li><tt>{escape(f.check)}</tt>: {escape(f.detail)}</li>"
                    for f in section.problems) + "</ul>")
        if report.ok:
            verdict = tr(N_("The fund's data is correct and complete."))
            advice = tr(N_("{events} changes recorded, all verified. Nothing needs doing."),
                        events=count(report.events))
        else:
            verdict = tr(N_("Something is wrong with the fund's data."))
            advice = tr(N_("What to do: enter nothing more for now. Back up the file as it "
                           "is, then restore the last good backup, or call whoever looks "
                           "after this computer and show them this page."))
        lines.append(f"<p><b>{escape(advice)}</b></p>")
        color = OK_COLOR if report.ok else BAD_COLOR
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet(f"color: {color}")
        self.sections.setHtml(wrappable("\n".join(lines)))
