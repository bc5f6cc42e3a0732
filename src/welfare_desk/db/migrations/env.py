"""Alembic environment: runs on the connection the app hands over (see db/migrate.py)."""

from __future__ import annotations

from alembic import context

from welfare_desk.db.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` command line during development
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sqlite"
    connection = create_engine(url).connect()

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
