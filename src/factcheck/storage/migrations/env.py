"""Alembic environment: runs on the connection the app hands over (see storage/migrate.py)."""

from __future__ import annotations

from alembic import context

from factcheck.storage.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes one
    raise RuntimeError("factcheck migrations run through factcheck.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
