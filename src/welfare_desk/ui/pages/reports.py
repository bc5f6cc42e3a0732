from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session


class ReportsPage(Page):
    page_id = "reports"

    def __init__(self, session: Session) -> None:
        super().__init__(session, "reports")
