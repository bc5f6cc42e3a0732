"""Settings → the benefit regulation (ระเบียบกองทุน): every benefit, every version.

Old versions stay readable: a claim is judged by the version in force on the
day of its event, so the page shows them all with their effective dates.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from welfare_desk.ledger.benefits import Fixed, PerNight, Regulation, RuleVersion
from welfare_desk.ledger.members import CATEGORY_NAMES, STATUS_NAMES
from welfare_desk.ledger.text import N_
from welfare_desk.services.regulation import current_regulation
from welfare_desk.ui.dialogs.member_form import GENDER_NAMES
from welfare_desk.ui.models.rows import RowsModel, selected_key, table_view
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, day, language, tr
from welfare_desk.ui.thai_wrap import wrappable
from welfare_desk.ui.widgets.forms import action_button, note


def amount_text(rule: RuleVersion) -> str:
    form = rule.amount
    if isinstance(form, Fixed):
        return tr(N_("{amount} baht a claim"), amount=baht(form.amount))
    if isinstance(form, PerNight):
        if form.max_nights:
            return tr(N_("{rate} baht a night, at most {nights} nights a claim"),
                      rate=baht(form.rate), nights=form.max_nights)
        return tr(N_("{rate} baht a night"), rate=baht(form.rate))
    return "; ".join(tr(N_("{years}+ years of membership: {amount} baht"), years=years,
                        amount=baht(amount)) for years, amount in form.tiers)


def rule_terms(rule: RuleVersion) -> list[tuple[str, str]]:
    """(what, condition) lines in the order a regulation's clause reads."""
    t: list[tuple[str, str]] = [
        (tr(N_("Clause")), f"{rule.clause} {rule.amendment}".strip()),
        (tr(N_("In force from")), day(rule.effective_from, "long")),
        (tr(N_("Amount")), amount_text(rule)),
        (tr(N_("Waiting period")), tr(N_("{days} days after joining"), days=rule.waiting_days)
         if rule.waiting_days else tr(N_("none"))),
    ]
    for label, cap in ((N_("Cap per claim"), rule.cap_per_event),
                       (N_("Cap per year"), rule.cap_per_year),
                       (N_("Cap per lifetime"), rule.cap_lifetime)):
        if cap:
            t.append((tr(label), tr(N_("{amount} baht"), amount=baht(cap))))
    if rule.max_times_per_year:
        t.append((tr(N_("Most claims a year")), str(rule.max_times_per_year)))
    if rule.max_times_lifetime:
        t.append((tr(N_("Most claims in a lifetime")), str(rule.max_times_lifetime)))
    if rule.has_age_condition:
        t.append((tr(N_("Age")), tr(N_("{low} to {high} years"),
                                    low=rule.min_age if rule.min_age is not None else 0,
                                    high=rule.max_age if rule.max_age is not None else "…")))
    if rule.genders:
        t.append((tr(N_("Only")), ", ".join(tr(GENDER_NAMES[g]) for g in sorted(rule.genders))))
    if rule.categories_any:
        t.append((tr(N_("Member groups")),
                  ", ".join(tr(CATEGORY_NAMES[c]) for c in sorted(rule.categories_any))))
    if rule.min_membership_years:
        t.append((tr(N_("Membership")), tr(N_("at least {years} years"),
                                           years=rule.min_membership_years)))
    if rule.claim_deadline_days:
        t.append((tr(N_("Claim within")), tr(N_("{days} days of the event"),
                                             days=rule.claim_deadline_days)))
    t.append((tr(N_("Documents")), ", ".join(rule.required_documents) or tr(N_("none"))))
    t.append((tr(N_("Members who may claim")),
              ", ".join(tr(STATUS_NAMES[s]) for s in sorted(rule.allowed_statuses))))
    return t


def version_state(regulation: Regulation, rule: RuleVersion, today: date) -> str:
    in_force = regulation.rule_in_force(rule.benefit_code, today)
    if rule.effective_from > today:
        return tr(N_("from {date}"), date=day(rule.effective_from))
    if in_force is not None and in_force.version == rule.version:
        return tr(N_("in force"))
    return tr(N_("earlier version"))


class RegulationTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.regulation: Regulation | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(note(tr(N_(
            "A claim is judged by the version in force on the day of its event. To amend a "
            "rule, add a new version with the date it takes effect; earlier versions stay "
            "as they were."))))
        split = QSplitter()
        self.benefit_model = RowsModel([tr(N_("Benefit")), tr(N_("Versions"))],
                                       right_aligned=[1])
        self.benefit_table = table_view(self.benefit_model, stretch_column=0)
        self.benefit_table.setObjectName("benefit_table")
        self.benefit_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.show_benefit())
        split.addWidget(self.benefit_table)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.version_model = RowsModel([tr(N_("Version")), tr(N_("In force from")),
                                        tr(N_("Clause")), tr(N_("Amount")), tr(N_("State"))])
        self.version_table = table_view(self.version_model, stretch_column=3)
        self.version_table.setObjectName("version_table")
        self.version_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.show_version())
        column.addWidget(self.version_table, 1)
        self.terms = QTextBrowser()
        self.terms.setObjectName("rule_terms")
        column.addWidget(self.terms, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.new_button = action_button(tr(N_("New version…")), "Ctrl+N")
        self.new_button.setObjectName("new_rule_version")
        self.new_button.clicked.connect(self.new_version)
        self.new_button.setEnabled(session.can("settings"))
        buttons.addWidget(self.new_button)
        column.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 5)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        current = selected_key(self.benefit_table)
        self.regulation = reg = current_regulation(self.session.db)
        english = language() == "en"
        types = sorted(reg.benefit_types, key=lambda b: b.account_code)
        self.benefit_model.set_rows(
            [((b.name_en if english else b.name_th),
              str(len(reg.versions_of(b.code)) or "—")) for b in types],
            [b.code for b in types])
        # Every benefit's name whole (กิจกรรมสาธารณประโยชน์ is the longest of the starter).
        metrics = self.benefit_table.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.name_en if english else b.name_th)
                      for b in types), default=0)
        versions = metrics.horizontalAdvance(tr(N_("Versions")))
        self.benefit_table.setMinimumWidth(widest + versions + 70)
        codes = [b.code for b in types]
        row = codes.index(str(current)) if current in codes else 0
        if codes:
            self.benefit_table.selectRow(row)
        self.show_benefit()

    def benefit_code(self) -> str | None:
        key = selected_key(self.benefit_table)
        return str(key) if key is not None else None

    def show_benefit(self) -> None:
        code, reg = self.benefit_code(), self.regulation
        versions = reg.versions_of(code) if reg and code else ()
        today = date.today()
        self.version_model.set_rows(
            [(str(v.version), day(v.effective_from), f"{v.clause} {v.amendment}".strip(),
              amount_text(v), version_state(reg, v, today)) for v in versions
             if reg is not None], [v.version for v in versions])
        if versions:
            self.version_table.selectRow(len(versions) - 1)
        else:
            self.terms.setHtml(escape(tr(N_("This benefit has no rule yet. Add its first "
                                            "version to pay it."))))
        self.new_button.setEnabled(self.session.can("settings") and code is not None)

    def selected_version(self) -> RuleVersion | None:
        code, number, reg = self.benefit_code(), selected_key(self.version_table), \
            self.regulation
        if reg is None or code is None:
            return None
        return next((v for v in reg.versions_of(code) if v.version == number), None)

    def show_version(self) -> None:
        rule = self.selected_version()
        if rule is None or self.regulation is None:
            return
        benefit = self.regulation.benefit_type(rule.benefit_code)
        name = (benefit.name_en if language() == "en" else benefit.name_th) if benefit else ""
        title = tr(N_("{benefit}, version {version}"), benefit=name, version=rule.version)
        rows = "".join(f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td>"
                       f"<td>{escape(v)}</td></tr>" for k, v in rule_terms(rule))
        self.terms.setHtml(wrappable(f"<h3>{escape(title)}</h3><table>{rows}</table>"))

    def new_version(self) -> None:
        from welfare_desk.ui.dialogs.settings_rule_version import RuleVersionDialog

        code = self.benefit_code()
        if self.regulation is None or code is None or not self.new_button.isEnabled():
            return
        RuleVersionDialog(self.session, self.regulation, code, self).exec()
