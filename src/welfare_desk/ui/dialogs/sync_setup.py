"""Setting up the batches for the zone: the zone's key file and the passphrase of
the fund's new signing key (typed twice). The work itself (setup_sync, the key
sheets) runs in the background from the zone page once this is accepted."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.sync.fund_sync import MIN_PASSPHRASE
from welfare_desk.sync.keys import ZonePublicKey, parse_zone_key
from welfare_desk.ui import ops
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets.forms import FittingDialog, action_button, button_box, heading, note


@dataclass(frozen=True)
class SetupRequest:
    zone_key_text: str
    passphrase: str
    new_key: bool


def read_key_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, UnicodeDecodeError):
        raise UserError(N_("{path} is not a key file"), path=str(path)) from None


def ask_zone_key_file(parent: QWidget, start: str) -> Path | None:
    """The zone's key file, or None if cancelled (tests replace this)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, tr(N_("The zone's key file")), start,
        tr(N_("Zone key files (*.pub);;All files (*)")))
    return Path(name) if name else None


class SetupDialog(FittingDialog):
    def __init__(self, parent: QWidget, configured: bool, start_folder: Path) -> None:
        super().__init__(parent)
        self.configured = configured
        self.start_folder = start_folder
        self.zone: ZonePublicKey | None = None
        self.zone_text = ""
        self.request: SetupRequest | None = None
        self.setObjectName("sync_setup_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr(N_("Set up sending to the zone")))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(N_("Set up sending to the zone"))))
        layout.addWidget(note(tr(N_(
            "The zone coordinator gives the fund the zone's key file (zone.pub), on a USB "
            "flash drive. Choose it, then choose a passphrase for the fund's signing key: it "
            "is asked for every time a batch is written. Keep the passphrase with the "
            "committee; without it no batch can be sent."))))
        layout.addLayout(self._zone_row())
        self.zone_info = note("")
        self.zone_info.setObjectName("zone_info")
        layout.addWidget(self.zone_info)
        layout.addLayout(self._passphrase_form())
        self.buttons = button_box(tr(N_("Set up")))
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _zone_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.zone_file = QLineEdit()
        self.zone_file.setObjectName("zone_key_file")
        self.zone_file.setReadOnly(True)
        self.zone_file.setPlaceholderText(tr(N_("the zone's key file (zone.pub)")))
        choose = action_button(tr(N_("Choose file…")))
        choose.setObjectName("choose_zone_key")
        choose.clicked.connect(self.choose_zone_file)
        row.addWidget(self.zone_file, 1)
        row.addWidget(choose)
        return row

    def _passphrase_form(self) -> QFormLayout:
        form = QFormLayout()
        self.new_key = QCheckBox(tr(N_("Make a new signing key and recovery key (the zone "
                                       "must register the new key)")))
        self.new_key.setObjectName("new_key")
        self.new_key.toggled.connect(self._show_passphrase_fields)
        if self.configured:
            form.addRow(self.new_key)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("new_passphrase")
        self.again = QLineEdit()
        self.again.setObjectName("new_passphrase_again")
        for edit in (self.passphrase, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = note("")
        form.addRow(self.passphrase_label, self.passphrase)
        self.again_label = note(tr(N_("The passphrase again")))
        form.addRow(self.again_label, self.again)
        self.hint = note(tr(N_("At least {n} characters. A short sentence is easy to "
                               "remember and hard to guess."), n=MIN_PASSPHRASE))
        form.addRow("", self.hint)
        self._show_passphrase_fields()
        return form

    def _wants_new_key(self) -> bool:
        return not self.configured or self.new_key.isChecked()

    def _show_passphrase_fields(self) -> None:
        new = self._wants_new_key()
        self.passphrase_label.setText(tr(N_("New key passphrase")) if new
                                      else tr(N_("The key's passphrase")))
        for widget in (self.again_label, self.again, self.hint):
            widget.setVisible(new)

    def choose_zone_file(self) -> None:
        path = ask_zone_key_file(self, str(self.start_folder))
        if path is not None:
            self.set_zone_file(path)

    def set_zone_file(self, path: Path) -> None:
        """Reads and checks the zone's key file; shows whose it is and its fingerprint."""
        def read() -> tuple[str, ZonePublicKey]:
            text = read_key_file(path)
            return text, parse_zone_key(text)

        found = ops.run_now(self, read)
        if found is None:
            return
        self.zone_text, self.zone = found
        self.zone_file.setText(str(path))
        self.zone_info.setText(tr(N_(
            "Zone: {zone}\nThe zone's key fingerprint: {fingerprint}\nThe zone coordinator "
            "can read it to you, to be sure the file is theirs."),
            zone=self.zone.name, fingerprint=self.zone.fingerprint.replace(" ", "\u00a0")))

    def _accept_if_complete(self) -> None:
        request = ops.run_now(self, self._request)
        if request is not None:
            self.request = request
            self.passphrase.clear()
            self.again.clear()
            self.accept()

    def _request(self) -> SetupRequest:
        if self.zone is None:
            raise UserError(N_("Choose the zone's key file (zone.pub) first"))
        passphrase, new = self.passphrase.text(), self._wants_new_key()
        if not passphrase:
            raise UserError(N_("Type the key passphrase"))
        if new and len(passphrase) < MIN_PASSPHRASE:
            raise UserError(N_("A passphrase has at least {n} characters"), n=MIN_PASSPHRASE)
        if new and self.again.text() != passphrase:
            raise UserError(N_("The two passphrases differ"))
        return SetupRequest(self.zone_text, passphrase, self.new_key.isChecked())
