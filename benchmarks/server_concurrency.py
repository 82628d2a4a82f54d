"""Concurrency proof on the team server: many writers on a few shared records lose nothing.

``--processes`` writer processes (default 10), each a client of its own as on a PC of its own,
save the same ``--records`` organisations (default 5) for ``--seconds`` (default 60): read the
record, count its number one up (``description``), save. Two clients that read the same version
cannot both save: the second is refused naming who saved first (the optimistic lock), reads
again and goes on. Found at the end and printed:

- lost updates: each record's number must equal the saves its writers were told succeeded, and
  the change history must hold one entry per such save under the writer's name;
- refused saves: how many, and whether every refusal named the colleague who saved first;
- errors other than a refusal (a deadlock, a broken connection): listed; deadlocks counted by
  the server too (``pg_stat_database.deadlocks``);
- as the baseline of the same run: the same writers one after the other in one process
  (no contention), saves per second beside the concurrent run's.

Run: ``python benchmarks/server_concurrency.py [--server postgresql://…] [--processes N] [--seconds S]``;
without ``--server`` a throwaway PostgreSQL cluster is started (tests/postgres_server.py).
Exit status 1 when anything was lost or left unhandled.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sic_desktop.core.errors import ConflictError, SicError  # noqa: E402
from sic_desktop.core.models import Organisation  # noqa: E402
from sic_desktop.core.workspace import Workspace  # noqa: E402

SHARED = "Gemeinsamer Datensatz"


@dataclass
class WriterResult:
    """What one writer process was told: saves per record id, refusals' texts, other errors."""

    writer: str
    saved: Counter[int] = field(default_factory=Counter)
    refused: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def write_for(url: str, folder: Path, writer: str, seconds: float) -> WriterResult:
    """Once every writer is ready, read, count up and save shared records for ``seconds``; a refused
    save is reported and the next one reads afresh."""
    result = WriterResult(writer)
    with Workspace.open(folder / writer, user=writer, server=url) as ws:
        ids = sorted(o.id for o in ws.organisations.list() if o.name.startswith(SHARED))
        (folder / f"{writer}.bereit").touch()
        go = folder / "los"
        while not go.exists():  # the processes start one by one; they write together
            time.sleep(0.05)
        deadline = float(go.read_text()) + seconds
        turn = 0
        while time.time() < deadline:
            record_id = ids[(turn * 7 + len(writer)) % len(ids)]
            turn += 1
            try:
                record = ws.organisations.get(record_id)
                record.description = str(int(record.description) + 1)
                ws.organisations.update(record)
                result.saved[record_id] += 1
            except ConflictError as refusal:
                result.refused.append(str(refusal))
            except SicError as error:  # a German message, but not a refusal: counted as a problem
                result.errors.append(str(error))
            except Exception as error:  # noqa: BLE001 (an unhandled error is exactly what is looked for)
                result.errors.append(repr(error))
    return result


def prepare(url: str, folder: Path, records: int) -> list[int]:
    with Workspace.open(folder, user="vorbereitung", server=url) as ws:
        return [ws.organisations.create(Organisation(name=f"{SHARED} {n}", description="0")).id for n in range(1, records + 1)]


def _deadlocks(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()").fetchone()
        return int(row[0]) if row else 0


def run_writers(url: str, processes: int, seconds: float, folder: Path) -> list[WriterResult]:
    """Start the writer processes, let them write together once all are ready; each prints its result as JSON."""
    commands = [
        [sys.executable, __file__, "--writer", f"schreiber{n}", "--server", url, "--seconds", str(seconds),
         "--folder", str(folder)]
        for n in range(1, processes + 1)
    ]
    running = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for command in commands]
    while len(list(folder.glob("*.bereit"))) < processes and all(p.poll() is None for p in running):
        time.sleep(0.05)
    (folder / "los.tmp").write_text(str(time.time()))
    (folder / "los.tmp").replace(folder / "los")
    results = []
    for command, process in zip(commands, running, strict=True):
        out, err = process.communicate()
        if process.returncode != 0:
            results.append(WriterResult(command[3], errors=[f"Prozess endete mit {process.returncode}: {err.strip()[-500:]}"]))
            continue
        data = json.loads(out)
        results.append(WriterResult(data["writer"], Counter({int(k): v for k, v in data["saved"].items()}),
                                    data["refused"], data["errors"]))
    return results


@dataclass
class Findings:
    saves: int
    refused: int
    refused_unnamed: list[str]
    lost: list[str]
    errors: list[str]
    deadlocks: int

    @property
    def sound(self) -> bool:
        return self.saves > 0 and not (self.lost or self.errors or self.refused_unnamed or self.deadlocks)


def check(url: str, folder: Path, ids: list[int], results: list[WriterResult], deadlocks_before: int) -> Findings:
    """Compare what the server holds with what every writer was told."""
    writers = {r.writer for r in results}
    lost: list[str] = []
    with Workspace.open(folder / "pruefung", user="pruefung", server=url) as ws:
        for record_id in ids:
            told = sum(r.saved[record_id] for r in results)
            stored = int(ws.organisations.get(record_id).description)
            if stored != told:
                lost.append(f"Datensatz {record_id}: Zähler {stored}, gemeldete Speicherungen {told}")
            history = Counter(e.by for e in ws.history.for_record(ws.organisations.get(record_id).ref) if e.action == "updated")
            for r in results:
                if history[r.writer] != r.saved[record_id]:
                    lost.append(f"Datensatz {record_id}, {r.writer}: {history[r.writer]} Einträge im Änderungsprotokoll, "
                                f"{r.saved[record_id]} Speicherungen gemeldet")
    refusals = [text for r in results for text in r.refused]
    unnamed = [text for text in refusals if not any(f"von {w} " in text for w in writers)]
    return Findings(
        saves=sum(sum(r.saved.values()) for r in results), refused=len(refusals), refused_unnamed=unnamed, lost=lost,
        errors=[f"{r.writer}: {e}" for r in results for e in r.errors], deadlocks=_deadlocks(url) - deadlocks_before,
    )


def baseline(url: str, folder: Path, ids: list[int], saves: int) -> float:
    """Saves per second of one writer alone (no contention), same records, same server."""
    with Workspace.open(folder / "allein", user="allein", server=url) as ws:
        start = time.perf_counter()
        for turn in range(saves):
            record = ws.organisations.get(ids[turn % len(ids)])
            record.description = str(int(record.description) + 1)
            ws.organisations.update(record)
        return saves / (time.perf_counter() - start)


def prove(url: str, processes: int, seconds: float, records: int) -> Findings:
    """The whole proof on the server database ``url`` (it must be set up and may be empty)."""
    with tempfile.TemporaryDirectory(prefix="sic-writers-") as tmp:
        folder = Path(tmp)
        ids = prepare(url, folder / "it", records)
        before = _deadlocks(url)
        results = run_writers(url, processes, seconds, folder)
        findings = check(url, folder, ids, results, before)
        print(f"{processes} Schreibprozesse × {seconds:g} s auf {records} gemeinsamen Datensätzen:")
        print(f"  gespeichert: {findings.saves} ({findings.saves / seconds:.1f}/s über alle Prozesse)")
        print(f"  abgelehnt (Konflikt gemeldet): {findings.refused}, davon ohne Namen der Kollegin: {len(findings.refused_unnamed)}")
        print(f"  verlorene Änderungen: {len(findings.lost)}")
        print(f"  andere Fehler: {len(findings.errors)}; Deadlocks laut Server: {findings.deadlocks}")
        for line in [*findings.lost, *findings.errors, *findings.refused_unnamed][:20]:
            print(f"    {line}")
        alone = baseline(url, folder, ids, max(50, min(500, findings.saves // max(processes, 1))))
        print(f"  Vergleich im selben Lauf: ein Schreiber allein {alone:.1f} Speicherungen/s")
        print("  Ergebnis:", "nichts verloren, alles gemeldet" if findings.sound else "FEHLER")
        return findings


def _writer_main(args: argparse.Namespace) -> int:
    result = write_for(args.server, Path(args.folder), args.writer, args.seconds)
    json.dump({"writer": result.writer, "saved": result.saved, "refused": result.refused, "errors": result.errors}, sys.stdout)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", help="eingerichtete Datenbank (sonst ein Wegwerf-Cluster)")
    parser.add_argument("--processes", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--records", type=int, default=5)
    parser.add_argument("--writer", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        return _writer_main(args)
    if args.server:
        return 0 if prove(args.server, args.processes, args.seconds, args.records).sound else 1
    from tests.postgres_server import PostgresCluster, _make_template, postgres_bin

    binaries = postgres_bin()
    if binaries is None:
        print("PostgreSQL ist nicht installiert (initdb/pg_ctl fehlen).", file=sys.stderr)
        return 2
    cluster = PostgresCluster.start(binaries)
    try:
        _make_template(cluster)
        return 0 if prove(cluster.new_database(), args.processes, args.seconds, args.records).sound else 1
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
