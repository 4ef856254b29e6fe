"""The claim memory: ClaimReviews from feeds, and the searchable entries derived from
them and from the claims marked in documents.

- ``claim_reviews`` keeps each imported ClaimReview once (``key``: its URL);
- ``claim_memory`` holds one entry per review and per claim annotation, with its
  index terms; it is derived data, kept current by the claim memory service
  (``factcheck.services.claim_memory``), which follows the ``changes`` log;
- ``claim_memory_state`` (one row) remembers how far in that log the memory is and
  counts the memory's changes, so that a cached index knows when it is stale.

On a team database that ``team init`` set up already, the roles get their rights on
the new tables here (``team init`` grants them on later databases).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TEAM_GRANTS = """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'factcheck_reviewer') THEN
        GRANT SELECT, INSERT, UPDATE ON claim_reviews TO factcheck_reviewer;
        GRANT SELECT, INSERT, UPDATE, DELETE ON claim_memory TO factcheck_reviewer;
        GRANT SELECT, UPDATE ON claim_memory_state TO factcheck_reviewer;
        GRANT USAGE, SELECT ON SEQUENCE claim_reviews_id_seq, claim_memory_id_seq
            TO factcheck_reviewer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'factcheck_editor') THEN
        GRANT DELETE ON claim_reviews TO factcheck_editor;
    END IF;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "claim_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=2000), nullable=False),
        sa.Column("claim", sa.Text(), nullable=False),
        sa.Column("rating", sa.String(length=200), nullable=False),
        sa.Column("rating_value", sa.Float(), nullable=True),
        sa.Column("best_rating", sa.Float(), nullable=True),
        sa.Column("worst_rating", sa.Float(), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("publisher", sa.String(length=300), nullable=False),
        sa.Column("publisher_url", sa.String(length=2000), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("claim_author", sa.String(length=300), nullable=False),
        sa.Column("claim_date", sa.Date(), nullable=True),
        sa.Column("appearances", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("feed", sa.String(length=1000), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_reviews")),
        sa.UniqueConstraint("key", name=op.f("uq_claim_reviews_key")),
    )
    op.create_table(
        "claim_memory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("annotation_id", sa.Integer(), nullable=True),
        sa.Column("stamp", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["annotation_id"],
            ["annotations.id"],
            name=op.f("fk_claim_memory_annotation_id_annotations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["claim_reviews.id"],
            name=op.f("fk_claim_memory_review_id_claim_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_memory")),
        sa.UniqueConstraint("annotation_id", name=op.f("uq_claim_memory_annotation_id")),
        sa.UniqueConstraint("review_id", name=op.f("uq_claim_memory_review_id")),
    )
    state = op.create_table(
        "claim_memory_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("changes_seen", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_memory_state")),
    )
    op.bulk_insert(state, [{"id": 1, "generation": 0, "changes_seen": ""}])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(TEAM_GRANTS)


def downgrade() -> None:
    op.drop_table("claim_memory_state")
    op.drop_table("claim_memory")
    op.drop_table("claim_reviews")
