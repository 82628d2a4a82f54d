"""Benchmark: the team server (PostgreSQL) next to the local file (SQLite), same data, same run.

Loads the demo data set into a fresh SQLite data folder and into a fresh server database, then
times create, list (ids and the first page of rows), filter, save and a title search on both and
prints the ratio server / file: the median wall time, the median CPU time of this process (the
client's share; the server's is the difference on a quiet machine) and the fastest run (what the
machine gives when no one else needs it). File and server take turns run
by run, so the load of a shared machine falls on both alike. Target: list and save at most 2× the file.

    python benchmarks/teamserver.py [--persons 5000] [--notes 50000] [--server postgresql://…] [--keep DIR]

Without ``--server`` a throwaway PostgreSQL cluster is started as in the tests (tests/postgres_server.py),
but durable as a real server: each commit waits for the disk (``fsync``), as SQLite's file does
(``synchronous = FULL``); the tests' cluster skips that for speed.
``--keep DIR`` keeps the created data set in DIR (a copy of the data folder and the cluster with the
set as a template database) and reuses it on the next run of the same size: creating 5,000/50,000
takes minutes on the server, measuring it seconds. Each run still measures on fresh copies.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sic_desktop.core.demo import DemoSize, load_demo  # noqa: E402
from sic_desktop.core.progress import run_to_end  # noqa: E402
from sic_desktop.core.record_ref import RecordType  # noqa: E402
from sic_desktop.core.services.list_query import ListQuery  # noqa: E402
from sic_desktop.core.storage.postgres import initialise_server  # noqa: E402
from sic_desktop.core.workspace import Workspace  # noqa: E402
from tests.postgres_server import PostgresCluster, _make_template, postgres_bin  # noqa: E402

# The kept server database the runs copy (CREATE DATABASE … TEMPLATE).
KEPT_SET = "sic_benchmark_set"
FIRST_PAGE = 60

# Per name: median wall time, median CPU time of this process, fastest wall time (ms).
Figures = dict[str, tuple[float, float, float]]


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall time and CPU time of this process, in milliseconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def create(ws: Workspace, size: DemoSize) -> float:
    """Load the demo set; seconds."""
    start = time.perf_counter()
    run_to_end(load_demo(ws, size))
    seconds = time.perf_counter() - start
    # What PostgreSQL's autovacuum does within a minute of a bulk load: table statistics (both) and, on
    # the server, the visibility map, without which a list cannot read its order from the index alone.
    ws.database.execute("VACUUM ANALYZE" if ws.database.is_server else "ANALYZE")
    return seconds


def operations(ws: Workspace) -> dict[str, Callable[[], object]]:
    """What is measured, by name."""
    actions: dict[str, Callable[[], object]] = {}
    for kind in (RecordType.PERSON, RecordType.NOTE):
        service = ws.service(kind)
        actions[f"list {kind.value}s"] = lambda service=service: service.first_page(ListQuery(), FIRST_PAGE)
        actions[f"filter {kind.value}s 'sch'"] = lambda service=service: service.ids(ListQuery(text="sch"))
    person = ws.persons.get(ws.persons.ids(ListQuery())[0])

    def save() -> None:
        nonlocal person
        person.notes = f"Rückruf {time.perf_counter()}"
        person = ws.persons.update(person)

    actions["save person"] = save
    actions["search note titles 'kinderbetreuung'"] = lambda: ws.notes.ids(ListQuery(text="kinderbetreuung"))
    return actions


def measure(local: Workspace, server: Workspace, repeat: int) -> tuple[Figures, Figures]:
    """Medians on both, the runs taking turns (file, server, file, …), so that the load of a shared
    machine falls on both alike; a save is repeated three times as often."""
    both = (operations(local), operations(server))
    figures: tuple[Figures, Figures] = ({}, {})
    for name in both[0]:
        runs: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
        for _ in range(repeat * (3 if name.startswith("save") else 1)):
            for side in (0, 1):
                runs[side].append(timed(both[side][name]))
        for side in (0, 1):
            walls, cpus = [r[0] for r in runs[side]], [r[1] for r in runs[side]]
            figures[side][name] = (statistics.median(walls), statistics.median(cpus), min(walls))
    return figures


class KeptSet:
    """The created data set kept in a folder between runs (``--keep``)."""

    def __init__(self, folder: Path, size: DemoSize) -> None:
        self.folder = folder
        self.facts = folder / "set.json"
        self.wanted = {"persons": size.persons, "notes": size.notes}

    def created_seconds(self) -> dict[str, float] | None:
        """Creation times of the kept set, None when there is none of this size."""
        if not self.facts.exists():
            return None
        facts = json.loads(self.facts.read_text())
        return facts["create"] if facts["size"] == self.wanted else None

    def forget(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def store(self, local_folder: Path, create_seconds: dict[str, float]) -> None:
        shutil.copytree(local_folder, self.folder / "datei")
        self.facts.write_text(json.dumps({"size": self.wanted, "create": create_seconds}))


def copy_database(cluster: PostgresCluster, template: str) -> str:
    """A fresh copy of the server database ``template``; returns its address. The copy goes through the
    server's WAL (hundreds of megabytes): a checkpoint after it, as the server makes one soon after such
    a load anyway, not in the middle of the measurement."""
    name = f"sic_benchmark_{os.getpid()}"
    cluster.admin(f"DROP DATABASE IF EXISTS {name}")
    cluster.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
    cluster.admin("CHECKPOINT")
    return cluster.url(name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=500)
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--server", help="an empty, set-up server database (else a throwaway cluster)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (a save: three times as many)")
    parser.add_argument("--keep", type=Path, help="keep the created set here and reuse it (throwaway cluster only)")
    args = parser.parse_args()
    size = DemoSize(persons=args.persons, notes=args.notes)
    kept = KeptSet(args.keep.resolve(), size) if args.keep and not args.server else None
    created = kept.created_seconds() if kept else None
    if kept and created is None:
        kept.forget()
    cluster = None
    url = args.server
    if url is None:
        binaries = postgres_bin()
        if binaries is None:
            raise SystemExit("PostgreSQL ist nicht installiert; bitte --server angeben.")
        cluster = PostgresCluster.start(binaries, kept.folder / "cluster" if kept else None, durable=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            local_folder, server_folder = Path(tmp) / "datei", Path(tmp) / "server"
            if created is None:
                if cluster is not None:
                    _make_template(cluster)
                    url = cluster.new_database()
                assert url is not None
                with Workspace.open(local_folder, user="benchmark") as ws:
                    local_create = create(ws, size)
                with Workspace.open(server_folder, user="benchmark", server=url) as ws:
                    server_create = create(ws, size)
                if kept is not None and cluster is not None:
                    kept.store(local_folder, {"SQLite": local_create, "PostgreSQL": server_create})
                    cluster.admin(f"ALTER DATABASE {url.rsplit('/', 1)[1]} RENAME TO {KEPT_SET}")
                    url = copy_database(cluster, KEPT_SET)
            else:
                assert kept is not None and cluster is not None
                local_create, server_create = created["SQLite"], created["PostgreSQL"]
                shutil.copytree(kept.folder / "datei", local_folder)
                url = copy_database(cluster, KEPT_SET)
                initialise_server(url)  # a set kept by an older version, brought up to date as IT would
            load = os.getloadavg()[0]
            with Workspace.open(local_folder, user="benchmark") as local_ws, \
                    Workspace.open(server_folder, user="benchmark", server=url) as server_ws:
                local, server = measure(local_ws, server_ws, args.repeat)
            loads = (load, os.getloadavg()[0])
            if cluster is not None and kept is not None:
                cluster.drop_database(url)
    finally:
        if cluster is not None:
            cluster.stop(keep=kept is not None)
    note = "kept from the run that created the set" if created is not None else "one run"
    print(f"{args.persons} persons, {args.notes} notes; medians of {args.repeat} runs (save: {3 * args.repeat}), "
          f"file and server taking turns; create: {note}; load average {loads[0]:.1f} before, {loads[1]:.1f} after")
    print(f"{'':40} {'SQLite':>21} {'PostgreSQL':>21} {'ratio':>11}")
    print(f"{'':40} {'wall  cpu  fastest':>21} {'wall  cpu  fastest':>21} {'wall fastest':>11}  (ms)")
    print(f"{'create (s)':40} {local_create:21.1f} {server_create:21.1f} {server_create / local_create:5.1f}×")
    for name, (wall, cpu, best) in local.items():
        server_wall, server_cpu, server_best = server[name]
        print(f"{name:40} {wall:7.1f} {cpu:5.1f} {best:7.1f} {server_wall:7.1f} {server_cpu:5.1f} {server_best:7.1f} "
              f"{server_wall / wall:5.1f}× {server_best / best:4.1f}×")


if __name__ == "__main__":
    main()
