"""Everything the network map needs, read in a handful of queries.

The map and the gap matrix look at all organisations, persons, memberships and
cooperation partners at once; loading full records for 5,000 persons would be
slow and carry data the map never shows. A snapshot holds only ids, names, keys
and dates of live records, and no link to anything in the trash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sic_desktop.core.dates import from_iso

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class OrganisationEntry:
    id: int
    name: str
    sector: str | None
    district: str
    theme_ids: frozenset[int]


@dataclass(frozen=True)
class PersonEntry:
    id: int
    name: str


@dataclass(frozen=True)
class MembershipEntry:
    person_id: int
    organisation_id: int
    from_date: date | None
    to_date: date | None

    def overlaps(self, start: date | None, end: date | None) -> bool:
        """True if the membership held at some time between ``start`` and ``end`` (open ends: always)."""
        return (end is None or self.from_date is None or self.from_date <= end) and (
            start is None or self.to_date is None or self.to_date >= start
        )


@dataclass(frozen=True)
class PartnerEntry:
    organisation_id: int | None
    person_id: int | None
    role: str


@dataclass(frozen=True)
class CooperationEntry:
    id: int
    title: str
    status: str
    start_date: date | None
    end_date: date | None
    theme_ids: frozenset[int]
    partners: tuple[PartnerEntry, ...]

    def overlaps(self, start: date | None, end: date | None) -> bool:
        """Same rule as the cooperation list's period filter: it ran at some time within the period."""
        return (end is None or self.start_date is None or self.start_date <= end) and (
            start is None or self.end_date is None or self.end_date >= start
        )


@dataclass(frozen=True)
class NetworkSnapshot:
    """Live records and their links at one data generation, keyed by id."""

    generation: int
    themes: dict[int, str]
    organisations: dict[int, OrganisationEntry]
    persons: dict[int, PersonEntry]
    memberships: tuple[MembershipEntry, ...]
    cooperations: dict[int, CooperationEntry]

    def districts(self) -> list[str]:
        """The districts organisations are in, sorted, for a filter list."""
        return sorted({o.district for o in self.organisations.values() if o.district}, key=str.casefold)


class NetworkService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def snapshot(self) -> NetworkSnapshot:
        """All live organisations, persons, memberships and cooperations with partners."""
        db = self._ws.database
        # Read first: a save between the queries below then only makes the snapshot look older
        # than it is (recomputed once more), never newer. Links to records missing from this
        # snapshot are left out, so a save in between cannot give a dangling link.
        generation = db.generation()
        org_themes = self._theme_map("organisation")
        coop_themes = self._theme_map("cooperation")
        organisations = {
            row[0]: OrganisationEntry(row[0], row[1], row[2], row[3], theme_ids=org_themes.get(row[0], frozenset()))
            for row in db.execute(
                "SELECT id, name, sector, district FROM organisation WHERE deleted_at IS NULL ORDER BY id"
            )
        }
        persons = {
            row[0]: PersonEntry(row[0], row[1])
            for row in db.execute(
                "SELECT id, trim(title || ' ' || first_name || ' ' || last_name) FROM person "
                "WHERE deleted_at IS NULL ORDER BY id"
            )
        }
        memberships = tuple(
            MembershipEntry(person_id, organisation_id, from_iso(start), from_iso(end))
            for person_id, organisation_id, start, end in db.execute(
                "SELECT person_id, organisation_id, from_date, to_date FROM membership ORDER BY id"
            )
            if person_id in persons and organisation_id in organisations
        )
        partners: dict[int, list[PartnerEntry]] = {}
        for coop_id, org_id, person_id, role in db.execute(
            "SELECT cooperation_id, organisation_id, person_id, role FROM cooperation_partner ORDER BY id"
        ):
            if org_id in organisations or person_id in persons:
                partners.setdefault(coop_id, []).append(PartnerEntry(org_id, person_id, role))
        cooperations = {
            row[0]: CooperationEntry(
                row[0],
                row[1],
                row[2],
                from_iso(row[3]),
                from_iso(row[4]),
                coop_themes.get(row[0], frozenset()),
                tuple(partners.get(row[0], ())),
            )
            for row in db.execute(
                "SELECT id, title, status, start_date, end_date FROM cooperation "
                "WHERE deleted_at IS NULL ORDER BY id"
            )
        }
        return NetworkSnapshot(
            generation=generation,
            themes=self._ws.themes.names(),
            organisations=organisations,
            persons=persons,
            memberships=memberships,
            cooperations=cooperations,
        )

    def _theme_map(self, table: str) -> dict[int, frozenset[int]]:
        """Record id → ids of its live theme fields."""
        result: dict[int, set[int]] = {}
        for record_id, theme_id in self._ws.database.execute(
            f"SELECT l.{table}_id, l.theme_id FROM {table}_theme l JOIN theme t ON t.id = l.theme_id "
            "WHERE t.deleted_at IS NULL"
        ):
            result.setdefault(record_id, set()).add(theme_id)
        return {record_id: frozenset(ids) for record_id, ids in result.items()}
