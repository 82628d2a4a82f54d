"""The organisation briefing: who they are, who the people are, what runs with them."""

from __future__ import annotations

import functools

from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Cooperation, Membership, Organisation
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.vocab import PARTNER_ROLES, SECTORS
from sic_desktop.reports import CellValue
from sic_desktop.reports.briefings.chapter import Writer
from sic_desktop.reports.briefings.options import Section
from sic_desktop.reports.briefings.record_chapter import RecordChapter, add_cooperations
from sic_desktop.reports.briefings.texts import contact_text, function_text

_ORG = RecordType.ORGANISATION


class OrganisationChapter(RecordChapter):
    record_type = _ORG
    record: Organisation

    @functools.cached_property
    def members(self) -> list[Membership]:
        return self.ws.persons.members_of(self.record.stored_id)

    @functools.cached_property
    def cooperation_records(self) -> list[Cooperation]:
        return self.ws.cooperations.list(ListQuery(organisation_id=self.record.id, sort="status"))

    def note_query(self) -> ListQuery:
        return ListQuery(organisation_id=self.record.id)

    def followup_targets(self) -> list[RecordRef]:
        persons = dict.fromkeys(RecordRef(RecordType.PERSON, m.person_id) for m in self.members if m.person_id)
        return [self.ref, *persons, *(c.ref for c in self.cooperation_records)]

    def profile(self, writer: Writer) -> None:
        writer.section(Section.PROFILE)
        org = self.record
        sector, district, address = field_label(_ORG, "sector"), field_label(_ORG, "district"), translate("Briefings", "Adresse")
        rows: list[tuple[str, CellValue]] = [
            (field_label(_ORG, "name"), org.name),
            (field_label(_ORG, "short_name"), org.short_name),
            (sector, SECTORS.label(org.sector)),
            (district, org.district),
            (address, org.address),
            (field_label(_ORG, "website"), org.website),
        ]
        if writer.with_contact_data:
            rows += [(field_label(_ORG, "email"), org.email), (field_label(_ORG, "phone"), org.phone)]
        rows += [
            (field_label(_ORG, "theme_ids"), self.themes_text(org.theme_ids)),
            (field_label(_ORG, "tags"), ", ".join(org.tags)),
        ]
        writer.profile(rows, always={sector, district, address})
        writer.long_text(field_label(_ORG, "description"), org.description)

    def persons(self, writer: Writer) -> None:
        writer.section(Section.PERSONS)
        if not self.members:
            writer.document.add_empty_hint(translate("Briefings", "Keine Kontakte eingetragen."))
            return
        header = [translate("Briefings", "Name"), translate("Briefings", "Funktion")]
        if not writer.with_contact_data:
            writer.document.add_table(header, [[m.person_name, function_text(m)] for m in self.members])
            return
        ids = [m.person_id for m in self.members if m.person_id is not None]
        persons = {p.id: p for p in self.ws.persons.get_many(ids, include_trashed=False)}
        rows = [
            [m.person_name, function_text(m), contact_text(persons[m.person_id]) if m.person_id in persons else ""]
            for m in self.members
        ]
        writer.document.add_table([*header, translate("Briefings", "E-Mail und Telefon")], rows)

    def cooperations(self, writer: Writer) -> None:
        writer.section(Section.COOPERATIONS)
        add_cooperations(writer, self.cooperation_records, translate("Briefings", "Rolle"), self._role, self.ref)

    def _role(self, coop: Cooperation) -> str:
        return ", ".join(PARTNER_ROLES.label(p.role) for p in coop.partners if p.target == self.ref)
