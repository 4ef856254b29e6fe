"""Setting up a team database on PostgreSQL: roles, grants, logins.

What a role may do is PostgreSQL's business, not the app's: the grants below and
the guard trigger of migration 0002 hold for every client, a psql session included.

- ``factcheck_reviewer``: reads everything; imports drafts and new versions; marks,
  rates and edits annotations; deletes only their own. History is append-only.
- ``factcheck_editor``: everything a reviewer may, plus approving, deleting anyone's
  annotation, deleting documents and changing the verdict scale.

Both import ClaimReview feeds into the claim memory and keep its derived entries
current (migration 0004 grants the same on a team database set up before it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from factcheck.errors import NotAllowed, UserInputError
from factcheck.storage import Database

REVIEWER_ROLE = "factcheck_reviewer"
EDITOR_ROLE = "factcheck_editor"
ROLES = {"reviewer": REVIEWER_ROLE, "editor": EDITOR_ROLE}

# PostgreSQL would take nearly anything quoted; a login name people type into a
# connection dialog and read in the history should be plain.
LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")

_REVIEWER_GRANTS = [
    "GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO factcheck_reviewer",
    "GRANT INSERT, UPDATE ON documents, versions, annotations TO factcheck_reviewer",
    # Replacing an annotation's sources deletes the old rows.
    "GRANT INSERT, UPDATE, DELETE ON sources TO factcheck_reviewer",
    "GRANT INSERT ON annotation_history, changes TO factcheck_reviewer",
    # The claim memory: anyone may import feeds; its derived entries follow every edit.
    "GRANT INSERT, UPDATE ON claim_reviews TO factcheck_reviewer",
    "GRANT INSERT, UPDATE, DELETE ON claim_memory TO factcheck_reviewer",
    "GRANT UPDATE ON claim_memory_state TO factcheck_reviewer",
    # Suggestions learn from what anyone dismisses (and undoes); a reset is an editor's call.
    "GRANT INSERT, DELETE ON dismissed_suggestions TO factcheck_reviewer",
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO factcheck_reviewer",
]
_EDITOR_GRANTS = [
    "GRANT factcheck_reviewer TO factcheck_editor",
    "GRANT DELETE ON documents, versions, annotations TO factcheck_editor",
    "GRANT INSERT, UPDATE, DELETE ON verdict_labels TO factcheck_editor",
    "GRANT DELETE ON claim_reviews TO factcheck_editor",
    "GRANT UPDATE ON suggestion_learning TO factcheck_editor",
]


@dataclass(frozen=True)
class TeamSetup:
    database: str
    schema: str
    created_roles: tuple[str, ...]


def _require_team(database: Database) -> None:
    if not database.is_team:
        raise UserInputError(
            "team commands need a PostgreSQL database: --db postgresql://USER@HOST:PORT/DB"
        )


def init_team(database: Database) -> TeamSetup:
    """Roles, grants and (through the migrations, already run) the guard triggers.

    Run by the database owner, who needs the CREATEROLE right the first time (the
    roles belong to the whole server, so a second database reuses them). Rerunning
    it is harmless.
    """
    _require_team(database)
    created: list[str] = []
    with database.connection() as connection:
        names = connection.execute(
            text("SELECT current_database(), current_schema(), current_user")
        ).one()
        db_name, schema, user = names
        owner = connection.execute(
            text(
                "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'annotations'::regclass"
            )
        ).scalar_one()
        if not connection.execute(
            text("SELECT pg_has_role(current_user, :owner, 'MEMBER')"), {"owner": owner}
        ).scalar_one():
            raise NotAllowed(f"team init must be run by the database owner ({owner}), not {user}")
        for role in (REVIEWER_ROLE, EDITOR_ROLE):
            exists = connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
            ).scalar()
            if not exists:
                if not _may_create_roles(connection):
                    raise NotAllowed(
                        f"the role {role} does not exist yet and {user} may not create roles; "
                        "run team init once as a login with CREATEROLE"
                    )
                connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
                created.append(role)
        quoted_db = connection.dialect.identifier_preparer.quote(db_name)
        quoted_schema = connection.dialect.identifier_preparer.quote(schema)
        connection.execute(
            text(f"GRANT CONNECT ON DATABASE {quoted_db} TO {REVIEWER_ROLE}, {EDITOR_ROLE}")
        )
        connection.execute(text(f"GRANT USAGE ON SCHEMA {quoted_schema} TO {REVIEWER_ROLE}"))
        for statement in _REVIEWER_GRANTS + _EDITOR_GRANTS:
            connection.execute(text(statement.format(schema=quoted_schema)))
    return TeamSetup(db_name, schema, tuple(created))


def _may_create_roles(connection: Any) -> bool:
    return bool(
        connection.execute(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
    )


def add_user(database: Database, name: str, role: str, password: str | None) -> bool:
    """Create the login ``name`` in ``role`` (or give an existing login that role).

    The password is hashed here (SCRAM) before it is sent: the server's statement log
    never sees it. Returns True when the login is new.
    """
    _require_team(database)
    if role not in ROLES:
        raise UserInputError(f"unknown role {role!r}; choose reviewer or editor")
    if not LOGIN_NAME.fullmatch(name):
        raise UserInputError(
            "a login name is lower-case letters, digits, '_', '.' or '-', "
            "starting with a letter, at most 63 characters"
        )
    if password is not None and not password:
        raise UserInputError("the password is empty")
    group = ROLES[role]
    with database.connection() as connection:
        if not connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": group}
        ).scalar():
            raise UserInputError(
                f"the role {group} does not exist: run 'factcheck team init' first"
            )
        if not _may_create_roles(connection):
            raise NotAllowed("adding users needs a login with CREATEROLE (the database owner)")
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
        ).scalar()
        quoted = connection.dialect.identifier_preparer.quote(name)
        if not exists:
            connection.execute(text(f"CREATE ROLE {quoted} LOGIN"))
        connection.execute(text(f"GRANT {group} TO {quoted}"))
        other = ROLES["editor" if role == "reviewer" else "reviewer"]
        if role == "reviewer" and exists:
            # Taking editor away: a reviewer is only a reviewer.
            connection.execute(text(f"REVOKE {other} FROM {quoted}"))
        if password is not None:
            driver = connection.connection.driver_connection
            if driver is None:
                raise RuntimeError("no live connection to hash the password with")
            hashed = driver.pgconn.encrypt_password(
                password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256"
            ).decode("ascii")
            # A SCRAM verifier is letters, digits, + / = $ : only: safe as a literal.
            # (As driver SQL: the verifier's colons are not bind parameters.)
            connection.exec_driver_sql(f"ALTER ROLE {quoted} PASSWORD '{hashed}'")
    return not exists
