"""Reports out, annotations in: the services behind `export` and `import-annotations`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.anchoring.selectors import quote_at
from factcheck.domain import AnchorState, Annotation, HistoryEntry
from factcheck.domain.models import utc_now
from factcheck.domain.text import one_line, os_text
from factcheck.errors import UserInputError
from factcheck.exporters import Report, build_report
from factcheck.importers.base import read_limited
from factcheck.storage import Database
from factcheck.storage.repositories import (
    AnnotationRepository,
    DocumentRepository,
    VerdictScaleRepository,
)

if TYPE_CHECKING:  # loaded on first import of annotations, not at start-up
    from factcheck.anchoring.reanchor import Quote
    from factcheck.exporters.jsonld import ForeignAnnotation


@dataclass
class ImportSummary:
    created: list[Annotation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why each one was not imported


class InterchangeService:
    """Mixed into Workspace: needs ``self.database`` and ``self.author``."""

    database: Database
    author: str

    def report(
        self, document_id: int, organisation: str = "", organisation_url: str = ""
    ) -> Report:
        with self.database.reading() as session:
            document = DocumentRepository(session).get(document_id)
            annotations = AnnotationRepository(session).for_document(document_id)
            scale = VerdictScaleRepository(session).load()
        return build_report(
            document, annotations, scale, organisation, organisation_url, self.author
        )

    def import_annotations(self, document_id: int, path: Path) -> ImportSummary:
        """Place W3C or Hypothesis annotations on the newest version; all or nothing."""
        from factcheck.anchoring.reanchor import Placement, Reanchorer
        from factcheck.anchoring.selectors import find_occurrences
        from factcheck.exporters.jsonld import parse_annotations

        name = os_text(path.name)
        foreign = parse_annotations(read_limited(path), name)
        summary = ImportSummary()
        with self.database.transaction() as session:
            documents = DocumentRepository(session)
            repo = AnnotationRepository(session)
            scale = VerdictScaleRepository(session).load()
            version_id, text = documents.latest_text(document_id)
            anchorer = Reanchorer(text, text)
            now = utc_now()
            for number, item in enumerate(foreign, start=1):
                if item.start is None and not (item.prefix or item.suffix):
                    # Only the quoted words: place them where they occur once, never guess.
                    found = find_occurrences(text, item.exact)
                    if len(found) != 1:
                        summary.skipped.append(
                            f"“{one_line(item.exact)}” is not in this document"
                            if not found
                            else f"“{one_line(item.exact)}” occurs {len(found)} times and "
                            "has no prefix, suffix or position to tell which"
                        )
                        continue
                    placement = Placement(
                        number, AnchorState.EXACT, found[0], found[0] + len(item.exact), item.exact
                    )
                else:
                    placement = anchorer.place(_as_quote(number, item, len(text)))
                if placement.start is None or placement.end is None:
                    summary.skipped.append(f"“{one_line(item.exact)}” is not in this document")
                    continue
                verdict = None
                if item.verdict_label:
                    try:
                        verdict = scale.parse(item.verdict_label, item.kind.value)
                    except UserInputError:
                        summary.skipped.append(
                            f"verdict {item.verdict_label!r} is not in the scale; imported unrated"
                        )
                quote = quote_at(text, placement.start, placement.end)
                annotation = repo.add(
                    Annotation(
                        document_id=document_id,
                        version_id=version_id,
                        kind=item.kind,
                        start=placement.start,
                        end=placement.end,
                        exact=quote.exact,
                        prefix=quote.prefix,
                        suffix=quote.suffix,
                        author=item.author or self.author,
                        state=AnchorState.EXACT
                        if placement.state is AnchorState.EXACT
                        else placement.state,
                        verdict=verdict,
                        status=item.status,
                        speaker=item.speaker,
                        note=item.note,
                        sources=item.sources,
                        created_at=item.created or now,
                        updated_at=item.modified or now,
                    )
                )
                assert annotation.id is not None
                repo.add_history(
                    [
                        HistoryEntry(
                            annotation.id,
                            now,
                            self.author,
                            "created",
                            None,
                            f"imported from {name}: {annotation.exact}",
                        )
                    ]
                )
                summary.created.append(annotation)
        return summary


def _as_quote(key: int, item: ForeignAnnotation, length: int) -> Quote:
    from factcheck.anchoring.reanchor import Quote

    start = item.start if item.start is not None and 0 <= item.start <= length else 0
    end = item.end if item.end is not None and start <= item.end <= length else start
    return Quote(key, start, end, item.exact, item.prefix, item.suffix)
