"""Choosing a report's period: a day, two days, a month or a fiscal year.

Years are typed in the Buddhist Era (as the date fields are); ``value()``
raises UserError for a period that cannot be (the end before the start).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from welfare_desk.i18n.dates import BE_OFFSET, ENGLISH_MONTHS, THAI_MONTHS
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.periods import fiscal_year_bounds, fiscal_year_of, month_bounds
from welfare_desk.ledger.text import N_
from welfare_desk.ui.text import day, language, tr
from welfare_desk.ui.widgets.fields import DateEdit

MIN_YEAR_BE = 2500
MAX_YEAR_BE = 2700


class PeriodKind(Enum):
    AS_OF = "as_of"
    RANGE = "range"
    MONTH = "month"
    FISCAL_YEAR = "fiscal_year"


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    first: date  # the as-of day for AS_OF
    last: date
    fiscal_year: int | None = None  # Gregorian year the fiscal year ends in

    def text(self) -> str:
        """The period in words, B.E. in Thai: shown under the report's title."""
        if self.kind is PeriodKind.AS_OF:
            return tr(N_("As of {date}"), date=day(self.last, "long"))
        if self.kind is PeriodKind.MONTH:
            return tr(N_("Month of {month}"), month=month_name(self.first.year, self.first.month))
        if self.kind is PeriodKind.FISCAL_YEAR and self.fiscal_year is not None:
            return tr(N_("Fiscal year {year} ({first} to {last})"),
                      year=self.fiscal_year + BE_OFFSET, first=day(self.first, "long"),
                      last=day(self.last, "long"))
        return tr(N_("{first} to {last}"), first=day(self.first, "long"),
                  last=day(self.last, "long"))

    def file_part(self) -> str:
        """For a file name: 2569-03 for a month, 2569 for a fiscal year ..."""
        be = self.last.year + BE_OFFSET
        if self.kind is PeriodKind.MONTH:
            return f"{be}-{self.last.month:02d}"
        if self.kind is PeriodKind.FISCAL_YEAR and self.fiscal_year is not None:
            return str(self.fiscal_year + BE_OFFSET)
        if self.kind is PeriodKind.AS_OF:
            return f"{be}-{self.last.month:02d}-{self.last.day:02d}"
        start = self.first.year + BE_OFFSET
        return (f"{start}-{self.first.month:02d}-{self.first.day:02d}_"
                f"{be}-{self.last.month:02d}-{self.last.day:02d}")


def month_name(year: int, month: int) -> str:
    """"มีนาคม 2569" in Thai, "March 2026" in English."""
    if language() == "th":
        return f"{THAI_MONTHS[month - 1]} {year + BE_OFFSET}"
    return f"{ENGLISH_MONTHS[month - 1]} {year}"


def _year_box(value_be: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(MIN_YEAR_BE, MAX_YEAR_BE)
    box.setValue(value_be)
    box.setMinimumWidth(90)
    return box


class PeriodChooser(QWidget):
    """One row of fields; only those the chosen report needs are shown."""

    def __init__(self, fiscal_year_start: tuple[int, int], today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = fiscal_year_start
        self.today = today or date.today()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.as_of_label = QLabel(tr(N_("As of")))
        self.as_of = DateEdit(self.today)
        self.as_of.setObjectName("report_as_of")
        self.from_label = QLabel(tr(N_("From date")))
        self.first = DateEdit(self.today.replace(day=1))
        self.first.setObjectName("report_first")
        self.to_label = QLabel(tr(N_("to date")))
        self.last = DateEdit(self.today)
        self.last.setObjectName("report_last")
        self.quick = QComboBox()
        self.quick.setObjectName("report_quick")
        self.quick.addItem(tr(N_("Quick choice…")), None)
        for key, label in (("month", N_("This month")), ("last_month", N_("Last month")),
                           ("year", N_("This fiscal year")),
                           ("last_year", N_("Last fiscal year"))):
            self.quick.addItem(tr(label), key)
        self.quick.activated.connect(self._quick_chosen)
        self.month_label = QLabel(tr(N_("Month")))
        self.month = QComboBox()
        self.month.setObjectName("report_month")
        for number in range(1, 13):
            names = THAI_MONTHS if language() == "th" else ENGLISH_MONTHS
            self.month.addItem(names[number - 1], number)
        self.month.setCurrentIndex(self.today.month - 1)
        self.year_label = QLabel(tr(N_("Year (B.E.)")))
        self.year = _year_box(self.today.year + BE_OFFSET)
        self.year.setObjectName("report_year")
        self.fy_label = QLabel(tr(N_("Fiscal year (B.E.)")))
        self.fiscal_year = _year_box(fiscal_year_of(self.today, self.start) + BE_OFFSET)
        self.fiscal_year.setObjectName("report_fiscal_year")
        self.fy_bounds = QLabel("")
        self.fy_bounds.setObjectName("note")
        self.fiscal_year.valueChanged.connect(lambda _v: self._show_fy_bounds())
        self._show_fy_bounds()
        self.groups: dict[PeriodKind, tuple[QWidget, ...]] = {
            PeriodKind.AS_OF: (self.as_of_label, self.as_of),
            PeriodKind.RANGE: (self.from_label, self.first, self.to_label, self.last,
                               self.quick),
            PeriodKind.MONTH: (self.month_label, self.month, self.year_label, self.year),
            PeriodKind.FISCAL_YEAR: (self.fy_label, self.fiscal_year, self.fy_bounds),
        }
        for widgets in self.groups.values():
            for widget in widgets:
                row.addWidget(widget)
        for edit in (self.as_of, self.first, self.last):
            edit.setMinimumWidth(140)
        self.kind = PeriodKind.AS_OF
        self.set_kind(PeriodKind.AS_OF)

    def set_kind(self, kind: PeriodKind) -> None:
        self.kind = kind
        for group, widgets in self.groups.items():
            for widget in widgets:
                widget.setVisible(group is kind)

    def fields(self) -> tuple[QWidget, ...]:
        """The fields shown now, in tab order."""
        return tuple(w for w in self.groups[self.kind] if not isinstance(w, QLabel))

    def _show_fy_bounds(self) -> None:
        first, last = fiscal_year_bounds(self.fiscal_year.value() - BE_OFFSET, self.start)
        self.fy_bounds.setText(tr(N_("{first} to {last}"), first=day(first), last=day(last)))

    def _quick_chosen(self, _index: int) -> None:
        key = self.quick.currentData()
        this_fy = fiscal_year_of(self.today, self.start)
        if key == "month":
            first, last = month_bounds(self.today.year, self.today.month)
        elif key == "last_month":
            end_of_last = self.today.replace(day=1) - timedelta(days=1)
            first, last = month_bounds(end_of_last.year, end_of_last.month)
        elif key == "year":
            first, last = fiscal_year_bounds(this_fy, self.start)
        elif key == "last_year":
            first, last = fiscal_year_bounds(this_fy - 1, self.start)
        else:
            return
        self.first.set_date(first)
        self.last.set_date(last)
        self.quick.setCurrentIndex(0)

    def set_range(self, first: date, last: date) -> None:
        self.first.set_date(first)
        self.last.set_date(last)

    def value(self) -> Period:
        """The period asked for; UserError (and nothing else happens) if it cannot be."""
        if self.kind is PeriodKind.AS_OF:
            as_of = self.as_of.value()
            assert as_of is not None
            return Period(PeriodKind.AS_OF, as_of, as_of)
        if self.kind is PeriodKind.RANGE:
            first, last = self.first.value(), self.last.value()
            assert first is not None and last is not None
            if last < first:
                raise UserError(N_("The period ends ({last}) before it starts ({first})"),
                                first=day(first), last=day(last))
            return Period(PeriodKind.RANGE, first, last)
        if self.kind is PeriodKind.MONTH:
            first, last = month_bounds(self.year.value() - BE_OFFSET, self.month.currentData())
            return Period(PeriodKind.MONTH, first, last)
        fiscal_year = self.fiscal_year.value() - BE_OFFSET
        first, last = fiscal_year_bounds(fiscal_year, self.start)
        return Period(PeriodKind.FISCAL_YEAR, first, last, fiscal_year)
