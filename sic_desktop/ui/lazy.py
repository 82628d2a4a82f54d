"""Features that load only when used, so that the window opens fast.

Menus, record actions and pages are registered at start, but importing a feature
pulls in reportlab, networkx or whoosh. Each function here stands for one such
feature: it imports the feature's module when first called and hands on its
arguments. The imports are plain statements, so the type checker checks every
call against the real signature and a rename of a module or function is followed
(or reported) by tools and by mypy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from sic_desktop.core.record_ref import RecordRef
    from sic_desktop.ui.context import AppContext
    from sic_desktop.ui.main_window import MainWindow

# -- pages -----------------------------------------------------------------------


def map_page(ctx: AppContext) -> QWidget:
    from sic_desktop.ui.map.map_view import MapView

    return MapView(ctx, ctx.open)


def gaps_page(ctx: AppContext) -> QWidget:
    from sic_desktop.ui.map.gap_view import GapView

    return GapView(ctx, ctx.open)


def impact_page(ctx: AppContext) -> QWidget:
    from sic_desktop.ui.impact.portfolio_page import ImpactPage

    return ImpactPage(ctx)


def privacy_page(ctx: AppContext) -> QWidget:
    from sic_desktop.ui.privacy.review_page import ReviewPage

    return ReviewPage(ctx)


def trash_page(ctx: AppContext) -> QWidget:
    from sic_desktop.ui.trash_page import TrashPage

    return TrashPage(ctx)


# -- menu commands (the window) --------------------------------------------------


def backup_now(window: MainWindow) -> None:
    from sic_desktop.ui.io.backup_dialog import backup_now

    backup_now(window)


def transfer_to_server(window: MainWindow) -> None:
    from sic_desktop.ui.io.server_transfer_action import transfer_folder

    transfer_folder(window)


def copy_server(window: MainWindow) -> None:
    from sic_desktop.ui.io.server_transfer_action import copy_server

    copy_server(window)


def open_backup_dialog(window: MainWindow) -> None:
    from sic_desktop.ui.io.backup_dialog import open_backup_dialog

    open_backup_dialog(window)


def open_duplicates_dialog(window: MainWindow) -> None:
    from sic_desktop.ui.io.duplicates_dialog import open_duplicates_dialog

    open_duplicates_dialog(window)


def open_export_dialog(window: MainWindow) -> None:
    from sic_desktop.ui.io.export_dialog import open_export_dialog

    open_export_dialog(window)


def open_import_wizard(window: MainWindow) -> None:
    from sic_desktop.ui.io.import_wizard import open_import_wizard

    open_import_wizard(window)


def show_guide(window: MainWindow) -> None:
    from sic_desktop.ui.help_dialogs import show_guide

    show_guide(window)


def show_shortcuts(window: MainWindow) -> None:
    from sic_desktop.ui.help_dialogs import show_shortcuts

    show_shortcuts(window)


def export_mail_merge(window: MainWindow) -> None:
    from sic_desktop.ui.outlook.mail_merge_action import export_shown

    export_shown(window)


def open_mail_import(window: MainWindow) -> None:
    from sic_desktop.ui.outlook.mail_import_dialog import open_mail_import

    open_mail_import(window)


def show_mail_import(ctx: AppContext, path: Path, parent: QWidget) -> None:
    from sic_desktop.ui.outlook.mail_import_dialog import show_mail_import

    show_mail_import(ctx, path, parent)


def open_theme_report(ctx: AppContext, theme: RecordRef | None, parent: QWidget) -> None:
    from sic_desktop.ui.briefing import open_theme_report

    open_theme_report(ctx, theme, parent)


# -- record actions (context, chosen records, parent for dialogs) -----------------


def brief_records(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    from sic_desktop.ui.briefing import brief_records

    brief_records(ctx, refs, parent)


def export_calendar(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    from sic_desktop.ui.outlook.calendar_action import export_calendar

    export_calendar(ctx, refs, parent)


def export_mail_merge_selected(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    from sic_desktop.ui.outlook.mail_merge_action import export_selected

    export_selected(ctx, refs, parent)


def report_for_cooperations(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    from sic_desktop.ui.impact.report_action import report_for_cooperations

    report_for_cooperations(ctx, refs, parent)


def show_history(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    from sic_desktop.ui.privacy.actions import show_history

    show_history(ctx, refs, parent)


def export_access(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    from sic_desktop.ui.privacy.actions import export_access

    export_access(ctx, refs, parent)


def anonymise_person(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    from sic_desktop.ui.privacy.actions import anonymise_person

    anonymise_person(ctx, refs, parent)


def delete_person(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    from sic_desktop.ui.privacy.actions import delete_person

    delete_person(ctx, refs, parent)
