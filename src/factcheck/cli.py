"""The headless command line (PRODUCT.md's contract). Never imports Qt.

Every subcommand prints one line on stderr and exits non-zero on bad input;
nothing is written then, because each change is one transaction.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from factcheck import __version__, paths
from factcheck.config import load_preferences
from factcheck.domain import (
    AnchorState,
    Annotation,
    AnnotationKind,
    ReviewStatus,
    Source,
    VerdictScale,
)
from factcheck.domain.models import validate_web_url
from factcheck.domain.text import (
    counted,
    has_unsafe,
    hide_password,
    mask_unsafe,
    one_line,
    os_text,
    strip_unsafe,
)
from factcheck.errors import EnvironmentProblem, FactcheckError, UserInputError
from factcheck.exporters import FORMATS, Report, export

if TYPE_CHECKING:  # the services (and SQLAlchemy) load only for a real command
    from factcheck.services import Workspace

PROG = "factcheck"
REVIEWER_ENV = "FACTCHECK_REVIEWER"
EXIT_BUG = 70


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line, like every other error (no usage dump)."""

    def error(self, message: str) -> NoReturn:
        # The message may quote what was typed, a database URL with its password too.
        shown = _printable(hide_password(message))
        self.exit(2, f"{self.prog}: error: {shown} (see --help)\n")


def _printable(message: str) -> str:
    """One line, no raw escape: messages quote what was typed and name files."""
    return " ".join(mask_unsafe(os_text(message)).split())


class _WithDb(OneLineParser):
    """A subcommand's parser that also takes ``--db`` after the command's name
    ("factcheck documents --db URL"), as people type it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.add_argument(
            "--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


MAX_ID = 2**63 - 1  # SQLite's largest integer


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    if value > MAX_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is too large")
    return value


def build_parser() -> OneLineParser:
    parser = OneLineParser(prog=PROG, description="Annotate and fact-check news drafts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start the app without a screen, mark and export the sample, exit 0 if all works",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"database file or URL (default: ${paths.DB_ENV}, else the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_WithDb)

    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("file", nargs="?", type=Path, help="a draft to open or import")

    imp = sub.add_parser("import", help="import a draft as a new document")
    imp.add_argument("file", type=Path)
    imp.add_argument("--title", help="title (default: the first line)")
    _add_json(imp)

    docs = sub.add_parser("documents", help="list documents")
    _add_json(docs)

    text = sub.add_parser("text", help="print the canonical text of the newest version")
    text.add_argument("document", type=_positive, metavar="DOC")

    ann = sub.add_parser("annotate", help="mark a claim, quote or note")
    ann.add_argument("document", type=_positive, metavar="DOC")
    ann.add_argument("--exact", required=True, help="the exact text to mark")
    ann.add_argument("--occurrence", type=_positive, help="which occurrence (from 1)")
    ann.add_argument("--start", type=_positive, help="start offset (code points)")
    ann.add_argument("--end", type=_positive, help="end offset (code points)")
    ann.add_argument("--kind", required=True, help="claim, quote or note")
    ann.add_argument("--verdict", help="a label of the verdict scale")
    ann.add_argument("--speaker", default="", help="who made the claim or said the quote")
    ann.add_argument("--source", action="append", default=[], metavar="URL", help="evidence")
    ann.add_argument("--note", default="")
    ann.add_argument("--status", help="to check, in progress or checked")
    _add_json(ann)

    lst = sub.add_parser("annotations", help="list a document's annotations")
    lst.add_argument("document", type=_positive, metavar="DOC")
    _add_json(lst)

    rev = sub.add_parser("revise", help="import a new version and re-anchor the annotations")
    rev.add_argument("document", type=_positive, metavar="DOC")
    rev.add_argument("file", type=Path)
    _add_json(rev)

    exp = sub.add_parser("export", help="write a report or data file")
    exp.add_argument("document", type=_positive, metavar="DOC")
    exp.add_argument("--format", required=True, choices=list(FORMATS), dest="fmt")
    exp.add_argument(
        "-o", "--output", type=Path, help="file to write; - or nothing for standard output"
    )
    exp.add_argument("--page-size", choices=["a4", "letter"], default="a4", help="PDF paper")
    exp.add_argument(
        "--organisation", metavar="NAME", help="who publishes the checks (else Preferences)"
    )
    exp.add_argument("--organisation-url", metavar="URL", help="its web address (else Preferences)")

    imp_ann = sub.add_parser("import-annotations", help="read W3C or Hypothesis annotations")
    imp_ann.add_argument("document", type=_positive, metavar="DOC")
    imp_ann.add_argument("file", type=Path)
    _add_json(imp_ann)

    hist = sub.add_parser("history", help="every recorded change of an annotation")
    hist.add_argument("annotation", type=_positive, metavar="ANNOTATION")
    _add_json(hist)

    delete = sub.add_parser("delete", help="delete an annotation (it stays in the history)")
    delete.add_argument("annotation", type=_positive, metavar="ANN")
    delete.add_argument("--if-version", type=_positive, metavar="N", help="only at version N")
    restore = sub.add_parser("restore", help="bring a deleted annotation back")
    restore.add_argument("annotation", type=_positive, metavar="ANN")

    set_ = sub.add_parser("set", help="change an annotation's verdict, status, speaker, ...")
    set_.add_argument("annotation", type=_positive, metavar="ANN")
    set_.add_argument("--verdict", help="a label of the verdict scale ('' for not rated)")
    set_.add_argument("--status", help="to check, in progress, checked or approved")
    set_.add_argument("--speaker")
    set_.add_argument("--note")
    set_.add_argument("--assignee", help="who works on it ('' for nobody)")
    set_.add_argument(
        "--if-version",
        type=_positive,
        metavar="N",
        help="change it only if it is still at version N (exit 3 if someone changed it)",
    )
    _add_json(set_)

    assign = sub.add_parser("assign", help="say who works on a document")
    assign.add_argument("document", type=_positive, metavar="DOC")
    assign.add_argument("assignee", metavar="NAME", help="a name, or '' for nobody")

    watch = sub.add_parser("watch", help="print changes to annotations as they happen")
    watch.add_argument("document", type=_positive, metavar="DOC", nargs="?")
    watch.add_argument("--count", type=_positive, metavar="N", help="stop after N changes")
    watch.add_argument(
        "--timeout", type=_seconds, metavar="S", help="stop after S seconds (default: never)"
    )
    _add_json(watch)

    team = sub.add_parser("team", help="set up a shared PostgreSQL database for a desk")
    team_sub = team.add_subparsers(
        dest="team_command", metavar="TEAM_COMMAND", parser_class=OneLineParser, required=True
    )
    team_sub.add_parser("init", help="create the roles, grants and rules (database owner)")
    add_user = team_sub.add_parser("add-user", help="create a login for a checker or an editor")
    add_user.add_argument("name", metavar="NAME")
    add_user.add_argument("--role", required=True, choices=["reviewer", "editor"])
    add_user.add_argument(
        "--password-stdin", action="store_true", help="read the login's password from stdin"
    )

    claims = sub.add_parser("claims", help="the claim memory: has this been checked before?")
    claims_sub = claims.add_subparsers(
        dest="claims_command", metavar="CLAIMS_COMMAND", parser_class=_WithDb, required=True
    )
    feed = claims_sub.add_parser("import", help="import a ClaimReview feed (JSON-LD, JSON Lines)")
    feed.add_argument("feed", type=Path, metavar="FEED")
    _add_json(feed)
    search = claims_sub.add_parser("search", help="the best earlier checks of a claim")
    search.add_argument("text", nargs="?", metavar="TEXT", help="the claim (a tweet, a sentence)")
    search.add_argument(
        "--queries", type=Path, metavar="FILE.jsonl", help='JSON Lines of {"id", "text"}'
    )
    search.add_argument(
        "--limit", type=_positive, default=5, metavar="K", help="at most K results (default 5)"
    )
    search.add_argument(
        "--min-score",
        type=_score,
        metavar="S",
        help="lowest score shown, 0..1 (default: the 'related' threshold)",
    )
    _add_json(search)

    sug = sub.add_parser("suggest", help="sentences likely to hold a checkable claim")
    sug.add_argument("document", type=_positive, metavar="DOC")
    _add_json(sug)

    db = sub.add_parser("db", help="database housekeeping")
    db_sub = db.add_subparsers(
        dest="db_command", metavar="DB_COMMAND", parser_class=OneLineParser, required=True
    )
    copy = db_sub.add_parser("copy", help="copy everything into another database (rerun-safe)")
    copy.add_argument("--to", required=True, metavar="URL", help="the target database")
    return parser


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value <= 10**7:
        raise argparse.ArgumentTypeError(f"{text!r} is not a sensible number of seconds")
    return value


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 1")
    return value


def reviewer_name() -> str:
    """Who is recorded on changes; whatever the environment or preferences hold, a
    name that can be stored and printed."""
    name = os.environ.get(REVIEWER_ENV, "").strip() or load_preferences().effective_reviewer()
    return " ".join(strip_unsafe(os_text(name)).split()) or "Reviewer"


def annotation_json(annotation: Annotation, scale: VerdictScale) -> dict[str, Any]:
    orphaned = annotation.state.lost
    return {
        "id": annotation.id,
        "document": annotation.document_id,
        # "version" counts the annotation's changes (compare-and-set with set
        # --if-version); the draft it sits on is "text_version".
        "version": annotation.revision,
        "text_version": annotation.version_id,
        "kind": annotation.kind.value,
        "exact": annotation.exact,
        "prefix": annotation.prefix,
        "suffix": annotation.suffix,
        # An orphan has no place in the newest text; where it was last seen is kept apart.
        "start": None if orphaned else annotation.start,
        "end": None if orphaned else annotation.end,
        "last_seen": {
            "version": annotation.version_id,
            "start": annotation.start,
            "end": annotation.end,
        }
        if orphaned
        else None,
        "state": annotation.state.value,
        "verdict": scale.label_of(annotation.verdict) if annotation.verdict else None,
        "verdict_key": annotation.verdict,
        "status": annotation.status.value,
        "speaker": annotation.speaker,
        "note": annotation.note,
        "sources": [s.as_dict() for s in annotation.sources],
        "author": annotation.author,
        "assignee": annotation.assignee,
        "modified_by": annotation.modified_by,
        "created": annotation.created_at.isoformat(),
        "modified": annotation.updated_at.isoformat(),
    }


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def cmd_import(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    from factcheck.importers import read_document

    imported = read_document(args.file, args.title)
    document = ws.add_imported(imported)
    if args.json:
        # "notes": what the import left out or changed, one readable line each.
        _print_json({"id": document.id, "title": document.title, "notes": imported.notes}, out)
    else:
        print(document.id, file=out)  # the id alone: scripts read it


def cmd_documents(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    summaries = ws.documents()
    if args.json:
        _print_json(
            [
                {
                    "id": s.id,
                    "title": s.title,
                    "outlet": s.outlet,
                    "versions": s.versions,
                    "claims": s.claims,
                    "quotes": s.quotes,
                    "notes": s.notes,
                    "not_rated": s.not_rated,
                    "rated": s.rated,
                    "approved": s.approved,
                    "assignee": s.assignee,
                    "people": list(s.people),
                }
                for s in summaries
            ],
            out,
        )
        return
    for s in summaries:
        print(
            f"{s.id:>4}  {one_line(s.title, 50):<50}  {counted(s.claims, 'claim')}, "
            f"{counted(s.quotes, 'quote')}, {s.not_rated} not rated",
            file=out,
        )


def cmd_text(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    # Drafts imported before control characters were stripped must not drive a terminal.
    out.write(mask_unsafe(ws.document(args.document).latest.text))
    out.write("\n")


def cmd_annotate(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    from factcheck.services import AnnotationDraft

    scale = ws.verdict_scale()
    kind = AnnotationKind.parse(args.kind)
    draft = AnnotationDraft(
        kind=kind,
        verdict=scale.parse(args.verdict, kind.value) if args.verdict else None,
        status=ReviewStatus.parse(args.status) if args.status else ReviewStatus.TO_CHECK,
        speaker=args.speaker,
        note=args.note,
        sources=[Source(url=url) for url in args.source],
    )
    annotation = ws.annotate_text(
        args.document, args.exact, draft, occurrence=args.occurrence, start=args.start, end=args.end
    )
    if args.json:
        _print_json(annotation_json(annotation, scale), out)
    else:
        print(annotation.id, file=out)


def cmd_annotations(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    annotations = ws.annotations(args.document)
    scale = ws.verdict_scale()
    if args.json:
        _print_json([annotation_json(a, scale) for a in annotations], out)
        return
    for a in annotations:
        where = a.state.value if a.state.lost else f"{a.start:>6}-{a.end:<6}"
        flag = " (changed: check it)" if a.state is AnchorState.CHANGED else ""
        print(
            f"{a.id:>5}  {a.kind.value:<5}  {where:<13}  "
            f"{scale.label_of(a.verdict):<14}  {a.status.label:<11}  {one_line(a.exact)!r}{flag}",
            file=out,
        )


def cmd_history(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    # Unknown ids are an error, not an empty list; deleted ones keep their history.
    ws.annotation(args.annotation, include_deleted=True)
    entries = ws.history(args.annotation)
    if args.json:
        _print_json(
            [
                {
                    "at": e.at.isoformat(),
                    "author": e.author,
                    "field": e.field,
                    "old": e.old_value,
                    "new": e.new_value,
                }
                for e in entries
            ],
            out,
        )
        return
    for e in entries:
        change = e.field
        if e.old_value is not None or e.new_value is not None:
            old, new = one_line(e.old_value or "∅", 30), one_line(e.new_value or "∅", 30)
            change = f"{e.field}: {old} → {new}"
        print(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.author:<16}  {change}", file=out)


def cmd_revise(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    revision = ws.revise(args.document, args.file)
    if args.json:
        _print_json([o.as_json() for o in revision.outcomes], out)
        return
    for o in revision.outcomes:
        where = f"{o.start}-{o.end}" if o.start is not None else "—"
        print(
            f"{o.annotation_id:>5}  {o.state.value:<8}  {where:<13}  "
            f"{one_line(o.exact or o.previous_exact)!r}",
            file=out,
        )
    states = ", ".join(
        f"{revision.count(state)} {state.value}" for state in AnchorState if revision.count(state)
    )
    print(f"version {revision.version.number}: {states or 'no annotations'}", file=out)


# The PDF is drawn by Qt; the app entry (factcheck.__main__) plugs the renderer in, so
# that this module and every other subcommand stay free of Qt.
PdfRenderer = Callable[[Report, Path, str], object]
pdf_renderer: PdfRenderer | None = None
STDOUT = Path("-")


def cmd_export(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    from factcheck.exporters.output import (
        check_pdf,
        checked_target,
        write_atomically,
        write_bytes_atomically,
    )

    to_stdout = args.output is None or args.output == STDOUT
    protected = ws.database.files()
    if not to_stdout:
        checked_target(args.output, protected)  # refuse a bad target before any work
    if args.fmt == "pdf" and args.output is None:
        raise UserInputError("a PDF needs a file: add -o report.pdf (or -o - for standard output)")
    prefs = load_preferences()
    organisation = args.organisation if args.organisation is not None else prefs.organisation
    organisation_url = (
        validate_web_url(args.organisation_url, "organisation URL")
        if args.organisation_url
        else prefs.organisation_url
    )
    report = ws.report(args.document, " ".join(organisation.split()), organisation_url)
    if args.fmt == "pdf":
        if pdf_renderer is None:
            raise UserInputError("PDF export is not available in this build")
        renderer = pdf_renderer
        if to_stdout:
            _pdf_to_stdout(renderer, report, args.page_size, out)
        else:
            write_atomically(
                args.output,
                lambda path: renderer(report, path, args.page_size),
                check_pdf,
                protected,
            )
        return
    exported = export(report, args.fmt)
    if to_stdout:
        out.write(exported.data.decode("utf-8"))
        if not exported.data.endswith(b"\n"):
            out.write("\n")
    else:
        write_bytes_atomically(args.output, exported.data, protected)
    if exported.note:
        print(f"{PROG}: note: {exported.note}", file=sys.stderr)


def _pdf_to_stdout(renderer: PdfRenderer, report: Report, page_size: str, out: TextIO) -> None:
    import tempfile

    from factcheck.exporters.output import check_pdf

    with tempfile.TemporaryDirectory(prefix="factcheck-") as folder:
        path = Path(folder) / "report.pdf"
        renderer(report, path, page_size)
        problem = check_pdf(path)
        if problem:
            raise EnvironmentProblem(f"cannot write the PDF: {problem}")
        out.flush()
        binary = getattr(out, "buffer", None)
        if binary is None:
            raise UserInputError("a PDF cannot be written to this output; use -o FILE")
        binary.write(path.read_bytes())
        binary.flush()


def cmd_import_annotations(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    summary = ws.import_annotations(args.document, args.file)
    if args.json:
        _print_json({"created": [a.id for a in summary.created], "skipped": summary.skipped}, out)
    else:
        print(f"imported {len(summary.created)} annotations", file=out)
    for reason in summary.skipped:
        print(f"{PROG}: note: skipped: {reason}", file=sys.stderr)


def cmd_set(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    scale = ws.verdict_scale()
    changes: dict[str, Any] = {}
    if args.verdict is not None and args.verdict.strip():
        kind = ws.annotation(args.annotation).kind  # a quote is rated on the quote scale
        changes["verdict"] = scale.parse(args.verdict, kind.value)
    elif args.verdict is not None:
        changes["verdict"] = None
    if args.status is not None:
        changes["status"] = ReviewStatus.parse(args.status)
    for name in ("speaker", "note", "assignee"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if not changes:
        raise UserInputError(
            "nothing to change: give --verdict, --status, --speaker, --note or --assignee"
        )
    annotation = ws.update_annotation(args.annotation, if_version=args.if_version, **changes)
    if args.json:
        _print_json(annotation_json(annotation, scale), out)
    else:
        print(f"{annotation.id} version {annotation.revision}", file=out)


def cmd_delete(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    ws.delete_annotation(args.annotation, if_version=args.if_version)
    print(f"deleted annotation {args.annotation} (factcheck restore {args.annotation})", file=out)


def cmd_restore(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    restored = ws.restore_annotation(args.annotation)
    print(f"{restored.id} version {restored.revision}", file=out)


def cmd_assign(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    document = ws.assign_document(args.document, args.assignee)
    who = document.assignee or "nobody"
    print(f"document {document.id}: {who}", file=out)


def cmd_watch(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    import time

    from factcheck.services.live import ChangeFeed

    if args.document is not None:
        ws.document(args.document)  # an unknown id is an error, not a silent wait
    feed = ChangeFeed(ws.database)
    deadline = None if args.timeout is None else time.monotonic() + args.timeout
    printed = 0
    try:
        while args.count is None or printed < args.count:
            left = 3600.0 if deadline is None else deadline - time.monotonic()
            if left <= 0:
                break
            for change in feed.wait(left):
                if change.annotation is None:
                    continue  # documents and versions: the app uses them, watch does not
                if args.document is not None and change.document != args.document:
                    continue
                if args.json:
                    out.write(json.dumps(change.as_json(), ensure_ascii=False) + "\n")
                else:
                    out.write(
                        f"{change.at:%Y-%m-%d %H:%M:%S}  {_printable(change.by):<16}  "
                        f"{change.event} annotation {change.annotation} "
                        f"(document {change.document}, version {change.version})\n"
                    )
                out.flush()
                printed += 1
                if args.count is not None and printed >= args.count:
                    break
    finally:
        feed.close()


def cmd_team(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    from factcheck.services import team

    if args.team_command == "init":
        setup = team.init_team(ws.database)
        created = f"; created roles {', '.join(setup.created_roles)}" if setup.created_roles else ""
        print(
            f"team database {setup.database} is ready (schema {setup.schema}){created}; "
            "add people with: factcheck team add-user NAME --role reviewer|editor",
            file=out,
        )
        return
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    new = team.add_user(ws.database, args.name, args.role, password)
    verb = "created" if new else "updated"
    print(f"{verb} login {args.name} as {args.role}", file=out)


def _counted(count: int, plural: str) -> str:
    if count != 1:
        return f"{count} {plural}"
    return f"1 {plural[:-3] + 'y' if plural.endswith('ies') else plural.removesuffix('s')}"


def cmd_db(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    from factcheck.services.copying import copy_database
    from factcheck.storage import Database

    target = Database(args.to)
    try:
        summary = copy_database(ws.database, target)
    finally:
        target.close()
    copied = ", ".join(_counted(n, what) for what, n in summary.copied.items()) or "nothing new"
    there = ", ".join(_counted(n, what) for what, n in summary.already_there.items())
    print(
        f"copied {copied} to {target.describe()}" + (f"; already there: {there}" if there else ""),
        file=out,
    )
    if not summary.authors_kept:
        print(
            f"{PROG}: note: only an editor keeps the original authors; "
            "the copied changes are recorded under your login",
            file=sys.stderr,
        )


MAX_QUERIES = 100_000


def _read_queries(path: Path) -> list[tuple[Any, str]]:
    """``{"id", "text"}`` per line; a bad line stops everything before any search."""
    from factcheck.importers.base import read_limited

    name = os_text(path.name)
    try:
        text = read_limited(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserInputError(f"{name} is not UTF-8 text") from None
    queries: list[tuple[Any, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):
            raise UserInputError(f"{name} line {number}: not valid JSON") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise UserInputError(f'{name} line {number}: expected {{"id": ..., "text": "..."}}')
        if isinstance(item.get("id"), dict | list):
            raise UserInputError(f"{name} line {number}: the id must be a string or a number")
        queries.append((item.get("id"), item["text"]))
        if len(queries) > MAX_QUERIES:
            raise UserInputError(f"{name} holds more than {MAX_QUERIES:,} queries; split it")
    if not queries:
        raise UserInputError(f"{name} holds no queries")
    return queries


def cmd_claims(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    from factcheck.services.claim_memory import RELATED, ClaimMemory

    memory = ClaimMemory(ws.database)
    if args.claims_command == "import":
        summary = memory.import_feed(args.feed)
        if args.json:
            _print_json(summary.as_json(), out)
        else:
            print(
                f"{summary.added} added, {summary.updated} updated, "
                f"{summary.unchanged} unchanged, {len(summary.skipped)} skipped",
                file=out,
            )
            for reason in summary.skipped[:20]:
                print(f"{PROG}: note: skipped: {_printable(reason)}", file=sys.stderr)
        return
    min_score = RELATED if args.min_score is None else args.min_score
    if args.queries is not None:
        if args.text is not None:
            raise UserInputError("give either TEXT or --queries FILE, not both")
        if not args.json:
            raise UserInputError("--queries prints JSON Lines: add --json")
        queries = _read_queries(args.queries)
        results = memory.search_many([q for _, q in queries], args.limit, min_score)
        for (query_id, _), matches in zip(queries, results, strict=True):
            line = {"id": query_id, "results": [m.as_json() for m in matches]}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        return
    if args.text is None or not args.text.strip():
        raise UserInputError("nothing to search for: give the claim's TEXT or --queries FILE")
    matches = memory.search(args.text, args.limit, min_score)
    if args.json:
        _print_json([m.as_json() for m in matches], out)
        return
    if not matches:
        print("no earlier check found", file=out)
    for m in matches:
        where = m.url or (f"document {m.document}, annotation {m.annotation}" if m.document else "")
        print(
            f"{m.score:.2f}  {m.match.value:<7}  {one_line(m.rating or 'not rated', 16):<16}  "
            f"{one_line(m.claim, 70)!r}  {one_line(m.publisher, 30)}  "
            f"{m.date.isoformat() if m.date else ''}  {where}",
            file=out,
        )


def cmd_suggest(ws: Workspace, args: argparse.Namespace, out: TextIO) -> None:
    from factcheck.services.suggestion_learning import SuggestionLearning

    # Nothing is saved; what the desk dismissed and marked before shapes the scores.
    learning = SuggestionLearning(ws.database, ws.author)
    suggestions = learning.suggest(
        ws.document(args.document).latest.text, learn=load_preferences().learn_suggestions
    )
    if args.json:
        _print_json([s.as_json() for s in suggestions], out)
        return
    for s in suggestions:
        print(f"{s.score:.2f}  {s.start:>7}-{s.end:<7}  {one_line(s.text, 90)}", file=out)


COMMANDS: dict[str, Callable[[Workspace, argparse.Namespace, TextIO], None]] = {
    "import": cmd_import,
    "documents": cmd_documents,
    "text": cmd_text,
    "annotate": cmd_annotate,
    "annotations": cmd_annotations,
    "history": cmd_history,
    "revise": cmd_revise,
    "export": cmd_export,
    "import-annotations": cmd_import_annotations,
    "set": cmd_set,
    "delete": cmd_delete,
    "restore": cmd_restore,
    "assign": cmd_assign,
    "watch": cmd_watch,
    "team": cmd_team,
    "db": cmd_db,
    "claims": cmd_claims,
    "suggest": cmd_suggest,
}
HEADLESS_COMMANDS = tuple(COMMANDS)


def report_error(message: str, err: TextIO | None = None) -> None:
    print(f"{PROG}: error: {_printable(message)}", file=err or sys.stderr)


def check_arguments(args: argparse.Namespace) -> None:
    """Text options must be text: bytes that are not UTF-8 reach Python as lone
    surrogates (PEP 383) and could be neither stored nor printed. File names may be
    anything the system allows; they are shown with U+FFFD where undecodable."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if not isinstance(item, str):
                continue
            option = "--" + name.replace("_", "-")
            if any("\ud800" <= ch <= "\udfff" for ch in item):
                raise UserInputError(f"{option} is not valid UTF-8 text")
            if has_unsafe(item):
                raise UserInputError(f"{option} contains control characters")


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run one headless subcommand; returns the exit code."""
    from factcheck.services import Workspace

    out = out or sys.stdout
    try:
        check_arguments(args)
    except FactcheckError as exc:
        report_error(exc.message)
        return exc.exit_code
    try:
        workspace = Workspace.open(paths.database_target(args.db), reviewer_name())
    except FactcheckError as exc:
        report_error(exc.message)
        return exc.exit_code
    try:
        COMMANDS[args.command](workspace, args, out)
    except FactcheckError as exc:
        report_error(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:  # Ctrl+C ends ``watch``; nothing is half-done
        return 130
    finally:
        workspace.close()
    return 0


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse, defaulting to ``gui`` when no headless subcommand is named.

    A first word that is neither a command nor an existing file is a typo, not a
    file for the app to open: say so (the app would start for nothing).
    """
    parser = build_parser()
    argv = list(argv)
    first_positional = None
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--db":
            if index + 1 >= len(argv):
                parser.error("argument --db: expected a database file or URL")
            index += 2
            continue
        if token == "--db=":
            parser.error("argument --db: expected a database file or URL")
        if not token.startswith("-"):
            first_positional = index
            break
        index += 1
    wants_help_or_version = any(a in ("-h", "--help", "--version") for a in argv)
    if first_positional is None:
        if not wants_help_or_version:
            argv.append("gui")
    elif argv[first_positional] not in (*HEADLESS_COMMANDS, "gui"):
        word = argv[first_positional]
        if not Path(word).exists():
            close = difflib.get_close_matches(word, [*HEADLESS_COMMANDS, "gui"], n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""  # error() adds --help
            parser.error(f"{word!r} is neither a command nor an existing file{hint}")
        argv.insert(first_positional, "gui")
    args = parser.parse_args(argv)
    if args.command is None and not wants_help_or_version:
        parser.error("no command given")
    return args


def fail_unexpected(exc: BaseException) -> int:
    """Our bug: one line, and the traceback only when asked for."""
    if os.environ.get("FACTCHECK_DEBUG"):
        raise exc
    report_error(
        f"internal error: {type(exc).__name__}: {hide_password(one_line(str(exc), 200))} "
        "(please report it; run with FACTCHECK_DEBUG=1 for details)"
    )
    return EXIT_BUG


__all__ = ["HEADLESS_COMMANDS", "UserInputError", "build_parser", "parse", "run"]
