"""Reports page: choose a report and a period, see it as a table, export what is shown."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import add_member, snapshot
from tests.ui.conftest import Dialogs, press, settle
from welfare_desk.i18n.dates import BE_OFFSET
from welfare_desk.ledger.fund import User
from welfare_desk.ledger.periods import fiscal_year_of, month_bounds
from welfare_desk.services.dues import take_dues
from welfare_desk.services.reports.books import trial_balance
from welfare_desk.ui.dialogs.reports_catalog import REPORTS
from welfare_desk.ui.dialogs.reports_tables import trial_balance_totals
from welfare_desk.ui.pages import reports
from welfare_desk.ui.pages.reports import ReportsPage
from welfare_desk.ui.report_views import export_table, mask_ids
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import baht, tr

TODAY = date.today()


def _page(qtbot, session: Session) -> ReportsPage:
    page = ReportsPage(session)
    qtbot.addWidget(page)
    page.show()
    settle()
    return page


def _show(page: ReportsPage, key: str) -> None:
    page.choose(key)
    page.show_button.click()
    settle()


def _with_dues(session: Session, treasurer: User) -> tuple[int, int]:
    """Two members who each paid dues today: (member count, total dues in satang)."""
    first = add_member(session.db, treasurer, "สมศรี")
    second = add_member(session.db, treasurer, "บุญมา", village_no=2)
    take_dues(session.db, treasurer, first, 3000, TODAY)
    take_dues(session.db, treasurer, second, 6000, TODAY)
    return 2, 9000


def test_trial_balance_totals_agree_and_match_the_service(qtbot, session: Session, treasurer,
                                                          dialogs: Dialogs) -> None:
    _with_dues(session, treasurer)
    page = _page(qtbot, session)
    page.period.as_of.set_date(TODAY)
    _show(page, "trial_balance")
    assert dialogs.errors == []
    table = page.table_data
    assert table is not None and table.title == tr("Trial balance")
    assert session.fund.name == table.fund
    *lines, total = page.model.rows
    assert total[1] == tr("Total") and total[2] == total[3]
    debit, credit = trial_balance_totals(trial_balance(session.db, TODAY))
    assert debit == credit and (total[2], total[3]) == (baht(debit), baht(credit))
    assert [(r[2], r[3]) for r in lines if r[0] == "4101"] == [("", baht(9000))]
    assert page.model.data(page.model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole)


def test_receipts_and_payments_for_the_month_shows_the_dues(qtbot, session: Session,
                                                            treasurer, dialogs: Dialogs) -> None:
    _, dues = _with_dues(session, treasurer)
    page = _page(qtbot, session)
    page.choose("receipts_payments")
    page.period.set_range(*month_bounds(TODAY.year, TODAY.month))
    press(page.period.last, Qt.Key.Key_Return)  # Enter in a period field shows the report
    settle()
    assert dialogs.errors == []
    rows = page.model.rows
    assert any(r[0] == "4101" and r[2] == baht(dues) for r in rows)
    assert [r[2] for r in rows if r[1] == tr("Total receipts")] == [baht(dues)]
    assert [r[2] for r in rows if r[1] == tr("Total carried forward")] == [baht(dues)]
    assert page.table_data is not None
    assert page.subtitle.text() == f"{session.fund.name}  ·  {page.table_data.period}"


def test_codi_form_shows_the_member_count(qtbot, session: Session, treasurer,
                                          dialogs: Dialogs) -> None:
    members, dues = _with_dues(session, treasurer)
    page = _page(qtbot, session)
    page.choose("codi_status")
    page.period.fiscal_year.setValue(fiscal_year_of(TODAY, session.fund.fiscal_year_start)
                                     + BE_OFFSET)
    page.show_button.click()
    settle()
    assert dialogs.errors == []
    rows = page.model.rows
    assert [r[1] for r in rows if r[0] == tr("All members")] == [str(members)]
    assert [r[2] for r in rows if r[0] == tr("members' dues")] == [baht(dues)]
    assert str(fiscal_year_of(TODAY) + BE_OFFSET) in page.title.text()


def test_export_writes_the_table_as_csv_with_bom(qtbot, session: Session, treasurer,
                                                 dialogs: Dialogs, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _with_dues(session, treasurer)
    page = _page(qtbot, session)
    assert not page.export_button.isEnabled()  # nothing shown yet
    _show(page, "trial_balance")
    target = tmp_path / "งบทดลอง"
    asked: list[Path] = []

    def ask(_parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return target.with_suffix(".csv")  # the user picks CSV over the suggested .xlsx

    monkeypatch.setattr(reports, "ask_save_path", ask)
    page.export_button.click()
    written = target.with_suffix(".csv")
    assert asked and asked[0].suffix == ".xlsx" and dialogs.informed
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel then reads Thai
    with written.open(encoding="utf-8-sig", newline="") as f:
        content = list(csv.reader(f))
    table = page.table_data
    assert table is not None
    assert content[:4] == [[table.title], [table.fund], [table.period], []]
    assert content[4] == list(table.headers)
    assert content[5:] == [list(r) for r in page.model.rows]


def test_end_before_start_is_refused_and_changes_nothing(qtbot, session: Session, treasurer,
                                                         dialogs: Dialogs) -> None:
    _with_dues(session, treasurer)
    page = _page(qtbot, session)
    page.choose("benefits")
    page.period.set_range(date(2025, 10, 1), date(2025, 9, 30))
    before = snapshot(session.db)
    page.show_button.click()
    settle()
    assert len(dialogs.user_errors()) == 1
    assert "30 ก.ย. 2568" in dialogs.user_errors()[0]
    assert page.table_data is None and page.model.rows == []
    assert not page.export_button.isEnabled()
    assert snapshot(session.db) == before


def test_auditor_reads_and_exports_reports(qtbot, session_as, dialogs: Dialogs,
                                           tmp_path: Path) -> None:
    auditor = session_as("auditor")
    page = _page(qtbot, auditor)
    assert page.show_button.isEnabled()
    _show(page, "financial_position")
    assert dialogs.errors == [] and page.export_button.isEnabled()
    assert page.export_to(tmp_path / "position.csv") is not None


@pytest.mark.parametrize("key", [r.key for r in REPORTS])
def test_every_report_shows_on_a_fresh_fund(qtbot, session: Session, treasurer, key: str,
                                            dialogs: Dialogs) -> None:
    _with_dues(session, treasurer)
    page = _page(qtbot, session)
    _show(page, key)
    assert dialogs.errors == []
    assert page.table_data is not None and page.table_data.key == key
    assert page.model.rows and page.title.text() == page.table_data.title


def test_export_masks_national_ids(tmp_path: Path) -> None:
    assert mask_ids("1-1017-00207-03-0") == "1-1017-xxxxx-xx-0"
    assert mask_ids("1101700207030") == "1-1017-xxxxx-xx-0"
    assert mask_ids("1,234,567.00") == "1,234,567.00"
    path = export_table([["1", "นางบุญมา ใจดี", "1101700207030"]], ["No.", "Name", "ID"],
                        tmp_path / "x.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "1101700207030" not in text and "1-1017-xxxxx-xx-0" in text
