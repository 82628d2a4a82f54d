"""Datenschutz operations on the 5,000-person / 50,000-note demo data, next to baselines.

    python benchmarks/privacy.py D      # D: data folder made by `sic-desktop --data-dir D demo --persons 5000 --notes 50000`

The folder is copied first (erasures change it). Measured: the Prüfliste, the search
for texts naming a person (preview of an erasure), collecting an access request, an
erasure (delete and anonymise, each with its WAL checkpoint, the Datenschutz-Protokoll
and its copy), the check of the erasure log that runs at every opening (nothing missing)
and applying one missing erasure again after a restore (every contact's keyed hashes).
Baselines, in the same run: one plain SQLite scan of all persons, one plain LIKE scan
over every note text – the least any review or text search has to read – and opening
the workspace.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core_dataset import timed  # noqa: E402  (median wall time in ms, as in the core benchmark)

from sic_desktop.core.paths import DATABASE_NAME  # noqa: E402
from sic_desktop.core.workspace import Workspace  # noqa: E402
from sic_desktop.privacy.access_request import collect_access_report  # noqa: E402
from sic_desktop.privacy.erasure import erase, preview_erasure  # noqa: E402
from sic_desktop.privacy.erasure_log import reapply_erasures  # noqa: E402
from sic_desktop.privacy.review import review_list  # noqa: E402


def _n(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sic-privacy-bench-"))
    shutil.copytree(args.folder, work, dirs_exist_ok=True)
    try:
        raw = sqlite3.connect(work / DATABASE_NAME)
        baseline_persons = timed(lambda: raw.execute("SELECT id, legal_basis, last_contact FROM person").fetchall())
        baseline_notes = timed(lambda: raw.execute("SELECT count(*) FROM note WHERE text LIKE '%schaefer%'").fetchone())
        raw.close()
        with Workspace.open(work, user="benchmark") as ws:
            items = review_list(ws)
            review = timed(lambda: review_list(ws), repeat=3)
            first, second = items[0].person_id, items[1].person_id
            preview = timed(lambda: preview_erasure(ws, first), repeat=3)
            report = timed(lambda: collect_access_report(ws, first), repeat=3)
            delete = timed(lambda: erase(ws, first), repeat=1)
            anonymise = timed(lambda: erase(ws, second, anonymise=True), repeat=1)
            persons, notes = ws.persons.count(), ws.notes.count()
            check = timed(lambda: reapply_erasures(ws), repeat=5)
        opening = timed(lambda: Workspace.open(work, user="benchmark").close(), repeat=3)
        raw = sqlite3.connect(work / DATABASE_NAME)
        with raw:
            raw.execute("DELETE FROM privacy_log")  # as in a backup from before the two erasures
        raw.close()
        with Workspace.open(work, user="benchmark") as ws:
            again = timed(lambda: reapply_erasures(ws), repeat=1)
        rows = [
            (f"Prüfliste ({_n(len(items))} fällig von {_n(persons)} Kontakten)", review, baseline_persons),
            (f"Texte, die die Person nennen ({_n(notes)} Notizen)", preview, baseline_notes),
            ("Auskunft zusammenstellen (ohne PDF)", report, baseline_notes),
            ("Endgültig löschen (mit WAL leeren)", delete, None),
            ("Anonymisieren (mit WAL leeren)", anonymise, None),
            ("Löschprotokoll prüfen beim Öffnen (nichts fehlt)", check, opening),
            (f"2 Löschungen erneut anwenden ({_n(persons)} Kontakte prüfen)", again, opening),
        ]
        print(f"{'Vorgang':55} {'ms':>9} {'Basis ms':>9}")
        for label, value, base in rows:
            print(f"{label:55} {value:9.1f} {'' if base is None else f'{base:9.1f}':>9}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
