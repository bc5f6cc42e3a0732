"""Who is working on which fund, and the app's remembered settings."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from welfare_desk.db.database import Database
from welfare_desk.ledger.fund import PERMISSIONS, FundProfile, User
from welfare_desk.services.funds import fund_profile


def config_file() -> Path:
    """$WELFARE_DESK_CONFIG, else the platform's config folder."""
    env = os.environ.get("WELFARE_DESK_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("welfare-desk", appauthor=False)) / "welfare-desk.ini"


class AppSettings:
    """What the app remembers between starts (never data of the fund)."""

    def __init__(self, path: Path | None = None) -> None:
        self._qs = QSettings(str(path or config_file()), QSettings.Format.IniFormat)

    def _text(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        lang = self._text("language", "th")
        return lang if lang in ("th", "en") else "th"

    @language.setter
    def language(self, lang: str) -> None:
        self._qs.setValue("language", lang)

    @property
    def last_database(self) -> Path | None:
        text = self._text("last_database")
        return Path(text) if text else None

    @last_database.setter
    def last_database(self, path: Path) -> None:
        self._qs.setValue("last_database", str(path))

    @property
    def backup_folder(self) -> Path | None:
        text = self._text("backup_folder")
        return Path(text) if text else None

    @backup_folder.setter
    def backup_folder(self, path: Path) -> None:
        self._qs.setValue("backup_folder", str(path))

    @property
    def stick_folder(self) -> Path | None:
        """Where the last batch went or the last file for the zone came from (a USB stick)."""
        text = self._text("sync/stick_folder")
        return Path(text) if text else None

    @stick_folder.setter
    def stick_folder(self, path: Path) -> None:
        self._qs.setValue("sync/stick_folder", str(path))

    @property
    def last_page(self) -> str:
        return self._text("window/last_page", "home")

    @last_page.setter
    def last_page(self, name: str) -> None:
        self._qs.setValue("window/last_page", name)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    def sync(self) -> None:
        self._qs.sync()


class Session(QObject):
    """The open fund and the signed-in user; ``changed`` after every saved change."""

    changed = Signal()
    language_chosen = Signal(str)  # the main window rebuilds itself in that language

    def __init__(self, db: Database, user: User, settings: AppSettings) -> None:
        super().__init__()
        self.db = db
        self.user = user
        self.settings = settings
        self.fund: FundProfile = fund_profile(db)

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS[self.user.role]

    def saved(self) -> None:
        """Call after a change was committed: pages showing data refresh."""
        self.fund = fund_profile(self.db)
        self.changed.emit()
