"""Suggestions that learn from the desk.

- ``dismissed_suggestions``: every sentence a reviewer dismissed as "not a claim"
  (a negative example; the claims marked are the positive ones);
- ``suggestion_learning``: one row, ``reset_at``: examples from before it are not
  learnt from (Preferences > Reset what suggestions learnt).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TEAM_GRANTS = """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'factcheck_reviewer') THEN
        GRANT SELECT, INSERT, DELETE ON dismissed_suggestions TO factcheck_reviewer;
        GRANT SELECT ON suggestion_learning TO factcheck_reviewer;
        GRANT USAGE, SELECT ON SEQUENCE dismissed_suggestions_id_seq TO factcheck_reviewer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'factcheck_editor') THEN
        GRANT UPDATE ON suggestion_learning TO factcheck_editor;
    END IF;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "dismissed_suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=300), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dismissed_suggestions")),
    )
    state = op.create_table(
        "suggestion_learning",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reset_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion_learning")),
    )
    op.bulk_insert(state, [{"id": 1, "reset_at": None}])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(TEAM_GRANTS)


def downgrade() -> None:
    op.drop_table("suggestion_learning")
    op.drop_table("dismissed_suggestions")
