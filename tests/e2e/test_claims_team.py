"""The claim memory on a team database: what the roles may do, and the upgrade of a
desk that ran ``team init`` before migration 0004 existed."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import create_engine

from factcheck.domain import AnnotationKind
from factcheck.services import AnnotationDraft, Workspace, team
from factcheck.services.claim_memory import ClaimMemory
from factcheck.services.suggestion_learning import SuggestionLearning
from factcheck.services.team import add_user, init_team
from factcheck.storage import database as database_module
from factcheck.storage.engine import database_url
from factcheck.storage.migrate import alembic_config
from tests.e2e.test_team_desk import SECRET, Desk, desk  # noqa: F401 - the fixture
from tests.helpers.claimreviews import PARAPHRASES, all_reviews, as_list, url_of
from tests.helpers.postgres import PostgresServer


def _search_and_mark(url: str, sample_path: Path) -> None:
    workspace = Workspace.open(url, "typed")
    memory = ClaimMemory(workspace.database)
    try:
        memory.import_bytes(as_list(all_reviews()), "feed.json")
        assert memory.search(PARAPHRASES[0][0], limit=1)[0].url == url_of("moon-cheese")
        document = workspace.import_file(sample_path)
        assert document.id is not None
        made = workspace.annotate_text(
            document.id,
            "a 50-day ultimatum",
            AnnotationDraft(kind=AnnotationKind.CLAIM, verdict="true"),
        )
        (hit,) = memory.search("Trump gave Russia a 50-day ultimatum", limit=1)
        assert hit.annotation == made.id and hit.rating == "True"
        # A reviewer's dismissed suggestion teaches the desk (and reads back).
        learning = SuggestionLearning(workspace.database, workspace.author)
        learning.dismiss("Share this Post")
        assert learning.examples()[1] == 1
    finally:
        workspace.close()


def test_a_reviewer_imports_feeds_and_searches(desk: Desk, sample_path: Path) -> None:  # noqa: F811
    _search_and_mark(desk.reviewer, sample_path)
    # Another login's search catches up with the reviewer's marks, through the grants.
    editor = Workspace.open(desk.editor, "typed")
    try:
        found = ClaimMemory(editor.database).search("a 50-day ultimatum by Trump", limit=3)
        assert any(m.origin.value == "document" for m in found)
    finally:
        editor.close()
    # The derived tables take no hand edits that bypass the roles' rights.
    with (
        desk.psql(desk.reviewer) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("DELETE FROM claim_reviews")


def test_a_desk_set_up_before_the_claim_memory_gets_its_grants_on_upgrade(
    pg_url: str, postgres_server: PostgresServer, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_engine(database_url(pg_url))
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
    finally:
        engine.dispose()
    # The app of before: schema 0002, and team init without the claim tables' grants.
    with monkeypatch.context() as old_app:
        old_app.setattr(database_module, "ensure_schema", lambda *args, **kwargs: None)
        for name in ("_REVIEWER_GRANTS", "_EDITOR_GRANTS"):
            newer = ("claim_", "suggestion")  # tables of migrations 0004 and 0005
            old = [g for g in getattr(team, name) if not any(word in g for word in newer)]
            old_app.setattr(team, name, old)
        owner = Workspace.open(pg_url, "owner")
        init_team(owner.database)
        login = f"ria_{pg_url.rsplit('/', 1)[1]}"
        add_user(owner.database, login, "reviewer", SECRET)
        owner.close()
    # The owner opens it with this app: migration 0004 runs, and grants.
    Workspace.open(pg_url, "owner").close()
    reviewer = postgres_server.url(login, SECRET, pg_url.rsplit("/", 1)[1])
    _search_and_mark(reviewer, sample_path)
