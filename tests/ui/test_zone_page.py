"""The fund's zone page through its widgets and the real sync: setting up shows the
fingerprint and writes the key sheets, a batch goes to the stick and verifies at
the zone, the zone's ACK comes back, the home page shows the last batch; a
refused export changes nothing; the auditor only looks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.conftest import add_member, snapshot
from tests.ui.conftest import FUND_PASSPHRASE, Dialogs, settle
from welfare_desk.services.backups import back_up, restore
from welfare_desk.services.dues import take_dues
from welfare_desk.services.sync import sync_state
from welfare_desk.sync import fund_sync
from welfare_desk.sync.crypto import fingerprint
from welfare_desk.sync.keys import fund_sync_dir
from welfare_desk.ui.dialogs import sync_keys, sync_setup
from welfare_desk.ui.dialogs.passphrase import PassphraseDialog
from welfare_desk.ui.dialogs.sync_setup import SetupDialog
from welfare_desk.ui.pages import home
from welfare_desk.ui.pages import zone as zone_page
from welfare_desk.ui.pages.zone import ZonePage
from welfare_desk.ui.session import Session
from welfare_desk.ui.text import day


def open_page(qtbot, session: Session, opened: list[Path] | None = None) -> ZonePage:
    page = ZonePage(session, opener=(opened.append if opened is not None else lambda p: None))
    qtbot.addWidget(page)
    page.show()
    settle()
    return page


def set_up_with_service(session: Session, zone_pub: Path) -> None:
    fund_sync.setup_sync(session.db, session.user, zone_pub.read_text("utf-8"),
                         FUND_PASSPHRASE)
    session.saved()


def export_through_the_page(page: ZonePage, monkeypatch, stick: Path,
                            passphrase: str = FUND_PASSPHRASE) -> None:
    monkeypatch.setattr(zone_page, "ask_folder", lambda parent, title, start: stick)
    page.export_button.click()
    dialog = page.findChild(PassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText(passphrase)
    dialog.buttons.accepted.emit()
    settle()


def test_setting_up_shows_the_fingerprint_and_the_sheets(qtbot, session: Session,
                                                         dialogs: Dialogs, zone_pub: Path,
                                                         monkeypatch) -> None:
    opened: list[Path] = []
    page = open_page(qtbot, session, opened)
    assert not page.status_box.isVisible() and page.start_button.isVisible()
    assert "zone.pub" in page.intro.text()
    page.start_button.click()
    dialog = page.findChild(SetupDialog)
    assert dialog is not None
    monkeypatch.setattr(sync_setup, "ask_zone_key_file", lambda parent, start: zone_pub)
    dialog.findChild(type(page.setup_button), "choose_zone_key").click()
    assert "โซนลำพูนทดสอบ" in dialog.zone_info.text()
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    dialog.buttons.accepted.emit()
    assert "อย่างน้อย 8" in dialogs.user_errors()[-1] and dialog.isVisible()
    dialog.passphrase.setText(FUND_PASSPHRASE)
    dialog.again.setText(FUND_PASSPHRASE + "x")
    dialog.buttons.accepted.emit()
    assert "ไม่ตรงกัน" in dialogs.user_errors()[-1] or "differ" in dialogs.user_errors()[-1]
    dialog.again.setText(FUND_PASSPHRASE)
    dialog.buttons.accepted.emit()
    settle()
    assert len(dialogs.errors) == 2
    state = sync_state(session.db)
    assert state.config is not None and state.config.zone_name == "โซนลำพูนทดสอบ"
    keys = page.keys_dialog
    assert keys is not None and keys.isVisible()
    digits = fingerprint(state.config.public_key)
    assert keys.findChild(type(page.fingerprint), "fingerprint").text().split() == digits.split()
    assert page.fingerprint.text().split() == digits.split()
    sheets = keys.sheets
    assert sheets.recovery is not None
    for path in (sheets.registration, sheets.recovery):
        assert path.parent == session.db.path.parent / "paper"
        assert path.read_bytes().startswith(b"%PDF")
    keys.findChild(type(page.setup_button), "open_registration").click()
    assert opened == [sheets.registration]
    folder = session.db.path.parent
    monkeypatch.setattr(sync_keys, "ask_folder", lambda parent, title, start: folder)
    keys.save_key_file()
    assert (session.db.path.parent / "T0001.fund-key").exists()
    dialogs.answer = True
    keys.close()  # the recovery key file is still there: asked, and deleted
    assert any("recovery-key.pdf" in q for q in dialogs.asked)
    assert not sheets.recovery.exists()
    assert page.export_button.isEnabled() and page.fields["zone"].text() == "โซนลำพูนทดสอบ"
    assert page.status_box.isVisible() and not page.start_button.isVisible()


def test_a_batch_to_the_stick_verifies_at_the_zone_and_its_ack_comes_back(
        qtbot, session: Session, treasurer, dialogs: Dialogs, zone, zone_pub: Path,
        monkeypatch, tmp_path: Path) -> None:
    add_member(session.db, treasurer, "สมศรี")
    take_dues(session.db, treasurer, 1, 3000, date.today())
    set_up_with_service(session, zone_pub)
    page = open_page(qtbot, session)
    stick = tmp_path / "stick"
    stick.mkdir()
    export_through_the_page(page, monkeypatch, stick)
    assert dialogs.errors == []
    [batch] = [p for p in stick.iterdir() if p.is_dir()]
    assert batch.name in dialogs.informed[-1] and "ถอดแฟลชไดรฟ์" in dialogs.informed[-1]
    assert batch.name in page.fields["batch"].text()

    zone.register(_Registered(session))
    [report] = zone.import_(stick)
    assert report.outcome == "applied", report
    ack = stick / "T0001.ack"
    assert ack.exists()
    monkeypatch.setattr(zone_page, "ask_ack_file", lambda parent, start: ack)
    page.ack_button.click()
    settle()
    assert dialogs.errors == []
    seq = int(batch.name.split("-")[-1])
    assert f"รายการที่ {seq}" in dialogs.informed[-1]
    assert sync_state(session.db).acked_seq == seq

    export_through_the_page(page, monkeypatch, stick)  # only the ACK's own event is new
    assert len([p for p in stick.iterdir() if p.is_dir()]) == 2

    board = home.HomePage(session)
    qtbot.addWidget(board)
    board.show()
    settle()
    tile = board.tiles["batch"]
    assert tile.value.text() == day(date.today())
    assert "T0001_" in tile.detail.text()


class _Registered:
    """What tests.sync's Zone.register needs of a fund: its registration file."""

    def __init__(self, session: Session) -> None:
        self.registration = fund_sync_dir(session.db.path) / "T0001.fund-key"


def test_a_refused_export_says_why_and_changes_nothing(qtbot, session: Session, treasurer,
                                                      dialogs: Dialogs, zone_pub: Path,
                                                      monkeypatch, tmp_path: Path) -> None:
    set_up_with_service(session, zone_pub)
    old = back_up(session.db, tmp_path / "backups").path
    add_member(session.db, treasurer, "สมศรี")
    fund_sync.export_batch(session.db, treasurer, tmp_path / "first-stick", FUND_PASSPHRASE)
    restore(session.db, old, tmp_path / "safety")  # an older backup, behind the stick
    page = open_page(qtbot, session)
    before = snapshot(session.db)
    stick = tmp_path / "stick"
    stick.mkdir()
    export_through_the_page(page, monkeypatch, stick)
    [message] = dialogs.user_errors()
    assert "ข้อมูลสำรองที่เก่ากว่า" in message
    assert list(stick.iterdir()) == [] and snapshot(session.db) == before

    dialogs.errors.clear()
    export_through_the_page(page, monkeypatch, stick, passphrase="not the passphrase")
    assert len(dialogs.user_errors()) == 1 and snapshot(session.db) == before


def test_the_auditor_sees_the_state_but_sends_nothing(qtbot, session_as,
                                                      zone_pub: Path) -> None:
    session = session_as("auditor")
    fund_sync.setup_sync(session.db, session_as("treasurer").user,
                         zone_pub.read_text("utf-8"), FUND_PASSPHRASE)
    page = open_page(qtbot, session)
    assert page.fields["zone"].text() == "โซนลำพูนทดสอบ"
    for button in (page.export_button, page.ack_button, page.setup_button):
        assert not button.isEnabled()
    assert page.print_button.isEnabled()


def test_the_error_box_says_nothing_changed_in_thai() -> None:
    from welfare_desk.ui.text import tr

    assert tr("Nothing was changed.") == "ข้อมูลไม่มีการเปลี่ยนแปลง"

