"""Benchmark: the Wirkungsmessung on the 5,000-person / 50,000-note data set.

Every one of the 625 cooperations gets four indicators with monthly measurements over two
years (the demo's running cooperations have theirs from the demo, the others are added
here, so about 60,000 measurements). Timed: the data of the „Wirkung“ page (portfolio of
all cooperations and the overdue list), one cooperation's „Wirkung“ tab, and the theme
field's Wirkungsbericht (data and PDF). Beside each, a plain sqlite3 query of the same rows
on the same file in the same run: what reading the rows costs without any logic.

    python benchmarks/impact.py [--persons 5000] [--notes 50000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from core_dataset import timed

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.demo_impact import add_impact
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports.impact import theme_report

PORTFOLIO_ROWS = """SELECT c.id, c.title, c.status, i.id, i.step, i.baseline_value, i.target_value, i.rhythm,
    i.baseline_date, i.target_date, m.value, m.measured_on
    FROM cooperation c JOIN indicator i ON i.cooperation_id = c.id JOIN measurement m ON m.indicator_id = i.id
    WHERE c.deleted_at IS NULL AND i.deleted_at IS NULL AND m.deleted_at IS NULL"""
THEME_ROWS = PORTFOLIO_ROWS + " AND c.id IN (SELECT cooperation_id FROM cooperation_theme WHERE theme_id = ?)"


def build(folder: Path, persons: int, notes: int) -> dict[str, float]:
    today = date.today()
    with Workspace.open(folder, user="benchmark") as ws:
        start = time.perf_counter()
        run_to_end(load_demo(ws, DemoSize(persons=persons, notes=notes), today=today))
        demo_s = time.perf_counter() - start
        without = [c for c in ws.cooperations.ids() if not ws.indicators.for_cooperation(c)]
        start = time.perf_counter()
        run_to_end(add_impact(ws, without, random.Random(7), today))
        added_s = time.perf_counter() - start
        return {
            "demo_s": demo_s, "impact_added_s": added_s, "added_measurements": len(without) * 4 * 24,
            "cooperations": ws.cooperations.count(), "indicators": ws.indicators.count(),
            "measurements": ws.measurements.count(),
        }


def measure(folder: Path) -> tuple[dict[str, float], dict[str, float]]:
    year = date.today().year
    with Workspace.open(folder, user="benchmark") as ws:
        theme_id = 1
        coop = ws.cooperations.ids()[0]
        pdf = folder / "wirkungsbericht.pdf"
        pages = []
        ours = {
            "portfolio_page_ms": timed(lambda: ws.impact.portfolio()),
            "portfolio_year_ms": timed(lambda: ws.impact.portfolio(year=year)),
            "overdue_ms": timed(lambda: ws.impact.overdue()),
            "cooperation_tab_ms": timed(lambda: ws.impact.states(coop)),
            "theme_report_data_ms": timed(lambda: ws.impact.states_for_cooperations(
                [c.id for c in ws.impact.portfolio(year=year).cooperations if theme_id in c.theme_ids]), repeat=3),
            "theme_report_pdf_ms": timed(lambda: pages.append(theme_report(ws, theme_id, year, pdf).page_count), repeat=3),
        }
        ours["theme_report_pages"] = pages[-1]
    conn = sqlite3.connect(folder / "sic-desktop.sqlite3")
    plain = {
        "portfolio_rows": len(conn.execute(PORTFOLIO_ROWS).fetchall()),
        "portfolio_rows_ms": timed(lambda: conn.execute(PORTFOLIO_ROWS).fetchall()),
        "theme_rows": len(conn.execute(THEME_ROWS, [theme_id]).fetchall()),
        "theme_rows_ms": timed(lambda: conn.execute(THEME_ROWS, [theme_id]).fetchall()),
        "cooperation_rows_ms": timed(lambda: conn.execute(PORTFOLIO_ROWS + " AND c.id = ?", [coop]).fetchall()),
    }
    conn.close()
    return ours, plain


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--notes", type=int, default=50000)
    parser.add_argument("--keep", type=Path, help="build the data here (or reuse it if it is there)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sic-impact-") as temporary:
        folder = args.keep or Path(temporary)
        if not (folder / "sic-desktop.sqlite3").exists():
            for key, value in build(folder, args.persons, args.notes).items():
                print(f"build    {key:24} {value:12,.1f}")
        ours, plain = measure(folder)
    print(f"{'':9}{'SIC Desktop':>14}{'plain sqlite3':>16}")
    pairs = (("portfolio_page_ms", "portfolio_rows_ms"), ("portfolio_year_ms", "portfolio_rows_ms"),
             ("overdue_ms", "portfolio_rows_ms"), ("cooperation_tab_ms", "cooperation_rows_ms"),
             ("theme_report_data_ms", "theme_rows_ms"), ("theme_report_pdf_ms", "theme_rows_ms"))
    for mine, theirs in pairs:
        print(f"{mine:24} {ours[mine]:10,.1f} ms   {plain[theirs]:10,.1f} ms ({theirs})")
    print(f"rows read by the plain queries: portfolio {plain['portfolio_rows']:,}, theme field {plain['theme_rows']:,}; "
          f"Wirkungsbericht pages: {ours['theme_report_pages']}")


if __name__ == "__main__":
    main()
