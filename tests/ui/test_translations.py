"""Thai everywhere: Qt's own tools accept our catalog with nothing unfinished, and
Qt's own buttons and menus come out in Thai."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from welfare_desk.ui.thai_wrap import ZWSP, with_word_breaks

TS_FILE = Path(__file__).resolve().parents[2] / "translations" / "welfare_desk_th.ts"


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def test_lrelease_reports_nothing_unfinished(tmp_path: Path) -> None:
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    done = subprocess.run([tool, str(TS_FILE), "-qm", str(tmp_path / "th.qm")],
                          capture_output=True, text=True, check=True)
    counts = re.search(r"\((\d+) finished and (\d+) unfinished\)", done.stdout)
    assert counts is not None, done.stdout
    assert int(counts.group(1)) > 500 and counts.group(2) == "0"


def test_qt_standard_buttons_and_menus_are_thai(qtbot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == sorted(["ตกลง", "ยกเลิก"])
    message = QMessageBox(QMessageBox.Icon.Warning, "t", "x",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "ใช่"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert "คัดลอก" in texts and "วาง" in texts


def test_thai_gets_word_breaks_where_qt_has_no_libthai() -> None:
    text = "สถานะของสมาชิกมีสิทธิ์ขอรับสวัสดิการนี้ (ข้อ 10)"
    broken = with_word_breaks(text)
    assert broken.replace(ZWSP, "") == text
    assert broken.split(ZWSP)[:3] == ["สถานะ", "ของ", "สมาชิก"]
    assert with_word_breaks("OK 123") == "OK 123"
