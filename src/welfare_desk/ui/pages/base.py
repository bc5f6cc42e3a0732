"""What every page of the main window has: a title, a refresh, the session."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from welfare_desk.ui.session import Session
from welfare_desk.ui.widgets.forms import heading


class Page(QWidget):
    """A page reloads its data when shown after the fund changed, not before."""

    page_id = "page"

    def __init__(self, session: Session, title: str) -> None:
        super().__init__()
        self.session = session
        self.setObjectName(f"page_{self.page_id}")
        self._stale = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(heading(title, self))
        session.changed.connect(self._mark_stale)

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Reads the page's data again (pages override)."""
