"""Sending data to the zone (ส่งข้อมูลให้โซน): set up the fund's key, write a batch
to a USB flash drive, take the zone's acknowledgement (ใบตอบรับ).

The treasurer and the committee may do all of it; the auditor sees the state
read-only. Every action calls sync/ (the same functions as ``welfare-desk
sync``); the slow ones (new keys, signing) run in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QWidget

from welfare_desk.ledger.text import N_
from welfare_desk.services.sync import SyncState, sync_state
from welfare_desk.sync.ack import AckFile
from welfare_desk.sync.fund_sync import (
    ExportResult,
    SetupResult,
    export_batch,
    setup_sync,
    take_ack,
)
from welfare_desk.sync.keys import FundPublicKey
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.passphrase import ask_passphrase
from welfare_desk.ui.dialogs.sync_keys import KeysReadyDialog, ask_folder, fingerprint_label
from welfare_desk.ui.dialogs.sync_setup import SetupDialog
from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.printouts import open_pdf
from welfare_desk.ui.session import Session
from welfare_desk.ui.sync_paper import KeySheets, big_digits, registration_of, write_key_sheets
from welfare_desk.ui.text import count, day, tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.forms import action_button, note


def ask_ack_file(parent: QWidget, start: Path | None) -> Path | None:
    """The zone's .ack file, or None if cancelled (tests replace this)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, tr(N_("The zone's acknowledgement")), str(start or Path.home()),
        tr(N_("Acknowledgements (*.ack)")))
    return Path(name) if name else None


def local_day(stamp: str) -> date:
    return datetime.fromisoformat(stamp).astimezone().date()


class ZonePage(Page):
    page_id = "zone"

    def __init__(self, session: Session, opener: Callable[[Path], None] = open_pdf) -> None:
        super().__init__(session, tr(N_("Send data to the zone")))
        self.opener = opener
        self.state: SyncState | None = None
        self.keys_dialog: KeysReadyDialog | None = None
        self.intro = note("")
        self.intro.setObjectName("zone_intro")
        self.layout_.addWidget(self.intro)
        start = QHBoxLayout()  # before sync is set up, the one thing to do
        self.start_button = self._button(start, N_("Set up sending to the zone…"), None,
                                         "start_setup", self.setup)
        start.addStretch(1)
        self.layout_.addLayout(start)
        self.status_box = self._status_box()
        self.layout_.addWidget(self.status_box)
        self.buttons_row = QWidget()
        self.buttons_row.setLayout(self._buttons())
        self.buttons_row.layout().setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.buttons_row)
        self.result = note("")
        self.result.setObjectName("zone_result")
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)

    def _status_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("tile")
        form = QFormLayout(box)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("zone", N_("Zone")), ("key", N_("The fund's signing key")),
                           ("events", N_("Events")), ("batch", N_("Last batch")),
                           ("ack", N_("Last acknowledgement"))):
            value = QLabel("")
            value.setObjectName(f"zone_{key}")
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(QLabel(tr(label)), value)
        self.fingerprint_caption = QLabel(tr(N_("Key fingerprint")))
        self.fingerprint = fingerprint_label("")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.fingerprint_caption, self.fingerprint)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = self._button(row, N_("Export a batch…"), "Ctrl+E", "export_batch",
                                          self.export)
        self.ack_button = self._button(row, N_("Take an acknowledgement…"), "Ctrl+R",
                                       "take_ack", self.take_ack)
        row.addStretch(1)
        self.print_button = self._button(row, N_("Print the registration sheet"), None,
                                         "print_registration", self.print_registration)
        self.setup_button = self._button(row, N_("Set up…"), None, "setup_sync", self.setup)
        return row

    @staticmethod
    def _button(row: QHBoxLayout, text: str, shortcut: str | None, name: str,
                slot: Callable[[], None]) -> QWidget:
        button = action_button(tr(text), shortcut)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # --- the state ------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.session.db
        ops.run_in_background(self, tr(N_("Reading…")), lambda: sync_state(db), self.show_state,
                              blocking=False)

    def show_state(self, state: SyncState) -> None:
        self.state = state
        config = state.config
        writer, setter = self.session.can("write"), self.session.can("settings")
        self.intro.setText(self._intro_text(state))
        self.export_button.setEnabled(writer and config is not None)
        self.ack_button.setEnabled(writer and config is not None)
        self.setup_button.setEnabled(setter)
        self.start_button.setEnabled(setter)
        self.print_button.setEnabled(config is not None)
        self.start_button.setVisible(config is None)
        for part in (self.status_box, self.buttons_row):
            part.setVisible(config is not None)
        if config is None:
            return
        key = registration_of(state)
        assert key is not None
        self.fingerprint.setText(big_digits(key.fingerprint))
        f = self.fields
        f["zone"].setText(config.zone_name)
        f["key"].setText(config.key_id)
        f["events"].setText(tr(N_("{head} in all; the zone acknowledged {acked}; "
                                  "{waiting} waiting to be sent"),
                               head=count(state.head_seq), acked=count(state.acked_seq),
                               waiting=count(state.unacknowledged)))
        batch = state.last_export
        f["batch"].setText(tr(N_("{name} on {date}"), name=batch.name,
                              date=day(local_day(batch.exported_at), "long"))
                           if batch else tr(N_("never sent")))
        ack = state.last_ack
        f["ack"].setText(tr(N_("the zone holds events up to {seq} (issued {date})"),
                            seq=count(ack.seq), date=day(local_day(ack.issued_at), "long"))
                         if ack else tr(N_("none yet")))

    def _intro_text(self, state: SyncState) -> str:
        if state.config is None:
            text = tr(N_("The fund does not send its data to a zone yet. Set it up with the "
                         "zone's key file (zone.pub) from the zone coordinator."))
        else:
            text = tr(N_("Once a month, or as the zone asks: export a batch to a USB flash "
                         "drive and take it to the zone coordinator; the zone's "
                         "acknowledgement comes back on the drive."))
        if not self.session.can("write"):
            text += " " + tr(N_("You may look at this page; the treasurer or the committee "
                                "sends the batches."))
        return text

    # --- setting up -----------------------------------------------------------------

    def setup(self) -> None:
        configured = self.state is not None and self.state.config is not None
        start = self.session.settings.stick_folder or self.session.db.path.parent
        dialog = SetupDialog(self, configured, start)
        dialog.accepted.connect(lambda: self._set_up(dialog))
        dialog.open()

    def _set_up(self, dialog: SetupDialog) -> None:
        request, dialog.request = dialog.request, None  # the passphrase is not kept
        if request is None:
            return
        db, user = self.session.db, self.session.user

        def work() -> tuple[SetupResult, KeySheets]:
            result = setup_sync(db, user, request.zone_key_text, request.passphrase,
                                request.new_key)
            return result, write_key_sheets(db.path, result.registration, result.zone.name,
                                            result.recovery)

        ops.run_in_background(self, tr(N_("Making the fund's keys…")), work, self._keys_made)

    def _keys_made(self, made: tuple[SetupResult, KeySheets]) -> None:
        result, sheets = made
        self.session.saved()
        self.show_keys(result.registration, result.zone.name, sheets)

    def show_keys(self, key: FundPublicKey, zone_name: str, sheets: KeySheets
                  ) -> KeysReadyDialog:
        self.keys_dialog = KeysReadyDialog(self, key, zone_name, sheets, self.session.db.path,
                                           self.opener)
        self.keys_dialog.open()
        return self.keys_dialog

    def print_registration(self) -> None:
        state = self.state
        key = registration_of(state) if state is not None else None
        if state is None or state.config is None or key is None:
            return
        db_path, zone = self.session.db.path, state.config.zone_name
        ops.run_in_background(self, tr(N_("Preparing the paper…")),
                              lambda: write_key_sheets(db_path, key, zone, None),
                              lambda sheets: self.opener(sheets.registration))

    # --- batches and acknowledgements -----------------------------------------------

    def export(self) -> None:
        if not self.export_button.isEnabled():
            return
        folder = ask_folder(self, tr(N_("The USB flash drive for the batch")),
                            self.session.settings.stick_folder)
        if folder is None:
            return
        self.session.settings.stick_folder = folder
        ask_passphrase(self, tr(N_("Export a batch")),
                       tr(N_("The batch is signed with the fund's key: type its passphrase. "
                             "It goes to {folder}."), folder=str(folder)),
                       tr(N_("Export")), lambda passphrase: self.export_to(folder, passphrase))

    def export_to(self, folder: Path, passphrase: str) -> None:
        db, user = self.session.db, self.session.user
        ops.run_in_background(self, tr(N_("Writing and checking the batch…")),
                              lambda: export_batch(db, user, folder, passphrase), self._exported)

    def _exported(self, result: ExportResult) -> None:
        if result.folder is None or result.manifest is None:
            message = tr(N_("Nothing new: the zone has acknowledged every event."))
        else:
            m = result.manifest
            message = tr(
                N_("Batch {name}: events {first}-{last} ({count}), written and checked. The "
                   "stick can be removed."), name=result.folder.name, first=m.seq_from,
                last=m.seq_to, count=m.event_count)
            self.session.saved()
        self.result.setText(message)
        forms.inform(self, tr(N_("Export a batch")), message)

    def take_ack(self) -> None:
        if not self.ack_button.isEnabled():
            return
        path = ask_ack_file(self, self.session.settings.stick_folder)
        if path is None:
            return
        self.take_ack_from(path)

    def take_ack_from(self, path: Path) -> None:
        db, user = self.session.db, self.session.user
        taken = ops.run_now(self, lambda: take_ack(db, user, path))
        if taken is None:
            return
        ack, changed = taken
        message = ack_message(ack, changed)
        if changed:
            self.session.saved()
        self.result.setText(message)
        forms.inform(self, tr(N_("The zone's acknowledgement")), message)


def ack_message(ack: AckFile, changed: bool) -> str:
    """What the zone holds, waits for and set aside, as the CLI says it."""
    lines = [tr(N_("The zone {zone} holds this fund's events up to number {seq}."),
                  zone=ack.zone_name, seq=ack.seq) if changed else
             tr(N_("Nothing new in this acknowledgement (the zone holds events up to {seq})."),
                  seq=ack.seq)]
    if ack.held:
        lines.append(tr(N_("The zone holds batches waiting for missing events: {ranges}"),
                          ranges=ack.held))
    if ack.quarantined:
        lines.append(tr(N_("The zone set batches aside: {ranges}; call the zone "
                             "coordinator."), ranges=ack.quarantined))
    return "\n".join(lines)
