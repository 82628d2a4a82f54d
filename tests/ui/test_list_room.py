"""Lists get the room they need at the default size (1,366 × 768): names in the list are whole,
and the contact editor's organisation column shows the organisation, not „I… (…“ under „ganisat“."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.models import Membership, Organisation
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType

PADDING = 16  # cell margins and the „…“ a cut text would need


def fits(view, text: str, width: int) -> bool:
    return view.fontMetrics().horizontalAdvance(text) + PADDING <= width


def test_most_names_in_the_lists_are_whole(window, ctx, settle, reference_day):
    run_to_end(load_demo(ctx.ws, DemoSize(persons=60, notes=30), today=reference_day))
    window.resize(QSize(1366, 768))
    for record_type, column in ((RecordType.ORGANISATION, "name"), (RecordType.COOPERATION, "title")):
        page = window.go_to(record_type.value)
        settle()
        model = page.model
        section = next(i for i, c in enumerate(model.columns) if c.key == column)
        width = page.table.horizontalHeader().sectionSize(section)
        names = [model.index(row, section).data() for row in range(model.rowCount())]
        whole = sum(fits(page.table, name, width) for name in names)
        assert whole >= 0.8 * len(names), f"{record_type.value}: only {whole} of {len(names)} names whole"
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        for index, title in enumerate(headers):
            assert fits(page.table.horizontalHeader(), title, page.table.horizontalHeader().sectionSize(index)), title


LONG_NAME = "Wirtschaftsförderung Dortmund – Social Innovation Center"


def test_the_contact_editor_shows_a_long_organisation_name_whole(qtbot, window, ctx, settle, reference_day):
    """At 1,366 × 768 the membership table spans the form and wraps a long name onto more lines
    instead of cutting it („Fachhoch…“ before); the row grows and the tooltip holds the name too."""
    run_to_end(load_demo(ctx.ws, DemoSize(persons=20, notes=5), today=reference_day))
    window.resize(QSize(1366, 768))
    person = next(p for p in ctx.ws.persons.list() if p.memberships)
    office = ctx.ws.organisations.create(Organisation(name=LONG_NAME))
    person.memberships.append(Membership(organisation_id=office.id, function="Referentin für Soziale Innovation"))
    ctx.ws.persons.update(person)
    window.open_record(RecordRef(RecordType.PERSON, person.id))
    settle()
    table = window.current_page().editor.form.widget("memberships").table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == LONG_NAME)
    header = table.horizontalHeader()
    # The columns are fitted once the event loop is free after the rows and the width arrived.
    qtbot.waitUntil(lambda: header.sectionSize(0) >= table.viewport().width() * 0.45, timeout=2000)
    assert fits(header, "Organisation", header.sectionSize(0))
    assert table.horizontalScrollBar().maximum() == 0, "no column is pushed out of sight"
    text_width = header.sectionSize(0) - table.iconSize().width() - PADDING
    assert text_width > 0
    lines = table.fontMetrics().boundingRect(0, 0, text_width, 10_000, Qt.TextFlag.TextWordWrap, LONG_NAME)
    assert table.rowHeight(row) >= lines.height(), "every word of the name is on screen"
    assert table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height(), "the row is not scrolled away"
    assert table.item(row, 0).toolTip() == LONG_NAME


def test_an_overdue_follow_up_shows_its_date_whole(window, ctx, settle, reference_day):
    """Bold and with the warning sign, the due date of an overdue follow-up still fits its column (was „03.10.…“)."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyle

    run_to_end(load_demo(ctx.ws, DemoSize(persons=20, notes=5), today=reference_day))
    window.resize(QSize(1366, 768))
    page = window.go_to("followup")
    settle()
    model = page.model
    column = next(i for i, c in enumerate(model.columns) if c.key == "due_date")
    overdue = [row for row in range(model.rowCount()) if model.index(row, column).data(Qt.ItemDataRole.FontRole)]
    assert overdue, "the demo has overdue follow-ups"
    bold = QFont(page.table.font())
    bold.setBold(True)
    icon_width = page.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    needed = QFontMetrics(bold).horizontalAdvance(model.index(overdue[0], column).data()) + icon_width + PADDING
    assert page.table.horizontalHeader().sectionSize(column) >= needed


def test_the_privacy_review_list_fits_an_office_screen(window, ctx, settle, reference_day):
    """Every column of the Datenschutz-Prüfliste is on screen at 1,366 × 768 (was: „.etzter Konta“ at the edge)."""
    run_to_end(load_demo(ctx.ws, DemoSize(persons=40, notes=5), today=reference_day))
    window.resize(QSize(1366, 768))
    page = window.go_to("privacy")
    settle()
    assert page.model.rowCount() > 0
    assert page.table.horizontalScrollBar().maximum() == 0, "no column pushed beyond the right edge"
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount()):
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert fits(header, title, header.sectionSize(column)), title


def test_the_start_page_shows_every_row_of_the_cooperation_table(qtbot, window, settle):
    """On an empty data folder the start page's hint takes a line; the table of cooperations by
    theme field and status still shows its total row whole at 1,366 × 768 (it was cut off)."""
    window.resize(QSize(1366, 768))
    window.go_to("start")
    settle()
    table = window.current_page().coops
    last = table.rowCount() - 1
    qtbot.waitUntil(lambda: table.isVisible() and table.verticalScrollBar().maximum() == 0, timeout=2000)
    assert table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()
