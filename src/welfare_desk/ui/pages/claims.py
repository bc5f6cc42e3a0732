from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session


class ClaimsPage(Page):
    page_id = "claims"

    def __init__(self, session: Session) -> None:
        super().__init__(session, "claims")
