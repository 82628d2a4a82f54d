"""What the briefings of an organisation, a person and a cooperation share: notes and follow-ups.

Notes are shown with date, kind and title, then either the whole text
(Markdown rendered) or a short summary of it. Open follow-ups are those of the
record itself, of what the briefing lists about it (persons, cooperations) and
of every note linked to it: before a meeting, „Frau Schäfer zurückrufen“ on
her person record matters as much as one on the organisation.
"""

from __future__ import annotations

import functools
from abc import abstractmethod
from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Cooperation, FollowUp, Note
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.templates import without_template
from sic_desktop.core.vocab import COOPERATION_STATUSES, NOTE_KINDS
from sic_desktop.reports.briefings.chapter import Chapter, Writer
from sic_desktop.reports.briefings.options import BriefingOptions, Section
from sic_desktop.reports.briefings.texts import partners_text
from sic_desktop.reports.markdown import plain_text

SUMMARY_CHARS = 320


class RecordChapter(Chapter):
    # False: the newest ``recent_notes`` notes, newest first; True: all, oldest first.
    all_notes: ClassVar[bool] = False

    @abstractmethod
    def note_query(self) -> ListQuery:
        """The notes linked to this record (the period is added from the options)."""

    @abstractmethod
    def followup_targets(self) -> list[RecordRef]:
        """The records besides its notes whose open follow-ups the briefing lists."""

    @functools.cached_property
    def note_ids(self) -> list[int]:
        """Every note linked to the record, whatever the period (for the follow-ups)."""
        return self.ws.notes.ids(self.note_query())

    def notes(self, writer: Writer) -> None:
        writer.section(Section.NOTES)
        query = replace(self.note_query(), date_from=self.options.date_from, date_to=self.options.date_to)
        total = self.ws.notes.count(query)
        if self.all_notes:
            query = replace(query, sort="date", descending=False)
        else:
            query = replace(query, limit=self.options.recent_notes)
        notes = self.ws.notes.get_many(self.ws.notes.ids(query))
        self._notes_hint(writer, len(notes), total)
        for note in notes:
            add_note(writer, note, full_text=self.options.full_note_texts)

    def _notes_hint(self, writer: Writer, shown: int, total: int) -> None:
        period = self.options.period_text()
        if not total:
            add_no_notes_hint(writer, self.options)
        elif shown < total:
            text = translate("Briefings", "Die {shown} neuesten von {total} Notizen").format(shown=shown, total=total)
            if period:
                text += " " + translate("Briefings", "im Zeitraum {period}").format(period=period)
            writer.document.add_paragraph(text + ".", muted=True, keep_with_next=True)

    def followups(self, writer: Writer) -> None:
        writer.section(Section.FOLLOWUPS)
        targets = self.followup_targets() + [RecordRef(RecordType.NOTE, i) for i in self.note_ids]
        add_followups(writer, self.ws.followups.for_records(targets))


def add_no_notes_hint(writer: Writer, options: BriefingOptions) -> None:
    period = options.period_text()
    writer.document.add_empty_hint(
        translate("Briefings", "Keine Notizen im Zeitraum {period}.").format(period=period)
        if period
        else translate("Briefings", "Keine Notizen.")
    )


def add_note(writer: Writer, note: Note, *, full_text: bool) -> None:
    """A note as a small heading, a line with date and kind, then its text or a summary."""
    writer.subsection(writer.text(note.title) or translate("Briefings", "(ohne Titel)"), outline=full_text)
    details = [format_date(note.note_date), NOTE_KINDS.label(note.kind)]
    if note.participants:
        names = writer.text(", ".join(note.participants))
        details.append(translate("Briefings", "Teilnehmende: {names}").format(names=names))
    writer.document.add_paragraph(" · ".join(d for d in details if d), muted=True, keep_with_next=True)
    text = writer.text(note.text)
    if not text.strip():
        return
    if not full_text:
        written = without_template(text, note.kind)  # the answers, not the template's questions
        words = plain_text(written) if note.text_format == "markdown" else " ".join(written.split())
        writer.document.add_paragraph(summary(words))
    elif note.text_format == "markdown":
        writer.document.add_markdown(text)
    else:
        writer.document.add_paragraph(text)


def summary(text: str, limit: int = SUMMARY_CHARS) -> str:
    """The first words of a text, at most ``limit`` characters, cut after a word."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:–-") + " …"


def add_cooperations(
    writer: Writer,
    cooperations: list[Cooperation],
    part_heading: str,
    part: Callable[[Cooperation], str],
    subject: RecordRef,
) -> None:
    """The cooperations of an organisation or a person: status, its part in them, the other partners."""
    if not cooperations:
        writer.document.add_empty_hint(translate("Briefings", "Keine Kooperationen eingetragen."))
        return
    header = [
        translate("Briefings", "Kooperation"),
        field_label(RecordType.COOPERATION, "status"),
        part_heading,
        translate("Briefings", "Weitere Partner"),
        field_label(RecordType.COOPERATION, "start_date"),
    ]
    rows = [
        [c.title, COOPERATION_STATUSES.label(c.status), part(c), partners_text(c, without=subject), c.start_date]
        for c in cooperations
    ]
    writer.document.add_table(header, rows)


def add_followups(writer: Writer, followups: list[FollowUp]) -> None:
    if not followups:
        writer.document.add_empty_hint(translate("Briefings", "Keine offenen Wiedervorlagen."))
        return
    header = [
        _followup_label("due_date"),
        _followup_label("text"),
        _followup_label("target"),
        _followup_label("responsible"),
    ]
    rows = [
        [
            _due(followup),
            writer.text(followup.text),
            f"{followup.target.type.label}: {writer.text(followup.target_title)}" if followup.target else "",
            followup.responsible,
        ]
        for followup in followups
    ]
    writer.document.add_table(header, rows)


def _due(followup: FollowUp) -> str:
    due = format_date(followup.due_date)
    if followup.due_date and followup.due_date < today():
        return translate("Briefings", "{date} (überfällig)").format(date=due)
    return due


def _followup_label(field: str) -> str:
    return field_label(RecordType.FOLLOWUP, field)
