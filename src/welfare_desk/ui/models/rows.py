"""A read-only table of already formatted rows, handed to the view in batches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

FETCH_BATCH = 200
Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """A table over ``self.rows`` that gives the view FETCH_BATCH rows at a time."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self.headers = list(headers)
        self.rows: Sequence[object] = []
        self.shown = 0

    def _reset_rows(self, rows: Sequence[object]) -> None:
        """Call between beginResetModel and endResetModel."""
        self.rows = rows
        self.shown = min(FETCH_BATCH, len(rows))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.shown < len(self.rows)

    def fetchMore(self, parent: Index) -> None:
        more = min(FETCH_BATCH, len(self.rows) - self.shown)
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class RowsModel(LazyTableModel):
    """Rows of strings; ``keys`` holds what each row stands for (a number, an id)."""

    rows: list[Sequence[str]]

    def __init__(self, headers: Sequence[str], right_aligned: Sequence[int] = ()) -> None:
        super().__init__(headers)
        self.right_aligned = frozenset(right_aligned)
        self.rows = []
        self.keys: list[object] = []
        self.colors: dict[int, QColor] = {}

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[object] | None = None,
                 colors: dict[int, QColor] | None = None) -> None:
        self.beginResetModel()
        self._reset_rows(list(rows))
        self.keys = list(keys) if keys is not None else [None] * len(self.rows)
        self.colors = colors or {}
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.colors:
            return self.colors[index.row()]
        return None

    def key_at(self, row: int) -> object:
        return self.keys[row] if 0 <= row < len(self.keys) else None


def table_view(model: QAbstractTableModel, stretch_column: int | None = None,
               parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def selected_key(view: QTableView) -> object:
    index = view.currentIndex()
    model = view.model()
    if not index.isValid() or not isinstance(model, RowsModel):
        return None
    return model.key_at(index.row())
