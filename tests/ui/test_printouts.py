"""Paper from the screens: the right PDF is written and handed to the viewer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.conftest import add_member
from tests.ui.conftest import Dialogs, settle
from welfare_desk.services.dues import take_dues
from welfare_desk.ui import printouts
from welfare_desk.ui.session import Session


def test_receipt_cards_and_statement_from_the_screens(qtbot, session: Session, treasurer,
                                                      dialogs: Dialogs, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    opened: list[Path] = []
    add_member(session.db, treasurer, "สมศรี")
    take_dues(session.db, treasurer, 1, 3000, date.today())
    parent = QWidget()
    qtbot.addWidget(parent)
    printouts.print_receipt(parent, session, 1, 1, opener=opened.append)
    printouts.print_cards(parent, session, [1], opener=opened.append)
    printouts.print_statement(parent, session, 1, date(2023, 1, 5), opener=opened.append)
    settle()
    assert dialogs.errors == []
    assert sorted(p.name.split("-")[0] for p in opened) == ["cards", "receipt", "statement"]
    assert all(p.read_bytes().startswith(b"%PDF") and p.parent.name == "paper" for p in opened)


def test_monthly_codi_year_end_arrears_and_claim_form_from_the_screens(
        qtbot, session: Session, treasurer, dialogs: Dialogs) -> None:
    from PySide6.QtWidgets import QWidget

    opened: list[Path] = []
    add_member(session.db, treasurer, "สมศรี")
    take_dues(session.db, treasurer, 1, 3000, date.today())
    parent = QWidget()
    qtbot.addWidget(parent)
    today = date.today()
    printouts.print_monthly(parent, session, today.year, today.month, opener=opened.append)
    printouts.print_fiscal_year(parent, session, 2025, year_end=False, opener=opened.append)
    printouts.print_fiscal_year(parent, session, 2025, year_end=True, opener=opened.append)
    printouts.print_arrears(parent, session, today, opener=opened.append)
    settle()
    assert dialogs.errors == []
    assert sorted(p.name.split("-")[0] for p in opened) == ["arrears", "codi", "monthly", "year"]
    printouts.print_claim_form(parent, session, "C0000-0000", opener=opened.append)
    settle()
    assert dialogs.user_errors() and "C0000-0000" in dialogs.user_errors()[0]
