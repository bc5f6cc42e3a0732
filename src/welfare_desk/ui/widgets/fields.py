"""Input fields that check as the user types: dates in the Buddhist Era, baht,
national IDs. Each shows a red frame and the reason in its tooltip while the
text is wrong, and ``value()`` raises the same UserError the services would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from welfare_desk.i18n.dates import format_date, parse_date
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.money import format_baht, parse_baht, parse_positive_baht
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import format_national_id, normalize_national_id
from welfare_desk.ui.errors import user_message
from welfare_desk.ui.text import tr

T = TypeVar("T")
_BAD_STYLE = "QLineEdit { border: 2px solid #c62828; background: #fff3f3; }"


class CheckedEdit(QLineEdit, Generic[T]):
    """A line edit with a parser; ``validity_changed`` tells forms to (un)lock Save."""

    validity_changed = Signal(bool)

    def __init__(self, parse: Callable[[str], T], *, required: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parse = parse
        self._required = required
        self._valid = not required
        self.textChanged.connect(self._recheck)

    def problem(self) -> str | None:
        text = self.text().strip()
        if not text:
            return tr(N_("Needed")) if self._required else None
        try:
            self._parse(text)
        except UserError as exc:
            return user_message(exc)
        return None

    def _recheck(self) -> None:
        problem = self.problem()
        # An empty required field is not shown in red until the form is submitted.
        shown = problem if self.text().strip() else None
        self.setStyleSheet(_BAD_STYLE if shown else "")
        self.setToolTip(shown or "")
        valid = problem is None
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def is_valid(self) -> bool:
        return self.problem() is None

    def value(self) -> T | None:
        """The parsed value (None when empty and optional); raises UserError if wrong."""
        text = self.text().strip()
        if not text:
            if self._required:
                self.setStyleSheet(_BAD_STYLE)
                raise UserError(N_("Fill in every field marked *"))
            return None
        return self._parse(text)


class DateEdit(CheckedEdit[date]):
    """Shows dd/mm/พ.ศ. and accepts what people write: 1/10/2568, 1 ต.ค. 68 is refused
    (two-digit year), 1 ตุลาคม 2568, ๑/๑๐/๒๕๖๘, 2025-10-01."""

    def __init__(self, initial: date | None = None, *, required: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parse_date, required=required, parent=parent)
        self.setPlaceholderText(tr(N_("dd/mm/yyyy")))  # labels say B.E.
        self.setMaximumWidth(160)
        self.editingFinished.connect(self._tidy)
        if initial is not None:
            self.set_date(initial)

    def set_date(self, d: date | None) -> None:
        self.setText(format_date(d, "numeric", "th") if d else "")

    def _tidy(self) -> None:
        if self.text().strip() and self.is_valid():
            self.set_date(parse_date(self.text()))


class MoneyEdit(CheckedEdit[int]):
    """Baht as people type them ("1,234.50", "๑๒๐"); the value is int satang."""

    def __init__(self, *, positive: bool = True, required: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parse_positive_baht if positive else parse_baht,
                         required=required, parent=parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.setMaximumWidth(160)
        self.editingFinished.connect(self._tidy)

    def set_amount(self, satang: int | None) -> None:
        self.setText(format_baht(satang) if satang is not None else "")

    def _tidy(self) -> None:
        if self.text().strip() and self.is_valid():
            self.set_amount(self._parse(self.text()))


class NationalIdEdit(CheckedEdit[str]):
    """13 digits with the check digit verified as soon as the 13th is typed."""

    def __init__(self, *, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(normalize_national_id, required=required, parent=parent)
        self.setPlaceholderText("x-xxxx-xxxxx-xx-x")
        # Room for the whole number (or its placeholder) in any font, and no more.
        room = self.fontMetrics().horizontalAdvance("0-0000-00000-00-0 ") + 24
        self.setMinimumWidth(room)
        self.setMaximumWidth(max(room, 200))
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        if self.text().strip() and self.is_valid():
            self.setText(format_national_id(normalize_national_id(self.text())))
