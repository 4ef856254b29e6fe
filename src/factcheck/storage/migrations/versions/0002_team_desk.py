"""The team desk: annotation versions, assignees, stable ids, a change log and, on
PostgreSQL, the rules the database itself enforces.

- ``annotations.version`` (1, +1 on each change) makes every edit a compare-and-set;
- ``modified_by`` says who changed an annotation last; ``assignee`` splits the work
  (on documents too);
- ``uid`` on documents, versions and annotations lets ``db copy`` recognise what it
  copied before;
- ``changes`` is filled by triggers on every write, whatever the path: ``watch`` and
  open apps read it from the last id they saw. On PostgreSQL each row also sends a
  NOTIFY, so readers wake at once instead of polling.
- On PostgreSQL a guard trigger records the login (``current_user``) as the author
  and modifier, counts the version, and refuses what only an editor may do: set or
  withdraw ``approved``, change an approved annotation (or its sources), delete
  someone else's annotation.

SQLite rebuilds a table on batch alterations, which drops its triggers: a later
migration that batch-alters ``annotations``, ``documents`` or ``versions`` must
create them again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CHANNEL = "factcheck_changes"

SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
SQLITE_TRIGGERS = [
    """CREATE TRIGGER factcheck_annotation_added AFTER INSERT ON annotations BEGIN
        INSERT INTO changes (annotation_id, document_id, event, version, by, at)
        VALUES (NEW.id, NEW.document_id, 'added', NEW.version, NEW.modified_by, NEW.updated_at);
    END""",
    """CREATE TRIGGER factcheck_annotation_changed AFTER UPDATE ON annotations BEGIN
        INSERT INTO changes (annotation_id, document_id, event, version, by, at)
        VALUES (NEW.id, NEW.document_id,
            CASE WHEN NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN 'deleted'
                 WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NOT NULL THEN 'added'
                 ELSE 'changed' END,
            NEW.version, NEW.modified_by, NEW.updated_at);
    END""",
    f"""CREATE TRIGGER factcheck_document_added AFTER INSERT ON documents BEGIN
        INSERT INTO changes (annotation_id, document_id, event, version, by, at)
        VALUES (NULL, NEW.id, 'document', NULL, '', {SQLITE_NOW});
    END""",
    f"""CREATE TRIGGER factcheck_document_changed AFTER UPDATE ON documents BEGIN
        INSERT INTO changes (annotation_id, document_id, event, version, by, at)
        VALUES (NULL, NEW.id, 'document', NULL, '', {SQLITE_NOW});
    END""",
    f"""CREATE TRIGGER factcheck_document_deleted AFTER DELETE ON documents BEGIN
        INSERT INTO changes (annotation_id, document_id, event, version, by, at)
        VALUES (NULL, OLD.id, 'document', NULL, '', {SQLITE_NOW});
    END""",
    f"""CREATE TRIGGER factcheck_version_added AFTER INSERT ON versions BEGIN
        INSERT INTO changes (annotation_id, document_id, event, version, by, at)
        VALUES (NULL, NEW.document_id, 'document', NULL, '', {SQLITE_NOW});
    END""",
]
SQLITE_TRIGGER_NAMES = [
    "factcheck_annotation_added",
    "factcheck_annotation_changed",
    "factcheck_document_added",
    "factcheck_document_changed",
    "factcheck_document_deleted",
    "factcheck_version_added",
]

# Functions pin their search_path: a login cannot shadow the tables they read.
POSTGRES_OBJECTS = [
    """CREATE FUNCTION factcheck_is_editor() RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
    DECLARE
        owner_name name;
    BEGIN
        SELECT pg_catalog.pg_get_userbyid(c.relowner) INTO owner_name
          FROM pg_catalog.pg_class c WHERE c.oid = 'annotations'::regclass;
        IF pg_catalog.pg_has_role(current_user, owner_name, 'MEMBER') THEN
            RETURN true;  -- the database owner runs team init and copies: an editor
        END IF;
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'factcheck_editor') THEN
            RETURN pg_catalog.pg_has_role(current_user, 'factcheck_editor', 'MEMBER');
        END IF;
        RETURN false;
    END $$""",
    """CREATE FUNCTION factcheck_annotation_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    DECLARE
        editor boolean := factcheck_is_editor();
        -- db copy (an editor's job) keeps the authors and versions of the copied rows
        keep_authors boolean := editor
            AND coalesce(current_setting('factcheck.keep_authors', true), '') = 'on';
    BEGIN
        IF TG_OP = 'INSERT' THEN
            IF NOT keep_authors THEN
                NEW.author := current_user;
                NEW.modified_by := current_user;
                NEW.version := 1;
            END IF;
            IF NEW.status = 'approved' AND NOT editor THEN
                RAISE EXCEPTION 'only an editor can approve an annotation'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END IF;
        IF NOT keep_authors THEN
            NEW.author := OLD.author;
            NEW.modified_by := current_user;
            NEW.version := OLD.version + 1;
        END IF;
        -- An approval lapses by itself when the approved words change in a new draft.
        IF (NEW.status = 'approved') <> (OLD.status = 'approved') AND NOT editor
           AND NOT (OLD.status = 'approved' AND NEW.exact IS DISTINCT FROM OLD.exact) THEN
            RAISE EXCEPTION 'only an editor can approve an annotation or withdraw an approval'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- Signed off is signed off: what the editor approved changes only through an
        -- editor (a new draft may still move it, and lapse it when its words change).
        IF OLD.status = 'approved' AND NOT editor
           AND (NEW.kind, NEW.verdict, NEW.speaker, NEW.note, NEW.assignee, NEW.deleted_at)
               IS DISTINCT FROM
               (OLD.kind, OLD.verdict, OLD.speaker, OLD.note, OLD.assignee, OLD.deleted_at) THEN
            RAISE EXCEPTION 'an approved annotation can only be changed by an editor'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (NEW.deleted_at IS NULL) <> (OLD.deleted_at IS NULL)
           AND OLD.author <> current_user AND NOT editor THEN
            RAISE EXCEPTION 'only an editor can delete or restore another checker''s annotation'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER factcheck_annotation_guard BEFORE INSERT OR UPDATE ON annotations
        FOR EACH ROW EXECUTE FUNCTION factcheck_annotation_guard()""",
    """CREATE FUNCTION factcheck_source_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    DECLARE
        parent integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.annotation_id
                               ELSE NEW.annotation_id END;
    BEGIN
        IF NOT factcheck_is_editor() AND EXISTS (
            SELECT 1 FROM annotations WHERE id = parent AND status = 'approved'
        ) THEN
            RAISE EXCEPTION 'an approved annotation can only be changed by an editor'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$""",
    """CREATE TRIGGER factcheck_source_guard BEFORE INSERT OR UPDATE OR DELETE ON sources
        FOR EACH ROW EXECUTE FUNCTION factcheck_source_guard()""",
    """CREATE FUNCTION factcheck_history_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
        IF NOT (factcheck_is_editor()
                AND coalesce(current_setting('factcheck.keep_authors', true), '') = 'on') THEN
            NEW.author := current_user;
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER factcheck_history_guard BEFORE INSERT ON annotation_history
        FOR EACH ROW EXECUTE FUNCTION factcheck_history_guard()""",
    """CREATE FUNCTION factcheck_log_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
        IF TG_TABLE_NAME = 'annotations' THEN
            INSERT INTO changes (annotation_id, document_id, event, version, by, at)
            VALUES (NEW.id, NEW.document_id,
                CASE WHEN TG_OP = 'INSERT' THEN 'added'
                     WHEN NEW.deleted_at IS NOT NULL AND OLD.deleted_at IS NULL THEN 'deleted'
                     WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NOT NULL THEN 'added'
                     ELSE 'changed' END,
                NEW.version, NEW.modified_by, NEW.updated_at);
        ELSIF TG_TABLE_NAME = 'versions' THEN
            INSERT INTO changes (annotation_id, document_id, event, version, by, at)
            VALUES (NULL, NEW.document_id, 'document', NULL, current_user, now());
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO changes (annotation_id, document_id, event, version, by, at)
            VALUES (NULL, OLD.id, 'document', NULL, current_user, now());
        ELSE
            INSERT INTO changes (annotation_id, document_id, event, version, by, at)
            VALUES (NULL, NEW.id, 'document', NULL, current_user, now());
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER factcheck_annotation_logged AFTER INSERT OR UPDATE ON annotations
        FOR EACH ROW EXECUTE FUNCTION factcheck_log_change()""",
    """CREATE TRIGGER factcheck_document_logged AFTER INSERT OR UPDATE OR DELETE ON documents
        FOR EACH ROW EXECUTE FUNCTION factcheck_log_change()""",
    """CREATE TRIGGER factcheck_version_logged AFTER INSERT ON versions
        FOR EACH ROW EXECUTE FUNCTION factcheck_log_change()""",
    f"""CREATE FUNCTION factcheck_notify_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
        PERFORM pg_catalog.pg_notify('{CHANNEL}', json_build_object(
            'change', NEW.id, 'annotation', NEW.annotation_id,
            'document', NEW.document_id)::text);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER factcheck_change_notified AFTER INSERT ON changes
        FOR EACH ROW EXECUTE FUNCTION factcheck_notify_change()""",
]
POSTGRES_DROPS = [
    "DROP TRIGGER IF EXISTS factcheck_change_notified ON changes",
    "DROP TRIGGER IF EXISTS factcheck_version_logged ON versions",
    "DROP TRIGGER IF EXISTS factcheck_document_logged ON documents",
    "DROP TRIGGER IF EXISTS factcheck_annotation_logged ON annotations",
    "DROP TRIGGER IF EXISTS factcheck_history_guard ON annotation_history",
    "DROP TRIGGER IF EXISTS factcheck_source_guard ON sources",
    "DROP TRIGGER IF EXISTS factcheck_annotation_guard ON annotations",
    "DROP FUNCTION IF EXISTS factcheck_notify_change()",
    "DROP FUNCTION IF EXISTS factcheck_log_change()",
    "DROP FUNCTION IF EXISTS factcheck_history_guard()",
    "DROP FUNCTION IF EXISTS factcheck_source_guard()",
    "DROP FUNCTION IF EXISTS factcheck_annotation_guard()",
    "DROP FUNCTION IF EXISTS factcheck_is_editor()",
]


def _fill_uids(table: str) -> None:
    bind = op.get_bind()
    ids = bind.execute(sa.text(f"SELECT id FROM {table}")).scalars().all()
    if ids:
        bind.execute(
            sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"),
            [{"uid": str(uuid.uuid4()), "id": i} for i in ids],
        )


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("assignee", sa.String(300), nullable=False, server_default=""))
        batch.add_column(sa.Column("uid", sa.String(36), nullable=True))
    with op.batch_alter_table("versions") as batch:
        batch.add_column(sa.Column("uid", sa.String(36), nullable=True))
    with op.batch_alter_table("annotations") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("assignee", sa.String(300), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("modified_by", sa.String(300), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("uid", sa.String(36), nullable=True))
    op.execute("UPDATE annotations SET modified_by = author")
    for table in ("documents", "versions", "annotations"):
        _fill_uids(table)
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uid", existing_type=sa.String(36), nullable=False)
            batch.create_unique_constraint(f"uq_{table}_uid", ["uid"])

    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("annotation_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("by", sa.String(length=300), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )
    for statement in POSTGRES_OBJECTS if postgres else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DROPS:
            op.execute(statement)
    else:
        for name in SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("changes")
    with op.batch_alter_table("annotations") as batch:
        batch.drop_constraint("uq_annotations_uid", type_="unique")
        for column in ("uid", "modified_by", "assignee", "version"):
            batch.drop_column(column)
    with op.batch_alter_table("versions") as batch:
        batch.drop_constraint("uq_versions_uid", type_="unique")
        batch.drop_column("uid")
    with op.batch_alter_table("documents") as batch:
        batch.drop_constraint("uq_documents_uid", type_="unique")
        batch.drop_column("uid")
        batch.drop_column("assignee")
