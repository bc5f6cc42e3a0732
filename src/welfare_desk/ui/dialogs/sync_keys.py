"""After setting up: the fund's key fingerprint in big digits to read over the phone,
the key file and registration sheet for the zone, and the recovery key sheet to
print, seal and delete (the recovery key is shown this once and kept nowhere)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from welfare_desk.ledger.text import N_
from welfare_desk.sync.keys import FundPublicKey
from welfare_desk.ui import ops
from welfare_desk.ui.sync_paper import KeySheets, big_digits, copy_key_file
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.forms import FittingDialog, action_button, heading, line, note

FINGERPRINT_STYLE = "font-size: 26pt; font-weight: bold; color: #1b3a57;"
WARNING_STYLE = "color: #8a1c1c; font-weight: bold;"


def fingerprint_label(fingerprint: str) -> QLabel:
    label = QLabel(big_digits(fingerprint))
    label.setObjectName("fingerprint")
    label.setStyleSheet(FINGERPRINT_STYLE)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def ask_folder(parent: QWidget, title: str, start: Path | None) -> Path | None:
    """A folder (a USB flash drive), or None if cancelled (tests replace this)."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
    return Path(chosen) if chosen else None


class KeysReadyDialog(FittingDialog):
    def __init__(self, parent: QWidget, key: FundPublicKey, zone_name: str, sheets: KeySheets,
                 db_path: Path, opener: Callable[[Path], None]) -> None:
        super().__init__(parent)
        self.key, self.sheets, self.db_path, self.opener = key, sheets, db_path, opener
        self.setObjectName("sync_keys_dialog")
        self.setWindowTitle(tr(N_("The fund's key")))
        self.setMinimumWidth(820)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(N_("Ready to send to zone {zone}"), zone=zone_name)))
        layout.addWidget(QLabel(tr(N_("The fund's key fingerprint"))))
        layout.addWidget(fingerprint_label(key.fingerprint))
        layout.addWidget(note(tr(N_(
            "Read these digits to the zone coordinator over the phone. The zone confirms the "
            "fund's key only when the digits the coordinator types are the same."))))
        layout.addWidget(line())
        self._key_file_step(layout)
        self._registration_step(layout)
        if sheets.recovery is not None:
            self._recovery_step(layout, sheets.recovery)
        done = action_button(tr(N_("Done")))
        done.setObjectName("keys_done")
        done.clicked.connect(self.reject)
        done.setDefault(True)  # Enter closes; the other buttons are not "default" either
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(done)
        layout.addLayout(row)

    def _step(self, layout: QVBoxLayout, text: str, *buttons: tuple[str, str, Callable[[], None]]
              ) -> QLabel:
        """The step's text across the dialog, its buttons under it on the right."""
        label = note(text)
        layout.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        for title, name, slot in buttons:
            button = action_button(title)
            button.setAutoDefault(False)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        return label

    def _key_file_step(self, layout: QVBoxLayout) -> None:
        self._step(layout, tr(N_("1. Give the zone the fund's key file {file} (it holds no "
                                 "secret)."), file=f"{self.key.code}.fund-key"),
                   (tr(N_("Save it to a flash drive…")), "save_key_file", self.save_key_file))

    def _registration_step(self, layout: QVBoxLayout) -> None:
        self._step(layout, tr(N_("2. Print the registration sheet, sign it with the chair and "
                                 "give it to the zone with the key file.")),
                   (tr(N_("Open the registration sheet")), "open_registration",
                    lambda: self.opener(self.sheets.registration)))

    def _recovery_step(self, layout: QVBoxLayout, path: Path) -> None:
        label = self._step(
            layout, tr(N_("3. Print the recovery key sheet now, seal it in an envelope with "
                          "two committee members, then delete the file: the recovery key is "
                          "kept nowhere else, and anyone with it can read the fund's "
                          "batches.")),
            (tr(N_("Open the recovery key sheet")), "open_recovery",
             lambda: self.opener(path)),
            (tr(N_("Delete the file")), "delete_recovery", self.delete_recovery))
        label.setStyleSheet(WARNING_STYLE)
        self.recovery_note = label

    def save_key_file(self) -> None:
        folder = ask_folder(self, tr(N_("Where to save the fund's key file")), None)
        if folder is None:
            return
        saved = ops.run_now(self, lambda: copy_key_file(self.db_path, self.key.code, folder))
        if saved is not None:
            forms.inform(self, tr(N_("The fund's key")),
                         tr(N_("Saved to {path}"), path=str(saved)))

    def recovery_file_left(self) -> bool:
        return self.sheets.recovery is not None and self.sheets.recovery.exists()

    def delete_recovery(self, leaving: bool = False) -> None:
        path = self.sheets.recovery
        if path is None or not path.exists():
            return
        question = tr(N_("Delete {file}? Only if the sheet is printed: the recovery key "
                         "cannot be shown again."), file=path.name)
        if leaving:
            question = (tr(N_("The recovery key sheet is still a file on this computer."))
                        + "\n" + question)
        if forms.confirm(self, tr(N_("Recovery key")), question, tr(N_("Delete the file"))):
            ops.run_now(self, path.unlink)
            if not path.exists():
                self.recovery_note.setText(tr(N_("3. The recovery key file was deleted. Keep "
                                                 "the sealed sheet in a safe place.")))

    def reject(self) -> None:
        """Escape, the window's close button and Done all come here."""
        if self.recovery_file_left():
            self.delete_recovery(leaving=True)
        super().reject()
