"""Home: the fund at a glance, read in the background so the window opens at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from welfare_desk.ledger.members import STATUS_NAMES, MemberStatus
from welfare_desk.ledger.text import N_
from welfare_desk.services.reports.dashboard import Dashboard, dashboard
from welfare_desk.ui import ops
from welfare_desk.ui.pages.base import Page
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, count, day, month, tr
from welfare_desk.ui.widgets.charts import HorizontalBarsChart, LineChart, MonthBarsChart
from welfare_desk.ui.widgets.forms import note

SATANG_PER_BAHT = 100


class Tile(QFrame):
    """A figure with its caption; the figure is large, the caption plain."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value = QLabel("…")
        self.value.setObjectName("tile_value")
        self.detail = note("")
        for widget in (self.caption, self.value, self.detail):
            layout.addWidget(widget)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class HomePage(Page):
    page_id = "home"

    def __init__(self, session: Session) -> None:
        super().__init__(session, tr(N_("The fund at a glance")))
        self.data: Dashboard | None = None
        grid = QGridLayout()
        self.tiles = {key: Tile(tr(caption)) for key, caption in (
            ("money", N_("Cash and bank")),
            ("dues", N_("Dues this month")),
            ("payouts", N_("Benefits paid this month")),
            ("members", N_("Members")),
            ("arrears", N_("Members in arrears")),
            ("benefits", N_("Benefits paid this fiscal year")),
            ("claims", N_("Claims waiting for a decision")),
            ("batch", N_("Last batch to the zone")),
        )}
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // 4, n % 4)
        self.layout_.addLayout(grid)
        charts = QHBoxLayout()
        self.flow_chart = MonthBarsChart(tr(N_("Money in and out by month (baht)")))
        self.money_chart = LineChart(tr(N_("Cash and bank at each month's end (baht)")))
        self.age_chart = HorizontalBarsChart(tr(N_("Active members by age")))
        for chart in (self.flow_chart, self.money_chart, self.age_chart):
            charts.addWidget(chart, 1)
        self.layout_.addLayout(charts, 1)

    def refresh(self) -> None:
        db = self.session.db
        for tile in self.tiles.values():
            tile.show_value("…", tr(N_("Reading the books…")))
        ops.run_in_background(self, tr(N_("Reading the books…")),
                              lambda: dashboard(db, date.today()), self.show_data,
                              blocking=False)

    def show_data(self, data: Dashboard) -> None:
        self.data = data
        t = self.tiles
        t["money"].show_value(baht(data.money_total), "\n".join(
            f"{name}: {baht(amount)}" for _, name, amount in data.money))
        t["dues"].show_value(baht(data.month_dues), month(data.as_of.year, data.as_of.month))
        t["payouts"].show_value(baht(data.month_benefits))
        active = data.members_by_status.get(MemberStatus.ACTIVE.value, 0)
        others = " · ".join(tr(N_("{status} {count} people"),
                               status=STATUS_NAMES[MemberStatus(s)], count=count(n))
                            for s, n in sorted(data.members_by_status.items())
                            if s != MemberStatus.ACTIVE.value)
        t["members"].show_value(tr(N_("{count} active"), count=count(active)), others)
        t["arrears"].show_value(count(data.in_arrears),
                                tr(N_("active members who missed a payment")))
        benefits = data.benefits_this_year
        t["benefits"].show_value(baht(benefits.total_amount), "\n".join(
            f"{name}: {baht(line.amount)}" for _, name, line in benefits.lines[:6]))
        t["claims"].show_value(count(data.claims_waiting))
        self._show_last_batch(data)
        labels = [month(f.year, f.month).split(" ")[0] for f in data.flows]
        self.flow_chart.set_data(labels, [f.income / SATANG_PER_BAHT for f in data.flows],
                                 [f.payouts / SATANG_PER_BAHT for f in data.flows],
                                 (tr(N_("in")), tr(N_("out"))))
        self.money_chart.set_data(labels, [f.money_at_end / SATANG_PER_BAHT
                                           for f in data.flows])
        order = ("0-17", "18-39", "40-59", "60-69", "70-79", "80+", "unknown")
        self.age_chart.set_data([(tr(N_("unknown")) if g == "unknown" else g,
                                  data.age_groups.get(g, 0)) for g in order
                                 if data.age_groups.get(g)])

    def _show_last_batch(self, data: Dashboard) -> None:
        days = data.days_since_last_batch()
        if data.last_batch_at is None or days is None:
            self.tiles["batch"].show_value(tr(N_("never sent")))
            return
        ago = tr(N_("today")) if days == 0 else tr(N_("{days} days ago"), days=count(days))
        self.tiles["batch"].show_value(day(data.last_batch_at.date()),
                                       f"{ago}\n{data.last_batch_name or ''}".strip())
