"""Settings: the fund and its villages, dues plans, the regulation, users, language,
backups and "check my data" — one tab per topic.

Changing the fund's settings needs the "settings" permission (treasurer,
committee); the auditor sees every tab read-only but may still back up and
check the data, since neither changes the fund's books.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from welfare_desk.ledger.text import N_
from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.pages.settings_data import BackupTab, CheckTab
from welfare_desk.ui.pages.settings_fund import FundTab
from welfare_desk.ui.pages.settings_language import LanguageTab
from welfare_desk.ui.pages.settings_plans import PlansTab
from welfare_desk.ui.pages.settings_regulation import RegulationTab
from welfare_desk.ui.pages.settings_users import UsersTab
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import tr
from welfare_desk.ui.widgets.forms import note


class SettingsPage(Page):
    page_id = "settings"

    def __init__(self, session: Session) -> None:
        super().__init__(session, tr(N_("Settings")))
        if not session.can("settings"):
            self.layout_.addWidget(note(tr(N_(
                "You may look at the settings but not change them. Backing up and "
                "checking the data are open to everyone."))))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.fund = FundTab(session)
        self.plans = PlansTab(session)
        self.regulation = RegulationTab(session)
        self.users = UsersTab(session)
        self.language = LanguageTab(session)
        self.backup = BackupTab(session)
        self.check = CheckTab(session)
        tabs: tuple[tuple[QWidget, str], ...] = (
            (self.fund, N_("Fund and villages")), (self.plans, N_("Dues plans")),
            (self.regulation, N_("Benefit regulation")), (self.users, N_("Users")),
            (self.language, N_("Language")), (self.backup, N_("Backup")),
            (self.check, N_("Check my data")))
        for widget, label in tabs:
            self.tabs.addTab(widget, tr(label))
        self.layout_.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        for tab in (self.fund, self.plans, self.regulation, self.users):
            tab.refresh()
