"""The pages of the navigation, in order: the one list a new page (map, privacy review) joins.

Pages are created when first shown, so the window opens without loading lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui import lazy
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.start_page import StartPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # translated when the navigation is built
    icon: str
    create: Callable[[AppContext], QWidget]
    record_type: RecordType | None = None  # records of this type open on this page


def _list_page(record_type: RecordType) -> PageSpec:
    def create(ctx: AppContext) -> QWidget:
        from sic_desktop.ui.lists.list_page import ListPage  # with the editors: when the first list opens

        return ListPage(ctx, record_type)

    return PageSpec(record_type.value, lambda: record_type.plural, record_type.value, create, record_type)


PAGES: list[PageSpec] = [
    PageSpec("start", lambda: QCoreApplication.translate("Pages", "Start"), "start", StartPage),
    _list_page(RecordType.ORGANISATION),
    _list_page(RecordType.PERSON),
    _list_page(RecordType.COOPERATION),
    _list_page(RecordType.NOTE),
    _list_page(RecordType.FOLLOWUP),
    PageSpec(
        "map",
        lambda: QCoreApplication.translate("Pages", "Kartierung"),
        "map",
        lazy.map_page,
    ),
    PageSpec(
        "gaps",
        lambda: QCoreApplication.translate("Pages", "Lücken"),
        "gaps",
        lazy.gaps_page,
    ),
    PageSpec("impact", lambda: QCoreApplication.translate("Pages", "Wirkung"), "impact", lazy.impact_page),
    PageSpec("privacy", lambda: QCoreApplication.translate("Pages", "Datenschutz"), "privacy", lazy.privacy_page),
    PageSpec("trash", lambda: QCoreApplication.translate("Pages", "Papierkorb"), "trash", lazy.trash_page),
]


def page_shortcut(number: int) -> str:
    """The key of the ``number``-th page (from 1): Strg+1 … Strg+9, then Strg+0 for the tenth."""
    return f"Ctrl+{number % 10}"


def page_for(record_type: RecordType) -> PageSpec | None:
    return next((page for page in PAGES if page.record_type is record_type), None)
