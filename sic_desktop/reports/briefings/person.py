"""The person briefing: the organisation briefing seen from one contact's side.

The DSGVO legal basis belongs to the contact data: it is printed only when the
contact data is, since a briefing without them is made to be passed on.
"""

from __future__ import annotations

import functools

from sic_desktop.core.dates import format_date
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Cooperation, Person
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.vocab import LEGAL_BASES, PARTNER_ROLES, SECTORS
from sic_desktop.reports import CellValue
from sic_desktop.reports.briefings.chapter import Writer
from sic_desktop.reports.briefings.options import Section
from sic_desktop.reports.briefings.record_chapter import RecordChapter, add_cooperations
from sic_desktop.reports.briefings.texts import function_text

_PERSON = RecordType.PERSON


class PersonChapter(RecordChapter):
    record_type = _PERSON
    record: Person

    @functools.cached_property
    def cooperation_records(self) -> list[Cooperation]:
        """Cooperations the person takes part in, in person or through one of their organisations."""
        ids = self.ws.cooperations.ids(ListQuery(person_id=self.record.id, sort="status"))
        for membership in self.record.memberships:
            ids += self.ws.cooperations.ids(ListQuery(organisation_id=membership.organisation_id, sort="status"))
        return self.ws.cooperations.get_many(list(dict.fromkeys(ids)), include_trashed=False)

    def note_query(self) -> ListQuery:
        return ListQuery(person_id=self.record.id)

    def followup_targets(self) -> list[RecordRef]:
        return [self.ref, *(c.ref for c in self.cooperation_records if self._in_person(c))]

    def profile(self, writer: Writer) -> None:
        writer.section(Section.PROFILE)
        person = self.record
        name = " ".join(part for part in (person.salutation, person.full_name) if part)
        legal_basis = translate("Briefings", "Rechtsgrundlage (DSGVO)")
        rows: list[tuple[str, CellValue]] = [(translate("Briefings", "Name"), name)]
        if writer.with_contact_data:
            rows += [
                (field_label(_PERSON, "emails"), "\n".join(person.emails)),
                (field_label(_PERSON, "phones"), "\n".join(person.phones)),
                (legal_basis, self._legal_basis()),
            ]
        rows += [
            (field_label(_PERSON, "last_contact"), person.last_contact),
            (field_label(_PERSON, "theme_ids"), self.themes_text(person.theme_ids)),
            (field_label(_PERSON, "tags"), ", ".join(person.tags)),
        ]
        writer.profile(rows, always={legal_basis})
        writer.long_text(translate("Briefings", "Hinweise"), person.notes)

    def _legal_basis(self) -> str:
        basis = LEGAL_BASES.label(self.record.legal_basis)
        if self.record.consent_date:
            consent = translate("Briefings", "Einwilligung vom {date}").format(date=format_date(self.record.consent_date))
            return f"{basis} ({consent})" if basis else consent
        return basis

    def organisations(self, writer: Writer) -> None:
        writer.section(Section.ORGANISATIONS)
        memberships = self.record.memberships
        if not memberships:
            writer.document.add_empty_hint(translate("Briefings", "Keiner Organisation zugeordnet."))
            return
        organisations = {
            org.id: org
            for org in self.ws.organisations.get_many([m.organisation_id for m in memberships], include_trashed=False)
        }
        header = [
            translate("Briefings", "Organisation"),
            translate("Briefings", "Funktion"),
            field_label(RecordType.ORGANISATION, "sector"),
            field_label(RecordType.ORGANISATION, "district"),
        ]
        rows = [
            [m.organisation_name, function_text(m), SECTORS.label(org.sector), org.district]
            for m in memberships
            if (org := organisations.get(m.organisation_id))
        ]
        writer.document.add_table(header, rows)

    def cooperations(self, writer: Writer) -> None:
        writer.section(Section.COOPERATIONS)
        add_cooperations(writer, self.cooperation_records, translate("Briefings", "Beteiligt als"), self._part_in, self.ref)

    def _in_person(self, coop: Cooperation) -> bool:
        return any(partner.target == self.ref for partner in coop.partners)

    def _part_in(self, coop: Cooperation) -> str:
        """„persönlich: Partner“ or „Quartiersinitiative Marten e.V.: Lead“."""
        organisation_ids = {m.organisation_id for m in self.record.memberships}
        parts = []
        for partner in coop.partners:
            if partner.target == self.ref:
                who = translate("Briefings", "persönlich")
            elif partner.organisation_id in organisation_ids:
                who = partner.name
            else:
                continue
            parts.append(f"{who}: {PARTNER_ROLES.label(partner.role)}")
        return "\n".join(parts)
