"""The main window: the list of pages on the left, the page on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from welfare_desk.ledger.text import N_
from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import tr, user_label
from welfare_desk.ui.translation import install_language
from welfare_desk.ui.widgets.windows import first_size


@dataclass(frozen=True)
class PageEntry:
    page_id: str
    label: str  # marked with N_, translated when shown
    make: Callable[[Session], Page]


def _page(module: str, name: str) -> Callable[[Session], Page]:
    """A page's class imported when the page is first shown: the window opens without
    the pages behind it (the zone page alone brings in reportlab and the crypto)."""
    def make(session: Session) -> Page:
        page_class = getattr(import_module(f"welfare_desk.ui.pages.{module}"), name)
        page: Page = page_class(session)
        return page
    return make


def page_entries() -> list[PageEntry]:
    return [
        PageEntry("home", N_("Home"), _page("home", "HomePage")),
        PageEntry("members", N_("Members"), _page("members", "MembersPage")),
        PageEntry("dues", N_("Dues"), _page("dues", "DuesPage")),
        PageEntry("claims", N_("Benefits"), _page("claims", "ClaimsPage")),
        PageEntry("books", N_("Account book"), _page("books", "BooksPage")),
        PageEntry("reports", N_("Reports"), _page("reports", "ReportsPage")),
        PageEntry("zone", N_("To the zone"), _page("zone", "ZonePage")),
        PageEntry("settings", N_("Settings"), _page("settings", "SettingsPage")),
    ]


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("main_window")
        self.setWindowTitle(tr(N_("Welfare Desk — {fund}"), fund=session.fund.name))
        self.page_entries = page_entries()
        self._pages: dict[str, Page] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(220)
        self.nav.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)  # F2 is "take dues"
        self.stack = QStackedWidget()
        for number, entry in enumerate(self.page_entries, 1):
            item = QListWidgetItem(f"{tr(entry.label)}\n    Ctrl+{number}")
            item.setData(Qt.ItemDataRole.UserRole, entry.page_id)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first shown
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      activated=lambda row=number - 1: self.nav.setCurrentRow(row))
        self.nav.currentRowChanged.connect(self._show_row)
        QShortcut(QKeySequence("F2"), self, activated=self.take_dues)
        session.language_chosen.connect(self.switch_language)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status_bar()
        self._restore()

    def _status_bar(self) -> None:
        user = self.session.user
        fund = self.session.fund
        who = QLabel(user_label(user.display_name, user.role))
        where = QLabel(f"{fund.name} · {self.session.db.path}")
        self.statusBar().addWidget(who)
        self.statusBar().addPermanentWidget(where)

    def _restore(self) -> None:
        geometry = self.session.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            first_size(self, maximize_on_small=True)
        ids = [e.page_id for e in self.page_entries]
        last = self.session.settings.last_page
        self.nav.setCurrentRow(ids.index(last) if last in ids else 0)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        entry = self.page_entries[row]
        page = self._pages.get(entry.page_id)
        if page is None:
            page = entry.make(self.session)
            self._pages[entry.page_id] = page
            old = self.stack.widget(row)
            # A page narrower or shorter than its content scrolls instead of
            # forcing the window past a small laptop's screen.
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setWidget(page)
            self.stack.insertWidget(row, holder)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.setCurrentIndex(row)
        self.session.settings.last_page = entry.page_id

    def current_page(self) -> Page | None:
        holder = self.stack.currentWidget()
        page = holder.widget() if isinstance(holder, QScrollArea) else None
        return page if isinstance(page, Page) else None

    def show_page(self, page_id: str) -> Page:
        ids = [e.page_id for e in self.page_entries]
        self.nav.setCurrentRow(ids.index(page_id))
        return self._pages[page_id]

    def take_dues(self) -> None:
        """F2 from anywhere: the dues quick entry, ready for a member number."""
        page = self.show_page("dues")
        quick = getattr(page, "quick", None)
        if quick is not None:
            page.tabs.setCurrentWidget(quick)  # type: ignore[attr-defined]
            quick.picker.reset()

    def switch_language(self, lang: str) -> None:
        """Every text comes from the translator when a window is built: build anew."""
        self.session.settings.language = lang
        install_language(lang)
        successor = MainWindow(self.session)
        successor.restoreGeometry(self.saveGeometry())
        successor.show()
        self.session.language_chosen.disconnect(self.switch_language)
        self.close()
        self.successor = successor

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.settings.geometry = self.saveGeometry()
        self.session.settings.sync()
        super().closeEvent(event)
