"""Sources that are not web pages, and a verdict scale of their own for quotes.

- ``sources.kind``: web (the default, as before), document, interview, email or
  phone; a source that is not a web page may have no URL (stored as "").
- ``verdict_labels.applies_to``: "claim" (every existing label) or "quote". The
  default quote scale is added (Accurately quoted, Inaccurate, Out of context,
  Unverifiable quote) unless a label already uses one of its keys. Verdicts already
  given to quotes are kept as they are: a migration does not re-judge anyone's work.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen here on purpose: the app's defaults may change, this migration may not.
QUOTE_LABELS = [
    ("accurately-quoted", "Accurately quoted", "#2e7d32"),
    ("inaccurate", "Inaccurate", "#c62828"),
    ("out-of-context", "Out of context", "#8e24aa"),
    ("unverifiable-quote", "Unverifiable quote", "#546e7a"),
]


def upgrade() -> None:
    # ADD COLUMN (no table rebuild): the triggers of migration 0002 stay in place.
    op.add_column("sources", sa.Column("kind", sa.String(20), nullable=False, server_default="web"))
    op.add_column(
        "verdict_labels",
        sa.Column("applies_to", sa.String(10), nullable=False, server_default="claim"),
    )
    labels = sa.table(
        "verdict_labels",
        sa.column("key", sa.String),
        sa.column("label", sa.String),
        sa.column("colour", sa.String),
        sa.column("position", sa.Integer),
        sa.column("rating", sa.Integer),
        sa.column("applies_to", sa.String),
    )
    bind = op.get_bind()
    taken = {row[0] for row in bind.execute(sa.select(labels.c.key))}
    rows = [
        {
            "key": key,
            "label": label,
            "colour": colour,
            "position": position,
            "rating": None,
            "applies_to": "quote",
        }
        for position, (key, label, colour) in enumerate(QUOTE_LABELS)
        if key not in taken
    ]
    if rows:
        op.bulk_insert(labels, rows)


def downgrade() -> None:
    op.execute("DELETE FROM verdict_labels WHERE applies_to = 'quote'")
    with op.batch_alter_table("verdict_labels") as batch:
        batch.drop_column("applies_to")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("kind")
