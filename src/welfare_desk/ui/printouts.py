"""Paper from the screens: the PDF goes into paper/ beside the fund's database and
opens in the computer's PDF viewer, to look at and print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from welfare_desk.i18n.catalog import get_translator
from welfare_desk.ledger.text import N_
from welfare_desk.printing.cards import write_cards
from welfare_desk.printing.receipts import write_receipts
from welfare_desk.printing.statement import write_statement
from welfare_desk.printing.voucher import write_voucher
from welfare_desk.services.paper import cards_for_paper, receipts_for_paper, voucher_for_paper
from welfare_desk.services.reports.members import member_statement
from welfare_desk.ui import ops
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import language, tr


def paper_path(session: Session, name: str) -> Path:
    folder = session.db.path.parent / "paper"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}-{datetime.now():%Y%m%d-%H%M%S}.pdf"


def open_pdf(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _make(parent: QWidget, write: Callable[[], Path], opener: Callable[[Path], None]) -> None:
    ops.run_in_background(parent, tr(N_("Preparing the paper…")), write, opener)


def print_receipt(parent: QWidget, session: Session, book: int, number: int,
                  reprint: bool = False, opener: Callable[[Path], None] = open_pdf) -> None:
    db, t = session.db, get_translator(language())

    def write() -> Path:
        fund, papers = receipts_for_paper(db, [(book, number)])
        path = paper_path(session, f"receipt-{book}-{number:03d}")
        write_receipts(path, fund, papers, t, reprint=reprint)
        return path

    _make(parent, write, opener)


def print_cards(parent: QWidget, session: Session, member_nos: list[int] | None,
                opener: Callable[[Path], None] = open_pdf) -> None:
    """Cards for these members, or (None) for every active member."""
    db, t = session.db, get_translator(language())

    def write() -> Path:
        fund, cards = cards_for_paper(db, member_nos)
        path = paper_path(session, "cards")
        write_cards(path, fund, cards, t)
        return path

    _make(parent, write, opener)


def print_voucher(parent: QWidget, session: Session, voucher_no: str,
                  opener: Callable[[Path], None] = open_pdf) -> None:
    db, t = session.db, get_translator(language())

    def write() -> Path:
        fund, paper = voucher_for_paper(db, voucher_no)
        path = paper_path(session, f"voucher-{voucher_no.replace('/', '-')}")
        write_voucher(path, fund, paper, t)
        return path

    _make(parent, write, opener)


def print_statement(parent: QWidget, session: Session, member_no: int, first: date,
                    opener: Callable[[Path], None] = open_pdf) -> None:
    db, t, fund = session.db, get_translator(language()), session.fund

    def write() -> Path:
        path = paper_path(session, f"statement-{member_no}")
        write_statement(path, fund, member_statement(db, member_no, first, date.today()), t)
        return path

    _make(parent, write, opener)
