"""Persons (Kontakte) with their memberships in organisations and their DSGVO fields."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sic_desktop.core.dates import format_date, from_iso, now_utc, to_iso
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP
from sic_desktop.core.models import Membership, Person
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery, chunks, placeholders
from sic_desktop.core.services.record_service import Column, PutLinks, RecordService
from sic_desktop.core.services.summaries import SummaryColumn, theme_names_sql
from sic_desktop.core.storage.changes import Action
from sic_desktop.core.text_folding import fold

# What an anonymised person is called. Stored as it is (not translated): the data
# folder is shared by a team whose members may use different program languages.
ANONYMISED_NAME = "anonymisierte Person"

# Fields that identify a person and are emptied by anonymise(), with their empty value.
_IDENTIFYING = {
    "salutation": "",
    "title": "",
    "first_name": "",
    "name_suffix": "",
    "job_title": "",
    "emails": "[]",
    "phones": "[]",
    "notes": "",
    "legal_basis": None,
    "consent_date": None,
    "last_contact": None,
    "source": None,
    "source_note": "",
    "informed_on": None,
    "objection": 0,
    "objection_date": None,
}


@dataclass(frozen=True)
class ContactFacts:
    """What the Datenschutz-Prüfliste judges a person by."""

    person_id: int
    legal_basis: str | None
    consent_date: date | None
    last_contact: date | None  # the field as typed
    last_note: date | None  # date of the newest live note linked to the person
    created_on: date
    source: str | None = None  # DATA_SOURCES key
    informed_on: date | None = None
    # The latest end of the person's cooperations; date.max while one still runs; None without any.
    cooperation_end: date | None = None


class PersonService(RecordService[Person]):
    record_class = Person
    table = "person"
    columns = (
        Column("salutation"),
        Column("title"),
        Column("first_name"),
        Column("last_name"),
        Column("name_suffix"),
        Column("job_title"),
        Column("emails", "json"),
        Column("phones", "json"),
        Column("notes"),
        Column("legal_basis", "optional"),
        Column("consent_date", "date"),
        Column("last_contact", "date"),
        Column("anonymised_at", "optional"),
        Column("source", "optional"),
        Column("source_note"),
        Column("informed_on", "date"),
        Column("objection", "bool"),
        Column("objection_date", "date"),
    )
    sort_columns = {
        "name": "person.sort_key",
        "last_contact": "person.last_contact",
        "updated": "person.updated_at",
    }
    default_sort = "name"
    text_filter_sql = (
        "person.sort_key LIKE ? OR sic_fold(person.first_name || ' ' || person.last_name) LIKE ? "
        "OR sic_fold(person.emails) LIKE ?"
    )
    filters = frozenset({"organisation_id", "sector", "cooperation_id"})
    summary_columns = (
        SummaryColumn("name", QT_TRANSLATE_NOOP("Lists", "Name"), "name"),
        SummaryColumn("organisations", QT_TRANSLATE_NOOP("Lists", "Organisation")),
        SummaryColumn("functions", QT_TRANSLATE_NOOP("Lists", "Funktion")),
        SummaryColumn("email", QT_TRANSLATE_NOOP("Lists", "E-Mail")),
        SummaryColumn("phone", QT_TRANSLATE_NOOP("Lists", "Telefon")),
        SummaryColumn("themes", QT_TRANSLATE_NOOP("Lists", "Themenfelder")),
        SummaryColumn("last_contact", QT_TRANSLATE_NOOP("Lists", "Letzter Kontakt"), "last_contact"),
    )

    def _sort_key(self, record: Person) -> str:
        return fold(f"{record.last_name} {record.first_name}")

    def _add_filters(self, query: ListQuery, clauses: list[str], params: list[Any]) -> None:
        if query.organisation_id is not None:
            clauses.append("person.id IN (SELECT person_id FROM membership WHERE organisation_id = ?)")
            params.append(query.organisation_id)
        if query.sector:
            clauses.append(
                "person.id IN (SELECT m.person_id FROM membership m JOIN organisation o "
                "ON o.id = m.organisation_id WHERE o.sector = ?)"
            )
            params.append(query.sector)
        if query.cooperation_id is not None:
            clauses.append("person.id IN (SELECT person_id FROM cooperation_partner WHERE cooperation_id = ?)")
            params.append(query.cooperation_id)

    # -- data protection ---------------------------------------------------------

    def contact_facts(self) -> list[ContactFacts]:
        """Legal basis and contact dates of every live, not anonymised person (cheap for 100,000)."""
        # CROSS JOIN keeps SQLite from walking all notes by date for each person.
        rows = self._db.execute(
            """SELECT p.id, p.legal_basis, p.consent_date, p.last_contact, substr(p.created_at, 1, 10),
                      (SELECT max(n.note_date) FROM note_person l CROSS JOIN note n ON n.id = l.note_id
                        WHERE l.person_id = p.id AND n.deleted_at IS NULL),
                      p.source, p.informed_on,
                      (SELECT max(CASE WHEN c.end_date IS NOT NULL THEN c.end_date
                                       WHEN c.status = 'beendet' THEN coalesce(
                                         (SELECT substr(max(s.changed_on), 1, 10) FROM cooperation_status s
                                           WHERE s.cooperation_id = c.id AND s.status = 'beendet'),
                                         substr(c.updated_at, 1, 10))
                                       ELSE '9999-12-31' END)
                         FROM cooperation_partner cp JOIN cooperation c ON c.id = cp.cooperation_id
                        WHERE cp.person_id = p.id AND c.deleted_at IS NULL)
               FROM person p WHERE p.deleted_at IS NULL AND p.anonymised_at IS NULL ORDER BY p.sort_key, p.id"""
        )
        return [
            ContactFacts(row[0], row[1], from_iso(row[2]), from_iso(row[3]), from_iso(row[5]), date.fromisoformat(row[4]),
                         row[6], from_iso(row[7]), from_iso(row[8]))
            for row in rows
        ]

    def counts_by(self, column: str) -> dict[str | None, int]:
        """Live, not anonymised persons per legal basis or per source, for the Art. 30 record."""
        if column not in ("legal_basis", "source"):
            raise ValueError(f"no count by {column}")
        rows = self._db.execute(
            f"SELECT {column}, count(*) FROM person WHERE deleted_at IS NULL AND anonymised_at IS NULL GROUP BY {column}"
        )
        return {row[0]: row[1] for row in rows}

    def anonymise(self, person_id: int) -> None:
        """Strip everything that identifies the person; the record stays so that links keep their meaning.

        The record is renamed to „anonymisierte Person“ and loses salutation, title,
        e-mails, phones, notes, legal basis, consent and contact dates, tags, keep
        decisions and its memberships (function and organisation together point at
        one person in a small organisation); follow-ups attached to the person are
        deleted, as their text usually names the person. Theme fields, cooperation
        roles and note links stay. Works on a person in the trash, too.
        """
        with self._db.write() as changes:
            old = self.get(person_id, include_trashed=True)
            ref = RecordRef(RecordType.PERSON, person_id)
            self._announce_attached_followups(person_id, changes)
            self._db.execute("DELETE FROM followup WHERE person_id = ?", [person_id])
            cleared = [name for name in (*_IDENTIFYING, "last_name", "memberships", "tags") if getattr(old, name)]
            assignments = ", ".join(f"{column} = ?" for column in _IDENTIFYING)
            now = now_utc()
            self._db.execute(
                f"UPDATE person SET {assignments}, last_name = ?, sort_key = ?, anonymised_at = ?, "
                "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                [*_IDENTIFYING.values(), ANONYMISED_NAME, fold(ANONYMISED_NAME), now, now, self._ws.user, person_id],
            )
            for table in ("membership", "person_tag", "keep_decision"):
                self._db.execute(f"DELETE FROM {table} WHERE person_id = ?", [person_id])
            self._ws.tags.remove_unused()
            self._ws.history.add(ref, "anonymised", cleared)
            changes.add(ref, Action.UPDATED, cleared)

    # -- memberships -----------------------------------------------------------

    def _links_of(self, ids: list[int]) -> PutLinks[Person]:
        put_themes_and_tags = super()._links_of(ids)
        memberships = self._memberships_later(ids)

        def put(records: list[Person]) -> None:
            put_themes_and_tags(records)
            by_person = memberships()
            for record in records:
                record.memberships = by_person.get(record.stored_id, [])

        return put

    def memberships_of(self, person_ids: list[int]) -> dict[int, list[Membership]]:
        return self._memberships_later(person_ids)()

    def _memberships_later(self, person_ids: list[int]) -> Callable[[], dict[int, list[Membership]]]:
        answers = [
            self._db.read_later(
                "SELECT m.*, o.name AS organisation_name FROM membership m "
                "JOIN organisation o ON o.id = m.organisation_id "
                f"WHERE m.person_id IN ({placeholders(part)}) ORDER BY o.sort_key, m.id",
                part,
            )
            for part in chunks(person_ids)
        ]

        def memberships() -> dict[int, list[Membership]]:
            result: dict[int, list[Membership]] = {}
            for answer in answers:
                for row in answer.rows():
                    result.setdefault(row["person_id"], []).append(_membership(row))
            return result

        return memberships

    def members_of(self, organisation_id: int) -> list[Membership]:
        """The live persons of an organisation with their functions, by last name."""
        rows = self._db.query(
            "SELECT m.*, o.name AS organisation_name, p.title || ' ' || p.first_name || ' ' || p.last_name "
            "AS person_name FROM membership m JOIN person p ON p.id = m.person_id "
            "JOIN organisation o ON o.id = m.organisation_id "
            "WHERE m.organisation_id = ? AND p.deleted_at IS NULL ORDER BY p.sort_key",
            [organisation_id],
        )
        return [_membership(row) for row in rows]

    def _linked_records(self, record: Person) -> list[tuple[str, RecordType, list[int]]]:
        return [("memberships", RecordType.ORGANISATION, [m.organisation_id for m in record.memberships])]

    def _save_links(self, record: Person, old: Person | None) -> None:
        super()._save_links(record, old)
        if old is not None and _memberships_key(old) == _memberships_key(record):
            return
        self._db.execute("DELETE FROM membership WHERE person_id = ?", [record.id])
        self._db.executemany(
            "INSERT INTO membership (person_id, organisation_id, function, from_date, to_date) VALUES (?, ?, ?, ?, ?)",
            [
                (record.id, m.organisation_id, m.function, to_iso(m.from_date), to_iso(m.to_date))
                for m in record.memberships
            ],
        )

    def _comparable(self, record: Person) -> dict[str, Any]:
        return super()._comparable(record) | {"memberships": _memberships_key(record)}

    # -- list rows -------------------------------------------------------------

    def _summary_sql(self) -> str:
        return f"""
            SELECT p.id, p.last_name, p.first_name, p.title, p.emails, p.phones, p.last_contact,
                   (SELECT group_concat(o.name, '; ') FROM membership m JOIN organisation o
                     ON o.id = m.organisation_id WHERE m.person_id = p.id AND o.deleted_at IS NULL) AS organisations,
                   (SELECT group_concat(m.function, '; ') FROM membership m
                     WHERE m.person_id = p.id AND m.function <> '') AS functions,
                   {theme_names_sql("person", "p")} AS themes
            FROM person p WHERE p.id IN ({{ids}})"""

    def _summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        emails, phones = json.loads(row.pop("emails")), json.loads(row.pop("phones"))
        last, first, title = row.pop("last_name"), row.pop("first_name"), row.pop("title")
        row["name"] = ", ".join(p for p in (last, " ".join(q for q in (title, first) if q)) if p)
        row["email"] = emails[0] if emails else ""
        row["phone"] = phones[0] if phones else ""
        row["last_contact"] = format_date(from_iso(row["last_contact"]))
        return row


def _membership(row: dict[str, Any]) -> Membership:
    return Membership(
        id=row["id"],
        person_id=row["person_id"],
        organisation_id=row["organisation_id"],
        function=row["function"],
        from_date=from_iso(row["from_date"]),
        to_date=from_iso(row["to_date"]),
        organisation_name=row.get("organisation_name") or "",
        person_name=" ".join((row.get("person_name") or "").split()),
    )


def _memberships_key(person: Person) -> tuple[Any, ...]:
    return tuple(
        sorted(
            (m.organisation_id, m.function, to_iso(m.from_date) or "", to_iso(m.to_date) or "")
            for m in person.memberships
        )
    )
