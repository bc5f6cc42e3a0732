"""Finding a member by typing: a number, a Thai name fragment or ID digits.

Enter on an exact member number, or on a single match, picks at once; with
several matches the list below takes the arrow keys and Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from welfare_desk.ledger.members import STATUS_NAMES, MemberRecord
from welfare_desk.ledger.text import N_
from welfare_desk.services.members import search_members
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import tr

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
SHOWN = 12


class MemberPicker(QWidget):
    picked = Signal(object)  # MemberRecord

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.member: MemberRecord | None = None
        self._found: list[MemberRecord] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("member_picker")
        self.edit.setPlaceholderText(tr(N_("Member no., name or ID digits, then Enter")))
        self.edit.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("member_matches")
        self.matches.setMaximumHeight(180)
        self.matches.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.matches)
        self.edit.textEdited.connect(self._search)
        self.edit.installEventFilter(self)
        self.matches.itemActivated.connect(lambda item: self._pick_row(self.matches.row(item)))

    def _search(self, text: str) -> None:
        self.member = None
        self._found = search_members(self.session.db, text, SHOWN) if text.strip() else []
        self.matches.clear()
        for m in self._found:
            self.matches.addItem(QListWidgetItem(
                f"{m.member_no}  {m.full_name}  ({tr(N_('Moo {moo}'), moo=m.village_no)}, "
                f"{tr(STATUS_NAMES[m.status])})"))
        self.matches.setVisible(bool(self._found))
        if self._found:
            self.matches.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._found:
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(len(self._found) - 1, self.matches.currentRow() + step))
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def choose(self) -> None:
        """Enter: the exact member number, else the highlighted match."""
        text = self.edit.text().strip().translate(THAI_DIGITS)
        exact = [i for i, m in enumerate(self._found) if text.isdigit()
                 and m.member_no == int(text)]
        if exact:
            self._pick_row(exact[0])
        elif self._found:
            self._pick_row(max(self.matches.currentRow(), 0))

    def _pick_row(self, row: int) -> None:
        self.member = self._found[row]
        self.matches.hide()
        self.edit.setText(f"{self.member.member_no} {self.member.full_name}")
        self.picked.emit(self.member)

    def reset(self) -> None:
        self.member = None
        self._found = []
        self.edit.clear()
        self.matches.hide()
        self.edit.setFocus()
