"""Files shipped with the app: fonts (with their licence) and icons."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from welfare_desk.data_files import resource_dir

UI_FONT_FAMILY = "Laksaman"
UI_FONT_POINT_SIZE = 14  # the TH Sarabun design is small for its size


def load_fonts() -> list[str]:
    """Registers the bundled Thai fonts with Qt; returns the families found."""
    families: list[str] = []
    for path in sorted((resource_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


STYLE = """
QLabel#heading { font-size: 22pt; font-weight: bold; color: #1b3a57; }
QLabel#tile_value { font-size: 24pt; font-weight: bold; color: #1b3a57; }
QLabel#note { color: #555555; }
QFrame#tile { background: white; border: 1px solid #d0d7de; border-radius: 6px; }
QListWidget#nav { font-size: 16pt; background: #1b3a57; color: white; border: none; }
QListWidget#nav::item { padding: 6px 8px; }
QListWidget#nav::item:selected { background: #f0b429; color: #1b3a57; }
QLabel#receipt_number { font-size: 20pt; font-weight: bold; color: #2e7d32; }
QTableView::item { padding: 0px 4px; }
"""


def set_up_look(app: QApplication) -> None:
    load_fonts()
    app.setStyle("Fusion")
    app.setFont(QFont(UI_FONT_FAMILY, UI_FONT_POINT_SIZE))
    app.setStyleSheet(STYLE)
