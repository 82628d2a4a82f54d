"""Names with accents other than the German Umlaute, as Dortmund's address books hold them
(„Şahin“, „Dąbrowski“, „Petrović“): the list filter finds them typed without the marks, and
they sort among their base letter – on the local file and on the team server alike."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sic_desktop.core.models import Organisation, Person
from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.text_folding import _FOLDS, fold, fold_stored
from sic_desktop.core.workspace import Workspace

_NAMES = ("Sauer", "Şahin", "Demir", "Dąbrowski", "Çelik", "Becker", "Petrović", "Öztürk", "Oswald")


def _persons(ws: Workspace) -> None:
    for last in _NAMES:
        ws.persons.create(Person(first_name="Ana", last_name=last))


def _names(ws: Workspace, text: str = "") -> list[str]:
    return [p.last_name for p in ws.persons.list(ListQuery(text=text, sort="name"))]


def test_accented_names_are_found_typed_without_their_marks(workspace: Workspace) -> None:
    _persons(workspace)
    assert _names(workspace, "sahin") == ["Şahin"]
    assert _names(workspace, "DABROWSKI") == ["Dąbrowski"]
    assert _names(workspace, "Ana Petrovic") == ["Petrović"]
    assert _names(workspace, "celik") == ["Çelik"]
    assert _names(workspace, "Şahin") == ["Şahin"], "typed with the mark it is found too"
    assert _names(workspace, "oeztuerk") == _names(workspace, "Öztürk") == ["Öztürk"], "Umlaute stay ö = oe"


def test_accented_names_sort_among_their_base_letter(workspace: Workspace) -> None:
    """DIN 5007-2: ö = oe, so „Öztürk“ (oez…) comes before „Oswald“; other marks count as the letter."""
    _persons(workspace)
    assert _names(workspace) == ["Becker", "Çelik", "Dąbrowski", "Demir", "Öztürk", "Oswald", "Petrović",
                                 "Şahin", "Sauer"]


def test_a_name_stored_decomposed_is_the_same_name(workspace: Workspace) -> None:
    """macOS and some vCard exports write „ü“ as „u“ + a combining diaeresis."""
    workspace.persons.create(Person(first_name="Jürgen", last_name="Mu\u0308ller"))
    workspace.organisations.create(Organisation(name="Cafe\u0301 Nordstadt"))
    assert _names(workspace, "Müller") == _names(workspace, "mueller") == ["Mu\u0308ller"]
    assert [o.name for o in workspace.organisations.list(ListQuery(text="café"))] == ["Cafe\u0301 Nordstadt"]


def test_the_database_folds_every_letter_as_the_program_does(workspace: Workspace) -> None:
    """The team server's ``sic_fold`` is SQL written from the program's table: both must agree on
    every letter, upper and lower case, or a filter finds on one backend what it misses on the other."""
    samples = ["".join(_FOLDS), "".join(_FOLDS).upper(), "Straße İlhan Łukasz Ærø", "Mu\u0308ller", "", "plain",
               "Straße", "GRÜẞE Öl", "Äpfel über", "ẞ"]  # the last four: only Umlaute and ß, the server's short way
    rows = workspace.database.query(
        " UNION ALL ".join(f"SELECT {i} AS n, sic_fold(?) AS folded" for i in range(len(samples))), samples
    )
    assert [row["folded"] for row in sorted(rows, key=lambda row: row["n"])] == [fold_stored(s) for s in samples]


def test_short_german_words_keep_their_spelling() -> None:
    assert [fold(w) for w in ("Straße", "Äpfel", "Übung", "GRÜSSE")] == ["strasse", "aepfel", "uebung", "gruesse"]


def test_a_file_of_the_previous_version_gets_the_new_sort_keys(tmp_path: Path) -> None:
    with Workspace.open(tmp_path, user="test") as ws:
        _persons(ws)
        ws.organisations.create(Organisation(name="Çay Evi"))
    with closing(sqlite3.connect(tmp_path / DATABASE_NAME)) as conn, conn:  # as version 13 stored them
        conn.execute("UPDATE person SET sort_key = lower(last_name || ' ' || first_name)")
        conn.execute("UPDATE organisation SET sort_key = lower(name)")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name LIKE '0014_%'")
        conn.execute("PRAGMA user_version = 13")

    with Workspace.open(tmp_path, user="test") as ws:
        assert _names(ws, "sahin") == ["Şahin"]
        assert _names(ws)[:3] == ["Becker", "Çelik", "Dąbrowski"]
        assert [o.name for o in ws.organisations.list(ListQuery(text="cay evi"))] == ["Çay Evi"]
    with closing(sqlite3.connect(tmp_path / DATABASE_NAME)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
