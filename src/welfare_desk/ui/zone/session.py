"""The open zone: its database, the folder of its keys and batch archive, and its
keys once the passphrase unlocked them (for this session only, never stored)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from welfare_desk.db.zone_store import ZoneStore
from welfare_desk.sync.zone_sync import ZoneKeys
from welfare_desk.ui.session import AppSettings


class ZoneSession(QObject):
    """``changed`` after anything the zone holds changed (an import, a key)."""

    changed = Signal()

    def __init__(self, store: ZoneStore, home: Path, settings: AppSettings) -> None:
        super().__init__()
        self.store = store
        self.home = home
        self.settings = settings
        self.keys: ZoneKeys | None = None

    @property
    def acks_folder(self) -> Path:
        """Where ACKs go that are not written beside a batch (after confirming a key)."""
        return self.home / "acks"

    @property
    def paper_folder(self) -> Path:
        base = self.store.path.parent if self.store.path is not None else self.home
        return base / "paper"

    def saved(self) -> None:
        self.changed.emit()
