"""Choosing where money went or came from: cash first, then each bank account."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from welfare_desk.ledger.accounts import is_money_account
from welfare_desk.ui.session import Session


def money_account_combo(session: Session, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    with session.db.read() as repos:
        accounts = [a for a in repos.funds.accounts(repos.fund_id()) if is_money_account(a)]
    for account in accounts:
        combo.addItem(f"{account.code} {account.name_th}", account.code)
    return combo
