"""The cooperation briefing: partners and roles, how the status went, goals, results, all notes."""

from __future__ import annotations

from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Cooperation
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.vocab import COOPERATION_STATUSES, PARTNER_ROLES, SECTORS
from sic_desktop.reports import TimelineEntry
from sic_desktop.reports.briefings.chapter import Writer
from sic_desktop.reports.briefings.options import Section
from sic_desktop.reports.briefings.record_chapter import RecordChapter
from sic_desktop.reports.briefings.texts import function_text
from sic_desktop.reports.impact.briefing_section import add_impact_section

_COOP = RecordType.COOPERATION


class CooperationChapter(RecordChapter):
    record_type = _COOP
    all_notes = True

    record: Cooperation

    def note_query(self) -> ListQuery:
        return ListQuery(cooperation_id=self.record.id)

    def followup_targets(self) -> list[RecordRef]:
        return [self.ref]

    def profile(self, writer: Writer) -> None:
        writer.section(Section.PROFILE)
        coop = self.record
        rows = [
            (field_label(_COOP, "title"), coop.title),
            (field_label(_COOP, "status"), COOPERATION_STATUSES.label(coop.status)),
            (field_label(_COOP, "start_date"), coop.start_date),
            (field_label(_COOP, "end_date"), coop.end_date),
            (field_label(_COOP, "responsible"), coop.responsible),
            (field_label(_COOP, "theme_ids"), self.themes_text(coop.theme_ids)),
            (field_label(_COOP, "tags"), ", ".join(coop.tags)),
        ]
        writer.profile(rows, always={label for label, _ in rows[:5]})
        writer.long_text(field_label(_COOP, "description"), coop.description)

    def partners(self, writer: Writer) -> None:
        writer.section(Section.PARTNERS)
        partners = self.record.partners
        if not partners:
            writer.document.add_empty_hint(translate("Briefings", "Keine Partner eingetragen."))
            return
        org_ids = [p.organisation_id for p in partners if p.organisation_id is not None]
        person_ids = [p.person_id for p in partners if p.person_id is not None]
        sectors = {o.id: SECTORS.label(o.sector) for o in self.ws.organisations.get_many(org_ids)}
        functions = {
            person.id: "\n".join(f"{function_text(m)}, {m.organisation_name}".lstrip(", ") for m in person.memberships)
            for person in self.ws.persons.get_many(person_ids)
        }
        header = [
            field_label(_COOP, "partners"),
            translate("Briefings", "Rolle"),
            translate("Briefings", "Art"),
            translate("Briefings", "Sektor oder Funktion"),
        ]
        rows = [
            [
                partner.name,
                PARTNER_ROLES.label(partner.role),
                partner.target.type.label,
                sectors.get(partner.organisation_id, "")
                if partner.organisation_id is not None
                else functions.get(partner.person_id, ""),
            ]
            for partner in partners
        ]
        writer.document.add_table(header, rows)

    def history(self, writer: Writer) -> None:
        writer.section(Section.HISTORY)
        steps = self.record.status_history
        if not steps:
            writer.document.add_empty_hint(translate("Briefings", "Kein Statusverlauf gespeichert."))
            return
        writer.document.add_timeline(
            TimelineEntry(
                step.changed_on,
                COOPERATION_STATUSES.label(step.status),
                translate("Briefings", "eingetragen von {user}").format(user=step.changed_by) if step.changed_by else "",
            )
            for step in steps
        )

    def plans(self, writer: Writer) -> None:
        writer.section(Section.PLANS)
        missing = translate("Briefings", "Nicht eingetragen.")
        for field in ("goals", "agreements", "results"):
            writer.long_text(field_label(_COOP, field), getattr(self.record, field), empty_hint=missing)
        add_impact_section(writer, self.ws, self.record)
