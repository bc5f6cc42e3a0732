"""Dues: quick entry at the counter, a village's collection day, voiding a receipt."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from welfare_desk.ledger.text import N_
from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.pages.dues_collection import CollectionDayTab
from welfare_desk.ui.pages.dues_quick import QuickDuesTab
from welfare_desk.ui.pages.dues_void import VoidReceiptTab
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets.accounts import money_account_combo


class DuesPage(Page):
    page_id = "dues"

    def __init__(self, session: Session) -> None:
        super().__init__(session, tr(N_("Dues")))
        self.tabs = QTabWidget()
        self.quick = QuickDuesTab(session, money_account_combo(session))
        self.collection = CollectionDayTab(session, money_account_combo(session))
        self.void = VoidReceiptTab(session)
        self.tabs.addTab(self.quick, tr(N_("Take dues (F2)")))
        self.tabs.addTab(self.collection, tr(N_("Collection day")))
        self.tabs.addTab(self.void, tr(N_("Void a receipt")))
        self.layout_.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.collection.refresh_villages()
        if self.tabs.currentWidget() is self.quick:
            self.quick.picker.edit.setFocus()


