"""A briefing PDF described as a list of building blocks, then rendered in one go.

A briefing is a short function that creates a :class:`Document` and adds
blocks (sections, profile tables, tables, notes in Markdown, a timeline, hints);
:meth:`Document.render` lays them out on A4 pages with header, footer, outline
and metadata. Blocks store only their data, so a document can be rendered
again (for example to another file) with the same result.
"""

from __future__ import annotations

import functools
import getpass
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from sic_desktop import APP_NAME, __version__
from sic_desktop.core.errors import SicError, StorageError
from sic_desktop.core.i18n import translate
from sic_desktop.pdf_fonts import SANS, SANS_BOLD, register_fonts
from sic_desktop.reports import parts
from sic_desktop.reports.drawing_png import drawing_rows
from sic_desktop.reports.flow import Flow, KeepHeadingWithNext
from sic_desktop.reports.glyphs import GlyphCheck, encodable, one_line
from sic_desktop.reports.markdown import markdown_flowables
from sic_desktop.reports.page import DecoratedCanvas, PageDecoration
from sic_desktop.reports.runs import Run
from sic_desktop.reports.styles import (
    BOTTOM_MARGIN,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    LEFT_MARGIN,
    PAGE_SIZE,
    RIGHT_MARGIN,
    TOP_MARGIN,
    styles,
)
from sic_desktop.reports.tables import CellValue, data_table, key_value_table
from sic_desktop.reports.timeline import TimelineEntry, timeline_table

_LANGUAGE = "de-DE"
_Block = Callable[[Flow], list[Flowable]]


class RenderCancelled(SicError):
    """The user stopped the PDF creation; no file was written."""

    def __init__(self) -> None:
        super().__init__(translate("Reports", "Die PDF-Erstellung wurde abgebrochen."))


@dataclass(frozen=True)
class RenderResult:
    """What the caller shows after rendering: page count and German warnings."""

    page_count: int
    warnings: tuple[str, ...]
    missing_characters: tuple[str, ...]


def default_classification() -> str:
    return translate("Reports", "Nur für den Dienstgebrauch")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment
        return ""


class Document:
    """A PDF in the making: metadata plus building blocks in reading order.

    ``classification`` is printed in header and footer of every page; None
    means „Nur für den Dienstgebrauch“, "" means no classification line.
    ``author`` defaults to the user logged in to the computer.
    """

    def __init__(
        self,
        title: str,
        *,
        subject: str = "",
        author: str | None = None,
        classification: str | None = None,
        created_at: datetime | None = None,
        keywords: Sequence[str] = (),
    ) -> None:
        self.title = title
        self.subject = subject
        self.author = _os_user() if author is None else author
        self.classification = default_classification() if classification is None else classification
        self.created_at = created_at or datetime.now()
        self.keywords = list(keywords)
        self._blocks: list[_Block] = []
        self.parts: list[parts.Part] = []  # the same blocks as data, for the Word output

    def add_section(self, title: str, level: int = 0, *, outline: bool = True) -> None:
        """A heading (level 0, 1 or 2) that never ends up alone at the bottom of a page.

        With ``outline`` it is also a bookmark in the PDF's outline.
        """
        if level < 0:
            raise ValueError("section level must be 0 or more")
        self.parts.append(parts.Heading(title, level))
        self._blocks.append(
            lambda flow: [flow.heading(title, flow.styles.heading(level), outline_level=level if outline else None)]
        )

    def add_paragraph(self, text: str, *, muted: bool = False, keep_with_next: bool = False) -> None:
        """Plain text; line breaks are kept, any characters are allowed.

        With ``keep_with_next`` a short line (the date line under a note's title)
        stays on the page of the block that follows it, like a heading.
        """

        def block(flow: Flow) -> list[Flowable]:
            style = flow.styles.muted if muted else flow.styles.body
            return flow.paragraphs([Run(text)], flow.styles.kept_with_next(style) if keep_with_next else style)

        self._blocks.append(block)
        self.parts.append(parts.Text(text, muted))

    def add_key_values(self, rows: Iterable[tuple[str, CellValue]]) -> None:
        """A profile table of „label: value“ rows; nothing is added for no rows."""
        pairs = list(rows)
        if pairs:
            self._blocks.append(lambda flow: [key_value_table(flow, pairs)])
            self.parts.append(parts.KeyValues(tuple(pairs)))

    def add_table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[CellValue]],
        col_widths: Sequence[float] | None = None,
    ) -> None:
        """A table whose header repeats on every page; cells wrap, rows may break.

        ``col_widths`` are relative weights (e.g. ``[3, 1, 2]``); without them
        the widths follow the contents. Cells are meant for short texts; put
        long texts into :meth:`add_paragraph` or :meth:`add_markdown`.
        """
        titles, cells = list(header), [list(row) for row in rows]
        if any(len(row) > len(titles) for row in cells):
            raise ValueError("a row has more cells than the header")
        if col_widths is not None and len(col_widths) != len(titles):
            raise ValueError("one column width per header cell is needed")
        self._blocks.append(lambda flow: [data_table(flow, titles, cells, col_widths)])
        self.parts.append(parts.Table(tuple(titles), tuple(tuple(row) for row in cells)))

    def add_markdown(self, text: str) -> None:
        """A note's text in Markdown: headings, lists, bold, italic, code, quotes, rules."""
        self._blocks.append(functools.partial(markdown_flowables, text))
        self.parts.append(parts.Markdown(text))

    def add_timeline(self, entries: Iterable[TimelineEntry], *, highlight_last: bool = True) -> None:
        """A status history, oldest entry first; the last one is marked as current."""
        steps = list(entries)
        if steps:
            self._blocks.append(lambda flow: [timeline_table(flow, steps, highlight_last)])
            self.parts.append(parts.Timeline(tuple(steps)))

    def add_empty_hint(self, text: str) -> None:
        """A quiet line where a list is empty, e.g. „Keine offenen Wiedervorlagen.“"""
        self._blocks.append(lambda flow: flow.paragraphs([Run(text)], flow.styles.hint))
        self.parts.append(parts.Hint(text))

    def add_flowables(self, flowables: Sequence[Flowable]) -> None:
        """Flowables made by another part of the program (a network map), drawn as they are.

        They must be able to lay themselves out again, as a document may be rendered twice.
        """
        items = list(flowables)
        if items:
            self._blocks.append(lambda flow: list(items))
            self.parts.append(parts.Figures(len(items), tuple(drawing_rows(items) or ())))

    def add_page_break(self) -> None:
        self._blocks.append(lambda flow: [PageBreak()])
        self.parts.append(parts.PageBreak())

    def render(
        self,
        target: str | os.PathLike[str] | BinaryIO,
        *,
        should_cancel: Callable[[], bool] | None = None,
        on_progress: Callable[[int], None] | None = None,
    ) -> RenderResult:
        """Lay out all blocks and write the PDF to a path or a binary stream.

        ``should_cancel`` is asked between blocks; when it returns True,
        :class:`RenderCancelled` is raised and nothing is written.
        ``on_progress`` receives the percentage of blocks laid out.
        A file is replaced only when the new PDF is complete.
        """
        cancelled = should_cancel or (lambda: False)
        flow = Flow(styles(), GlyphCheck(register_fonts()))
        story = self._title_block(flow)
        for block in self._blocks:
            if cancelled():
                raise RenderCancelled()
            story += block(flow)

        decoration = PageDecoration(
            title=flow.glyphs.clean(one_line(self.title), SANS),
            classification=flow.glyphs.clean(one_line(self.classification), SANS_BOLD),
            created_at=self.created_at,
        )
        buffer = io.BytesIO()
        template = _Template(buffer, self, _Progress(cancelled, on_progress))
        template.build(story, canvasmaker=functools.partial(DecoratedCanvas, decoration=decoration))
        write_pdf(buffer.getvalue(), target)
        warning = flow.glyphs.warning()
        return RenderResult(
            page_count=template.page,
            warnings=(warning,) if warning else (),
            missing_characters=flow.glyphs.missing,
        )

    def _title_block(self, flow: Flow) -> list[Flowable]:
        story = flow.paragraphs([Run(self.title)], flow.styles.title)
        if self.subject:
            story += flow.paragraphs([Run(self.subject)], flow.styles.subtitle)
        return story


class _Progress:
    """reportlab's progress callback, turned into cancel checks and percentages."""

    def __init__(self, cancelled: Callable[[], bool], report: Callable[[int], None] | None) -> None:
        self._cancelled = cancelled
        self._report = report
        self._total = 1
        self._percent = -1

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._total = max(1, value)
        elif kind == "PROGRESS":
            if self._cancelled():
                raise RenderCancelled()
            percent = min(100, value * 100 // self._total)
            if self._report and percent > self._percent:
                self._percent = percent
                self._report(percent)


class _Template(BaseDocTemplate):
    def __init__(self, stream: BinaryIO, document: Document, progress: _Progress) -> None:
        super().__init__(
            stream,
            pagesize=PAGE_SIZE,
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=encodable(document.title),
            author=encodable(document.author),
            subject=encodable(document.subject),
            keywords=[encodable(keyword) for keyword in document.keywords],
            creator=f"{APP_NAME} {__version__}",
            lang=_LANGUAGE,
            displayDocTitle=True,
            keepTogetherClass=KeepHeadingWithNext,
        )
        frame = Frame(
            LEFT_MARGIN, BOTTOM_MARGIN, FRAME_WIDTH, FRAME_HEIGHT,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text",
        )  # fmt: skip
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.setProgressCallBack(progress)


def write_pdf(pdf: bytes, target: str | os.PathLike[str] | BinaryIO) -> None:
    """Write to a stream, or replace a file only once the new one is complete."""
    if not isinstance(target, (str, os.PathLike)):
        target.write(pdf)
        return
    path = Path(target)
    temporary = None
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".~", suffix=".pdf", delete=False) as file:
            temporary = Path(file.name)
            file.write(pdf)
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise StorageError(
            translate(
                "Reports",
                "Die PDF konnte nicht als „{path}“ gespeichert werden. Ist die Datei noch in "
                "einem anderen Programm geöffnet oder der Ordner schreibgeschützt?",
            ).format(path=path)
        ) from error
