"""Small building blocks every dialog and page uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from welfare_desk.ledger.text import N_
from welfare_desk.ui.text import tr
from welfare_desk.ui.thai_wrap import wrappable


def button_box(ok_text: str, parent: QWidget | None = None) -> QDialogButtonBox:
    """OK/Cancel with our own texts (Qt ships no Thai for its buttons)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel, parent)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr(N_("Cancel")))
    return box


class FittingDialog(QDialog):
    """A dialog that grows to fit its text when shown.

    Its size is first worked out before the style sheet's fonts (the heading's,
    a fingerprint's big digits) apply, and wrapped Thai lines then need more
    height than was given: once shown, it takes the height its width needs.
    """

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("heading")
    label.setWordWrap(True)
    return label


class WrappingLabel(QLabel):
    """A label whose Thai text wraps between words on every platform."""

    def setText(self, text: str) -> None:
        super().setText(wrappable(text))


def note(text: str, parent: QWidget | None = None) -> QLabel:
    label = WrappingLabel(parent)
    label.setText(text)
    label.setWordWrap(True)
    label.setObjectName("note")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def line(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.HLine)
    frame.setFrameShadow(QFrame.Shadow.Sunken)
    return frame


def action_button(text: str, shortcut: str | None = None,
                  parent: QWidget | None = None) -> QPushButton:
    """A button whose shortcut is shown on it (keyboard-first)."""
    button = QPushButton(f"{text}  ({shortcut})" if shortcut else text, parent)
    if shortcut:
        button.setShortcut(shortcut)
    return button


def confirm(parent: QWidget | None, title: str, question: str, yes_text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.No).setText(tr(N_("Cancel")))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, message,
                      QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(tr(N_("OK")))
    box.exec()
