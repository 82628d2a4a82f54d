"""The theme-field report: what ran in a theme field and who took part, for the yearly
„Wirkungsbericht“ to politics.

A period limits the notes to those written in it and the cooperations to those
that ran at some time within it. Notes are listed as a table (one line each), so
that a year of a busy theme field stays readable; with full texts each note is
printed whole.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Cooperation, ThemeField
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.vocab import COOPERATION_STATUSES, NOTE_KINDS, SECTORS
from sic_desktop.reports.briefings.chapter import Chapter, Writer
from sic_desktop.reports.briefings.options import Section
from sic_desktop.reports.briefings.record_chapter import add_no_notes_hint, add_note
from sic_desktop.reports.briefings.texts import partners_text
from sic_desktop.reports.briefings.theme_figures import theme_field_figures

_COOP = RecordType.COOPERATION

# Notes are loaded whole (for full texts) this many at a time.
_NOTE_BATCH = 500


class ThemeChapter(Chapter):
    record_type = RecordType.THEME

    record: ThemeField

    def _query(self, **filters: Any) -> ListQuery:
        return ListQuery(theme_id=self.record.id, date_from=self.options.date_from, date_to=self.options.date_to, **filters)

    @functools.cached_property
    def cooperation_records(self) -> list[Cooperation]:
        return self.ws.cooperations.list(self._query(sort="status"))

    @functools.cached_property
    def organisation_rows(self) -> list[dict[str, Any]]:
        """Organisations that carry the theme field or are partners of its cooperations, by name."""
        ids = self.ws.organisations.ids(ListQuery(theme_id=self.record.id))
        ids += [p.organisation_id for c in self.cooperation_records for p in c.partners if p.organisation_id]
        return self.ws.organisations.summaries(list(dict.fromkeys(ids)))

    @functools.cached_property
    def cooperations_per_organisation(self) -> Counter[int]:
        return Counter(
            organisation_id
            for coop in self.cooperation_records
            for organisation_id in {p.organisation_id for p in coop.partners if p.organisation_id}
        )

    def overview(self, writer: Writer) -> None:
        writer.section(Section.OVERVIEW)
        by_status = Counter(coop.status for coop in self.cooperation_records)
        by_kind = {kind: self.ws.notes.count(self._query(kind=kind)) for kind in NOTE_KINDS.keys}
        sectors = {row["sector"] for row in self.organisation_rows}
        everything = translate("Briefings", "gesamter Zeitraum")
        writer.document.add_key_values(
            [
                (translate("Briefings", "Themenfeld"), self.record.name),
                (translate("Briefings", "Zeitraum"), self.options.period_text() or everything),
                (translate("Briefings", "Kooperationen"), _with_parts(by_status, COOPERATION_STATUSES.labels())),
                (
                    translate("Briefings", "Beteiligte Organisationen"),
                    translate("Briefings", "{count} aus {sectors} Sektoren").format(
                        count=len(self.organisation_rows), sectors=len(sectors - {""})
                    ),
                ),
                (translate("Briefings", "Notizen"), _with_parts(by_kind, NOTE_KINDS.labels())),
            ]
        )
        writer.long_text(field_label(RecordType.THEME, "description"), self.record.description)

    def cooperations(self, writer: Writer) -> None:
        writer.section(Section.COOPERATIONS)
        if not self.cooperation_records:
            writer.document.add_empty_hint(translate("Briefings", "Keine Kooperationen in diesem Themenfeld."))
            return
        header = [
            translate("Briefings", "Kooperation"),
            field_label(_COOP, "partners"),
            field_label(_COOP, "start_date"),
            field_label(_COOP, "end_date"),
            field_label(_COOP, "responsible"),
        ]
        groups = []
        for status, label in COOPERATION_STATUSES.labels():
            coops = [coop for coop in self.cooperation_records if coop.status == status]
            if coops:
                rows = [[c.title, partners_text(c), c.start_date, c.end_date, c.responsible] for c in coops]
                groups.append((f"{label} ({len(coops)})", rows))
        writer.grouped_tables(header, groups)

    def organisations(self, writer: Writer) -> None:
        writer.section(Section.ORGANISATIONS)
        if not self.organisation_rows:
            writer.document.add_empty_hint(translate("Briefings", "Keine Organisationen in diesem Themenfeld."))
            return
        header = [
            translate("Briefings", "Organisation"),
            field_label(RecordType.ORGANISATION, "district"),
            translate("Briefings", "Kooperationen im Themenfeld"),
        ]
        groups = []
        for sector in [label for _, label in SECTORS.labels()] + [""]:
            rows = [row for row in self.organisation_rows if row["sector"] == sector]
            if rows:
                title = sector or translate("Briefings", "Ohne Sektor")
                cells = [[r["name"], r["district"], self.cooperations_per_organisation[r["id"]]] for r in rows]
                groups.append((f"{title} ({len(rows)})", cells))
        writer.grouped_tables(header, groups)

    def network(self, writer: Writer) -> None:
        figures = theme_field_figures(self.ws, self.record.stored_id, self.options)
        if figures:
            writer.section(Section.NETWORK)
            writer.document.add_flowables(figures)

    def notes(self, writer: Writer) -> None:
        writer.section(Section.NOTES)
        ids = self.ws.notes.ids(self._query(sort="date", descending=False))
        if not ids:
            add_no_notes_hint(writer, self.options)
            return
        if self.options.full_note_texts:
            for start in range(0, len(ids), _NOTE_BATCH):
                for note in self.ws.notes.get_many(ids[start : start + _NOTE_BATCH]):
                    add_note(writer, note, full_text=True)
            return
        header = [
            field_label(RecordType.NOTE, "note_date"),
            field_label(RecordType.NOTE, "kind"),
            field_label(RecordType.NOTE, "title"),
            translate("Briefings", "Verknüpft mit"),
        ]
        rows = [
            [row["note_date"], row["kind"], writer.text(row["title"]), row["linked"]]
            for row in self.ws.notes.summaries(ids)
        ]
        writer.document.add_table(header, rows)


def _with_parts(counts: Counter[str] | dict[str, int], labels: list[tuple[str, str]]) -> str:
    """„23 (Idee: 4, Pilot: 5, Umsetzung: 14)“ in vocabulary order; „0“ for none."""
    total = sum(counts.values())
    parts = ", ".join(f"{label}: {counts[key]}" for key, label in labels if counts.get(key))
    return f"{total} ({parts})" if parts else str(total)
