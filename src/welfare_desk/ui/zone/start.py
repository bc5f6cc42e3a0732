"""Starting the zone's window: ``welfare-desk [--lang th|en] zone --db ZONE.db``
(or ``--zone-url URL --zone-dir DIR``) with no command after it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from welfare_desk.db.zone_store import ZoneStore
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_
from welfare_desk.sync.keys import zone_dir
from welfare_desk.ui import errors
from welfare_desk.ui.session import AppSettings
from welfare_desk.ui.start import application, prepare
from welfare_desk.ui.zone import tour
from welfare_desk.ui.zone.session import ZoneSession
from welfare_desk.ui.zone.window import ZoneWindow


def open_zone(zone_db: str | None, zone_url: str | None, home: Path | None,
              settings: AppSettings) -> ZoneSession:
    """The zone's database and key folder, as ``welfare-desk zone`` finds them."""
    if bool(zone_db) == bool(zone_url):
        raise UserError(N_("Give the zone's database: --db ZONE.db or --zone-url URL"))
    if zone_url and home is None:
        raise UserError(N_("With --zone-url, say where the zone's keys are: --zone-dir DIR"))
    target = zone_url or str(zone_db)
    if zone_db and not Path(zone_db).exists():
        raise UserError(N_("There is no zone database at {path}; create the zone first: "
                           "welfare-desk zone --db {path} init --name NAME"), path=str(zone_db))
    store = ZoneStore.open(target)
    return ZoneSession(store, home or zone_dir(Path(target)), settings)


def run_zone_desktop(zone_db: str | None, zone_url: str | None, home: Path | None,
                     lang: str | None) -> int:
    app = application()
    settings = AppSettings()
    prepare(app, settings, lang)
    try:
        zone = open_zone(zone_db, zone_url, home, settings)
    except Exception as exc:
        errors.show_error(None, exc)
        return 2
    try:
        window = ZoneWindow(zone)
    except Exception as exc:  # not a zone's database, most likely
        zone.store.close()
        errors.show_error(None, exc)
        return 2
    window.show()
    if not tour.start_if_asked(window):
        QTimer.singleShot(0, window.unlock)
    code = app.exec()
    zone.store.close()
    return code
