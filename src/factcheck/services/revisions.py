"""New versions of a draft: import, re-anchor every annotation, record it all.

Also the reviewer's answers to the review queue: accept a changed anchor,
re-target an annotation to new text. Everything is one transaction per call.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.anchoring.selectors import TextQuote, quote_at
from factcheck.domain import AnchorState, Annotation, Document, HistoryEntry, ReviewStatus, Version
from factcheck.domain.models import utc_now
from factcheck.errors import StaleChange, UserInputError
from factcheck.importers import ImportedDocument, read_document
from factcheck.importers.plaintext import paragraph_blocks
from factcheck.services.records import Reanchored, Revision
from factcheck.storage import Database
from factcheck.storage.repositories import AnnotationRepository, DocumentRepository

if TYPE_CHECKING:  # re-anchoring (rapidfuzz, difflib) loads on first use, not at start-up
    from factcheck.anchoring.reanchor import Placement, Quote


def _span_text(version_number: int, start: int | None, end: int | None) -> str:
    return f"version {version_number}, {start}..{end}"


class RevisionService:
    """Mixed into Workspace: needs ``self.database`` and ``self.author``."""

    database: Database
    author: str

    def revise(self, document_id: int, path: Path) -> Revision:
        return self.revise_with(document_id, read_document(path))

    def revise_with(self, document_id: int, imported: ImportedDocument) -> Revision:
        """Add ``imported`` as the newest version and carry every annotation over.

        The re-anchoring is computed from a read, outside the write lock; the write is
        one short transaction. Should the document have changed in between (another
        process), it is computed again under the lock.
        """
        with self.database.reading() as session:
            document = DocumentRepository(session).get(document_id)
            annotations = AnnotationRepository(session).for_document(document_id)
        latest = document.latest
        if imported.content_hash == latest.content_hash:
            raise UserInputError(
                f"{imported.source_name} is the same text as version {latest.number}; "
                "nothing to re-anchor"
            )
        placements = _placements(document, annotations, imported.text)
        with self.database.transaction() as session:
            documents = DocumentRepository(session)
            repo = AnnotationRepository(session)
            if documents.latest_version_id(document_id) != latest.id or repo.anchor_fingerprint(
                document_id
            ) != _fingerprint(annotations):
                # Changed meanwhile (another program): compute again, under the lock.
                document = documents.get(document_id)
                annotations = repo.for_document(document_id)
                placements = _placements(document, annotations, imported.text)
            now = utc_now()
            version = documents.add_version(
                document_id,
                Version(
                    document_id=document_id,
                    number=0,
                    text=imported.text,
                    structure=imported.structure or paragraph_blocks(imported.text),
                    source_name=imported.source_name,
                    content_hash=imported.content_hash,
                    imported_at=now,
                ),
            )
            assert version.id is not None
            versions = {v.id: v for v in document.versions}
            outcomes: list[Reanchored] = []
            moved: list[Annotation] = []
            history: list[HistoryEntry] = []
            for annotation, placement in zip(annotations, placements, strict=True):
                old = versions[annotation.version_id]
                outcome, entries = self._apply(annotation, placement, old, version, imported.text)
                outcomes.append(outcome)
                history += entries
                if entries:
                    moved.append(annotation)
            repo.update_anchors(moved, self.author)
            repo.add_history(history)
            return Revision(version, outcomes)

    def _apply(
        self, annotation: Annotation, placement: Placement, old: Version, new: Version, text: str
    ) -> tuple[Reanchored, list[HistoryEntry]]:
        """Move ``annotation`` (in place) to its placement; the history entries it needs."""
        assert annotation.id is not None and new.id is not None
        now = utc_now()
        history: list[HistoryEntry] = []
        previous = annotation.exact
        if placement.start is None or placement.end is None:
            # Orphans stay on the version where they were last seen, flagged; one the
            # reviewer dismissed stays dismissed (out of the queue) while still lost.
            if not annotation.state.lost:
                history.append(
                    HistoryEntry(
                        annotation.id,
                        now,
                        self.author,
                        "anchor",
                        _span_text(old.number, annotation.start, annotation.end),
                        f"orphaned in version {new.number}",
                    )
                )
                # Not "last changed": the reviewer changed nothing (the history says it).
                annotation.state = AnchorState.ORPHANED
            return Reanchored(annotation.id, annotation.state, None, None, None, previous), history
        quote = quote_at(text, placement.start, placement.end)
        state = placement.state
        if annotation.state is AnchorState.CHANGED:
            # Its words changed in an earlier version and nobody has looked yet: a later
            # draft that leaves them alone does not settle that. It stays to review.
            state = AnchorState.CHANGED
        history.append(
            HistoryEntry(
                annotation.id,
                now,
                self.author,
                "anchor",
                _span_text(old.number, annotation.start, annotation.end),
                f"{_span_text(new.number, placement.start, placement.end)} ({state.value})",
            )
        )
        if quote.exact != annotation.exact:
            history.append(
                HistoryEntry(
                    annotation.id, now, self.author, "exact", annotation.exact, quote.exact
                )
            )
        if state is AnchorState.CHANGED and annotation.status is not ReviewStatus.TO_CHECK:
            # New wording: keep the verdict, but the reviewer must look again.
            history.append(
                HistoryEntry(
                    annotation.id,
                    now,
                    self.author,
                    "status",
                    annotation.status.value,
                    ReviewStatus.TO_CHECK.value,
                )
            )
            annotation.status = ReviewStatus.TO_CHECK
        # A new draft moved it; "last changed" stays the reviewer's last change.
        _move(annotation, new.id, quote, placement.start, placement.end, state)
        outcome = Reanchored(
            annotation.id, state, placement.start, placement.end, quote.exact, previous
        )
        return outcome, history

    # --- the review queue -------------------------------------------------------------------
    def accept_anchor(self, annotation_id: int, if_version: int | None = None) -> Annotation:
        """The reviewer confirms a changed anchor: it is exact from now on."""
        return self._set_anchor(
            annotation_id,
            (AnchorState.CHANGED, "changed"),
            (AnchorState.EXACT, "accepted"),
            "only a changed annotation can be accepted",
            if_version,
        )

    def reopen_anchor(self, annotation_id: int, if_version: int | None = None) -> Annotation:
        """Undo of ``accept_anchor``: the new wording waits for a look again."""
        return self._set_anchor(
            annotation_id,
            (AnchorState.EXACT, "accepted"),
            (AnchorState.CHANGED, "changed"),
            "only an accepted annotation can wait for review again",
            if_version,
        )

    def dismiss_orphan(
        self, annotation_id: int, dismissed: bool = True, if_version: int | None = None
    ) -> Annotation:
        """Take an orphan out of the review queue (``dismissed``), or put it back. It
        keeps its verdict, notes and history; reports list it as not found."""
        orphaned = (AnchorState.ORPHANED, AnchorState.ORPHANED.value)
        gone = (AnchorState.DISMISSED, AnchorState.DISMISSED.value)
        if dismissed:
            return self._set_anchor(
                annotation_id,
                orphaned,
                gone,
                "only an annotation whose words were not found can be dismissed",
                if_version,
            )
        return self._set_anchor(
            annotation_id, gone, orphaned, "this annotation was not dismissed", if_version
        )

    def _set_anchor(
        self,
        annotation_id: int,
        before: tuple[AnchorState, str],
        after: tuple[AnchorState, str],
        refusal: str,
        if_version: int | None,
    ) -> Annotation:
        """A reviewer's decision about where an annotation stands (``before`` to
        ``after``: the state, and the word the history records), with its history."""
        with self.database.transaction() as session:
            repo = AnnotationRepository(session)
            annotation = _current(repo, annotation_id, if_version)
            if annotation.state is not before[0]:
                raise UserInputError(refusal)
            now = utc_now()
            repo.add_history(
                [HistoryEntry(annotation_id, now, self.author, "anchor", before[1], after[1])]
            )
            annotation.state = after[0]
            annotation.updated_at = now
            return repo.update(annotation, self.author)

    def retarget(
        self, annotation_id: int, start: int, end: int, if_version: int | None = None
    ) -> Annotation:
        """Put an annotation on new text of the newest version (code points)."""
        with self.database.transaction() as session:
            repo = AnnotationRepository(session)
            annotation = _current(repo, annotation_id, if_version)
            version_id, text = DocumentRepository(session).latest_text(annotation.document_id)
            if not 0 <= start < end <= len(text) or not text[start:end].strip():
                raise UserInputError("select the new text for this annotation first")
            old = repo_span(annotation)
            quote = quote_at(text, start, end)
            now = utc_now()
            repo.add_history(
                [
                    HistoryEntry(
                        annotation_id,
                        now,
                        self.author,
                        "anchor",
                        old,
                        f"re-targeted to {start}..{end}",
                    ),
                    HistoryEntry(
                        annotation_id, now, self.author, "exact", annotation.exact, quote.exact
                    ),
                ]
            )
            _move(annotation, version_id, quote, start, end, AnchorState.EXACT)
            annotation.updated_at = now  # the reviewer's own change
            return repo.update(annotation, self.author)


def _current(repo: AnnotationRepository, annotation_id: int, if_version: int | None) -> Annotation:
    """The annotation, locked; refused if it is no longer the version the caller saw."""
    from factcheck.services.workspace import stale_message

    annotation = repo.locked(annotation_id)
    if if_version is not None and annotation.revision != if_version:
        raise StaleChange(stale_message(annotation, if_version), annotation)
    return annotation


def _move(
    annotation: Annotation,
    version_id: int,
    quote: TextQuote,
    start: int,
    end: int,
    state: AnchorState,
) -> None:
    """Put ``annotation`` (in place) on ``quote``, which sits at start..end of a version."""
    annotation.version_id = version_id
    annotation.start, annotation.end = start, end
    annotation.exact, annotation.prefix, annotation.suffix = quote.exact, quote.prefix, quote.suffix
    annotation.state = state


def repo_span(annotation: Annotation) -> str:
    return f"{annotation.state.value} at {annotation.start}..{annotation.end}"


def _placements(document: Document, annotations: list[Annotation], text: str) -> list[Placement]:
    """Where each annotation goes in ``text``: one aligner per old version in use."""
    from factcheck.anchoring.reanchor import Reanchorer

    versions = {v.id: v for v in document.versions}
    anchorers: dict[int, Reanchorer] = {}
    placements = []
    for annotation in annotations:
        old = versions[annotation.version_id]
        anchorer = anchorers.get(old.id or 0)
        if anchorer is None:
            anchorer = anchorers[old.id or 0] = Reanchorer(old.text, text)
        placements.append(anchorer.place(_quote(annotation)))
    return placements


def _fingerprint(annotations: list[Annotation]) -> list[tuple[object, ...]]:
    """The same shape as AnnotationRepository.anchor_fingerprint."""
    return [(a.id, a.version_id, a.start, a.end, a.exact, a.updated_at) for a in annotations]


def _quote(annotation: Annotation) -> Quote:
    from factcheck.anchoring.reanchor import Quote

    assert annotation.id is not None
    return Quote(
        annotation.id,
        annotation.start,
        annotation.end,
        annotation.exact,
        annotation.prefix,
        annotation.suffix,
    )
