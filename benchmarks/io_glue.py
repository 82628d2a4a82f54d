"""How long do import, full export/restore and backup take, next to what SQLite alone needs?

    python benchmarks/io_glue.py [--persons 10000] [--bigdata /tmp/bigdata]

* Import of a German Outlook export (Windows-1252) with N persons in 300
  organisations into an empty data folder, as dry run and for real; baseline:
  ``executemany`` of the same rows into the person table with plain sqlite3.
* Full JSON export and restore of the 50,000-note data set (made once with
  ``sic-desktop --data-dir /tmp/bigdata demo --persons 5000 --notes 50000``; the
  benchmark works on a copy). Baselines: ``json.dumps`` of a plain ``SELECT *`` of
  every table; ``executemany`` of every table's rows into a fresh database.
* Backup with the online backup API into the rotation folder; baseline
  ``shutil.copy`` of the file. Also: duplicate search over the data set.

Each figure is one run (the big ones take seconds); times in seconds.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "io" / "fixtures"))

from make_fixtures import OUTLOOK_DE  # noqa: E402 (the real Outlook header list)

from sic_desktop.core import demo_words as words  # noqa: E402
from sic_desktop.core.backups import BackupReason, backup_before  # noqa: E402
from sic_desktop.core.paths import DATABASE_NAME  # noqa: E402
from sic_desktop.core.progress import run_to_end  # noqa: E402
from sic_desktop.core.workspace import Workspace  # noqa: E402
from sic_desktop.io import TargetKind, open_source, suggest_mapping  # noqa: E402
from sic_desktop.io.import_report import Outcome  # noqa: E402
from sic_desktop.io.importer import ImportOptions, import_file  # noqa: E402
from sic_desktop.io.json_export import export_json  # noqa: E402
from sic_desktop.io.json_import import import_json  # noqa: E402

TABLES_SKIPPED = ("sqlite_", "_sqlite_migrations")


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def _number(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def row(label: str, seconds: float, detail: str = "") -> None:
    print(f"  {label:<52}{seconds:>9.2f} s  {detail}")


# -- import ------------------------------------------------------------------------

def make_outlook_export(path: Path, persons: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(2026)
    organisations = [f"{rng.choice(words.LAST_NAMES)} {kind} {n}" for n, kind in
                     enumerate(rng.choices(["GmbH", "e.V.", "Stiftung", "gGmbH"], k=300))]
    people = []
    with path.open("w", encoding="cp1252", newline="", errors="replace") as stream:
        writer = csv.writer(stream, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(OUTLOOK_DE)
        for number in range(persons):
            first = rng.choice(words.FIRST_NAMES_F + words.FIRST_NAMES_M)
            last = rng.choice(words.LAST_NAMES)
            email = f"person{number}@beispiel.example"
            contact = {
                "Anrede": rng.choice(["Herr", "Frau", "Frau Dr.", ""]), "Vorname": first, "Nachname": last,
                "Firma": rng.choice(organisations), "Position": "Referent/in",
                "Straße geschäftlich": f"Königswall {number % 90 + 1}", "Ort geschäftlich": "Dortmund",
                "Postleitzahl geschäftlich": f"441{number % 100:02d}",
                "Telefon geschäftlich": f"+49 231 {number:06d}", "E-Mail-Adresse": email,
                "Kategorien": "Arbeit im Quartier;Stiftungen",
                "Notizen": "Stiftungstag.\r\nRückruf vereinbart." if number % 3 else "",
            }
            writer.writerow([contact.get(header, "") for header in OUTLOOK_DE])
            people.append((first, last, json.dumps([email]), f"{last} {first}".casefold()))
    return people


def import_benchmark(folder: Path, persons: int) -> None:
    path = folder / "outlook.csv"
    people = make_outlook_export(path, persons)
    print(f"Import: Outlook-Export mit {_number(persons)} Personen ({path.stat().st_size / 1e6:.1f} MB)")
    source = open_source(path)
    mapping = suggest_mapping(source.headers, TargetKind.PERSON)
    for label, dry_run in (("Probelauf (alles geprüft, zurückgerollt)", True), ("Import (gespeichert)", False)):
        with Workspace.open(folder / f"daten-{dry_run}", user="benchmark") as ws:
            seconds, report = timed(lambda: run_to_end(import_file(ws, source, mapping, ImportOptions(dry_run))))
            counts = ", ".join(f"{report.count(o)} {o.label}" for o in Outcome)
            row(label, seconds, f"{_number(persons / seconds)} Zeilen/s; {counts}")
    with Workspace.open(folder / "grundlinie", user="benchmark") as ws:
        conn = ws.database.db.conn

        def plain() -> None:
            with conn:
                conn.executemany(
                    "INSERT INTO person (first_name, last_name, emails, sort_key, created_at, created_by, "
                    "updated_at, updated_by) VALUES (?, ?, ?, ?, '', '', '', '')", people)

        row("Grundlinie: sqlite3 executemany derselben Personen", timed(plain)[0])


# -- full export and restore ---------------------------------------------------------

def ensure_bigdata(bigdata: Path) -> None:
    if (bigdata / DATABASE_NAME).exists():
        return
    print(f"Lege {bigdata} an (einmalig, dauert) …")
    subprocess.run([sys.executable, "-m", "sic_desktop", "--data-dir", str(bigdata), "demo", "--persons", "5000",
                    "--notes", "50000"], check=True, cwd=ROOT)


def tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    return [name for name in names if not name.startswith(TABLES_SKIPPED)]


def export_benchmark(folder: Path, bigdata: Path) -> None:
    data = folder / "gross"
    data.mkdir()
    shutil.copy(bigdata / DATABASE_NAME, data / DATABASE_NAME)
    seconds, ws = timed(lambda: Workspace.open(data, user="benchmark"))
    print(f"Gesamtexport des großen Datensatzes ({(data / DATABASE_NAME).stat().st_size / 1e6:.0f} MB Datenbank)")
    row("Öffnen der Kopie (Migration auf den neuesten Datenstand)", seconds)
    target = folder / "alles.json"
    seconds, counts = timed(lambda: run_to_end(export_json(ws, target)))
    row("JSON-Export", seconds, f"{target.stat().st_size / 1e6:.0f} MB; {_number(counts['notes'])} Notizen, "
        f"{_number(counts['history'])} Protokolleinträge")
    conn = sqlite3.connect(data / DATABASE_NAME)
    conn.row_factory = sqlite3.Row

    def dump() -> None:
        document = {name: [dict(r) for r in conn.execute(f"SELECT * FROM {name}")] for name in tables(conn)}
        (folder / "grundlinie.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    row("Grundlinie: json.dumps eines SELECT * aller Tabellen", timed(dump)[0],
        f"{(folder / 'grundlinie.json').stat().st_size / 1e6:.0f} MB")
    with Workspace.open(folder / "leer", user="benchmark") as empty:
        seconds, _ = timed(lambda: run_to_end(import_json(empty, target)))
        row("JSON-Einlesen in einen leeren Datenordner", seconds)
    with Workspace.open(folder / "leer-grundlinie", user="benchmark") as empty:
        plain = empty.database.db.conn

        def copy_rows() -> None:
            with plain:
                plain.execute("DELETE FROM theme")
                for name in tables(conn):
                    if name == "meta":
                        continue
                    rows = [tuple(r) for r in conn.execute(f"SELECT * FROM {name}")]
                    if rows:
                        marks = ", ".join("?" for _ in rows[0])
                        plain.executemany(f"INSERT OR REPLACE INTO {name} VALUES ({marks})", rows)

        row("Grundlinie: executemany aller Tabellenzeilen", timed(copy_rows)[0])
    conn.close()
    backup_benchmark(folder, ws, data)
    seconds, pairs = timed(ws.duplicates.find)
    row("Duplikatsuche (Kontakte und Organisationen)", seconds, f"{_number(len(pairs))} mögliche Paare")
    ws.close()


def backup_benchmark(folder: Path, ws: Workspace, data: Path) -> None:
    print("Sicherung")
    seconds, backup = timed(lambda: backup_before(ws, BackupReason.MANUAL))
    row("Online-Backup-API in den Sicherungsordner (+ Rotation)", seconds, f"{backup.size / 1e6:.0f} MB")
    seconds, _ = timed(lambda: shutil.copy(data / DATABASE_NAME, folder / "kopie.sqlite3"))
    row("Grundlinie: shutil.copy der Datei", seconds, f"{(folder / 'kopie.sqlite3').stat().st_size / 1e6:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=10_000)
    parser.add_argument("--bigdata", type=Path, default=Path("/tmp/bigdata"))
    args = parser.parse_args()
    ensure_bigdata(args.bigdata)
    with tempfile.TemporaryDirectory() as folder:
        import_benchmark(Path(folder), args.persons)
        export_benchmark(Path(folder), args.bigdata)


if __name__ == "__main__":
    main()
