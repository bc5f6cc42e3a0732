from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session


class SettingsPage(Page):
    page_id = "settings"

    def __init__(self, session: Session) -> None:
        super().__init__(session, "settings")
