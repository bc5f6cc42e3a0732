"""Settings → dues plans (แบบการส่งเงินสัจจะ): how often members pay and how much."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.ledger.dues import ALLOWED_MONTHS, DuesPlan
from welfare_desk.ledger.text import N_
from welfare_desk.services.funds import set_dues_plan
from welfare_desk.ui import ops
from welfare_desk.ui.models.rows import RowsModel, selected_key, table_view
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, tr
from welfare_desk.ui.widgets import forms
from welfare_desk.ui.widgets.fields import MoneyEdit
from welfare_desk.ui.widgets.forms import action_button, note


def months_text(months: int) -> str:
    return tr(N_("every month")) if months == 1 else tr(N_("every {n} months"), n=months)


class PlansTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.plans: dict[str, DuesPlan] = {}
        layout = QVBoxLayout(self)
        self.model = RowsModel([tr(N_("Code")), tr(N_("Plan name")), tr(N_("How often")),
                                tr(N_("Amount per instalment (baht)")),
                                tr(N_("A year (baht)"))], right_aligned=[3, 4])
        self.table = table_view(self.model, stretch_column=1)
        self.table.setObjectName("plan_table")
        self.table.clicked.connect(lambda _i: self._picked())
        self.table.activated.connect(lambda _i: self._picked())
        layout.addWidget(self.table, 1)
        layout.addWidget(self._form())

    def _form(self) -> QGroupBox:
        box = QGroupBox(tr(N_("Add a plan, or pick one in the list to change it")))
        layout = QVBoxLayout(box)
        row = QGridLayout()
        self.code = QLineEdit()
        self.code.setObjectName("plan_code")
        self.code.setPlaceholderText("M30")
        self.code.setMaximumWidth(120)
        self.name = QLineEdit()
        self.name.setObjectName("plan_name")
        self.name.setPlaceholderText("รายเดือน")
        self.months = QComboBox()
        self.months.setObjectName("plan_months")
        for months in ALLOWED_MONTHS:
            self.months.addItem(months_text(months), months)
        self.amount = MoneyEdit()
        self.amount.setObjectName("plan_amount")
        self.save_button = action_button(tr(N_("Save plan")))
        self.save_button.setObjectName("save_plan")
        self.save_button.clicked.connect(self.save)
        self.amount.returnPressed.connect(self.save)
        can = self.session.can("settings")
        labels = (N_("Code *"), N_("Plan name *"), N_("How often"),
                  N_("Baht an instalment *"), "")
        widgets = (self.code, self.name, self.months, self.amount, self.save_button)
        for column, (label, widget) in enumerate(zip(labels, widgets, strict=True)):
            widget.setEnabled(can)
            row.addWidget(QLabel(tr(label) if label else ""), 0, column)
            row.addWidget(widget, 1, column)
        row.setColumnStretch(1, 1)
        layout.addLayout(row)
        layout.addWidget(note(tr(N_(
            "A plan's amount counts for every instalment of the members on it, past ones "
            "too. For a new rate, add a new plan and move members to it."))))
        return box

    def _picked(self) -> None:
        plan = self.plans.get(str(selected_key(self.table)))
        if plan is not None:
            self.code.setText(plan.code)
            self.name.setText(plan.name)
            self.months.setCurrentIndex(max(self.months.findData(plan.months_per_instalment), 0))
            self.amount.set_amount(plan.amount)

    def plan(self) -> DuesPlan:
        amount = self.amount.value()
        assert amount is not None
        return DuesPlan(self.code.text().strip(), self.name.text().strip(),
                        int(self.months.currentData()), amount)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        plan = ops.run_now(self, self.plan)
        if plan is None:
            return
        old = self.plans.get(plan.code)
        if old is not None and (old.amount, old.months_per_instalment) != (
                plan.amount, plan.months_per_instalment) and not forms.confirm(
                self, tr(N_("Change a plan")),
                tr(N_("Members on plan {code} will owe {amount} baht an instalment "
                      "({every}), past instalments included. Change it?"),
                   code=plan.code, amount=baht(plan.amount),
                   every=months_text(plan.months_per_instalment)),
                tr(N_("Change the plan"))):
            return
        db, user = self.session.db, self.session.user

        def work() -> bool:
            set_dues_plan(db, user, plan)
            return True

        if ops.run_now(self, work):
            for edit in (self.code, self.name, self.amount):
                edit.clear()
            self.session.saved()

    def refresh(self) -> None:
        with self.session.db.read() as repos:
            self.plans = repos.funds.dues_plans(repos.fund_id())
        ordered = sorted(self.plans.values(), key=lambda p: (p.months_per_instalment, p.code))
        self.model.set_rows([(p.code, p.name, months_text(p.months_per_instalment),
                              baht(p.amount),
                              baht(p.amount * 12 // p.months_per_instalment))
                             for p in ordered], [p.code for p in ordered])
