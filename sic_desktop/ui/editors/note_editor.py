"""Editor of a note: kind and date on top, the Markdown text in front, links and follow-ups one tab away.

A new note of a kind starts with that kind's template (``core.templates``); as
long as the text is still the untouched template, changing the kind swaps it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from sic_desktop.core.dates import today
from sic_desktop.core.models import Note, Record
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.templates import note_template
from sic_desktop.core.vocab import NOTE_KINDS
from sic_desktop.ui.editors.field_widgets import ChoiceField, LineField, SplitListField
from sic_desktop.ui.editors.form import reveal
from sic_desktop.ui.editors.link_list import LinkListField
from sic_desktop.ui.editors.markdown_field import MarkdownField
from sic_desktop.ui.editors.note_followups import NoteFollowUps
from sic_desktop.ui.editors.record_editor import RecordEditor
from sic_desktop.ui.editors.shared_rows import add_date_row, add_theme_and_tag_rows
from sic_desktop.ui.icons import icon
from sic_desktop.ui.scrolling import scrolling


class NoteEditor(RecordEditor):
    record_type = RecordType.NOTE

    def build(self, body: QWidget) -> None:
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QWidget(body)
        layout = self.new_form_layout(top)
        kind = self.form.add(layout, "kind", ChoiceField(NOTE_KINDS, optional=False), required=True)
        kind.currentIndexChanged.connect(self._kind_changed)
        add_date_row(self, layout, "note_date", required=True)
        self.form.add(layout, "title", LineField(), required=True)
        participants = self.form.add(layout, "participants", SplitListField())
        participants.setPlaceholderText(self.tr("Namen, durch Semikolon getrennt"))
        outer.addWidget(top)

        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("noteTabs")
        text_page = QWidget()
        text_layout = QVBoxLayout(text_page)
        self.text = self.form.add(text_layout, "text", MarkdownField())
        template = QPushButton(icon("note"), self.tr("&Vorlage einfügen"), self.text)
        template.setToolTip(self.tr("Die Vorlage der gewählten Art einfügen"))
        template.clicked.connect(lambda: self.text.insert(note_template(self.form.widget("kind").value())))
        self.text.extra_bar.addWidget(template)
        self.tabs.addTab(text_page, icon("note"), self.tr("Text"))

        links_page = QWidget()
        links = self.new_form_layout(links_page)
        self.form.add(links, "organisation_ids", LinkListField(self.ctx, RecordType.ORGANISATION))
        self.form.add(links, "person_ids", LinkListField(self.ctx, RecordType.PERSON))
        self.form.add(links, "cooperation_ids", LinkListField(self.ctx, RecordType.COOPERATION))
        add_theme_and_tag_rows(self, links)
        # The links are a long form: it scrolls inside its tab instead of making the window taller.
        self.tabs.addTab(scrolling(links_page), icon("link"), self.tr("Verknüpfungen"))

        self.followups = NoteFollowUps(self.ctx, self._ensure_saved)
        self.tabs.addTab(scrolling(self.followups), icon("followup"), self.tr("Wiedervorlagen"))
        outer.addWidget(self.tabs, 1)
        self._template_kind: str | None = None

    def _wrap(self, body: QWidget) -> QWidget:
        return body  # the text area grows with the window instead of scrolling the form

    def blank(self) -> Note:
        return Note(note_date=today(), text=note_template("gespraechsnotiz"))

    def after_show(self, record: Record) -> None:
        assert isinstance(record, Note)
        self._template_kind = record.kind if record.id is None and record.text == note_template(record.kind) else None
        self.followups.show_note(self.ref)
        if not self.keeping_place:
            self.tabs.setCurrentIndex(0)

    def _kind_changed(self) -> None:
        kind = self.form.widget("kind").value()
        if self._template_kind is not None and self.text.shows(note_template(self._template_kind)):
            self.text.set_value(note_template(kind))
            self._template_kind = kind

    def is_dirty(self) -> bool:
        return super().is_dirty() or (self.record is not None and self.followups.has_input())

    def save(self, then: Callable[[], None] | None = None, *, unless_failed: str = "") -> None:
        """Saving on the way out („Speichern“ when leaving) adds a typed follow-up too."""
        if then is not None and self.followups.has_input():
            reveal(self.followups)  # if it cannot be added, its message shows there
            self.followups.add(then)
        else:
            super().save(then, unless_failed=unless_failed)

    def revert(self) -> None:
        self.followups.clear_input()
        super().revert()

    def _ensure_saved(self, then: Callable[[RecordRef], None], unless_failed: str) -> None:
        if self.ref is not None and not super().is_dirty():
            then(self.ref)
        else:
            super().save(lambda: then(self.ref) if self.ref is not None else None, unless_failed=unless_failed)
