"""Benchmark: the 5,000-person / 50,000-note demo data set through the core.

Prints the time to create the data set and to list, filter and page persons and notes,
and the database size, next to a baseline measured in the same run: plain sqlite3 with
the same number of rows in a flat table (no validation, links, history or indexes).

    python benchmarks/core_dataset.py [--persons 5000] [--notes 50000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in milliseconds."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def baseline(folder: Path, persons: int, notes: int) -> dict[str, float]:
    path = folder / "baseline.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, last_name TEXT, first_name TEXT)")
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, note_date TEXT, title TEXT, text TEXT)")
    text = "Die Kinderbetreuungsangebote reichen nicht aus. " * 8
    start = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO person VALUES (NULL, ?, ?)", ((f"Name{i}", "Anna") for i in range(persons)))
        conn.executemany(
            "INSERT INTO note VALUES (NULL, ?, ?, ?)", ((f"2026-01-{i % 28 + 1:02d}", f"Notiz {i}", text) for i in range(notes))
        )
    created = time.perf_counter() - start
    figures = {
        "create_s": created,
        "persons_all_ms": timed(lambda: conn.execute("SELECT id FROM person ORDER BY last_name").fetchall()),
        "persons_filter_ms": timed(lambda: conn.execute("SELECT id FROM person WHERE last_name LIKE '%name12%'").fetchall()),
        "notes_all_ms": timed(lambda: conn.execute("SELECT id FROM note ORDER BY note_date DESC").fetchall()),
        "notes_page_ms": timed(lambda: conn.execute("SELECT * FROM note ORDER BY note_date DESC LIMIT 100").fetchall()),
    }
    conn.close()
    figures["size_mb"] = path.stat().st_size / 1e6
    return figures


def core(folder: Path, persons: int, notes: int) -> dict[str, float]:
    with Workspace.open(folder, user="benchmark") as ws:
        start = time.perf_counter()
        run_to_end(load_demo(ws, DemoSize(persons=persons, notes=notes)))
        created = time.perf_counter() - start
        note_ids = ws.notes.ids()
        figures = {
            "create_s": created,
            "persons_all_ms": timed(lambda: ws.persons.ids()),
            "persons_filter_ms": timed(lambda: ws.persons.ids(ListQuery(text="schä"))),
            "notes_all_ms": timed(lambda: ws.notes.ids()),
            "notes_page_ms": timed(lambda: ws.notes.summaries(note_ids[:100])),
            "notes_filter_ms": timed(lambda: ws.notes.ids(ListQuery(theme_id=2, kind="workshopprotokoll"))),
            "persons_page_ms": timed(lambda: ws.persons.summaries(ws.persons.ids()[:100])),
            "note_full_load_ms": timed(lambda: ws.notes.get(note_ids[0])),
        }
        ws.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    figures["size_mb"] = (folder / "sic-desktop.sqlite3").stat().st_size / 1e6
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--notes", type=int, default=50000)
    parser.add_argument("--keep", type=Path, help="create the data set in this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary) / "data"
        ours = core(folder, args.persons, args.notes)
        base = baseline(Path(temporary), args.persons, args.notes)
    print(f"Data set: {args.persons:,} persons, {args.notes:,} notes (plus organisations, cooperations, follow-ups)")
    print(f"{'figure':<22}{'SIC Desktop core':>18}{'plain sqlite3':>16}")
    for key in ours:
        print(f"{key:<22}{ours[key]:>18.1f}{base[key]:>16.1f}" if key in base else f"{key:<22}{ours[key]:>18.1f}{'–':>16}")


if __name__ == "__main__":
    main()
