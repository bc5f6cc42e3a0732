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
from welfare_desk.printing.claim_form import write_claim_form
from welfare_desk.printing.codi import write_arrears, write_codi_status, write_year_end
from welfare_desk.printing.monthly import write_monthly
from welfare_desk.printing.receipts import write_receipts
from welfare_desk.printing.statement import write_statement
from welfare_desk.printing.voucher import write_voucher
from welfare_desk.services.paper import (
    cards_for_paper,
    claim_for_paper,
    receipts_for_paper,
    voucher_for_paper,
)
from welfare_desk.services.reports.codi import codi_status, monthly_report
from welfare_desk.services.reports.members import arrears_list, member_statement
from welfare_desk.ui import ops
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import day, language, tr


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


def print_monthly(parent: QWidget, session: Session, year: int, month: int,
                  opener: Callable[[Path], None] = open_pdf) -> None:
    db, t, fund = session.db, get_translator(language()), session.fund

    def write() -> Path:
        path = paper_path(session, f"monthly-{year}-{month:02d}")
        write_monthly(path, fund, monthly_report(db, year, month), t)
        return path

    _make(parent, write, opener)


def print_fiscal_year(parent: QWidget, session: Session, fiscal_year: int, year_end: bool,
                      opener: Callable[[Path], None] = open_pdf) -> None:
    """CODI's status form, or (``year_end``) the pack for the general assembly."""
    db, t, fund = session.db, get_translator(language()), session.fund

    def write() -> Path:
        status = codi_status(db, fiscal_year)
        with db.read() as repos:
            fund_id = repos.fund_id()
            villages = {v.moo: v.name for v in repos.funds.villages(fund_id)}
            moves = repos.reports.member_movements(fund_id, status.first, status.last)
        path = paper_path(session, f"{'year-end' if year_end else 'codi'}-{fiscal_year}")
        if year_end:
            write_year_end(path, fund, status, moves, t)
        else:
            write_codi_status(path, fund, status, villages, t)
        return path

    _make(parent, write, opener)


def print_arrears(parent: QWidget, session: Session, as_of: date,
                  opener: Callable[[Path], None] = open_pdf) -> None:
    db, t, fund = session.db, get_translator(language()), session.fund

    def write() -> Path:
        path = paper_path(session, "arrears")
        write_arrears(path, fund, arrears_list(db, as_of), day(as_of, "long"), t)
        return path

    _make(parent, write, opener)


def print_claim_form(parent: QWidget, session: Session, claim_no: str,
                     opener: Callable[[Path], None] = open_pdf) -> None:
    db, t = session.db, get_translator(language())

    def write() -> Path:
        fund, paper = claim_for_paper(db, claim_no)
        path = paper_path(session, f"claim-{claim_no}")
        write_claim_form(path, fund, paper, t)
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
