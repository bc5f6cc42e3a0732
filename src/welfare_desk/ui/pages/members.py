"""Members: the whole register with search as you type and filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
)

from welfare_desk.ledger.members import CATEGORY_NAMES, STATUS_NAMES
from welfare_desk.ledger.text import N_
from welfare_desk.services.members import MemberListRow, member_list
from welfare_desk.services.reports.members import arrears_list
from welfare_desk.ui import ops
from welfare_desk.ui.models.members import MemberFilter, MembersModel
from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import count, tr
from welfare_desk.ui.widgets.forms import action_button


class MembersPage(Page):
    page_id = "members"

    def __init__(self, session: Session) -> None:
        super().__init__(session, tr(N_("Members")))
        self.model = MembersModel()
        self._arrears: frozenset[int] | None = None
        self._build_filters()
        self.table = QTableView()
        self.table.setObjectName("member_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.layout_.addWidget(self.table, 1)
        self._build_buttons()
        # Search runs on every keystroke; the timer only merges keys typed together.
        self._search_timer = QTimer(self, singleShot=True, interval=30)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

    def _build_filters(self) -> None:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setPlaceholderText(tr(N_("Search: name, member no. or ID digits (Ctrl+F)")))
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        self.status = QComboBox()
        self.status.addItem(tr(N_("All statuses")), None)
        for status, name in STATUS_NAMES.items():
            self.status.addItem(tr(name), status)
        self.village = QComboBox()
        self.category = QComboBox()
        self.category.addItem(tr(N_("All groups")), None)
        for category, name in CATEGORY_NAMES.items():
            self.category.addItem(tr(name), category)
        self.arrears_only = QCheckBox(tr(N_("In arrears only")))
        for combo in (self.status, self.village, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.arrears_only.toggled.connect(self._arrears_toggled)
        row.addWidget(self.search, 3)
        for widget in (self.status, self.village, self.category, self.arrears_only):
            row.addWidget(widget)
        self.layout_.addLayout(row)

    def _build_buttons(self) -> None:
        row = QHBoxLayout()
        self.found = QLabel("")
        row.addWidget(self.found, 1)
        self.new_button = action_button(tr(N_("New member")), "Ctrl+N")
        self.new_button.setObjectName("new_member")
        self.new_button.clicked.connect(self.new_member)
        self.new_button.setEnabled(self.session.can("write"))
        self.open_button = action_button(tr(N_("Open")), "Enter")
        self.open_button.clicked.connect(self.open_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        self.import_button = action_button(tr(N_("Import from Excel…")))
        self.import_button.setEnabled(self.session.can("write"))
        self.import_button.clicked.connect(self.import_excel)
        row.addWidget(self.import_button)
        self.cards_button = action_button(tr(N_("Print cards of the members shown")))
        self.cards_button.clicked.connect(self.print_cards)
        row.addWidget(self.cards_button)
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        self.layout_.addLayout(row)

    def refresh(self) -> None:
        self._arrears = None
        self._fill_villages()
        self.found.setText(tr(N_("Reading the register…")))
        db = self.session.db
        ops.run_in_background(self, tr(N_("Reading the register…")), lambda: member_list(db),
                              self._loaded, blocking=False)

    def _loaded(self, rows: list[MemberListRow]) -> None:
        with self.session.db.read() as repos:
            plans = repos.funds.dues_plans(repos.fund_id())
        self.model.plan_names = {code: plan.name for code, plan in plans.items()}
        self.model.set_rows(rows)
        if self.arrears_only.isChecked():
            self._load_arrears()
        self.apply_filter()

    def _fill_villages(self) -> None:
        current = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(tr(N_("All villages")), None)
        with self.session.db.read() as repos:
            villages = repos.funds.villages(repos.fund_id())
        for v in villages:
            self.village.addItem(tr(N_("Moo {moo} {name}"), moo=v.moo, name=v.name), v.moo)
        index = self.village.findData(current)
        self.village.setCurrentIndex(max(index, 0))
        self.village.blockSignals(False)

    def _arrears_toggled(self, checked: bool) -> None:
        if checked and self._arrears is None:
            self._load_arrears()
        else:
            self.apply_filter()

    def _load_arrears(self) -> None:
        db = self.session.db

        def loaded(numbers: frozenset[int]) -> None:
            self._arrears = numbers
            self.apply_filter()

        ops.run_in_background(self, tr(N_("Working out who is in arrears…")),
                              lambda: frozenset(a.member_no
                                                for a in arrears_list(db, date.today())),
                              loaded, blocking=False)

    def current_filter(self) -> MemberFilter:
        return MemberFilter(self.search.text(), self.status.currentData(),
                            self.village.currentData(), self.category.currentData(),
                            self.arrears_only.isChecked(), self._arrears or frozenset())

    def apply_filter(self) -> None:
        self.model.apply(self.current_filter())
        self.found.setText(tr(N_("{shown} of {total} members"),
                              shown=count(len(self.model.rows)),
                              total=count(len(self.model.all_rows))))
        if self.model.rows:
            self.table.selectRow(0)

    def import_excel(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from welfare_desk.ui.dialogs.import_members import ImportDialog

        chosen, _ = QFileDialog.getOpenFileName(self, tr(N_("Import from Excel…")), "",
                                                "Excel (*.xlsx)")
        if chosen:
            dialog = ops.run_now(self, lambda: ImportDialog(self.session, Path(chosen), self))
            if dialog is not None:
                dialog.exec()

    def print_cards(self) -> None:
        from welfare_desk.ui import printouts

        numbers = [r.member_no for r in self.model.rows]
        if numbers:
            printouts.print_cards(self, self.session, numbers)

    def selected_member_no(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.member_no_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        member_no = self.selected_member_no()
        if member_no is not None:
            self.open_member(member_no)

    def open_member(self, member_no: int) -> None:
        from welfare_desk.ui.dialogs.member_page import MemberDialog

        MemberDialog(self.session, member_no, self).exec()

    def new_member(self) -> None:
        from welfare_desk.ui.dialogs.member_form import MemberFormDialog

        dialog = MemberFormDialog(self.session, self)
        if dialog.exec() and dialog.saved is not None:
            self.search.setText(str(dialog.saved.member_no))
