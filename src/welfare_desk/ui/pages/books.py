from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session


class BooksPage(Page):
    page_id = "books"

    def __init__(self, session: Session) -> None:
        super().__init__(session, "books")
