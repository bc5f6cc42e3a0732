"""A treasurer's data through an upgrade, by the desktop's own open path: the
schema-0001 fixture is copied, migrated, checked and the treasurer told where the
copy is; a database from a newer version is refused with its reason, untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.old_files import FIXTURE, event_rows, mark_newer
from tests.ui.conftest import Dialogs
from welfare_desk.db.migrate import HEAD, current_revision
from welfare_desk.services.check import check_database
from welfare_desk.ui import start


def test_the_first_start_of_a_newer_version_backs_up_migrates_checks_and_says_so(
        tmp_path: Path, dialogs: Dialogs) -> None:
    path = tmp_path / "fund.sqlite"
    shutil.copyfile(FIXTURE, path)
    before = event_rows(path)
    db = start.open_database(path)
    assert db is not None
    try:
        backup = db.migration_backup
        assert backup is not None and backup.path.parent == tmp_path / "backups"
        assert event_rows(backup.path) == before  # the copy is the old database, whole
        with db.engine.connect() as conn:
            assert current_revision(conn) == HEAD
        assert check_database(db).ok
        assert event_rows(path) == before
    finally:
        db.close()
    [said] = dialogs.informed
    assert str(backup.path) in said
    assert "ปรับรุ่น" in said and "ถูกต้องครบถ้วน" in said
    again = start.open_database(path)  # the next start says nothing more
    assert again is not None
    again.close()
    assert len(dialogs.informed) == 1


def test_a_database_from_a_newer_version_is_refused_in_the_desktop_untouched(
        tmp_path: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fund.sqlite"
    shutil.copyfile(FIXTURE, path)
    mark_newer(path)
    before = path.read_bytes()
    monkeypatch.setattr(start, "prepare", lambda app, settings, lang: None)
    assert start.run_desktop(path, "th", None) == 2
    assert dialogs.user_errors() == [
        "ฐานข้อมูลนี้บันทึกโดยโปรแกรมสวัสดิการชุมชนรุ่นที่ใหม่กว่า (โครงสร้างรุ่น 9999) "
        "กรุณาติดตั้งรุ่นที่ใหม่กว่าเพื่อเปิดใช้งาน ข้อมูลไม่มีการเปลี่ยนแปลงใด ๆ"]
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
