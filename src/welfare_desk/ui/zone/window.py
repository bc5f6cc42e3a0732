"""The zone coordinator's window: the funds and their batches, and the zone report.

The zone's keys are unlocked once a session with their passphrase (opening the
sealed age key costs a couple of seconds by design, so it runs in the
background); registering a key and the report need no key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from welfare_desk.ledger.text import N_
from welfare_desk.services.zone import zone_profile
from welfare_desk.sync.zone_sync import ZoneKeys, unlock_zone
from welfare_desk.ui import ops
from welfare_desk.ui.dialogs.passphrase import PassphraseDialog, ask_passphrase
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets.forms import heading, note
from welfare_desk.ui.widgets.windows import first_size
from welfare_desk.ui.zone.funds import FundsTab
from welfare_desk.ui.zone.report import ReportTab
from welfare_desk.ui.zone.session import ZoneSession


class ZoneWindow(QMainWindow):
    def __init__(self, zone: ZoneSession) -> None:
        super().__init__()
        self.zone = zone
        self.zone_name = zone_profile(zone.store).name
        self.setObjectName("zone_window")
        self.setWindowTitle(tr(N_("Welfare Desk — {fund}"), fund=self.zone_name))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(heading(self.zone_name))
        layout.addWidget(note(tr(N_(
            "Import the batches the funds bring on their flash drives; the acknowledgement "
            "for each fund is written beside its batch, to take back. A batch is taken only "
            "when it is whole, signed by the fund's confirmed key and continues what the "
            "zone holds."))))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("zone_tabs")
        self.funds = FundsTab(zone, self.unlock)
        self.report = ReportTab(zone)
        self.tabs.addTab(self.funds, tr(N_("Funds and batches")) + "  (Ctrl+1)")
        self.tabs.addTab(self.report, tr(N_("Zone report")) + "  (Ctrl+2)")
        for n in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self,
                      lambda i=n: self.tabs.setCurrentIndex(i))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.keys_state = QLabel("")
        self.statusBar().addWidget(self.keys_state)
        self.statusBar().addPermanentWidget(QLabel(zone.store.label))
        self._show_keys_state()
        zone.changed.connect(self.funds.refresh)
        self.funds.refresh()
        first_size(self)

    def _show_keys_state(self) -> None:
        self.keys_state.setText(tr(N_("The zone's keys are unlocked")) if self.zone.keys
                                else tr(N_("The zone's keys are locked")))

    def unlock(self, then: Callable[[], None] | None = None) -> PassphraseDialog | None:
        """Runs ``then`` with the zone's keys unlocked, asking for the passphrase once."""
        if self.zone.keys is not None:
            if then is not None:
                then()
            return None
        return ask_passphrase(
            self, tr(N_("Unlock the zone's keys")),
            tr(N_("Type the passphrase of the zone's keys. They stay unlocked until this "
                  "window is closed.")),
            tr(N_("Unlock")), lambda passphrase: self._unlock_with(passphrase, then))

    def _unlock_with(self, passphrase: str, then: Callable[[], None] | None) -> None:
        home = self.zone.home

        def unlocked(keys: ZoneKeys) -> None:
            self.zone.keys = keys
            self._show_keys_state()
            if then is not None:
                then()

        ops.run_in_background(self, tr(N_("Unlocking the zone's keys…")),
                              lambda: unlock_zone(home, passphrase), unlocked)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.zone.keys is not None:
            self.zone.keys.signer.close()
            self.zone.keys = None
        super().closeEvent(event)
