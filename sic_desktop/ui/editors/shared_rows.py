"""Rows several editors share: theme fields, tags and dates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout

from sic_desktop.ui.editors.date_field import DateField
from sic_desktop.ui.editors.field_widgets import TagsField, ThemesField
from sic_desktop.ui.editors.record_editor import RecordEditor


def add_theme_and_tag_rows(editor: RecordEditor, layout: QFormLayout) -> None:
    themes = editor.form.add(layout, "theme_ids", ThemesField())
    # Queued before any record this editor opens: the choices arrive first (the reader lane keeps order).
    editor.ctx.ops.read(editor, lambda ws: ws.themes.names()).success(themes.set_choices).run()

    def ask_tags(deliver: Callable[[list[str]], None]) -> None:
        editor.ctx.ops.read(editor, lambda ws: list(ws.tags.usage())).success(deliver).run()

    tags = TagsField(ask_tags)
    tags.setPlaceholderText(QCoreApplication.translate("RecordEditor", "durch Kommas getrennt"))
    editor.form.add(layout, "tags", tags)


def add_date_row(editor: RecordEditor, layout: QFormLayout, name: str, *, required: bool = False) -> DateField:
    """A date row whose typing mistakes are explained as soon as the field is left."""
    field = DateField()
    editor.form.add(layout, name, field, required=required)
    field.problem.connect(lambda message: editor.form.show_message(name, message))
    return field
