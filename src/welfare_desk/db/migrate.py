"""Schema versions: Alembic migrations shipped inside the package, applied on open.

``HEAD`` (db/schema_version.py) is the newest revision this app knows; reading
it needs no Alembic import, so opening an up-to-date database stays fast. A test
keeps it equal to the migration scripts' head.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from welfare_desk.db.schema_version import HEAD, KNOWN_REVISIONS
from welfare_desk.ledger.errors import UserError
from welfare_desk.ledger.text import N_

__all__ = ["HEAD", "KNOWN_REVISIONS", "current_revision", "needs_upgrade", "refuse_newer_file",
           "script_head", "upgrade"]
MIGRATIONS = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _refuse_unknown(revision: str | None) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise UserError(
            N_("This database was written by a newer Welfare Desk (schema {revision}); "
               "install the newer version to open it. Nothing was changed."),
            revision=revision,
        )


def refuse_newer_file(path: Path) -> None:
    """Refuses a file a newer version wrote before anything opens it for writing
    (even switching it to WAL would rewrite its header): read-only, sqlite3 alone."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return  # no schema yet, or not ours: opening it says what is wrong
    _refuse_unknown(row[0] if row else None)


def needs_upgrade(engine: Engine) -> bool:
    with engine.connect().execution_options(read_only=True) as conn:
        revision = current_revision(conn)
    _refuse_unknown(revision)
    return revision != HEAD


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def script_head() -> str | None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()
