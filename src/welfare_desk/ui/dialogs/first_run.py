"""First run: create the fund and its first user, or open an existing database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.fund import check_new_password
from welfare_desk.ledger.text import N_
from welfare_desk.services.funds import NewFund, create_fund
from welfare_desk.ui import errors
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets.forms import note


def parse_villages(text: str) -> tuple[tuple[int, str], ...]:
    """One village a line: "1 บ้านหนองบัว" (หมู่ number, then the name)."""
    villages = []
    for line in text.splitlines():
        if not line.strip():
            continue
        number, _, name = line.strip().partition(" ")
        if not number.isdigit() or not name.strip():
            raise UserError(N_("Write each village as its number and name, such as "
                               "'1 บ้านหนองบัว', not '{text}'"), text=line.strip())
        villages.append((int(number), name.strip()))
    if not villages:
        raise UserError(N_("A fund covers at least one village"))
    return tuple(villages)


class StartPage(QWizardPage):
    def __init__(self, default_path: Path) -> None:
        super().__init__()
        self.setTitle(tr(N_("Welcome to Welfare Desk")))
        layout = QVBoxLayout(self)
        layout.addWidget(note(tr(N_(
            "Welfare Desk keeps your fund's members, dues, benefits and account book on "
            "this computer. Start a new fund's books, or open a database file you already "
            "have (from a backup or another computer)."))))
        self.create = QRadioButton(tr(N_("Start the books of a new fund")))
        self.open_existing = QRadioButton(tr(N_("Open an existing database file")))
        self.create.setChecked(True)
        # Opening a file ends the wizard here: Qt then shows Finish instead of Next.
        self.open_existing.toggled.connect(lambda _on: self.completeChanged.emit())
        layout.addWidget(self.create)
        layout.addWidget(self.open_existing)
        row = QHBoxLayout()
        self.path = QLineEdit(str(default_path))
        browse = QPushButton(tr(N_("Choose…")))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addWidget(note(tr(N_("Database file"))))
        layout.addLayout(row)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr(N_("Database file")), self.path.text(), "SQLite (*.sqlite *.db)",
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path.setText(chosen)

    def nextId(self) -> int:
        return -1 if self.open_existing.isChecked() else 1


class FundPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(N_("Your fund")))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("name", N_("Fund name *")), ("code", N_("Fund code (CODI) *")),
                           ("tambon", N_("Tambon *")), ("amphoe", N_("Amphoe *")),
                           ("province", N_("Province *")), ("bank", N_("Bank")),
                           ("account", N_("Bank account number"))):
            self.fields[key] = QLineEdit()
            self.fields[key].setObjectName(f"fund_{key}")
            form.addRow(tr(label), self.fields[key])
        self.villages = QPlainTextEdit()
        self.villages.setObjectName("fund_villages")
        self.villages.setPlaceholderText("1 บ้านหนองบัว\n2 บ้านโคกสูง")
        self.villages.setMaximumHeight(120)
        form.addRow(tr(N_("Villages (number and name, one a line) *")), self.villages)


class UserPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(N_("You, the treasurer")))
        form = QFormLayout(self)
        self.username = QLineEdit("treasurer")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.again = QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr(N_("User name (one word) *")), self.username)
        form.addRow(tr(N_("Your name *")), self.display_name)
        form.addRow(tr(N_("Password *")), self.password)
        form.addRow(tr(N_("Password again *")), self.again)
        form.addRow(note(tr(N_("Committee members and the auditor are added later in "
                               "Settings → Users."))))


class FirstRunWizard(QWizard):
    """Leaves ``self.db`` open on the chosen file when it finishes."""

    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setWindowTitle(tr(N_("Welfare Desk — first start")))
        self.db: Database | None = None
        self.start = StartPage(default_path)
        self.fund = FundPage()
        self.user = UserPage()
        for page in (self.start, self.fund, self.user):
            self.addPage(page)
        for which, text in ((QWizard.WizardButton.BackButton, N_("< Back")),
                            (QWizard.WizardButton.NextButton, N_("Next >")),
                            (QWizard.WizardButton.FinishButton, N_("Finish")),
                            (QWizard.WizardButton.CancelButton, N_("Cancel"))):
            self.setButtonText(which, tr(text))
        self.resize(760, 560)

    @property
    def path(self) -> Path:
        return Path(self.start.path.text().strip()).expanduser()

    def validateCurrentPage(self) -> bool:
        try:
            if self.currentPage() is self.start and self.start.open_existing.isChecked():
                self.db = Database.open(self.path)
            elif self.currentPage() is self.fund:
                self.new_fund()
            elif self.currentPage() is self.user:
                self._create()
        except Exception as exc:
            errors.show_error(self, exc)
            return False
        return True

    def new_fund(self) -> NewFund:
        f = {key: edit.text().strip() for key, edit in self.fund.fields.items()}
        bank = ((f["bank"], f["account"]),) if f["bank"] and f["account"] else ()
        return NewFund(name=f["name"], code=f["code"], tambon=f["tambon"], amphoe=f["amphoe"],
                       province=f["province"],
                       villages=parse_villages(self.fund.villages.toPlainText()),
                       bank_accounts=bank, first_user=self.user.username.text().strip(),
                       first_user_name=self.user.display_name.text().strip(),
                       first_user_password=self.user.password.text())

    def _create(self) -> None:
        check_new_password(self.user.password.text(), self.user.again.text())
        if not self.user.display_name.text().strip():
            raise UserError(N_("Fill in every field marked *"))
        new = self.new_fund()
        if self.path.exists():
            raise UserError(N_("{path} already exists; choose another file name or open it"),
                            path=str(self.path))
        db = Database.open(self.path, create=True)
        try:
            create_fund(db, new)
        except BaseException:
            db.close()
            for leftover in self.path.parent.glob(self.path.name + "*"):
                leftover.unlink()
            raise
        self.db = db
