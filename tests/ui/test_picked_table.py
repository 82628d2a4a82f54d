"""The membership and partner tables fit their columns once however many rows arrive together."""

from __future__ import annotations

from datetime import date

from sic_desktop.core.models import Membership
from sic_desktop.ui.editors.memberships_field import MembershipsField


class CountingField(MembershipsField):
    """Counts how often the columns are measured (each time every row is measured again)."""

    fits = 0

    def _fit_columns(self) -> None:
        self.fits += 1
        super()._fit_columns()


def test_two_hundred_memberships_are_fitted_once_and_shown_up_to_seven_lines(qtbot, ctx):
    field = CountingField(ctx)
    qtbot.addWidget(field)
    field.resize(900, 400)
    field.show()
    qtbot.waitExposed(field)
    qtbot.waitUntil(lambda: field.fits > 0)  # the first show fits the empty table
    field.fits = 0
    field.set_value([Membership(organisation_id=1, organisation_name="Quartiersbüro Nordstadt", from_date=date(2026, 1, 1),
                                function=f"Referentin {n} für Soziale Innovation") for n in range(200)])
    assert field.fits == 0, "not while the rows are still coming"
    table = field.table
    qtbot.waitUntil(lambda: table.minimumHeight() == table.maximumHeight())  # as many lines as it shows at most
    # once for the rows, once more when the scroll bar they bring narrows the table; not once per cell
    assert 1 <= field.fits <= 2
    assert table.rowCount() == 200
    function = table.horizontalHeader().sectionSize(1)
    assert function >= table.horizontalHeader().sectionSizeHint(1) and function > table.horizontalHeader().sectionSize(2)
