"""One subject of a briefing (an organisation, a person, a cooperation, a theme field).

A briefing of one record is one chapter whose sections are the document's
top-level headings; a briefing of several organisations has one chapter per
organisation, each starting on a new page under its name. A chapter loads its
record when it is made (so an unknown id fails before any work) and the rest
of its data section by section, so that the caller can report progress and
stop between sections.
"""

from __future__ import annotations

import functools
from abc import ABC
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports import CellValue, Document
from sic_desktop.reports.briefings.contact_data import without_contact_data
from sic_desktop.reports.briefings.options import BriefingOptions, Section, section_heading, sections_for
from sic_desktop.reports.styles import styles
from sic_desktop.reports.tables import cell_text, content_widths


@dataclass(frozen=True)
class Writer:
    """Adds one chapter's blocks to the document at the chapter's heading level."""

    document: Document
    record_type: RecordType
    level: int  # of the chapter's section headings
    with_contact_data: bool

    def section(self, section: Section) -> None:
        self.document.add_section(section_heading(self.record_type, section), self.level)

    def subsection(self, title: str, *, outline: bool = True) -> None:
        self.document.add_section(title, self.level + 1, outline=outline)

    def profile(self, rows: Sequence[tuple[str, CellValue]], *, always: Collection[str]) -> None:
        """A profile table without the empty rows, except those labelled in ``always`` (shown with „–“):
        two printed pages have no room for „Kurzname: –“, but a missing legal basis must show."""
        self.document.add_key_values((label, value) for label, value in rows if value or label in always)

    def long_text(self, label: str, text: str, *, empty_hint: str | None = None) -> None:
        """A text field written as Markdown (a description, the goals) under a small heading.

        An empty field is left out, or shown as ``empty_hint`` when one is given.
        """
        if text.strip():
            self.subsection(label, outline=False)
            self.document.add_markdown(self.text(text))
        elif empty_hint is not None:
            self.subsection(label, outline=False)
            self.document.add_empty_hint(empty_hint)

    def grouped_tables(self, header: list[str], groups: Sequence[tuple[str, Sequence[Sequence[CellValue]]]]) -> None:
        """One table per group under a small heading (cooperations per status), all with the
        same column widths so that they read as one list."""
        texts = [header] + [[cell_text(value) for value in row] for _, rows in groups for row in rows]
        widths = content_widths(texts, styles())
        for title, rows in groups:
            self.subsection(title)
            self.document.add_table(header, rows, col_widths=widths)

    def text(self, text: str) -> str:
        """Free text as it may be printed: without e-mail addresses and phone numbers if so chosen."""
        return text if self.with_contact_data else without_contact_data(text)


class Chapter(ABC):
    """Each section is written by the method named like the section (``profile``, ``notes`` …)."""

    record_type: ClassVar[RecordType]

    def __init__(self, ws: Workspace, options: BriefingOptions, record_id: int) -> None:
        self.ws = ws
        self.options = options
        self.record = ws.service(self.record_type).get(record_id)

    @property
    def ref(self) -> RecordRef:
        return self.record.ref

    @property
    def title(self) -> str:
        """The subject's name, as chapter heading and in the document title."""
        return self.record.display_title

    def write(self, document: Document, level: int) -> Iterator[str]:
        """Add the chosen sections one by one, yielding each one's heading when it is done."""
        writer = Writer(document, self.record_type, level, self.options.with_contact_data)
        for section, heading in sections_for(self.record_type):
            if self.options.includes(section):
                write_section: Callable[[Writer], None] = getattr(self, section.value)
                write_section(writer)
                yield heading

    def section_count(self) -> int:
        return sum(1 for section, _ in sections_for(self.record_type) if self.options.includes(section))

    @functools.cached_property
    def theme_names(self) -> dict[int, str]:
        return self.ws.themes.names()

    def themes_text(self, theme_ids: Iterable[int]) -> str:
        return ", ".join(sorted((self.theme_names[i] for i in theme_ids if i in self.theme_names), key=str.casefold))
