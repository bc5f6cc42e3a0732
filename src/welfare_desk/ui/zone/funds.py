"""The zone's funds: their keys and batches; importing a flash drive's batches,
registering a fund's key file and confirming it by the fingerprint read out,
revoking a key (a fund's computer lost or stolen), and passing the accepted
batches up to the province."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.db.repos.zone import FundKey
from welfare_desk.ledger.text import N_
from welfare_desk.services.zone import revoke_fund_key
from welfare_desk.services.zone_report import KEY_STATUS_NAMES, FundStatus, ZoneStatus, zone_status
from welfare_desk.sync.crypto import fingerprint as key_fingerprint
from welfare_desk.sync.zone_sync import (
    ImportReport,
    confirm_fund,
    forward_batches,
    import_batches,
    register_fund,
    write_fund_ack,
)
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.sync_keys import ask_folder
from welfare_desk.ui.dialogs.sync_setup import read_key_file
from welfare_desk.ui.models.rows import RowsModel, selected_key, table_view
from welfare_desk.ui.text import count, tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.forms import action_button, note
from welfare_desk.ui.zone.confirm import ConfirmFundDialog
from welfare_desk.ui.zone.outcomes import outcome_rows
from welfare_desk.ui.zone.session import ZoneSession

Unlock = Callable[[Callable[[], None]], object]
WARN_COLOR, BAD_COLOR = QColor("#b26a00"), QColor("#c62828")
UNCONFIRMED, REVOKED = KEY_STATUS_NAMES["unconfirmed"], KEY_STATUS_NAMES["revoked"]


def ask_fund_key_file(parent: QWidget, start: Path | None) -> Path | None:
    """A fund's key file, or None if cancelled (tests replace this)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, tr(N_("The fund's key file")), str(start or Path.home()),
        tr(N_("Fund key files (*.fund-key);;All files (*)")))
    return Path(name) if name else None


class FundsTab(QWidget):
    def __init__(self, zone: ZoneSession, unlock: Unlock) -> None:
        super().__init__()
        self.zone, self.unlock = zone, unlock
        self.status: ZoneStatus | None = None
        self.reports: list[ImportReport] = []
        self.confirm_dialog: ConfirmFundDialog | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        self.funds_model = RowsModel([tr(h) for h in (
            N_("Code"), N_("Fund"), N_("Key id"), N_("Key status"), N_("Events"),
            N_("Held (waiting for missing events)"), N_("Quarantined"))],
            right_aligned=[4, 5, 6])
        self.funds = table_view(self.funds_model, stretch_column=1)
        self.funds.setObjectName("zone_funds")
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.funds)
        results = QWidget()
        below = QVBoxLayout(results)
        below.setContentsMargins(0, 0, 0, 0)
        self.results_title = QLabel(tr(N_("Batches of the last import")))
        below.addWidget(self.results_title)
        self.results_model = RowsModel([tr(h) for h in (
            N_("Batch"), N_("Fund"), N_("Events"), N_("Result"), N_("Reason"))])
        self.results = table_view(self.results_model, stretch_column=4)
        self.results.setObjectName("zone_results")
        self.results.setWordWrap(True)
        below.addWidget(self.results, 1)
        split.addWidget(results)
        split.setSizes([1, 1])
        layout.addWidget(split, 1)
        self.acks = note(tr(N_("Nothing imported yet.")))
        self.acks.setObjectName("zone_acks")
        layout.addWidget(self.acks)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, shortcut, name, slot in (
                (N_("Import batches…"), "Ctrl+I", "import_batches", self.import_),
                (N_("Register a fund…"), "Ctrl+R", "register_fund", self.register),
                (N_("Confirm a fund's key…"), "Ctrl+F", "confirm_fund", self.confirm),
                (N_("Revoke a key…"), "Ctrl+K", "revoke_key", self.revoke),
                (N_("Pass up…"), "Ctrl+U", "forward_batches", self.forward)):
            button = action_button(tr(text), shortcut)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- the funds ------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.zone.store
        ops.run_in_background(self, tr(N_("Reading…")), lambda: zone_status(store),
                              self.show_status, blocking=False)

    def show_status(self, status: ZoneStatus) -> None:
        self.status = status
        rows, colors = [], {}
        for n, f in enumerate(status.funds):
            rows.append((f.code, f.name, f.key_id, tr(f.key_status), count(f.head_seq),
                         count(f.held), count(f.quarantined)))
            if f.quarantined:
                colors[n] = BAD_COLOR
            elif f.key_status == UNCONFIRMED or f.held:
                colors[n] = WARN_COLOR
        self.funds_model.set_rows(rows, [f.code for f in status.funds], colors)

    # --- batches in -----------------------------------------------------------------

    def import_(self) -> None:
        folder = ask_folder(self, tr(N_("A batch folder, or the whole flash drive")),
                            self.zone.settings.stick_folder)
        if folder is not None:
            self.zone.settings.stick_folder = folder
            self.unlock(lambda: self.import_from(folder))

    def import_from(self, folder: Path) -> None:
        zone, keys = self.zone, self.zone.keys
        assert keys is not None
        ops.run_in_background(
            self, tr(N_("Checking and importing the batches…")),
            lambda: import_batches(zone.store, keys, zone.home, [folder]),
            lambda done: self.show_results(*done))

    def show_results(self, reports: list[ImportReport], acks: list[Path]) -> None:
        self.reports = reports
        rows, colors = outcome_rows(reports)
        self.results_model.set_rows(rows, [r.path for r in reports],
                                    {n: BAD_COLOR if c == "bad" else WARN_COLOR
                                     for n, c in colors.items()})
        self.results.resizeRowsToContents()
        if not reports:
            self.acks.setText(tr(N_("No batch folder was found there")))
        elif acks:
            self.acks.setText("\n".join(tr(N_("ACK written: {path}"), path=str(p))
                                        for p in acks))
        else:
            self.acks.setText(tr(N_("No acknowledgement was written: no batch was taken.")))
        self.zone.saved()

    # --- keys -----------------------------------------------------------------------

    def register(self) -> None:
        path = ask_fund_key_file(self, self.zone.settings.stick_folder)
        if path is not None:
            self.register_file(path)

    def register_file(self, path: Path) -> FundKey | None:
        store = self.zone.store
        key = ops.run_now(self, lambda: register_fund(store, read_key_file(path)))
        if key is None:
            return None
        self.zone.saved()
        self.confirm(key.fund_code, key.fund_name, tr(N_(
            "Fund {code} ({name}) registered with key {key}. Call the fund: its treasurer "
            "reads the key fingerprint from the screen or the registration sheet. Type the "
            "digits you hear; until they match, the fund's batches are kept aside."),
            code=key.fund_code, name=key.fund_name, key=key.key_id))
        return key

    def confirm(self, code: str | None = None, name: str = "", message: str | None = None
                ) -> None:
        """Asks for the digits heard; ``code`` (just registered) is the fund chosen."""
        funds = self.status.funds if self.status is not None else ()
        choices = [(f.code, f.name, f.key_status == UNCONFIRMED) for f in funds]
        if code is not None and code not in [c for c, _, _ in choices]:
            choices.append((code, name, True))
        self.confirm_dialog = ConfirmFundDialog(self, choices, code, message)
        dialog = self.confirm_dialog
        dialog.accepted.connect(lambda: self.unlock(
            lambda: self.confirm_key(dialog.fund_code(), dialog.digits())))
        dialog.open()

    def confirm_key(self, code: str, digits: str) -> None:
        zone, keys = self.zone, self.zone.keys
        assert keys is not None

        def work() -> tuple[FundKey, list[ImportReport], list[Path]]:
            key, reports = confirm_fund(zone.store, keys, zone.home, code, digits)
            acks = ([write_fund_ack(zone.store, keys, key.fund_id, zone.acks_folder)]
                    if reports else [])
            return key, reports, acks

        ops.run_in_background(self, tr(N_("Confirming the key…")), work, self._confirmed)

    def _confirmed(self, done: tuple[FundKey, list[ImportReport], list[Path]]) -> None:
        key, reports, acks = done
        self.show_results(reports, acks)
        self.acks.setText("\n".join([
            tr(N_("Key {key} of fund {code} is confirmed."), key=key.key_id, code=key.fund_code),
            tr(N_("Fingerprint: {fingerprint}"), fingerprint=key_fingerprint(key.public_key)),
            *(tr(N_("ACK for fund {code}: {path}"), code=key.fund_code, path=str(p))
              for p in acks)]))

    # --- a lost key; the province -----------------------------------------------------

    def selected_fund(self) -> FundStatus | None:
        code = selected_key(self.funds)
        funds = self.status.funds if self.status is not None else ()
        return next((f for f in funds if f.code == code), None)

    def revoke(self) -> None:
        fund = self.selected_fund()
        if fund is None or fund.key_status == REVOKED:
            forms.inform(self, tr(N_("Revoke the fund's key")), tr(N_(
                "Choose the fund in the table first: a fund whose key is not yet revoked.")))
            return
        question = tr(N_(
            "Revoke key {key} of fund {code} ({name})? From now on every batch signed with "
            "it is refused. Do this when the fund's computer or key is lost or stolen; the "
            "fund then sets up a new key and you register and confirm it. What the zone "
            "already holds stays."), key=fund.key_id, code=fund.code, name=fund.name)
        if not forms.confirm(self, tr(N_("Revoke the fund's key")), question,
                             tr(N_("Revoke the key"))):
            return
        store = self.zone.store
        if ops.run_now(self, lambda: revoke_fund_key(store, fund.code, fund.key_id)):
            self.acks.setText(tr(N_("Key {key} of fund {code} is revoked: batches signed "
                                    "with it are refused."), key=fund.key_id, code=fund.code))
            self.zone.saved()

    def forward(self) -> None:
        folder = ask_folder(self, tr(N_("A folder or flash drive for the province")),
                            self.zone.settings.stick_folder)
        if folder is None:
            return
        store, home = self.zone.store, self.zone.home
        ops.run_in_background(
            self, tr(N_("Copying the batches…")),
            lambda: forward_batches(store, home, folder),
            lambda done: self.acks.setText(tr(N_(
                "{batches} batches and {keys} fund keys are in {folder}, unchanged, for "
                "the province."), batches=count(done[0]), keys=count(done[1]),
                folder=str(folder))))
