"""The reading view: the article as formatted, selectable, read-only text with highlights.

The document holds the canonical text verbatim (each line one QTextBlock), so a
Qt position is the UTF-16 offset of the canonical text; OffsetMap converts that
to and from the code points we store. Highlights are ExtraSelections: they
overlap freely (a quote inside a claim) and never touch the document itself.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from factcheck.domain import Annotation, AnnotationKind, BlockKind, VerdictScale, Version
from factcheck.domain.models import safe_link
from factcheck.domain.text import snapped_to_words, without_edge_space
from factcheck.ui.i18n import translate
from factcheck.ui.offsets import OffsetMap
from factcheck.ui.palette import FIND_COLOUR, FLASH_COLOUR, SUGGESTION_COLOUR, readable_fill

READING_WIDTH = 760  # pixels: a comfortable line length
MIN_MARGIN = 24
NOTE_COLOUR = "#1565c0"
FLASH_MS = 700
EDGE_GRIP = 4  # pixels either side of a mark's edge where a drag moves the edge
MAX_SHOWN = 12_000  # UTF-16 units on one screen, with room to spare


def highlight_format(
    annotation: Annotation,
    scale: VerdictScale,
    selected: bool,
    background: QColor | None = None,
    text: QColor | None = None,
) -> QTextCharFormat:
    """Claims are filled, quotes underlined, notes dotted: tellable apart without colour.

    Fills are blended over ``background`` so that ``text`` keeps 3:1 contrast on them,
    in a light palette and a dark one alike."""
    fmt = QTextCharFormat()
    background = background or QColor("white")
    text = text or QColor("black")
    rated = annotation.verdict is not None
    colour = QColor(scale.colour_of(annotation.verdict))
    if annotation.kind is AnnotationKind.CLAIM:
        fill = readable_fill(colour, background, text, 0.6 if selected else 0.32)
        # Not rated: hatched, so it differs from every verdict by pattern too.
        hatch = QColor("#616161")
        brush = QBrush(fill) if rated or selected else QBrush(hatch, Qt.BrushStyle.BDiagPattern)
        fmt.setBackground(brush)
    elif annotation.kind is AnnotationKind.QUOTE:
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.SingleUnderline
            if rated
            else QTextCharFormat.UnderlineStyle.DashUnderline
        )
        fmt.setUnderlineColor(colour)
        if selected:
            fmt.setBackground(readable_fill(colour, background, text, 0.43))
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(NOTE_COLOUR))
        if selected:
            fmt.setBackground(readable_fill(QColor(NOTE_COLOUR), background, text, 0.24))
    if selected:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    return fmt


class ArticleView(QTextBrowser):
    annotationClicked = Signal(int)
    plainTextClicked = Signal()  # a click on words no mark covers: nothing is selected
    verdictKeyPressed = Signal(int)  # 0 clears the verdict, 1..9 pick from the scale
    # The selected mark's edge moved by a key: ("start"|"end", +1|-1, by a whole word)
    edgeMoveRequested = Signal(str, int, bool)
    # The selected mark's edge dragged with the mouse to new words: (start, end)
    edgeDragged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_document: QTextDocument | None = None
        self.setObjectName("articleView")
        self.setAccessibleName(translate("ArticleView", "Article"))
        self.setAccessibleDescription(
            translate("ArticleView", "The draft under review. Select text to mark it.")
        )
        self.setOpenLinks(False)  # links are shown, never followed by the view
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._text = ""
        self._offsets = OffsetMap("")
        # Sorted by (start, end, id), with the starts beside them: the highlights near
        # the viewport are found by bisection, not by a pass over every annotation.
        self._annotations: list[Annotation] = []
        self._starts: list[int] = []
        self._by_id: dict[int, Annotation] = {}
        self._longest = 0
        self._scale = VerdictScale(())
        self._selected_id: int | None = None
        self._flash_id: int | None = None
        self._find_spans: list[tuple[int, int]] = []
        self._find_starts: list[int] = []
        self._suggested: list[tuple[int, int]] = []
        self._suggested_starts: list[int] = []
        self._dragging: str | None = None  # the edge of the selected mark being dragged
        self._context_actions: list[QAction] = []
        self._cursors: dict[tuple[int, int, int], QTextCursor] = {}
        self._formats: dict[tuple[AnnotationKind, str | None, bool], QTextCharFormat] = {}
        self._point_size = 12
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self._shown_span = (0, 0)
        self._highlights_due = False
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(0)
        self._highlight_timer.timeout.connect(self.flush_highlights)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- content ------------------------------------------------------------------------
    def show_version(self, version: Version | None, point_size: int | None = None) -> None:
        if point_size:
            self._point_size = point_size
        self._text = version.text if version else ""
        self._offsets = OffsetMap(self._text)
        self._store([])
        self._find_spans, self._find_starts = [], []  # they pointed into the old text
        self._suggested, self._suggested_starts = [], []
        self._cursors.clear()
        document = QTextDocument(self)
        font = QFont(self.font())
        font.setPointSize(self._point_size)
        document.setDefaultFont(font)
        document.setDocumentMargin(28)
        document.setPlainText(self._text)
        if version is not None:
            self._format_blocks(document, version)
        # Ours, not Qt's default one (which setDocument deletes itself): the view keeps
        # every document it is given as a child until it dies, so a long session of
        # switching would hold them all. (Remembered rather than found by asking the
        # view's document for its parent: that costs 30 ms at start-up in PySide.)
        ours, self._own_document = self._own_document, document
        self.setDocument(document)
        self._apply_reading_width()
        self._apply_highlights()  # now: the old highlights point into the old text
        if ours is not None:
            # Freed when this returns, not deleteLater(): a reviewer switching drafts
            # quickly (or a loop without an event loop) would pile them up until the
            # next idle moment. Not before the highlights are replaced: theirs point
            # into it.
            ours.setParent(None)

    def top_position(self) -> int:
        """The code point at the top of what is on screen (the reading position)."""
        if not self._text:
            return 0
        utf16 = self.cursorForPosition(QPoint(self.viewport().width() // 2, 1)).position()
        return self._offsets.to_code_point(utf16)

    def scroll_to_top_at(self, code_point: int) -> None:
        """Scroll so that the line holding ``code_point`` is at the top."""
        if not self._text:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(min(code_point, len(self._text))))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    def _format_blocks(self, document: QTextDocument, version: Version) -> None:
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        body = QTextBlockFormat()
        body.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(body)
        # Blank separator lines stay (offsets count them) but in a tiny font: a short gap.
        # (A proportional line height would leave the full-height line box to catch clicks.)
        spacer = QTextCharFormat()
        spacer.setFontPointSize(max(3, self._point_size // 3))
        spacer_block = QTextBlockFormat()
        block = document.begin()
        while block.isValid():
            if block.length() == 1:
                blank = QTextCursor(block)
                blank.setBlockFormat(spacer_block)
                blank.setBlockCharFormat(spacer)
            block = block.next()
        current_list: QTextList | None = None
        current_list_style: tuple[QTextListFormat.Style, int] | None = None
        for item in version.structure:
            cursor.setPosition(self._offsets.to_utf16(item.start))
            cursor.setPosition(self._offsets.to_utf16(item.end), QTextCursor.MoveMode.KeepAnchor)
            char = QTextCharFormat()
            block_format = QTextBlockFormat()
            if item.kind in (BlockKind.TITLE, BlockKind.HEADING):
                char.setFontWeight(QFont.Weight.Bold)
                char.setFontPointSize(
                    self._point_size * (1.7 if item.kind is BlockKind.TITLE else 1.25)
                )
                block_format.setTopMargin(8)
                block_format.setHeadingLevel(1 if item.kind is BlockKind.TITLE else 2)
            elif item.kind is BlockKind.BLOCKQUOTE:
                char.setFontItalic(True)
                block_format.setLeftMargin(28)
            elif item.kind is BlockKind.LIST_ITEM:
                # Qt draws the bullet or number itself: the text stays the canonical text.
                style = (
                    QTextListFormat.Style.ListDecimal
                    if item.ordered
                    else QTextListFormat.Style.ListDisc
                )
                if current_list is None or current_list_style != (style, item.level):
                    list_format = QTextListFormat()
                    list_format.setStyle(style)
                    list_format.setIndent(max(1, item.level))
                    current_list = cursor.createList(list_format)
                    current_list_style = (style, item.level)
                else:
                    current_list.add(cursor.block())
                if not item.spans:
                    continue
            elif not item.spans:
                current_list = None
                continue  # a plain paragraph: the defaults are right
            if item.kind is not BlockKind.LIST_ITEM:
                current_list = None
            cursor.mergeCharFormat(char)
            cursor.mergeBlockFormat(block_format)
            for span in item.spans:
                cursor.setPosition(self._offsets.to_utf16(span.start))
                cursor.setPosition(
                    self._offsets.to_utf16(span.end), QTextCursor.MoveMode.KeepAnchor
                )
                inline = QTextCharFormat()
                if span.kind == "strong":
                    inline.setFontWeight(QFont.Weight.Bold)
                elif span.kind == "emphasis":
                    inline.setFontItalic(True)
                elif span.kind == "link" and safe_link(span.href):
                    inline.setAnchor(True)
                    inline.setAnchorHref(span.href)
                    inline.setForeground(QColor("#1a5fb4"))
                    inline.setFontUnderline(True)
                cursor.mergeCharFormat(inline)
        cursor.endEditBlock()

    def set_point_size(self, point_size: int) -> None:
        self._point_size = point_size

    # --- highlights ---------------------------------------------------------------------
    def set_annotations(
        self, annotations: Sequence[Annotation], scale: VerdictScale, selected_id: int | None
    ) -> None:
        self._store(annotations)
        if scale != self._scale:
            self._formats.clear()
        self._scale = scale
        self._selected_id = selected_id
        self._refresh_highlights()

    @staticmethod
    def _order(annotation: Annotation) -> tuple[int, int, int]:
        return (annotation.start, annotation.end, annotation.id or 0)

    def _store(self, annotations: Sequence[Annotation]) -> None:
        self._annotations = sorted(annotations, key=self._order)
        self._starts = [a.start for a in self._annotations]
        self._by_id = {a.id or 0: a for a in self._annotations}
        self._longest = max((a.end - a.start for a in self._annotations), default=0)

    def put_annotation(self, annotation: Annotation) -> None:
        """Add one highlight, or move/recolour the one with its id."""
        self._remove(annotation.id or 0)
        index = bisect_left(self._annotations, self._order(annotation), key=self._order)
        self._annotations.insert(index, annotation)
        self._starts.insert(index, annotation.start)
        self._by_id[annotation.id or 0] = annotation
        self._longest = max(self._longest, annotation.end - annotation.start)
        self._refresh_highlights()

    def drop_annotation(self, annotation_id: int) -> None:
        if self._remove(annotation_id):
            self._refresh_highlights()

    def _remove(self, annotation_id: int) -> bool:
        old = self._by_id.pop(annotation_id, None)
        if old is None:
            return False
        index = bisect_left(self._annotations, self._order(old), key=self._order)
        del self._annotations[index]
        del self._starts[index]
        return True

    def set_selected(self, annotation_id: int | None) -> None:
        self._selected_id = annotation_id
        self._refresh_highlights()

    def _cursor_for(self, annotation: Annotation) -> QTextCursor:
        """A cursor over the annotation's span, reused while the span stays the same."""
        key = (annotation.id or 0, annotation.start, annotation.end)
        cursor = self._cursors.get(key)
        if cursor is None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_utf16(annotation.start))
            cursor.setPosition(
                self._offsets.to_utf16(annotation.end), QTextCursor.MoveMode.KeepAnchor
            )
            self._cursors[key] = cursor
        return cursor

    def _visible_span(self) -> tuple[int, int]:
        """Code points shown in the viewport, widened by a screenful either way."""
        viewport = self.viewport().rect()
        # Hit-test inside the text column: the margins can answer with any position.
        middle = viewport.center().x()
        top = self.cursorForPosition(QPoint(middle, viewport.top())).position()
        bottom = self.cursorForPosition(QPoint(middle, viewport.bottom())).position()
        top, bottom = min(top, bottom), max(top, bottom)
        # Before Qt has laid the text out (just after opening) the bottom hit-test can
        # answer "the end of the draft": no screen shows more than MAX_SHOWN characters,
        # so never hand Qt the highlights of a whole long draft at once.
        bottom = min(bottom, top + MAX_SHOWN)
        margin = max(2_000, bottom - top)
        return (
            self._offsets.to_code_point(max(0, top - margin)),
            self._offsets.to_code_point(bottom + margin),
        )

    def _refresh_highlights(self) -> None:
        """Highlights are due again: applied once when control returns to the event
        loop, however many changes came in between (a mark selects, recolours and
        scrolls: one refresh, not three)."""
        self._highlights_due = True
        self._highlight_timer.start()

    def flush_highlights(self) -> None:
        """Apply due highlights now (before reading them back)."""
        if self._highlights_due:
            self._apply_highlights()

    def extraSelections(self) -> list[QTextEdit.ExtraSelection]:  # Qt's name, flushed first
        self.flush_highlights()
        return super().extraSelections()

    def _apply_highlights(self) -> None:
        """Give Qt the highlights near the viewport only.

        QTextEdit.setExtraSelections lays out every selection it is given, so handing
        it all 2,000 of a long draft costs a quarter of a second on each change; the
        ones in and around view cost next to nothing. Scrolling refreshes them.
        """
        overlays = self._find_spans or self._suggested
        low, high = self._visible_span() if self._annotations or overlays else (0, 0)
        kinds_first = {AnnotationKind.CLAIM: 0, AnnotationKind.QUOTE: 1, AnnotationKind.NOTE: 2}
        # Only those starting late enough to reach the span, and before its end.
        first = bisect_left(self._starts, low - self._longest)
        last = bisect_left(self._starts, high)
        shown = sorted(
            (a for a in self._annotations[first:last] if a.end > low),
            key=lambda a: (a.id == self._selected_id, kinds_first[a.kind]),
        )
        # Inside an edit block QTextCursor.setPosition skips laying out the text to find
        # the caret's x position, which would otherwise dominate.
        guard = QTextCursor(self.document())
        guard.beginEditBlock()
        selections = []
        try:
            for annotation in shown:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor_for(annotation)
                if annotation.id == self._flash_id:
                    fmt = QTextCharFormat()
                    fmt.setBackground(
                        readable_fill(QColor(FLASH_COLOUR), *self._paper_and_ink(), 0.9)
                    )
                else:
                    fmt = self._format_for(annotation)
                selection.format = fmt
                selections.append(selection)
            selections.extend(self._find_selections(low, high))
        finally:
            guard.endEditBlock()
        self._shown_span = (low, high)
        self._highlights_due = False
        self._highlight_timer.stop()
        self.setExtraSelections(selections)

    def _find_selections(self, low: int, high: int) -> list[QTextEdit.ExtraSelection]:
        suggested = QTextCharFormat()
        # A wave: not the dashes of an unrated quote, nor the dots of a note.
        suggested.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        suggested.setUnderlineColor(QColor(SUGGESTION_COLOUR))
        suggested.setBackground(
            readable_fill(QColor(SUGGESTION_COLOUR), *self._paper_and_ink(), 0.12)
        )
        found = QTextCharFormat()
        found.setBackground(readable_fill(QColor(FIND_COLOUR), *self._paper_and_ink(), 0.55))
        # Suggestions first: a match of Find is painted over them.
        return self._span_selections(
            self._suggested, self._suggested_starts, low, high, suggested
        ) + self._span_selections(self._find_spans, self._find_starts, low, high, found)

    def _span_selections(
        self,
        spans: list[tuple[int, int]],
        starts: list[int],
        low: int,
        high: int,
        fmt: QTextCharFormat,
    ) -> list[QTextEdit.ExtraSelection]:
        if not spans:
            return []
        selections = []
        first = bisect_left(starts, low)
        last = bisect_left(starts, high)
        for start, end in spans[max(0, first - 1) : last]:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_utf16(start))
            cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        return selections

    def _on_scrolled(self) -> None:
        busy = self._annotations or self._find_spans or self._suggested
        if busy and self._visible_span() != self._shown_span:
            self._refresh_highlights()

    def _format_for(self, annotation: Annotation) -> QTextCharFormat:
        selected = annotation.id == self._selected_id
        key = (annotation.kind, annotation.verdict, selected)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = highlight_format(
                annotation, self._scale, selected, *self._paper_and_ink()
            )
        return fmt

    def _paper_and_ink(self) -> tuple[QColor, QColor]:
        palette = self.palette()
        return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark: fills are redone
            self._formats.clear()
            if self._annotations:
                self._refresh_highlights()

    def highlight_count(self) -> int:
        """How many highlights are painted now (those in and near the viewport)."""
        return len(self.extraSelections())

    def flash(self, annotation_id: int) -> None:
        self._flash_id = annotation_id
        self._refresh_highlights()
        self._flash_timer.start(FLASH_MS)

    def _end_flash(self) -> None:
        self._flash_id = None
        self._refresh_highlights()

    def scroll_to(self, annotation: Annotation) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(annotation.end))
        self.setTextCursor(cursor)
        self.scroll_to_span(annotation.start)

    def scroll_to_span(self, start: int) -> None:
        """Bring the line of ``start`` to a third of the way down, where eyes go."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 3)

    # --- find -----------------------------------------------------------------------------
    def plain_text(self) -> str:
        """The text shown, as code points (what offsets count)."""
        return self._text

    def text_of(self, start: int, end: int) -> str:
        return self._text[start:end]

    def caret_position(self) -> int:
        return self._offsets.to_code_point(self.textCursor().selectionStart())

    def set_suggestions(self, spans: Sequence[tuple[int, int]]) -> None:
        """Sentences suggested as claims (Tools > Suggest claims), painted faintly."""
        self._suggested = list(spans)
        self._suggested_starts = [start for start, _end in self._suggested]
        self._refresh_highlights()

    def set_find_matches(self, spans: Sequence[tuple[int, int]]) -> None:
        """Matches of Find, painted (near the viewport) over the highlights."""
        self._find_spans = list(spans)
        self._find_starts = [start for start, _end in self._find_spans]
        self._refresh_highlights()

    # --- selection in code points ---------------------------------------------------------
    def selection_span(self) -> tuple[int, int] | None:
        """The selected text in code points, without surrounding white space."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.to_code_point(cursor.selectionStart())
        end = self._offsets.to_code_point(cursor.selectionEnd())
        while start < end and self._text[start].isspace():
            start += 1
        while end > start and self._text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def code_point_at(self, point: QPoint) -> int:
        return self._offsets.to_code_point(self.cursorForPosition(point).position())

    def annotation_at(self, code_point: int) -> Annotation | None:
        """The innermost annotation covering a code point (a quote inside a claim wins)."""
        # Only those starting at most the longest mark before it can cover it: a click
        # costs the same with 20,000 marks as with 20.
        low = bisect_left(self._starts, code_point - self._longest)
        high = bisect_right(self._starts, code_point)
        covering = [a for a in self._annotations[low:high] if a.start <= code_point < a.end]
        return min(covering, key=lambda a: a.end - a.start) if covering else None

    def annotations_on(self, start: int, end: int) -> list[Annotation]:
        """The highlights on exactly these words."""
        low, high = bisect_left(self._starts, start), bisect_right(self._starts, start)
        return [a for a in self._annotations[low:high] if a.end == end]

    # --- events ---------------------------------------------------------------------------
    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        self._context_actions = list(actions)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        for action in self._context_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # --- dragging a mark's edge -----------------------------------------------------------
    def edge_near(self, point: QPoint) -> str | None:
        """ "start" or "end" when ``point`` is on an edge of the selected mark."""
        selected = self._by_id.get(self._selected_id or -1)
        if selected is None or not self.mark_words_selected():
            return None  # only a mark shown selected has edges to drag
        for edge, position in (("start", selected.start), ("end", selected.end)):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_utf16(position))
            rect = self.cursorRect(cursor)
            if abs(point.x() - rect.x()) <= EDGE_GRIP and rect.top() <= point.y() <= rect.bottom():
                return edge
        return None

    def _dragged_span(self, point: QPoint, letters: bool) -> tuple[int, int] | None:
        selected = self._by_id.get(self._selected_id or -1)
        if selected is None or self._dragging is None:
            return None
        position = self.code_point_at(point)
        if self._dragging == "start":
            start, end = min(position, selected.end - 1), selected.end
        else:
            start, end = selected.start, max(position, selected.start + 1)
        if not letters:
            start, end = snapped_to_words(self._text, start, end)
        start, end = without_edge_space(self._text, start, end)
        return (start, end) if start < end else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.edge_near(point):
            self._dragging = self.edge_near(point)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._dragging is not None:
            letters = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            span = self._dragged_span(point, letters)
            if span is not None:
                self.select_span(*span)  # the words it will cover, shown as it moves
            event.accept()
            return
        super().mouseMoveEvent(event)
        near = event.buttons() == Qt.MouseButton.NoButton and self.edge_near(point)
        self.viewport().setCursor(
            Qt.CursorShape.SizeHorCursor if near else Qt.CursorShape.IBeamCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None and event.button() == Qt.MouseButton.LeftButton:
            letters = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            span = self._dragged_span(event.position().toPoint(), letters)
            self._dragging = None
            if span is not None:
                self.edgeDragged.emit(*span)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            hit = self.annotation_at(self.code_point_at(event.position().toPoint()))
            if hit is not None and hit.id is not None:
                self.annotationClicked.emit(hit.id)
            else:
                self.plainTextClicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
            self.verdictKeyPressed.emit(key - Qt.Key.Key_0.value)
            event.accept()
            return
        if self._dragging is not None and key == Qt.Key.Key_Escape:
            self._cancel_drag()
            event.accept()
            return
        if self._adjusts_edge(event):
            return
        super().keyPressEvent(event)

    def _cancel_drag(self) -> None:
        """Esc while dragging an edge: the mark stays as it was."""
        self._dragging = None
        selected = self._by_id.get(self._selected_id or -1)
        if selected is not None:
            self.select_span(selected.start, selected.end)

    def mark_words_selected(self) -> bool:
        """Whether the text selected is exactly the selected mark's words (just marked,
        or just adjusted): then Shift+arrows and the edges adjust the mark."""
        selected = self._by_id.get(self._selected_id or -1)
        cursor = self.textCursor()
        if selected is None or not cursor.hasSelection():
            return False
        span = (
            self._offsets.to_code_point(cursor.selectionStart()),
            self._offsets.to_code_point(cursor.selectionEnd()),
        )
        return span == (selected.start, selected.end)

    def caret_on_selected(self) -> bool:
        """Whether the caret (or the selection) is on the selected mark: what number
        keys typed in the article may rate."""
        selected = self._by_id.get(self._selected_id or -1)
        if selected is None:
            return False
        if self.textCursor().hasSelection():
            return self.mark_words_selected()
        return selected.start <= self.caret_position() <= selected.end

    def _adjusts_edge(self, event: QKeyEvent) -> bool:
        """Shift+Left/Right move the selected mark's end, Ctrl+Shift+Left/Right its
        start, by a word (with Alt: by a letter), while the mark's words are selected
        (as right after marking); otherwise they select text as usual."""
        modifiers = event.modifiers()
        shift = Qt.KeyboardModifier.ShiftModifier
        if event.key() not in (Qt.Key.Key_Left, Qt.Key.Key_Right) or not modifiers & shift:
            return False
        selected = self._by_id.get(self._selected_id or -1)
        if selected is None:
            return False
        cursor = self.textCursor()
        if not self.mark_words_selected():
            return False  # selecting text with the keyboard, as everywhere else
        edge = "start" if modifiers & Qt.KeyboardModifier.ControlModifier else "end"
        step = 1 if event.key() == Qt.Key.Key_Right else -1
        if cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft:
            step = -step  # right-to-left text: the right arrow goes towards the start
        by_word = not modifiers & Qt.KeyboardModifier.AltModifier
        self.edgeMoveRequested.emit(edge, step, by_word)
        event.accept()
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_reading_width()
        self._on_scrolled()

    def _apply_reading_width(self) -> None:
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        side = max(MIN_MARGIN, (self.viewport().width() - READING_WIDTH) // 2)
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)
