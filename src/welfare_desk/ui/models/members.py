"""The member table's model: every member in memory as light rows, filtered per
keystroke, handed to the view 200 rows at a time (no widget per member)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt

from welfare_desk.ledger.members import STATUS_NAMES, Category, MemberStatus
from welfare_desk.ledger.text import N_
from welfare_desk.ledger.thai_id import mask_national_id
from welfare_desk.services.members import MemberListRow
from welfare_desk.ui.models.rows import Index, LazyTableModel
from welfare_desk.ui.text import day, tr

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
COLUMNS = (N_("No."), N_("Name"), N_("Village"), N_("Status"), N_("National ID"),
           N_("Plan"), N_("Joined"))


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    status: MemberStatus | None = None
    village_no: int | None = None
    category: Category | None = None
    in_arrears_only: bool = False
    arrears: frozenset[int] = field(default_factory=frozenset)  # member numbers

    def matches(self, row: MemberListRow, needle: str, digits: str) -> bool:
        if self.status is not None and row.status != self.status:
            return False
        if self.village_no is not None and row.village_no != self.village_no:
            return False
        if self.category is not None and self.category not in row.categories:
            return False
        if self.in_arrears_only and row.member_no not in self.arrears:
            return False
        if not needle:
            return True
        if digits:
            return (str(row.member_no).startswith(digits)
                    or (len(digits) >= 4 and row.national_id is not None
                        and digits in row.national_id))
        return needle in row.search_text


def search_terms(text: str) -> tuple[str, str]:
    """(name fragment, digits) from what was typed: "๑๒-3" is digits "123"."""
    needle = text.strip().translate(THAI_DIGITS).casefold()
    digits = needle.replace("-", "").replace(" ", "")
    return needle, digits if digits.isdigit() else ""


class MembersModel(LazyTableModel):
    rows: list[MemberListRow]

    def __init__(self) -> None:
        super().__init__([tr(c) for c in COLUMNS])
        self.all_rows: list[MemberListRow] = []
        self.rows = []
        self.filter = MemberFilter()
        self._status_names = {s: tr(name) for s, name in STATUS_NAMES.items()}
        self.plan_names: dict[str, str] = {}  # code -> the fund's name for the plan

    def set_rows(self, rows: list[MemberListRow]) -> None:
        self.all_rows = rows
        self.apply(self.filter)

    def apply(self, member_filter: MemberFilter) -> None:
        self.beginResetModel()
        self.filter = member_filter
        needle, digits = search_terms(member_filter.text)
        self._reset_rows([r for r in self.all_rows if member_filter.matches(r, needle, digits)])
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.member_no
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, row: MemberListRow, column: int) -> str:
        match column:
            case 0:
                return str(row.member_no)
            case 1:
                return row.name
            case 2:
                return str(row.village_no)
            case 3:
                return self._status_names[row.status]
            case 4:
                return mask_national_id(row.national_id) if row.national_id else ""
            case 5:  # "รายเดือน", not M30 (E22)
                return self.plan_names.get(row.plan_code, row.plan_code)
            case _:
                return day(row.joined_on)

    def member_no_at(self, row: int) -> int | None:
        return self.rows[row].member_no if 0 <= row < len(self.rows) else None
