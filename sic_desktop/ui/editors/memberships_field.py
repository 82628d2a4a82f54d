"""A person's organisations with function and period (Funktion, von, bis)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sic_desktop.core.dates import format_date
from sic_desktop.core.models import Membership
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.picked_table import PickedTable


class MembershipsField(PickedTable):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            (RecordType.ORGANISATION,),
            [self.tr("Organisation"), self.tr("Funktion"), self.tr("von"), self.tr("bis")],
            parent,
        )

    def value(self) -> list[Membership]:
        # Dates go to the core as typed; it explains a wrong one at this field.
        return [
            Membership(
                organisation_id=self.ref_at(row).id,
                function=self.text_at(row, 1),
                from_date=self.text_at(row, 2) or None,  # type: ignore[arg-type]
                to_date=self.text_at(row, 3) or None,  # type: ignore[arg-type]
            )
            for row in range(self.table.rowCount())
        ]

    def set_value(self, memberships: list[Membership] | None) -> None:
        self.clear_rows()
        for membership in memberships or []:
            row = self.add_row(RecordRef(RecordType.ORGANISATION, membership.organisation_id), membership.organisation_name)
            self.set_text(row, 1, membership.function)
            self.set_text(row, 2, _date_text(membership.from_date))
            self.set_text(row, 3, _date_text(membership.to_date))


def _date_text(value) -> str:
    return value if isinstance(value, str) else format_date(value)
