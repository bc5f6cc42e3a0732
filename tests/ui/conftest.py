"""Desktop tests: offscreen Qt, a session on the test fund, dialogs recorded not shown.

Modal message boxes would block a test, so ``dialogs`` replaces the three
functions every page uses to talk to the user (show_error, confirm, inform)
with recorders; tests assert on what was said.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from welfare_desk.db.database import Database
from welfare_desk.ledger.errors import UserError
from welfare_desk.services.funds import authenticate
from welfare_desk.ui import errors, ops
from welfare_desk.ui.session import AppSettings, Session
from welfare_desk.ui.widgets import forms


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["welfare-desk-tests"]


@pytest.fixture(scope="session")
def thai_look(qapp: QApplication) -> None:
    """The bundled font, our style and Thai, set once for the whole run."""
    from welfare_desk.ui.resources import set_up_look
    from welfare_desk.ui.translation import install_language

    set_up_look(qapp)
    install_language("th")


@pytest.fixture(autouse=True)
def thai_ui(thai_look: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every UI test runs in Thai with its own settings file."""
    monkeypatch.setenv("WELFARE_DESK_CONFIG", str(tmp_path / "settings.ini"))
    yield
    ops.wait_for_background_work()
    QCoreApplication.processEvents()


@dataclass
class Dialogs:
    errors: list[BaseException] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    answer: bool = True

    def user_errors(self) -> list[str]:
        return [errors.user_message(e) for e in self.errors if isinstance(e, UserError)]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    said = Dialogs()

    def show_error(parent: QWidget | None, exc: BaseException) -> None:
        said.errors.append(exc)

    def confirm(parent: QWidget | None, title: str, question: str, yes_text: str) -> bool:
        said.asked.append(question)
        return said.answer

    def inform(parent: QWidget | None, title: str, message: str) -> None:
        said.informed.append(message)

    monkeypatch.setattr(errors, "show_error", show_error)
    monkeypatch.setattr(forms, "confirm", confirm)
    monkeypatch.setattr(forms, "inform", inform)
    return said


def make_session(db: Database, username: str, tmp_path: Path) -> Session:
    return Session(db, authenticate(db, username, None), AppSettings(tmp_path / "app.ini"))


@pytest.fixture
def session(db: Database, tmp_path: Path) -> Session:
    return make_session(db, "treasurer", tmp_path)


@pytest.fixture
def session_as(db: Database, tmp_path: Path) -> Callable[[str], Session]:
    return lambda username: make_session(db, username, tmp_path)


def type_text(widget: QWidget, text: str) -> None:
    """Types any text, Thai included (QTest.keyClicks is ASCII-only and aborts on Thai)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def settle() -> None:
    """Lets background work finish and its results reach the screen (work that a
    result starts, such as an import after unlocking the keys, too)."""
    for _ in range(5):
        ops.wait_for_background_work()
        for _ in range(3):
            QCoreApplication.processEvents()
        if not ops._running:
            break


# --- a zone for the sync screens ---------------------------------------------------
# Sealing and opening the zone's age key costs seconds by design: the zone is made
# and unlocked once for the run and copied for each test (tests/sync does the same).

ZONE_PASSPHRASE = "zone-passphrase-1"
FUND_PASSPHRASE = "fund-passphrase-1"


@pytest.fixture(scope="session")
def zone_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from welfare_desk.db.zone_store import ZoneStore
    from welfare_desk.sync import zone_sync
    from welfare_desk.sync.keys import zone_dir

    folder = tmp_path_factory.mktemp("ui-zone")
    with ZoneStore.open(str(folder / "zone.sqlite"), create=True) as store:
        zone_sync.init_zone(store, zone_dir(folder / "zone.sqlite"), "โซนลำพูนทดสอบ",
                            ZONE_PASSPHRASE)
    return folder


@pytest.fixture(scope="session")
def zone_keys(zone_template: Path) -> object:
    from welfare_desk.sync import zone_sync
    from welfare_desk.sync.keys import zone_dir

    return zone_sync.unlock_zone(zone_dir(zone_template / "zone.sqlite"), ZONE_PASSPHRASE)


@pytest.fixture
def zone(tmp_path: Path, zone_template: Path, zone_keys: object) -> Iterator[object]:
    from tests.sync.conftest import open_zone_copy

    copy = open_zone_copy(zone_template, tmp_path / "zone", zone_keys)  # type: ignore[arg-type]
    yield copy
    copy.store.close()


@pytest.fixture
def zone_pub(zone_template: Path) -> Path:
    from welfare_desk.sync.keys import zone_dir

    return zone_dir(zone_template / "zone.sqlite") / "zone.pub"
