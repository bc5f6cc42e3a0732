from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session


class DuesPage(Page):
    page_id = "dues"

    def __init__(self, session: Session) -> None:
        super().__init__(session, "dues")
