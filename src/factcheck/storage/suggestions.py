"""What check-worthiness suggestions learn from: sentences dismissed, claims marked."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from factcheck.storage.schema import (
    AnnotationRow,
    DismissedSuggestionRow,
    SuggestionLearningRow,
)


class SuggestionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def reset_at(self) -> dt.datetime | None:
        return self.session.scalar(
            select(SuggestionLearningRow.reset_at).where(SuggestionLearningRow.id == 1)
        )

    def add_dismissed(self, text: str, by: str, at: dt.datetime) -> int:
        row = DismissedSuggestionRow(text=text, by=by, dismissed_at=at)
        self.session.add(row)
        self.session.flush()
        return row.id

    def drop_dismissed(self, row_id: int) -> None:
        self.session.execute(
            delete(DismissedSuggestionRow).where(DismissedSuggestionRow.id == row_id)
        )

    def dismissed(self, since: dt.datetime | None) -> list[str]:
        query = select(DismissedSuggestionRow.text)
        if since is not None:
            query = query.where(DismissedSuggestionRow.dismissed_at > since)
        return list(self.session.scalars(query.order_by(DismissedSuggestionRow.id)))

    def claims(self, since: dt.datetime | None) -> list[str]:
        """The words of every live claim marked since ``since``: positive examples."""
        query = select(AnnotationRow.exact).where(
            AnnotationRow.kind == "claim", AnnotationRow.deleted_at.is_(None)
        )
        if since is not None:
            query = query.where(AnnotationRow.created_at > since)
        return list(self.session.scalars(query.order_by(AnnotationRow.id)))

    def reset(self, at: dt.datetime) -> None:
        self.session.execute(delete(DismissedSuggestionRow))
        self.session.execute(
            update(SuggestionLearningRow).where(SuggestionLearningRow.id == 1).values(reset_at=at)
        )
