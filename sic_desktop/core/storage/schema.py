"""Schema versions and migrations.

Each migration is registered once with sqlite-utils' ``Migrations`` (which records
what ran and runs it inside a transaction) and sets ``PRAGMA user_version`` to its
number, so a file's version is readable without our table and a newer file can be
refused before anything touches it. Released migrations are never edited: a change
is a new migration with a test on a checked-in file of the previous version, and each
migration carries its own copies of column lists and seed values (never a live constant);
`tests/core/test_released_migrations.py` compares what they create with the text kept at release.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils loads when a migration runs, not at every start (see ``migrations``)
    import sqlite_utils

# „SICD“: marks the file as ours in the SQLite header (PRAGMA application_id).
APPLICATION_ID = 0x53494344

MIGRATION_NAMES: list[str] = []
# The same steps in order, without SQLite's bookkeeping: the team server runs them through the dialect.
MIGRATION_STEPS: list[Callable[[sqlite_utils.Database], None]] = []


def migration(number: int) -> Callable[[Callable[[sqlite_utils.Database], None]], None]:
    """Register ``fn`` as migration ``number``; numbers must follow each other."""

    def register(fn: Callable[[sqlite_utils.Database], None]) -> None:
        if number != len(MIGRATION_NAMES) + 1:
            raise RuntimeError(f"migration {number} registered out of order")
        MIGRATION_NAMES.append(f"{number:04d}_{fn.__name__}")
        MIGRATION_STEPS.append(fn)

    return register


@cache
def migrations() -> sqlite_utils.Migrations:
    """The registered migrations as sqlite-utils' ``Migrations``, made when a file needs one:
    an up-to-date file opens with ``sqlite3`` alone."""
    from sic_desktop.core.storage.sqlite_library import sqlite_utils

    applied = sqlite_utils.Migrations("sic_desktop")
    for number, (name, fn) in enumerate(zip(MIGRATION_NAMES, MIGRATION_STEPS, strict=True), start=1):
        applied(name=name)(_stamped(fn, number, name))
    return applied


def _stamped(fn: Callable[[sqlite_utils.Database], None], number: int, name: str) -> Callable[[sqlite_utils.Database], None]:
    """``fn`` followed by ``PRAGMA user_version = number``: a file's version is readable without our table."""

    def run(db: sqlite_utils.Database) -> None:
        fn(db)
        db.execute(f"PRAGMA user_version = {number}")

    run.__name__ = name
    return run


def __getattr__(name: str) -> sqlite_utils.Migrations:
    """``schema.MIGRATIONS`` for the scripts that write the old-version test files."""
    if name == "MIGRATIONS":
        return migrations()
    raise AttributeError(name)


def latest_version() -> int:
    return len(MIGRATION_NAMES)


def _execute_all(db: sqlite_utils.Database, statements: list[str]) -> None:
    # executescript() would commit the migration's transaction half-way; run one by one.
    for statement in statements:
        db.execute(statement)


@migration(1)
def initial(db: sqlite_utils.Database) -> None:
    # Frozen with the migration (tests/core/test_released_migrations.py): later changes to the
    # model or the vocabulary must not edit what version 1 was.
    audit_columns = """
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT
    """
    taggable_tables = ("organisation", "person", "cooperation", "note")
    seeded_theme_fields = (
        "Arbeit im Quartier",
        "Work & Care",
        "Wirtschaft & Schule",
        "Corporate Social Responsibility",
        "Stiftungen",
    )
    statements = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT INTO meta (key, value) VALUES ('generation', '0')",
        f"""CREATE TABLE theme (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            description TEXT NOT NULL DEFAULT '',
            {audit_columns})""",
        "CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL COLLATE NOCASE UNIQUE)",
        f"""CREATE TABLE organisation (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL,
            sector TEXT,
            street TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            district TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            {audit_columns})""",
        f"""CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            salutation TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL,
            emails TEXT NOT NULL DEFAULT '[]',
            phones TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            legal_basis TEXT,
            consent_date TEXT,
            last_contact TEXT,
            {audit_columns})""",
        """CREATE TABLE membership (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
            function TEXT NOT NULL DEFAULT '',
            from_date TEXT,
            to_date TEXT)""",
        f"""CREATE TABLE cooperation (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            start_date TEXT,
            end_date TEXT,
            goals TEXT NOT NULL DEFAULT '',
            agreements TEXT NOT NULL DEFAULT '',
            results TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            {audit_columns})""",
        """CREATE TABLE cooperation_partner (
            id INTEGER PRIMARY KEY,
            cooperation_id INTEGER NOT NULL REFERENCES cooperation(id) ON DELETE CASCADE,
            organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            CHECK ((organisation_id IS NULL) <> (person_id IS NULL)))""",
        """CREATE TABLE cooperation_status (
            id INTEGER PRIMARY KEY,
            cooperation_id INTEGER NOT NULL REFERENCES cooperation(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            changed_on TEXT NOT NULL,
            changed_by TEXT NOT NULL)""",
        f"""CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            note_date TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            text_format TEXT NOT NULL DEFAULT 'markdown',
            participants TEXT NOT NULL DEFAULT '[]',
            {audit_columns})""",
        f"""CREATE TABLE followup (
            id INTEGER PRIMARY KEY,
            due_date TEXT NOT NULL,
            text TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            done_at TEXT,
            responsible TEXT NOT NULL DEFAULT '',
            note_id INTEGER REFERENCES note(id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
            organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE,
            cooperation_id INTEGER REFERENCES cooperation(id) ON DELETE CASCADE,
            {audit_columns},
            CHECK ((note_id IS NOT NULL) + (person_id IS NOT NULL)
                   + (organisation_id IS NOT NULL) + (cooperation_id IS NOT NULL) = 1))""",
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            record_type TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '[]',
            at TEXT NOT NULL,
            by TEXT NOT NULL)""",
        "CREATE INDEX history_record ON history (record_type, record_id)",
        "CREATE INDEX history_at ON history (at)",
        "CREATE INDEX organisation_sort ON organisation (deleted_at, sort_key)",
        "CREATE INDEX person_sort ON person (deleted_at, sort_key)",
        "CREATE INDEX cooperation_sort ON cooperation (deleted_at, sort_key)",
        "CREATE INDEX cooperation_status_idx ON cooperation (status)",
        "CREATE INDEX note_date_idx ON note (deleted_at, note_date)",
        "CREATE INDEX followup_due ON followup (done, due_date)",
        "CREATE INDEX membership_person ON membership (person_id)",
        "CREATE INDEX membership_organisation ON membership (organisation_id)",
        "CREATE INDEX partner_cooperation ON cooperation_partner (cooperation_id)",
        "CREATE INDEX partner_organisation ON cooperation_partner (organisation_id)",
        "CREATE INDEX partner_person ON cooperation_partner (person_id)",
        "CREATE INDEX status_cooperation ON cooperation_status (cooperation_id)",
    ]
    for column in ("note_id", "person_id", "organisation_id", "cooperation_id"):
        statements.append(f"CREATE INDEX followup_{column} ON followup ({column})")
    for target in ("organisation", "person", "cooperation"):
        statements += _link_table(f"note_{target}", "note", target)
    for table in taggable_tables:
        statements += _link_table(f"{table}_theme", table, "theme")
        statements += _link_table(f"{table}_tag", table, "tag")
    _execute_all(db, statements)
    for name in seeded_theme_fields:
        db.execute(
            "INSERT INTO theme (name, created_at, created_by, updated_at, updated_by) "
            "VALUES (?, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'SIC Desktop', "
            "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'SIC Desktop')",
            [name],
        )


def _link_table(name: str, left: str, right: str) -> list[str]:
    """A many-to-many table whose rows vanish with either side."""
    return [
        f"""CREATE TABLE {name} (
            {left}_id INTEGER NOT NULL REFERENCES {left}(id) ON DELETE CASCADE,
            {right}_id INTEGER NOT NULL REFERENCES {right}(id) ON DELETE CASCADE,
            PRIMARY KEY ({left}_id, {right}_id)) WITHOUT ROWID""",
        f"CREATE INDEX {name}_reverse ON {name} ({right}_id, {left}_id)",
    ]


@migration(2)
def map_positions(db: sqlite_utils.Database) -> None:
    """Where a person dragged a node on the network map, per map view (filter set)."""
    _execute_all(
        db,
        [
            """CREATE TABLE map_position (
                view TEXT NOT NULL,
                record_type TEXT NOT NULL,
                record_id INTEGER NOT NULL,
                x REAL NOT NULL,
                y REAL NOT NULL,
                PRIMARY KEY (view, record_type, record_id)) WITHOUT ROWID""",
        ],
    )


@migration(3)
def import_mappings_and_distinct_pairs(db: sqlite_utils.Database) -> None:
    """Column mappings remembered per file layout, and pairs a person marked „kein Duplikat“."""
    statements = [
        """CREATE TABLE import_mapping (
            fingerprint TEXT NOT NULL,
            kind TEXT NOT NULL,
            columns TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            PRIMARY KEY (fingerprint, kind)) WITHOUT ROWID""",
    ]
    for table in ("person", "organisation"):
        # Each pair once, the smaller id first; the mark vanishes with either record.
        statements += [
            f"""CREATE TABLE {table}_distinct (
                first_id INTEGER NOT NULL REFERENCES {table}(id) ON DELETE CASCADE,
                second_id INTEGER NOT NULL REFERENCES {table}(id) ON DELETE CASCADE,
                marked_at TEXT NOT NULL,
                marked_by TEXT NOT NULL,
                PRIMARY KEY (first_id, second_id),
                CHECK (first_id < second_id)) WITHOUT ROWID""",
            f"CREATE INDEX {table}_distinct_second ON {table}_distinct (second_id)",
        ]
    _execute_all(db, statements)


@migration(4)
def privacy_review(db: sqlite_utils.Database) -> None:
    """Keep decisions of the Datenschutz-Prüfliste, and when a person was anonymised.

    A keep decision („weiter speichern, weil …“) is kept with its reason, date and
    author so that the decision itself can be shown to the data protection officer
    (Art. 5 Abs. 2 DSGVO); it vanishes with the person.
    """
    _execute_all(
        db,
        [
            "ALTER TABLE person ADD COLUMN anonymised_at TEXT",
            """CREATE TABLE keep_decision (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                reason TEXT NOT NULL,
                decided_on TEXT NOT NULL,
                decided_by TEXT NOT NULL)""",
            "CREATE INDEX keep_decision_person ON keep_decision (person_id, decided_on)",
        ],
    )


@migration(5)
def saved_searches(db: sqlite_utils.Database) -> None:
    """Searches kept under a name („Kinderbetreuung Nordstadt 2025“) for the search window."""
    _execute_all(
        db,
        [
            """CREATE TABLE saved_search (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL COLLATE NOCASE UNIQUE,
                query TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL)""",
        ],
    )


@migration(6)
def note_sort_key(db: sqlite_utils.Database) -> None:
    """Notes get a folded title (like organisations and persons), so filtering 50,000 notes by
    title needs no function call per row and titles sort the German way."""
    _execute_all(
        db,
        [
            "ALTER TABLE note ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''",
            "UPDATE note SET sort_key = sic_fold(title)",
        ],
    )


@migration(7)
def privacy_records(db: sqlite_utils.Database) -> None:
    """Where a contact came from and when they were told (Art. 14 DSGVO), the deletion rules of the
    Löschkonzept (DIN 66398) and the Datenschutz-Protokoll of erasures and exports (Art. 5 Abs. 2).

    The seeded rules are copied here as they were on release, not read from live constants.
    """
    stamp = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
    statements = [
        "ALTER TABLE person ADD COLUMN source TEXT",
        "ALTER TABLE person ADD COLUMN source_note TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE person ADD COLUMN informed_on TEXT",
        """CREATE TABLE deletion_rule (
            kind TEXT PRIMARY KEY,
            period_months INTEGER NOT NULL,
            start_event TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL) WITHOUT ROWID""",
        """CREATE TABLE privacy_log (
            id INTEGER PRIMARY KEY,
            entry TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            action TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            fingerprints TEXT NOT NULL DEFAULT '[]')""",
    ]
    for kind, months, start, reason in (
        ("kontakt_einwilligung", 36, "einwilligung",
         "Die Einwilligung wird nach drei Jahren erneuert oder der Kontakt gelöscht."),
        ("kontakt_vertrag", 36, "kooperationsende",
         "Nachweis der Zusammenarbeit nach Ende der Kooperation (Haushalts- und Förderprüfung)."),
        ("kontakt_oeffentliche_aufgabe", 36, "letzter_kontakt",
         "Für die Aufgabe nicht mehr erforderlich, wenn drei Jahre kein Kontakt bestand."),
        ("kontakt_berechtigtes_interesse", 24, "letzter_kontakt",
         "Das Interesse entfällt, wenn zwei Jahre kein Kontakt bestand."),
    ):
        statements.append(
            "INSERT INTO deletion_rule (kind, period_months, start_event, reason, updated_at, updated_by) "
            f"VALUES ('{kind}', {months}, '{start}', '{reason}', {stamp}, 'SIC Desktop')"
        )
    _execute_all(db, statements)


@migration(8)
def impact_measurement(db: sqlite_utils.Database) -> None:
    """Wirkungsmessung: a cooperation's impact model, its indicators and their measurements.

    The impact model is five texts of the cooperation itself (one save, one lock, one
    history with the other fields); indicators and measurements are records of their
    own with trash and history. An indicator remembers the open follow-up that asks
    for its next measurement; the link empties when that follow-up is deleted.
    """
    audit_columns = """
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT
    """
    statements = [
        f"ALTER TABLE cooperation ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"
        for column in (
            "impact_problem", "impact_target_direct", "impact_target_indirect", "impact_outcomes",
            "impact_assumptions",
        )
    ]
    statements += [
        f"""CREATE TABLE indicator (
            id INTEGER PRIMARY KEY,
            cooperation_id INTEGER NOT NULL REFERENCES cooperation(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            definition TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL,
            step INTEGER,
            unit TEXT NOT NULL DEFAULT '',
            unit_type TEXT NOT NULL,
            baseline_value REAL,
            baseline_date TEXT,
            target_value REAL,
            target_date TEXT,
            method TEXT,
            source TEXT NOT NULL DEFAULT '',
            rhythm TEXT NOT NULL,
            responsible TEXT NOT NULL DEFAULT '',
            followup_id INTEGER REFERENCES followup(id) ON DELETE SET NULL,
            {audit_columns})""",
        f"""CREATE TABLE measurement (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            period_start TEXT,
            measured_on TEXT NOT NULL,
            value REAL NOT NULL,
            evidence_note_id INTEGER REFERENCES note(id) ON DELETE SET NULL,
            comment TEXT NOT NULL DEFAULT '',
            confidence TEXT NOT NULL,
            {audit_columns})""",
        "CREATE INDEX indicator_cooperation ON indicator (cooperation_id)",
        "CREATE INDEX indicator_followup ON indicator (followup_id)",
        "CREATE INDEX measurement_indicator ON measurement (indicator_id, measured_on)",
        "CREATE INDEX measurement_note ON measurement (evidence_note_id)",
    ]
    _execute_all(db, statements)


@migration(9)
def person_suffix_and_job_title(db: sqlite_utils.Database) -> None:
    """Persons get a name suffix („jr.“, „III“), shown after the name, and a job title for contacts
    without an organisation (address books carry both; before, the import lost them)."""
    _execute_all(
        db,
        [
            "ALTER TABLE person ADD COLUMN name_suffix TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE person ADD COLUMN job_title TEXT NOT NULL DEFAULT ''",
        ],
    )


@migration(10)
def attachments(db: sqlite_utils.Database) -> None:
    """Files attached to notes, organisations, persons and cooperations (minutes, photos, e-mails).

    The bytes live in the data folder's ``attachments/`` under their SHA-256 (the same file
    attached twice is stored once); a row names the file as the user knows it. A row belongs
    to exactly one record and goes with it (trash: hidden with it; purge and erasure: deleted
    by the cascade, then the file when no row needs it any more). ``text`` holds the words
    extracted for the search (NULL: not extracted yet).
    """
    _execute_all(
        db,
        [
            """CREATE TABLE attachment (
                id INTEGER PRIMARY KEY,
                note_id INTEGER REFERENCES note(id) ON DELETE CASCADE,
                organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE,
                person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
                cooperation_id INTEGER REFERENCES cooperation(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                media_type TEXT NOT NULL DEFAULT '',
                text TEXT,
                added_at TEXT NOT NULL,
                added_by TEXT NOT NULL,
                CHECK ((note_id IS NOT NULL) + (organisation_id IS NOT NULL) + (person_id IS NOT NULL)
                       + (cooperation_id IS NOT NULL) = 1))""",
            "CREATE INDEX attachment_note ON attachment (note_id) WHERE note_id IS NOT NULL",
            "CREATE INDEX attachment_organisation ON attachment (organisation_id) WHERE organisation_id IS NOT NULL",
            "CREATE INDEX attachment_person ON attachment (person_id) WHERE person_id IS NOT NULL",
            "CREATE INDEX attachment_cooperation ON attachment (cooperation_id) WHERE cooperation_id IS NOT NULL",
            "CREATE INDEX attachment_sha256 ON attachment (sha256)",
        ],
    )


@migration(11)
def search_synonyms(db: sqlite_utils.Database) -> None:
    """The team's own groups of terms that mean the same for the search („VHS = Volkshochschule“)."""
    _execute_all(
        db,
        [
            """CREATE TABLE search_synonym (
                id INTEGER PRIMARY KEY,
                terms TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL)""",
        ],
    )


@migration(12)
def person_objection(db: sqlite_utils.Database) -> None:
    """A contact's objection to direct contact and mailings (Art. 21 DSGVO) as fields of their own.

    Before, the tag „Widerspruch“ stood for it, and a renamed or mistyped tag let a Serienbrief
    reach someone who had objected. Contacts with that tag get the objection (its day unknown)
    and lose the tag; the tag goes when nothing else carries it.
    """
    tag = "(SELECT id FROM tag WHERE name = 'Widerspruch')"  # the tag's name is COLLATE NOCASE
    _execute_all(
        db,
        [
            "ALTER TABLE person ADD COLUMN objection INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE person ADD COLUMN objection_date TEXT",
            f"UPDATE person SET objection = 1 WHERE id IN (SELECT person_id FROM person_tag WHERE tag_id = {tag})",
            f"DELETE FROM person_tag WHERE tag_id = {tag}",
            f"""DELETE FROM tag WHERE id = {tag}
                AND NOT EXISTS (SELECT 1 FROM organisation_tag WHERE tag_id = tag.id)
                AND NOT EXISTS (SELECT 1 FROM cooperation_tag WHERE tag_id = tag.id)
                AND NOT EXISTS (SELECT 1 FROM note_tag WHERE tag_id = tag.id)""",
        ],
    )


@migration(13)
def team_privacy_settings(db: sqlite_utils.Database) -> None:
    """The two Datenschutz periods – how long the change history is kept and how long a „behalten“
    decision holds – become one value for the whole team in the database. Before, each PC kept its
    own in settings.json, and on a team server the shortest of them pruned the shared history.

    The defaults are copied here as they were on release, not read from live constants; a PC's
    own earlier choice is taken over once when its local folder opens (core.services.privacy_settings).
    """
    stamp = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
    statements = [
        """CREATE TABLE privacy_setting (
            key TEXT PRIMARY KEY,
            value INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL) WITHOUT ROWID""",
    ]
    for key, value in (("history_retention_years", 10), ("review_years", 3)):
        statements.append(
            "INSERT INTO privacy_setting (key, value, updated_at, updated_by) "
            f"VALUES ('{key}', {value}, {stamp}, 'SIC Desktop')"
        )
    _execute_all(db, statements)


@migration(14)
def sort_keys_of_accented_names(db: sqlite_utils.Database) -> None:
    """Accented letters other than ä, ö, ü and ß now fold to their base letter („Şahin“ → „sahin“),
    so the stored sort keys are made again with the program's folding: the list filter folds what
    is typed with the same function, and keys and typed text must agree. Only rows whose key
    changes are written. (A later change to the folding needs a migration like this one.)"""
    from sic_desktop.core.text_folding import fold

    sources = {"organisation": "name", "person": "last_name || ' ' || first_name", "cooperation": "title",
               "note": "title"}
    for table, source in sources.items():
        for row in list(db.query(f"SELECT id, {source} AS text, sort_key FROM {table}")):
            key = fold(row["text"])
            if key != row["sort_key"]:
                db.execute(f"UPDATE {table} SET sort_key = ? WHERE id = ?", [key, row["id"]])
