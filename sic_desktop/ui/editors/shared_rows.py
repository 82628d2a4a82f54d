"""Rows several editors share: theme fields, tags and dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout

from sic_desktop.ui.editors.date_field import DateField
from sic_desktop.ui.editors.field_widgets import TagsField, ThemesField
from sic_desktop.ui.editors.record_editor import RecordEditor


def add_theme_and_tag_rows(editor: RecordEditor, layout: QFormLayout) -> None:
    ws = editor.ctx.ws
    editor.form.add(layout, "theme_ids", ThemesField(ws.themes.names()))
    tags = TagsField(lambda: list(ws.tags.usage()))
    tags.setPlaceholderText(QCoreApplication.translate("RecordEditor", "durch Kommas getrennt"))
    editor.form.add(layout, "tags", tags)


def add_date_row(editor: RecordEditor, layout: QFormLayout, name: str, *, required: bool = False) -> DateField:
    """A date row whose typing mistakes are explained as soon as the field is left."""
    field = DateField()
    editor.form.add(layout, name, field, required=required)
    field.problem.connect(lambda message: editor.form.show_message(name, message))
    return field
