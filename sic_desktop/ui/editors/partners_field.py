"""A cooperation's partners (organisations or persons) with their role."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from sic_desktop.core.models import Partner
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.vocab import PARTNER_ROLES
from sic_desktop.ui.checked import as_type
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.picked_table import PickedTable


class PartnersField(PickedTable):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, (RecordType.ORGANISATION, RecordType.PERSON), [self.tr("Partner"), self.tr("Rolle")], parent
        )

    def add_row(self, ref: RecordRef, title: str, details: object = None) -> int:
        row = super().add_row(ref, title)
        role = QComboBox(self.table)
        role.setAccessibleName(self.tr("Rolle von {name}").format(name=title))
        for key, label in PARTNER_ROLES.labels():
            role.addItem(label, key)
        role.setCurrentIndex(max(role.findData(details or "partner"), 0))
        self.table.setCellWidget(row, 1, role)
        return row

    def value(self) -> list[Partner]:
        partners = []
        for row in range(self.table.rowCount()):
            ref = self.ref_at(row)
            role = as_type(self.table.cellWidget(row, 1), QComboBox).currentData()
            if ref.type is RecordType.ORGANISATION:
                partners.append(Partner(role=role, organisation_id=ref.id))
            else:
                partners.append(Partner(role=role, person_id=ref.id))
        return partners

    def set_value(self, partners: list[Partner] | None) -> None:
        self.clear_rows()
        for partner in partners or []:
            self.add_row(partner.target, partner.name, partner.role)
