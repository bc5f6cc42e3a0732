"""Every string the screens show goes through here (and so through Qt's translator).

``tr("English {name}", name=...)`` looks the text up with
``QCoreApplication.translate`` in our one catalog (context "core"), fills the
placeholders, and translates placeholder values that are themselves marked
words (a status, a role) as the CLI does. The formatting helpers put dates in
the Buddhist Era and amounts Thai style in the chosen language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from welfare_desk.i18n.catalog import DEFAULT_CONTEXT
from welfare_desk.i18n.dates import format_date, format_month
from welfare_desk.i18n.numbers import format_amount, format_count
from welfare_desk.ledger.fund import ROLE_NAMES, Role, is_role_word
from welfare_desk.ledger.text import N_

_state = {"lang": "th"}


def set_language(lang: str) -> None:
    _state["lang"] = lang


def language() -> str:
    return _state["lang"]


def tr(text: str, /, **params: Any) -> str:
    translated = QCoreApplication.translate(DEFAULT_CONTEXT, text)
    if not params:
        return translated
    values = {k: (QCoreApplication.translate(DEFAULT_CONTEXT, v) if isinstance(v, str) else v)
              for k, v in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return text.format(**values)


def user_label(display_name: str, role: Role) -> str:
    """"สมศรี ใจดี (เหรัญญิก)"; a display name that is only the role word is shown once
    ("เหรัญญิก", not "เหรัญญิก (เหรัญญิก)")."""
    if is_role_word(display_name, {ROLE_NAMES[role], tr(ROLE_NAMES[role])}):
        return display_name
    return tr(N_("{name} ({role})"), name=display_name, role=ROLE_NAMES[role])


def day(d: date | None, style: str = "short") -> str:
    return format_date(d, style, language()) if d else ""


def month(year: int, month_no: int) -> str:
    return format_month(year, month_no, language())


def baht(satang: int) -> str:
    return format_amount(satang, language())


def count(n: int) -> str:
    return format_count(n, language())
