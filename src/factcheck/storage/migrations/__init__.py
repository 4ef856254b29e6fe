"""Alembic migrations. The first table came with the first migration.

``SCHEMA_HEAD`` lets the app see "up to date" without loading Alembic on every
start; tests/unit/test_migrations.py keeps it equal to the newest script.
"""

SCHEMA_HEAD = "0005"
