"""The app driving itself, for screenshots and the launch benchmark.

``WELFARE_DESK_SCREENSHOTS=<folder>`` shows every page (and the main dialogs)
of the real window, saves each as a PNG from the screen, then quits.
``WELFARE_DESK_READY=<page>`` opens that page, waits until its data is on
screen, prints "ready <resident KB>" and quits (``make bench`` times it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from welfare_desk.ui import ops
from welfare_desk.ui.main_window import MainWindow
from welfare_desk.ui.text import language

SCREENSHOTS = "WELFARE_DESK_SCREENSHOTS"
READY = "WELFARE_DESK_READY"


def settle() -> None:
    for _ in range(5):
        ops.wait_for_background_work()
        QCoreApplication.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    settle()
    screen = widget.screen()
    picture = screen.grabWindow(widget.winId()) if screen else widget.grab()
    if picture.isNull():
        picture = widget.grab()
    picture.save(str(path))


def resident_kb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _dialog_shots(window: MainWindow) -> list[tuple[str, Callable[[], QWidget]]]:
    from welfare_desk.ui.dialogs.claim_file import FileClaimDialog
    from welfare_desk.ui.dialogs.member_form import MemberFormDialog
    from welfare_desk.ui.dialogs.member_page import MemberDialog

    session = window.session

    def member_page() -> QWidget:
        dialog = MemberDialog(session, 1, window)
        dialog.tabs.setCurrentIndex(1)
        return dialog

    return [("member-form", lambda: MemberFormDialog(session, window)),
            ("member-page", member_page),
            ("file-claim", lambda: FileClaimDialog(session, window)),
            *_zone_shots(window)]


def _zone_shots(window: MainWindow) -> list[tuple[str, Callable[[], QWidget]]]:
    """The zone page's dialogs: setting up, the fingerprint and sheets, the passphrase."""
    from welfare_desk.services.sync import sync_state
    from welfare_desk.sync.keys import fund_sync_dir
    from welfare_desk.ui.dialogs.passphrase import PassphraseDialog
    from welfare_desk.ui.dialogs.sync_keys import KeysReadyDialog
    from welfare_desk.ui.dialogs.sync_setup import SetupDialog
    from welfare_desk.ui.sync_paper import KeySheets, paper_folder, registration_of
    from welfare_desk.ui.text import tr

    db_path = window.session.db.path
    state = sync_state(window.session.db)
    key = registration_of(state)

    def setup() -> QWidget:
        dialog = SetupDialog(window, key is not None, db_path.parent)
        zone_pub = fund_sync_dir(db_path) / "zone.pub"
        if zone_pub.exists():
            dialog.set_zone_file(zone_pub)
        return dialog

    shots: list[tuple[str, Callable[[], QWidget]]] = [("sync-setup", setup)]
    if key is not None and state.config is not None:
        paper = paper_folder(db_path)
        sheets = KeySheets(paper / f"{key.code}-registration.pdf",
                           paper / f"{key.code}-recovery-key.pdf")  # shown, not written
        shots += [
            ("sync-keys", lambda: KeysReadyDialog(window, key, state.config.zone_name,
                                                  sheets, db_path, lambda _path: None)),
            ("sync-passphrase", lambda: PassphraseDialog(
                window, tr("Export a batch"),
                tr("The batch is signed with the fund's key: type its passphrase. It goes to "
                   "{folder}.", folder="E:\\"), tr("Export")))]
    return shots


def take_screenshots(window: MainWindow, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lang = language()
    for number, entry in enumerate(window.page_entries, 1):
        window.show_page(entry.page_id)
        grab(window, folder / f"{lang}-{number}-{entry.page_id}.png")
    for name, make in _dialog_shots(window):
        dialog = make()
        dialog.show()
        grab(dialog, folder / f"{lang}-dialog-{name}.png")
        dialog.close()
    QApplication.quit()


def report_ready(window: MainWindow, page_id: str) -> None:
    """Page "-" reports as soon as the window is up and its event loop runs."""
    if page_id != "-":
        window.show_page(page_id)
        settle()
    print(f"ready {resident_kb()}", flush=True)
    QApplication.quit()


def start_if_asked(window: MainWindow) -> None:
    folder = os.environ.get(SCREENSHOTS)
    page = os.environ.get(READY)
    if folder:
        QTimer.singleShot(300, lambda: take_screenshots(window, Path(folder)))
    elif page:
        QTimer.singleShot(0, lambda: report_ready(window, page))
    sys.stdout.flush()
