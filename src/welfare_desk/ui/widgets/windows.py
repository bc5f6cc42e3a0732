"""A main window's size the first time it opens (later starts restore their own)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

FIRST_WIDTH, FIRST_HEIGHT = 1280, 800


def first_size(window: QMainWindow, maximize_on_small: bool = False) -> None:
    """1280×800 where it fits; on a small laptop screen (1366×768) all of it,
    maximized if asked."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else None
    if available is None or (available.width() >= FIRST_WIDTH
                             and available.height() >= FIRST_HEIGHT):
        window.resize(FIRST_WIDTH, FIRST_HEIGHT)
        return
    if maximize_on_small:
        window.setWindowState(Qt.WindowState.WindowMaximized)
    window.resize(available.size())
