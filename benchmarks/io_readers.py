"""How fast and how lean is the import reader on a large Outlook export?

    python benchmarks/io_readers.py [--persons 10000]

Generates a German Outlook contact export (Windows-1252, comma, all cells
quoted, notes with line breaks) and reads it three ways in the same run:

* baseline: the plain ``csv`` module with encoding and delimiter given,
  rows counted and dropped (no detection, no mapping);
* ``open_source`` + ``rows()``: detection (one extra pass over the file) and
  SourceRows with header names;
* the full import read: ``suggest_mapping`` + ``map_rows`` to checked
  ImportRows.

Time is the best of three runs; peak memory is measured with tracemalloc in a
separate run, so tracing does not distort the time.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "io" / "fixtures"))

from make_fixtures import OUTLOOK_DE  # noqa: E402 (the real Outlook header list)

from sic_desktop.io import TargetKind, map_rows, open_source, suggest_mapping  # noqa: E402

FIRST = ["Jürgen", "Anna", "Selin", "Max", "Zoë", "Björn", "Käthe", "Ömer", "Lena", "Paul"]
LAST = ["Weiß", "Schäfer", "Öztürk", "von der Heide", "Groß", "Müller", "Krüger", "Nowak"]
ORGS = ["Caritasverband Dortmund e.V.", "Stiftung Soziale Innovation", "Stadt Dortmund",
        "Technische Universität Dortmund", "Nordstadtliebe e.V.", "Straßenbau Süd GmbH"]


def make_export(path: Path, persons: int) -> None:
    rng = random.Random(2026)
    with path.open("w", encoding="cp1252", newline="") as stream:
        writer = csv.writer(stream, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(OUTLOOK_DE)
        for number in range(persons):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            contact = {
                "Anrede": rng.choice(["Herr", "Frau", "Frau Dr.", ""]),
                "Vorname": first, "Nachname": last, "Firma": rng.choice(ORGS),
                "Position": "Referent/in", "Straße geschäftlich": f"Königswall {number % 90 + 1}",
                "Postleitzahl geschäftlich": f"441{number % 100:02d}",
                "Ort geschäftlich": "Dortmund",
                "Telefon geschäftlich": f"+49 231 {number:06d}",
                "Mobiltelefon": f"0171 {number:07d}",
                "E-Mail-Adresse": f"person{number}@beispiel.example",
                "Kategorien": "Arbeit im Quartier;Stiftungen",
                "Notizen": "Stiftungstag.\r\nRückruf vereinbart." if number % 3 else "",
                "Geburtstag": "0.0.00", "Priorität": "Normal", "Privat": "Aus",
                "Vertraulichkeit": "Normal",
            }
            writer.writerow([contact.get(header, "") for header in OUTLOOK_DE])


def baseline(path: Path) -> int:
    with path.open(encoding="cp1252", newline="") as stream:
        return sum(1 for _ in csv.reader(stream)) - 1


def source_rows(path: Path) -> int:
    return sum(1 for _ in open_source(path).rows())


def import_rows(path: Path) -> int:
    source = open_source(path)
    mapping = suggest_mapping(source.headers, TargetKind.PERSON)
    return sum(1 for row in map_rows(source.rows(), mapping) if row.importable)


def measure(function: Callable[[Path], int], path: Path) -> tuple[float, float, int]:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        count = function(path)
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    function(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return min(times), peak / 1024 / 1024, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=10_000)
    persons = parser.parse_args().persons
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "outlook.csv"
        make_export(path, persons)
        size = path.stat().st_size / 1024 / 1024
        print(f"Outlook-Export: {persons} Personen, {len(OUTLOOK_DE)} Spalten, {size:.1f} MB")
        print(f"{'Verfahren':<44}{'Zeit s':>9}{'Spitze MB':>11}{'Zeilen':>9}{'Zeilen/s':>11}")
        for label, function in (
            ("Grundlinie: csv-Modul, nur lesen", baseline),
            ("open_source + rows() (Erkennung)", source_rows),
            ("+ suggest_mapping + map_rows (Import)", import_rows),
        ):
            seconds, peak, count = measure(function, path)
            print(f"{label:<44}{seconds:>9.3f}{peak:>11.2f}{count:>9}{count / seconds:>11.0f}")


if __name__ == "__main__":
    main()
