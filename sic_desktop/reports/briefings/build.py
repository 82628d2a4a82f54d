"""The one function the window and the command line call to make a briefing PDF.

It is a progress generator (see ``core.progress``): data is collected section by
section, then the PDF is laid out; the window drives it in its background
worker and closes it on „Abbrechen“, the command line prints a progress line.
Several records make one PDF with one chapter each, every chapter on a new
page under the record's name and with its own entries in the PDF outline.
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports import Document, RenderResult
from sic_desktop.reports.briefings.chapter import Chapter
from sic_desktop.reports.briefings.cooperation import CooperationChapter
from sic_desktop.reports.briefings.options import BriefingOptions
from sic_desktop.reports.briefings.organisation import OrganisationChapter
from sic_desktop.reports.briefings.person import PersonChapter
from sic_desktop.reports.briefings.rendering import render_in_steps
from sic_desktop.reports.briefings.theme import ThemeChapter
from sic_desktop.reports.word import write_docx

_FILE_NAME_CHARS = 80
_CHAPTERS: dict[RecordType, type[Chapter]] = {
    RecordType.ORGANISATION: OrganisationChapter,
    RecordType.PERSON: PersonChapter,
    RecordType.COOPERATION: CooperationChapter,
    RecordType.THEME: ThemeChapter,
}


def build_briefing(
    ws: Workspace,
    subject: RecordRef | Sequence[RecordRef],
    options: BriefingOptions,
    target: str | os.PathLike[str] | BinaryIO,
) -> ProgressGenerator[RenderResult]:
    """Write the briefing of ``subject`` (one record or several) as a PDF to ``target``.

    Raises ValidationError for contradictory options, NotFoundError for a record
    that does not exist (before anything is written), StorageError when the file
    cannot be written. Returns page count and warnings about characters the
    font lacks.
    """
    document, done = yield from _collect(ws, subject, options)
    return (yield from render_in_steps(document, target, done=done, message=translate("Briefings", "PDF wird gesetzt …")))


def build_briefing_docx(
    ws: Workspace,
    subject: RecordRef | Sequence[RecordRef],
    options: BriefingOptions,
    target: str | os.PathLike[str] | BinaryIO,
) -> ProgressGenerator[Document]:
    """The same briefing as a Word file, in the template of the setting „Word-Vorlage“
    (the shipped one when none is set); returns the document that was written."""
    document, _ = yield from _collect(ws, subject, options)
    template = ws.settings.word_template
    write_docx(document, target, template=Path(template) if template else None)
    return document


def _collect(
    ws: Workspace, subject: RecordRef | Sequence[RecordRef], options: BriefingOptions
) -> Generator[Progress, None, tuple[Document, int]]:
    """The document with every chapter's blocks, and the number of progress steps taken."""
    options.check()
    refs = [subject] if isinstance(subject, RecordRef) else list(subject)
    if not refs:
        raise SicError(translate("Briefings", "Für das Briefing ist kein Datensatz gewählt."))
    chapters = [_chapter(ws, ref, options) for ref in refs]
    document = _document(ws, chapters, options)
    total = sum(chapter.section_count() for chapter in chapters)
    done = 0
    for index, chapter in enumerate(chapters):
        level = 0
        if len(chapters) > 1:
            if index:
                document.add_page_break()
            document.add_section(chapter.title, 0)
            level = 1
        for heading in chapter.write(document, level):
            done += 1
            message = translate("Briefings", "„{title}“: {section}").format(title=chapter.title, section=heading)
            yield Progress(done, total + 100, message)
    return document, done


def file_name_for(refs: Sequence[RecordRef], titles: Mapping[RecordRef, str]) -> str:
    """A file name for the save dialog, „Briefing – Bürgerverein Husen e.V. – 2026-11-25.pdf“, from the
    title of a single record (the window reads it off its UI thread).

    Characters Windows forbids in file names are left out; the ISO date sorts.
    """
    theme = bool(refs) and refs[0].type is RecordType.THEME
    kind = translate("Briefings", "Themenfeldbericht") if theme else translate("Briefings", "Briefing")
    if len(refs) == 1:
        name = titles.get(refs[0], "")
    else:
        kinds = {ref.type for ref in refs}
        name = f"{len(refs)} " + (kinds.pop().plural if len(kinds) == 1 else translate("Briefings", "Datensätze"))
    name = " ".join(re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", name).split())[:_FILE_NAME_CHARS].strip()
    parts = [kind, name, today().isoformat()] if name else [kind, today().isoformat()]
    return " – ".join(parts) + ".pdf"


def _chapter(ws: Workspace, ref: RecordRef, options: BriefingOptions) -> Chapter:
    if ref.type not in _CHAPTERS:
        raise SicError(
            translate("Briefings", "Für {kind} gibt es kein Briefing.").format(kind=ref.type.plural)
        )
    return _CHAPTERS[ref.type](ws, options, ref.id)


def _document(ws: Workspace, chapters: list[Chapter], options: BriefingOptions) -> Document:
    created = datetime.now()
    if len(chapters) == 1:
        only = chapters[0]
        about = only.record_type.label
        if only.record_type is RecordType.THEME:
            title = translate("Briefings", "Themenfeldbericht: {name}").format(name=only.title)
        else:
            title = translate("Briefings", "Briefing: {name}").format(name=only.title)
    else:
        kinds = {chapter.record_type for chapter in chapters}
        kind = kinds.pop().plural if len(kinds) == 1 else translate("Briefings", "Datensätze")
        title = translate("Briefings", "Briefing: {count} {kind}").format(count=len(chapters), kind=kind)
        about = ", ".join(chapter.title for chapter in chapters)
    subject = [about, translate("Briefings", "Stand {date}").format(date=format_date(created))]
    if options.period_text():
        subject.append(translate("Briefings", "Zeitraum {period}").format(period=options.period_text()))
    document = Document(
        title,
        subject=" · ".join(subject),
        classification=ws.settings.classification if options.classification is None else options.classification,
        created_at=created,
        keywords=[chapter.title for chapter in chapters],
    )
    if not options.with_contact_data:
        document.add_paragraph(
            translate(
                "Briefings",
                "Ohne persönliche Kontaktdaten: Personen stehen hier nur mit Namen und Funktion. "
                "E-Mail-Adressen und Telefonnummern sind weggelassen, auch in Notizen.",
            ),
            muted=True,
        )
    return document
