"""Benchmark: the team server (PostgreSQL) next to the local file (SQLite), same data, same run.

Loads the demo data set into a fresh SQLite data folder and into a fresh server database, then
times create, list (ids and the first page of rows), filter, save and a title search on both and
prints the ratio server / file. Target: list and save at most 2× the file.

    python benchmarks/teamserver.py [--persons 5000] [--notes 50000] [--server postgresql://…]

Without ``--server`` a throwaway PostgreSQL cluster is started as in the tests (tests/postgres_server.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sic_desktop.core.demo import DemoSize, load_demo  # noqa: E402
from sic_desktop.core.models import RecordType  # noqa: E402
from sic_desktop.core.progress import run_to_end  # noqa: E402
from sic_desktop.core.services.list_query import ListQuery  # noqa: E402
from sic_desktop.core.workspace import Workspace  # noqa: E402


def timed(action: Callable[[], object], repeat: int = 7) -> float:
    """Median wall time in milliseconds."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def measure(ws: Workspace, size: DemoSize) -> dict[str, float]:
    start = time.perf_counter()
    run_to_end(load_demo(ws, size))
    figures = {"create (s)": time.perf_counter() - start}
    # Table statistics, as PostgreSQL's autovacuum gathers them within a minute of a bulk load (on both, to be fair).
    ws.database.execute("ANALYZE")
    for kind in (RecordType.PERSON, RecordType.NOTE):
        service = ws.service(kind)

        def first_page(service=service) -> None:
            ids = service.ids(ListQuery())
            service.summaries(ids[:60])

        figures[f"list {kind.value}s (ms)"] = timed(first_page)
        figures[f"filter {kind.value}s 'sch' (ms)"] = timed(lambda service=service: service.ids(ListQuery(text="sch")))
    person = ws.persons.get(ws.persons.ids(ListQuery())[0])

    def save() -> None:
        nonlocal person
        person.notes = f"Rückruf {time.perf_counter()}"
        person = ws.persons.update(person)

    figures["save person (ms)"] = timed(save, repeat=21)
    figures["search note titles 'kinderbetreuung' (ms)"] = timed(
        lambda: ws.notes.ids(ListQuery(text="kinderbetreuung"))
    )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=500)
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--server", help="an empty, set-up server database (else a throwaway cluster)")
    args = parser.parse_args()
    size = DemoSize(persons=args.persons, notes=args.notes)
    cluster = None
    url = args.server
    if url is None:
        from tests.postgres_server import PostgresCluster, _make_template, postgres_bin

        binaries = postgres_bin()
        if binaries is None:
            raise SystemExit("PostgreSQL ist nicht installiert; bitte --server angeben.")
        cluster = PostgresCluster.start(binaries)
        _make_template(cluster)
        url = cluster.new_database()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            with Workspace.open(Path(tmp) / "datei", user="benchmark") as ws:
                local = measure(ws, size)
            with Workspace.open(Path(tmp) / "server", user="benchmark", server=url) as ws:
                server = measure(ws, size)
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"{args.persons} persons, {args.notes} notes; times are medians of 7 runs (save: 21), create is one run")
    print(f"{'':45} {'SQLite':>10} {'PostgreSQL':>11} {'ratio':>7}")
    for name, value in local.items():
        print(f"{name:45} {value:10.1f} {server[name]:11.1f} {server[name] / value:6.1f}×")


if __name__ == "__main__":
    main()
