"""Schema versions and migrations.

Each migration is registered once with sqlite-utils' ``Migrations`` (which records
what ran and runs it inside a transaction) and sets ``PRAGMA user_version`` to its
number, so a file's version is readable without our table and a newer file can be
refused before anything touches it. Released migrations are never edited: a change
is a new migration with a test on a checked-in file of the previous version.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from sic_desktop.core.vocab import SEEDED_THEME_FIELDS

# „SICD“: marks the file as ours in the SQLite header (PRAGMA application_id).
APPLICATION_ID = 0x53494344

MIGRATIONS = sqlite_utils.Migrations("sic_desktop")
_VERSIONS: list[str] = []

AUDIT_COLUMNS = """
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    deleted_by TEXT
"""

# Record tables that carry theme fields and tags, by record type.
TAGGABLE_TABLES = ("organisation", "person", "cooperation", "note")


def migration(number: int) -> Callable[[Callable[[sqlite_utils.Database], None]], None]:
    """Register ``fn`` as migration ``number``; numbers must follow each other."""

    def register(fn: Callable[[sqlite_utils.Database], None]) -> None:
        if number != len(_VERSIONS) + 1:
            raise RuntimeError(f"migration {number} registered out of order")
        name = f"{number:04d}_{fn.__name__}"

        def run(db: sqlite_utils.Database) -> None:
            fn(db)
            db.execute(f"PRAGMA user_version = {number}")

        run.__name__ = name
        MIGRATIONS(name=name)(run)
        _VERSIONS.append(name)

    return register


def latest_version() -> int:
    return len(_VERSIONS)


def _execute_all(db: sqlite_utils.Database, statements: list[str]) -> None:
    # executescript() would commit the migration's transaction half-way; run one by one.
    for statement in statements:
        db.execute(statement)


@migration(1)
def initial(db: sqlite_utils.Database) -> None:
    statements = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT INTO meta (key, value) VALUES ('generation', '0')",
        f"""CREATE TABLE theme (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            description TEXT NOT NULL DEFAULT '',
            {AUDIT_COLUMNS})""",
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
            {AUDIT_COLUMNS})""",
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
            {AUDIT_COLUMNS})""",
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
            {AUDIT_COLUMNS})""",
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
            {AUDIT_COLUMNS})""",
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
            {AUDIT_COLUMNS},
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
    for table in TAGGABLE_TABLES:
        statements += _link_table(f"{table}_theme", table, "theme")
        statements += _link_table(f"{table}_tag", table, "tag")
    _execute_all(db, statements)
    for name in SEEDED_THEME_FIELDS:
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
