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
    """Lets background work finish and its results reach the screen."""
    ops.wait_for_background_work()
    for _ in range(3):
        QCoreApplication.processEvents()
