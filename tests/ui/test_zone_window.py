"""The zone's window through its widgets and the real merge: unlock the keys once,
register a fund and confirm it by the digits heard, import a flash drive (the
results per batch, refused ones in red and the zone unchanged), the report as
tables, .xlsx and PDF; and ``welfare-desk zone --db ZONE.db`` opens it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QPushButton

from tests.sync.test_refusals import zone_digest
from tests.ui.conftest import FUND_PASSPHRASE, ZONE_PASSPHRASE, Dialogs, settle
from welfare_desk.ledger.errors import UserError
from welfare_desk.sync import fund_sync
from welfare_desk.sync.keys import fund_sync_dir
from welfare_desk.ui.dialogs.passphrase import PassphraseDialog
from welfare_desk.ui.errors import user_message
from welfare_desk.ui.session import AppSettings, Session
from welfare_desk.ui.zone import funds as funds_tab
from welfare_desk.ui.zone.confirm import ConfirmFundDialog, fingerprint_digits
from welfare_desk.ui.zone.session import ZoneSession
from welfare_desk.ui.zone.start import open_zone
from welfare_desk.ui.zone.window import ZoneWindow

RED = "#c62828"


def open_window(qtbot, zone, tmp_path: Path, unlocked: bool = False) -> ZoneWindow:
    session = ZoneSession(zone.store, zone.home, AppSettings(tmp_path / "zone.ini"))
    if unlocked:
        session.keys = zone.keys
    window = ZoneWindow(session)
    # Closing the window wipes its keys; those of the run's zone are shared.
    qtbot.addWidget(window, before_close_func=lambda w: setattr(
        w.zone, "keys", None) if unlocked else None)
    window.show()
    settle()
    return window


def fund_on_a_stick(session: Session, zone_pub: Path, stick: Path) -> tuple[Path, Path]:
    """The fund set up for the zone and its first batch; (registration file, batch)."""
    result = fund_sync.setup_sync(session.db, session.user, zone_pub.read_text("utf-8"),
                                  FUND_PASSPHRASE)
    exported = fund_sync.export_batch(session.db, session.user, stick, FUND_PASSPHRASE)
    assert exported.folder is not None
    return result.registration_file, exported.folder


def unlock_with(window: ZoneWindow, passphrase: str) -> None:
    dialog = window.findChild(PassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText(passphrase)
    dialog.buttons.accepted.emit()
    settle()


def confirm_with(window: ZoneWindow, digits: str) -> ConfirmFundDialog:
    dialog = window.funds.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fingerprint.setText(digits)
    dialog.buttons.accepted.emit()
    settle()
    return dialog


def test_register_confirm_and_import_a_funds_batch(qtbot, zone, session: Session,
                                                   zone_pub: Path, dialogs: Dialogs,
                                                   monkeypatch, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    registration, batch = fund_on_a_stick(session, zone_pub, stick)
    window = open_window(qtbot, zone, tmp_path)
    assert window.zone_name == "โซนลำพูนทดสอบ" and window.funds.funds_model.rows == []
    window.unlock()
    unlock_with(window, "not the zone's passphrase")
    assert window.zone.keys is None and len(dialogs.user_errors()) == 1

    monkeypatch.setattr(funds_tab, "ask_fund_key_file", lambda parent, start: registration)
    window.funds.register()
    settle()
    [row] = window.funds.funds_model.rows
    assert row[0] == "T0001" and row[3] == "ยังไม่ได้ยืนยัน"
    dialog = window.funds.confirm_dialog
    assert dialog is not None and dialog.fund_code() == "T0001"
    confirm_with(window, "1" * 30)  # misheard: refused, after unlocking the keys
    unlock_with(window, ZONE_PASSPHRASE)
    assert window.zone.keys is not None
    assert "ลายนิ้วมือ" in dialogs.user_errors()[-1]
    key_text = registration.read_text("utf-8")
    spoken = next(line.split(":", 1)[1] for line in key_text.splitlines()
                  if line.startswith("fingerprint:"))
    window.funds.confirm("T0001")
    thai_digits = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    confirm_with(window, spoken.strip().replace(" ", "-").translate(thai_digits))
    assert len(dialogs.user_errors()) == 2
    assert window.funds.funds_model.rows[0][3] == "ยืนยันแล้ว"

    monkeypatch.setattr(funds_tab, "ask_folder", lambda parent, title, start: stick)
    window.funds.findChild(QPushButton, "import_batches").click()
    settle()
    [result] = window.funds.results_model.rows
    seq = batch.name.split("-")[-1]
    assert result[0] == batch.name and result[3] == "นำเข้าแล้ว"
    assert str(stick / "T0001.ack") in window.funds.acks.text()
    assert window.funds.funds_model.rows[0][4] == seq
    assert fingerprint_digits("๑๒ 34-5") == "12345"


def test_a_refused_batch_is_red_and_changes_nothing(qtbot, zone, session: Session,
                                                    zone_pub: Path, dialogs: Dialogs,
                                                    tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    _registration, _batch = fund_on_a_stick(session, zone_pub, stick)  # never registered
    window = open_window(qtbot, zone, tmp_path, unlocked=True)
    before = zone_digest(zone)
    window.funds.import_from(stick)
    settle()
    [row] = window.funds.results_model.rows
    assert row[3] == "ไม่รับ" and "ยังไม่ได้ลงทะเบียน" in row[4]
    assert "ไม่มีการเปลี่ยนแปลง" in row[4]
    assert window.funds.results_model.colors[0].name() == RED
    assert zone_digest(zone) == before and dialogs.errors == []
    assert not (stick / "T0001.ack").exists()


def test_the_zone_report_as_tables_xlsx_and_pdf(qtbot, zone, session: Session,
                                                zone_pub: Path, dialogs: Dialogs,
                                                tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    _registration, _batch = fund_on_a_stick(session, zone_pub, stick)
    zone.register(_Registered(session))
    zone.import_(stick)
    opened: list[Path] = []
    window = open_window(qtbot, zone, tmp_path)
    window.report.opener = opened.append
    window.tabs.setCurrentWidget(window.report)
    window.report.show_report()
    settle()
    funds = window.report.views[0].model()
    assert funds.rows[0][0] == "T0001" and funds.rows[-1][1] == "ทั้งโซน"
    assert "โซนลำพูนทดสอบ" in window.report.title.text()
    out = tmp_path / "zone.xlsx"
    window.report.save_workbook_to(out)
    assert str(out) in dialogs.informed[-1]
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "กองทุนในโซน"
    window.report.print_pdf()
    settle()
    [pdf] = opened
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.parent.name == "paper"
    assert dialogs.errors == []


def test_revoke_a_lost_key_then_pass_the_batches_up(qtbot, zone, session: Session,
                                                    zone_pub: Path, dialogs: Dialogs,
                                                    monkeypatch, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    _registration, batch = fund_on_a_stick(session, zone_pub, stick)
    zone.register(_Registered(session))
    zone.import_(stick)
    window = open_window(qtbot, zone, tmp_path, unlocked=True)
    window.funds.revoke()  # nothing chosen: says what to do, asks nothing
    assert len(dialogs.informed) == 1 and dialogs.asked == []

    window.funds.funds.selectRow(0)
    dialogs.answer = False
    window.funds.findChild(QPushButton, "revoke_key").click()
    settle()
    assert "T0001" in dialogs.asked[-1] and window.funds.funds_model.rows[0][3] == "ยืนยันแล้ว"
    dialogs.answer = True
    window.funds.revoke()
    settle()
    assert window.funds.funds_model.rows[0][3] == "เพิกถอนแล้ว"
    assert "เพิกถอน" in window.funds.acks.text()
    take_dues_for_a_member(session)  # the fund goes on with its old key ...
    newer = fund_sync.export_batch(session.db, session.user, stick, FUND_PASSPHRASE).folder
    assert newer is not None
    before = zone_digest(zone)
    window.funds.import_from(newer)
    settle()
    [row] = window.funds.results_model.rows
    assert row[3] == "ไม่รับ" and zone_digest(zone) == before  # ... and is refused

    up = tmp_path / "province"
    monkeypatch.setattr(funds_tab, "ask_folder", lambda parent, title, start: up)
    window.funds.findChild(QPushButton, "forward_batches").click()
    settle()
    # The batch taken while the key was trusted goes up, with the key that signed it.
    [key_file, archived] = sorted(up.iterdir())
    assert archived.name.startswith(batch.name) and key_file.suffix == ".fund-key"
    assert (archived / "SHA256SUMS").read_bytes() == (batch / "SHA256SUMS").read_bytes()
    assert str(up) in window.funds.acks.text() and dialogs.errors == []


def take_dues_for_a_member(session: Session) -> None:
    from datetime import date

    from tests.conftest import add_member
    from welfare_desk.services.dues import take_dues

    take_dues(session.db, session.user, add_member(session.db, session.user), 3000,
              date(2026, 11, 2))


class _Registered:
    def __init__(self, session: Session) -> None:
        self.registration = fund_sync_dir(session.db.path) / "T0001.fund-key"


def test_zone_with_no_command_opens_the_window(tmp_path: Path, capsys) -> None:
    from welfare_desk.app import _zone_window
    from welfare_desk.cli.main import main

    zone_db = str(tmp_path / "zone.sqlite")
    args = _zone_window(["--lang", "en", "zone", "--db", zone_db])
    assert args is not None and args.zone_db == zone_db and args.lang == "en"
    assert _zone_window(["zone", "--db", zone_db, "status"]) is None
    assert _zone_window(["--db", "fund.sqlite", "summary"]) is None
    assert main(["zone", "--db", zone_db]) == 2
    assert "welfare-desk zone --db" in capsys.readouterr().err
    with pytest.raises(UserError) as refused:
        open_zone(zone_db, None, None, AppSettings(tmp_path / "zone.ini"))
    assert "init --name" in user_message(refused.value)


def test_the_window_words_replace_service_words_that_still_exist() -> None:
    from tests.i18n.test_extract_messages import tool
    from welfare_desk.ui.zone.outcomes import ON_SCREEN

    found = tool.extract().messages
    for service_text in ON_SCREEN:  # sync/ and services/ still say exactly this
        assert any(not f.startswith("src/welfare_desk/ui/") for f in found.get(service_text, ())), \
            service_text
