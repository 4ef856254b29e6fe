"""The team desk on a real PostgreSQL server (the private one of tests/helpers/postgres.py).

Roles are enforced by the database itself, the login is who is recorded, a stale
change is refused, changes reach a watcher, a server that goes away and comes back
is survived, ``db copy`` is rerun-safe, and no message ever shows a password.
"""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from factcheck.domain import AnnotationKind, ReviewStatus, Source, SourceKind
from factcheck.errors import NotAllowed, ServerUnavailable
from factcheck.services import AnnotationDraft, Workspace
from factcheck.services.claim_memory import ClaimMemory
from factcheck.services.suggestion_learning import SuggestionLearning
from factcheck.services.team import add_user, init_team
from factcheck.storage.migrations import SCHEMA_HEAD
from tests.helpers.claimreviews import PARAPHRASES, all_reviews, as_list, url_of
from tests.helpers.concurrency import append_to_note, run_writers
from tests.helpers.fixtures import CliRunner, database_dump
from tests.helpers.postgres import PostgresServer

WATCH_LIMITS = ("--count", "3", "--timeout", "30")
SECRET = "Zebra-S3cret-42"  # every login's password here; it must never be printed


@dataclass
class Desk:
    owner: str
    reviewer: str  # URL of a reviewer's login
    second_reviewer: str
    editor: str
    names: dict[str, str]  # role in the test -> login name

    def psql(self, url: str) -> psycopg.Connection:
        return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))


@pytest.fixture
def desk(pg_url: str, postgres_server: PostgresServer) -> Desk:
    """A team database after ``team init``, with two reviewers and an editor."""
    owner = Workspace.open(pg_url, "ignored")
    init_team(owner.database)
    suffix = pg_url.rsplit("/", 1)[1]  # logins are server-wide: one set per database
    names = {
        "reviewer": f"rita_{suffix}",
        "second_reviewer": f"sam_{suffix}",
        "editor": f"eddie_{suffix}",
    }
    for key, name in names.items():
        add_user(owner.database, name, "editor" if key == "editor" else "reviewer", SECRET)
    owner.close()
    dbname = pg_url.rsplit("/", 1)[1]
    urls = {key: postgres_server.url(name, SECRET, dbname) for key, name in names.items()}
    return Desk(pg_url, urls["reviewer"], urls["second_reviewer"], urls["editor"], names)


def _one_claim(url: str, sample_path: Path) -> tuple[int, int]:
    workspace = Workspace.open(url, "typed name")
    try:
        document = workspace.import_file(sample_path)
        assert document.id is not None
        made = workspace.annotate_text(
            document.id, "three-hour meeting", AnnotationDraft(kind=AnnotationKind.CLAIM)
        )
        assert made.id is not None
        return document.id, made.id
    finally:
        workspace.close()


def test_the_login_is_recorded_not_the_typed_name(desk: Desk, sample_path: Path) -> None:
    _, annotation_id = _one_claim(desk.reviewer, sample_path)
    workspace = Workspace.open(desk.reviewer, "Somebody Else")
    try:
        annotation = workspace.annotation(annotation_id)
        assert annotation.author == desk.names["reviewer"]
        assert {e.author for e in workspace.history(annotation_id)} == {desk.names["reviewer"]}
    finally:
        workspace.close()


def test_a_reviewers_raw_sql_cannot_approve_delete_or_rewrite_history(
    desk: Desk, sample_path: Path
) -> None:
    _, annotation_id = _one_claim(desk.second_reviewer, sample_path)
    attempts = [
        f"UPDATE annotations SET status = 'approved' WHERE id = {annotation_id}",
        f"UPDATE annotations SET deleted_at = now() WHERE id = {annotation_id}",
        f"DELETE FROM annotations WHERE id = {annotation_id}",
        "UPDATE annotation_history SET author = 'nobody'",
        "DELETE FROM annotation_history",
        "ALTER TABLE annotations DISABLE TRIGGER ALL",
        "UPDATE verdict_labels SET label = 'Fine'",
        f"UPDATE annotations SET author = 'someone' WHERE id = {annotation_id}",
    ]
    with desk.psql(desk.reviewer) as connection:
        connection.autocommit = True
        for statement in attempts[:-1]:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
        # Not refused, but the guard keeps the author and records the login.
        connection.execute(attempts[-1])
        row = connection.execute(
            f"SELECT author, modified_by FROM annotations WHERE id = {annotation_id}"
        ).fetchone()
    assert row is not None
    author, modified_by = row
    assert (author, modified_by) == (desk.names["second_reviewer"], desk.names["reviewer"])

    editor = Workspace.open(desk.editor, "")
    try:
        approved = editor.update_annotation(annotation_id, status=ReviewStatus.APPROVED)
        assert approved.status is ReviewStatus.APPROVED
        editor.delete_annotation(annotation_id)  # someone else's: an editor may
    finally:
        editor.close()


def test_reviewers_cannot_approve_through_the_app_but_may_delete_their_own(
    desk: Desk, sample_path: Path
) -> None:
    document_id, own = _one_claim(desk.reviewer, sample_path)
    reviewer = Workspace.open(desk.reviewer, "")
    try:
        with pytest.raises(NotAllowed, match="only an editor can approve"):
            reviewer.update_annotation(own, status=ReviewStatus.APPROVED)
        assert reviewer.annotation(own).status is ReviewStatus.TO_CHECK
        reviewer.delete_annotation(own)
        assert reviewer.annotations(document_id) == []
        with pytest.raises(NotAllowed):
            reviewer.delete_document(document_id)
    finally:
        reviewer.close()


def test_a_stale_set_exits_3_saying_who_and_when_and_writes_nothing(
    desk: Desk, sample_path: Path, private_home: Path
) -> None:
    _, annotation_id = _one_claim(desk.reviewer, sample_path)
    editor = CliRunner(desk.editor, private_home)
    reviewer = CliRunner(desk.reviewer, private_home)

    first = editor("set", annotation_id, "--verdict", "False", "--if-version", 1, "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["version"] == 2
    before = database_dump(desk.owner)

    stale = reviewer("set", annotation_id, "--note", "my note", "--if-version", 1)
    assert stale.returncode == 3
    assert stale.stderr.count("\n") == 1
    assert f"changed by {desk.names['editor']}" in stale.stderr
    assert "version 2" in stale.stderr
    assert database_dump(desk.owner) == before

    fresh = reviewer("set", annotation_id, "--note", "my note", "--if-version", 2, "--json")
    assert fresh.returncode == 0, fresh.stderr
    data = json.loads(fresh.stdout)
    assert (data["version"], data["verdict"], data["note"]) == (3, "False", "my note")
    assert data["modified_by"] == desk.names["reviewer"]


def test_concurrent_writers_lose_nothing_and_duplicate_nothing(
    desk: Desk, sample_path: Path
) -> None:
    document_id, annotation_id = _one_claim(desk.reviewer, sample_path)
    created = run_writers(desk.second_reviewer, document_id, writers=4, each=25)
    assert created.failures == []

    context = multiprocessing.get_context("spawn")
    start = context.Barrier(3)
    urls = [desk.reviewer, desk.second_reviewer, desk.editor]
    processes = [
        context.Process(target=append_to_note, args=(url, annotation_id, f"w{i}-", 10, start))
        for i, url in enumerate(urls)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
        assert process.exitcode == 0

    check = Workspace.open(desk.editor, "")
    try:
        annotations = check.annotations(document_id)
        assert len(annotations) == 1 + 4 * 25
        assert len({a.id for a in annotations}) == len(annotations)
        note = check.annotation(annotation_id)
        tokens = note.note.split()
        assert sorted(tokens) == sorted(f"w{i}-{k}" for i in range(3) for k in range(10))
        assert note.revision == 1 + 30
    finally:
        check.close()


def test_watch_prints_each_change_by_another_login(
    desk: Desk, sample_path: Path, private_home: Path
) -> None:
    document_id, annotation_id = _one_claim(desk.reviewer, sample_path)
    watcher = CliRunner(desk.editor, private_home)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "factcheck",
            "watch",
            str(document_id),
            "--json",
            "--count",
            "3",
            "--timeout",
            "30",
        ],
        env=watcher.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(1.5)  # the watcher has started listening
        reviewer = Workspace.open(desk.reviewer, "")
        reviewer.update_annotation(annotation_id, verdict="false")
        added = reviewer.annotate_text(
            document_id, "Witkoff", AnnotationDraft(kind=AnnotationKind.QUOTE), occurrence=1
        )
        assert added.id is not None
        reviewer.delete_annotation(added.id)
        reviewer.close()
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    assert [(e["event"], e["annotation"]) for e in events] == [
        ("changed", annotation_id),
        ("added", added.id),
        ("deleted", added.id),
    ]
    assert {e["by"] for e in events} == {desk.names["reviewer"]}
    assert [e["version"] for e in events] == [2, 1, 2]
    assert all(e["document"] == document_id and "T" in e["at"] for e in events)


def test_a_server_that_stops_and_comes_back(
    desk: Desk, sample_path: Path, postgres_server: PostgresServer, private_home: Path
) -> None:
    _, annotation_id = _one_claim(desk.reviewer, sample_path)
    workspace = Workspace.open(desk.reviewer, "")
    before = workspace.annotation(annotation_id)
    try:
        with postgres_server.stopped():
            with pytest.raises(ServerUnavailable) as lost:
                workspace.update_annotation(annotation_id, note="typed while down")
            assert "\n" not in str(lost.value)
            result = CliRunner(desk.reviewer, private_home)("annotations", "1")
            assert result.returncode != 0
            assert result.stderr.count("\n") == 1
            assert "Traceback" not in result.stderr
            assert "database server" in result.stderr
        # The same open workspace carries on: dropped connections are replaced.
        after = workspace.update_annotation(
            annotation_id, if_version=before.revision, note="typed while down"
        )
        assert after.note == "typed while down"
        assert after.revision == before.revision + 1  # the failed attempt wrote nothing
    finally:
        workspace.close()


def test_db_copy_twice_adds_nothing_twice_and_keeps_history(
    desk: Desk, sample_path: Path, tmp_path: Path, private_home: Path
) -> None:
    local_file = tmp_path / "mine.sqlite3"
    local = CliRunner(local_file, private_home)
    assert local("import", sample_path).returncode == 0
    made = local("annotate", "1", "--exact", "three-hour meeting", "--kind", "claim", "--json")
    annotation = json.loads(made.stdout)
    assert local("set", annotation["id"], "--verdict", "Mostly true").returncode == 0
    assert local("annotate", "1", "--exact", "Witkoff", "--occurrence", "1", "--kind", "quote")
    # A phone call as a source, a feed of fact-checks, a dismissed suggestion: all go.
    mine = Workspace.open(str(local_file), "CLI Reviewer")
    call = Source(kind=SourceKind.PHONE, publisher="Kremlin press office", note="Confirmed")
    mine.update_annotation(annotation["id"], sources=[call])
    SuggestionLearning(mine.database, mine.author).dismiss("Share this Post")
    mine.close()
    feed = tmp_path / "feed.json"
    feed.write_bytes(as_list(all_reviews()))
    assert local("claims", "import", feed).returncode == 0

    first = local("db", "copy", "--to", desk.owner)
    assert first.returncode == 0, first.stderr
    after_first = database_dump(desk.owner)
    second = local("db", "copy", "--to", desk.owner)
    assert second.returncode == 0, second.stderr
    assert "nothing new" in second.stdout
    assert database_dump(desk.owner) == after_first

    team = Workspace.open(desk.reviewer, "")
    try:
        [document] = team.documents()
        copied = team.annotations(document.id)
        assert len(copied) == 2
        claim = next(a for a in copied if a.kind is AnnotationKind.CLAIM)
        assert (claim.author, claim.verdict, claim.revision) == ("CLI Reviewer", "mostly-true", 3)
        fields = [e.field for e in team.history(claim.id or 0)]
        assert fields[:2] == ["created", "kind"] and "verdict" in fields
        assert [s.kind for s in claim.sources] == [SourceKind.PHONE]
        memory = ClaimMemory(team.database)
        assert memory.search(PARAPHRASES[0][0], limit=1)[0].url == url_of("moon-cheese")
        assert SuggestionLearning(team.database, "x").examples()[1] == 1
    finally:
        team.close()


def test_no_message_ever_shows_a_password(
    desk: Desk, sample_path: Path, postgres_server: PostgresServer, private_home: Path
) -> None:
    _, annotation_id = _one_claim(desk.reviewer, sample_path)
    dbname = desk.owner.rsplit("/", 1)[1]
    host = f"127.0.0.1:{postgres_server.port}"
    bad_urls = {
        "wrong password": desk.reviewer.replace(SECRET, SECRET + "x"),
        "no such database": f"postgresql://{desk.names['reviewer']}:{SECRET}@{host}/nope",
        "nothing listening": f"postgresql://{desk.names['reviewer']}:{SECRET}@127.0.0.1:1/{dbname}",
        "unreadable": f"postgresql://{desk.names['reviewer']}:{SECRET}@{host}:notaport/x",
    }
    stderr: list[str] = []
    for url in bad_urls.values():
        result = CliRunner(url, private_home)("documents")
        assert result.returncode != 0
        stderr.append(result.stderr)
    reviewer = CliRunner(desk.reviewer, private_home)
    stderr.append(reviewer("set", annotation_id, "--status", "approved").stderr)
    reviewer("set", annotation_id, "--note", "x")
    stderr.append(reviewer("set", annotation_id, "--note", "y", "--if-version", "1").stderr)
    stderr.append(reviewer("team", "add-user", "x", "--role", "editor").stderr)
    with postgres_server.stopped():
        stderr.append(reviewer("annotations", "1").stderr)
    for text in stderr:
        assert text.strip() and text.count("\n") == 1, text
        assert SECRET not in text
        assert "Traceback" not in text
    assert "wrong user name or password" in stderr[0]
    assert "nope" in stderr[1]
    assert "only an editor" in stderr[4]


def test_team_commands_check_their_input(desk: Desk, private_home: Path, db_path: Path) -> None:
    owner = CliRunner(desk.owner, private_home)
    assert owner("team", "init").returncode == 0  # again: harmless
    bad_name = owner("team", "add-user", "Robert'); DROP", "--role", "reviewer")
    assert bad_name.returncode == 2 and "login name" in bad_name.stderr
    sqlite = CliRunner(db_path, private_home)("team", "init")
    assert sqlite.returncode == 2 and "PostgreSQL" in sqlite.stderr
    reviewer = CliRunner(desk.reviewer, private_home)("team", "init")
    assert reviewer.returncode == 4 and "owner" in reviewer.stderr


def test_the_password_may_come_from_pgpassword_or_the_pgpass_file(
    desk: Desk, private_home: Path, tmp_path: Path
) -> None:
    bare = desk.reviewer.replace(f":{SECRET}@", "@")
    assert SECRET not in bare
    runner = CliRunner(bare, private_home)
    refused = runner("documents")
    assert refused.returncode != 0 and "password" in refused.stderr

    runner.env["PGPASSWORD"] = SECRET
    assert runner("documents").returncode == 0

    del runner.env["PGPASSWORD"]
    host_port = bare.split("@", 1)[1].split("/", 1)[0]
    host, port = host_port.split(":")
    dbname = bare.rsplit("/", 1)[1]
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{host}:{port}:{dbname}:{desk.names['reviewer']}:{SECRET}\n")
    pgpass.chmod(0o600)
    runner.env["PGPASSFILE"] = str(pgpass)
    assert runner("documents").returncode == 0


def test_a_follower_misses_nothing_across_a_server_restart(
    desk: Desk, sample_path: Path, postgres_server: PostgresServer
) -> None:
    """NOTIFY does not replay: what was written while the listener was away comes
    from the change log when it reconnects."""
    from factcheck.services.live import ChangeFeed

    _, annotation_id = _one_claim(desk.reviewer, sample_path)
    watcher = Workspace.open(desk.editor, "")
    feed = ChangeFeed(watcher.database)
    try:
        assert feed.wait(0.3) == []  # listening now
        with postgres_server.stopped(), pytest.raises(ServerUnavailable):
            feed.wait(0.5)
        writer = Workspace.open(desk.reviewer, "")
        writer.update_annotation(annotation_id, note="written before the watcher came back")
        writer.close()
        changes = feed.wait(5)
        assert [(c.event, c.annotation, c.version) for c in changes] == [
            ("changed", annotation_id, 2)
        ]
    finally:
        feed.close()
        watcher.close()


def _open_and_close(url: str, start: object) -> None:
    start.wait()  # type: ignore[attr-defined]
    Workspace.open(url, "").close()


def test_several_apps_opening_a_new_team_database_migrate_it_once(pg_url: str) -> None:
    """The schema is created under an advisory lock: first starts do not collide."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(4)
    processes = [context.Process(target=_open_and_close, args=(pg_url, start)) for _ in range(4)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    assert [p.exitcode for p in processes] == [0, 0, 0, 0]
    with psycopg.connect(pg_url) as connection:
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    assert versions == [(SCHEMA_HEAD,)]


def test_an_approved_annotation_changes_only_through_an_editor(
    desk: Desk, sample_path: Path, private_home: Path
) -> None:
    _, annotation_id = _one_claim(desk.reviewer, sample_path)
    editor = CliRunner(desk.editor, private_home)
    reviewer = CliRunner(desk.reviewer, private_home)
    assert editor("set", annotation_id, "--status", "approved").returncode == 0
    for attempt in (
        ("set", annotation_id, "--verdict", "True"),
        ("set", annotation_id, "--note", "second thoughts"),
        ("delete", annotation_id),
    ):
        refused = reviewer(*attempt)
        assert refused.returncode == 4, attempt
        assert "only be changed by an editor" in refused.stderr
    with (
        desk.psql(desk.reviewer) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(
            "INSERT INTO sources (annotation_id, position, url, title, publisher, archived_url,"
            " stance, note) VALUES (%s, 0, 'https://example.org', '', '', '', 'context', '')",
            (annotation_id,),
        )
    assert editor("set", annotation_id, "--verdict", "True").returncode == 0


def test_delete_restore_and_the_history_of_a_deleted_annotation(
    desk: Desk, sample_path: Path, private_home: Path
) -> None:
    _, annotation_id = _one_claim(desk.reviewer, sample_path)
    reviewer = CliRunner(desk.reviewer, private_home)
    stale = reviewer("delete", annotation_id, "--if-version", "7")
    assert stale.returncode == 3
    assert reviewer("delete", annotation_id).returncode == 0
    again = reviewer("delete", annotation_id)
    assert again.returncode == 2 and "already deleted" in again.stderr
    history = reviewer("history", annotation_id, "--json")
    assert [e["field"] for e in json.loads(history.stdout)][-1] == "deleted"
    restored = reviewer("restore", annotation_id)
    assert restored.returncode == 0 and "version 3" in restored.stdout


def test_database_url_mistakes_are_one_line_and_never_a_local_file(
    desk: Desk, private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with_password = desk.reviewer.replace("postgresql://", "postgresql:/")
    typos = [with_password, "postgres:/localhost/factcheck", "postgresql//localhost/x"]
    for typo in typos:
        result = CliRunner(typo, private_home)("documents")
        assert result.returncode == 2, typo
        assert "not a database URL" in result.stderr and SECRET not in result.stderr
    assert list(tmp_path.iterdir()) == []  # no folder or file was made of the typo
    options = {
        desk.reviewer + "?sslmode=bogus": "sslmode",
        desk.reviewer.replace(f":{desk.reviewer.split(':')[3].split('/')[0]}/", ":abc/"): "port",
    }
    for url, word in options.items():
        result = CliRunner(url, private_home)("documents")
        assert result.returncode == 2 and word in result.stderr, result.stderr
        assert SECRET not in result.stderr and result.stderr.count("\n") == 1


def test_db_may_follow_the_command_and_its_password_is_never_echoed(
    desk: Desk, private_home: Path, db_path: Path
) -> None:
    runner = CliRunner(db_path, private_home)  # FACTCHECK_DB points elsewhere
    listed = runner("documents", "--json", "--db", desk.reviewer)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    assert not db_path.exists()  # the team database was used, not the file
    wrong = runner("documents", "--bogus", "--db", desk.reviewer)
    assert wrong.returncode == 2 and SECRET not in wrong.stderr
    down = CliRunner(
        desk.reviewer.replace(str(desk.reviewer.split(":")[3].split("/")[0]), "1"), private_home
    )("documents")
    assert down.returncode == 5  # cannot connect: apart from 3, a stale change
