"""The zone's window driving itself for ``make screenshots``: the unlock dialog, the
funds, an import of the flash drive named by WELFARE_DESK_TOUR_STICK, the confirm
dialog and the zone report, each saved as a PNG (see ui/tour.py)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from welfare_desk.ui.text import language
from welfare_desk.ui.tour import SCREENSHOTS, grab, settle
from welfare_desk.ui.zone.window import ZoneWindow

STICK = "WELFARE_DESK_TOUR_STICK"
PASSPHRASE = "WELFARE_DESK_PASSPHRASE"


def take_screenshots(window: ZoneWindow, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{language()}-zone"
    dialog = window.unlock()
    if dialog is not None:
        grab(dialog, folder / f"{name}-1-unlock.png")
        dialog.passphrase.setText(os.environ.get(PASSPHRASE, ""))
        dialog.buttons.accepted.emit()
    settle()
    grab(window, folder / f"{name}-2-funds.png")
    stick = os.environ.get(STICK)
    if stick and window.zone.keys is not None:
        window.funds.import_from(Path(stick))
        settle()
        grab(window, folder / f"{name}-3-import.png")
    window.funds.confirm()
    confirm = window.funds.confirm_dialog
    if confirm is not None:
        confirm.fingerprint.setText("12345 67890 1234")
        grab(confirm, folder / f"{name}-4-confirm.png")
        confirm.reject()
    window.tabs.setCurrentWidget(window.report)
    window.report.show_report()
    settle()
    grab(window, folder / f"{name}-5-report.png")
    QApplication.quit()


def start_if_asked(window: ZoneWindow) -> bool:
    folder = os.environ.get(SCREENSHOTS)
    if not folder:
        return False
    QTimer.singleShot(300, lambda: take_screenshots(window, Path(folder)))
    return True
