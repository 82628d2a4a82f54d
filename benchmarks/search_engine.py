"""Benchmark of the search engine against an SQLite FTS5 baseline, in one run.

    python benchmarks/search_engine.py [--count 50000] [--rounds 5]

Generates ``--count`` German workshop notes (deterministic), then measures for
our ``SearchIndex`` (whoosh, German analysis) and for FTS5 (unicode61, no
stemming) on the same documents: full build, updating one document, and query
latency p50/p95 over 20 typical queries (ours including snippets, FTS5 with
``snippet()``). Targets: p95 < 50 ms, one update < 100 ms, build < 60 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from german_notes import generate_notes

from sic_desktop.search import SearchDocument, SearchIndex

# (our query, FTS5 MATCH expression, extra SQL condition, its parameters)
QUERIES: tuple[tuple[str, str, str, tuple], ...] = (
    ("Kinderbetreuung Pflege", "Kinderbetreuung Pflege", "", ()),
    ("pflegende Angehörige", "pflegende Angehörige", "", ()),
    ('"pflegende Angehörige"', '"pflegende Angehörige"', "", ()),
    ("Schäfer", "Schäfer", "", ()),
    ("Mueller", "Mueller", "", ()),
    ("Stiftungstag", "Stiftungstag", "", ()),
    ("Quartiersarbeit Nordstadt", "Quartiersarbeit Nordstadt", "", ()),
    ("Ausbildungsbetriebe Praktikumsplätze", "Ausbildungsbetriebe Praktikumsplätze", "", ()),
    ("Wirkungsmessung OR Erfahrungswissen", "Wirkungsmessung OR Erfahrungswissen", "", ()),
    ("Förderprogramm -Antragsfrist", "Förderprogramm NOT Antragsfrist", "", ()),
    ("typ:notiz art:reflexionsgespraech Erwartungsmanagement", "Erwartungsmanagement",
     "AND kind = ?", ("reflexionsgespraech",)),
    ('themenfeld:"Work & Care" Tagespflege', 'themes:"Work Care" AND Tagespflege', "", ()),
    ("stadtteil:nordstadt Leerstand", "Leerstand", "AND district = ?", ("Nordstadt",)),
    ("von:2024-01-01 bis:31.12.2024 Stiftungen", "Stiftungen",
     "AND day BETWEEN ? AND ?", ("2024-01-01", "2024-12-31")),
    ("Nachbarschafts*", "Nachbarschafts*", "", ()),
    ("Özdemir Stadtteilbüro", "Özdemir Stadtteilbüro", "", ()),
    ("Straße Fest", "Straße Fest", "", ()),
    ("Corporate Volunteering Freiwilligentag", "Corporate Volunteering Freiwilligentag",
     "", ()),
    ("Schaefr", "Schaefr", "", ()),
    ("Fördermittel tag:Kita", "Fördermittel AND tags:Kita", "", ()),
)
RESULT_LIMIT = 20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def cpu_timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    """Wall and CPU seconds of ``fn()`` (CPU of this process, all threads): on a machine
    shared with other work the CPU time tells what the code costs, the wall time what a
    user waits."""
    cpu = time.process_time()
    seconds, result = timed(fn)
    return seconds, time.process_time() - cpu, result


def bench_ours(docs: list[SearchDocument], folder: Path, rounds: int) -> dict:
    index = SearchIndex(folder / "search")
    build, _ = timed(lambda: list(index.rebuild(docs, 1, total=len(docs))))
    update_times, after_update = [], []
    for generation, doc in enumerate(docs[:: max(1, len(docs) // 20)][:20], start=2):
        changed = dataclasses.replace(doc, body=doc.body + " Nachtrag: Rückruf erledigt.")
        seconds, _ = timed(lambda: index.update([changed], [], generation))
        update_times.append(seconds)
        seconds, _ = timed(lambda: index.search(QUERIES[0][0], limit=RESULT_LIMIT))
        after_update.append(seconds)
    index.close()
    cold = {}  # each query as the first one after start: no posting read yet
    for query, *_ in QUERIES:
        with SearchIndex(folder / "search") as fresh:
            fresh.doc_count()  # opens the index
            cold[query], _ = timed(lambda: fresh.search(query, limit=RESULT_LIMIT))
    latencies: dict[str, list[float]] = {query: [] for query, *_ in QUERIES}
    hits = {}
    for _ in range(rounds):
        for query, *_ in QUERIES:
            seconds, results = timed(lambda: index.search(query, limit=RESULT_LIMIT))
            latencies[query].append(seconds)
            hits[query] = results.total
    optimize, _ = timed(index.optimize)
    index.close()
    return {"build": build, "update": update_times, "after_update": after_update,
            "latency": latencies, "cold": cold, "hits": hits, "optimize": optimize}


def bench_fts5(docs: list[SearchDocument], folder: Path, rounds: int) -> dict:
    db = sqlite3.connect(folder / "fts.sqlite")
    db.execute("CREATE VIRTUAL TABLE notes USING fts5(title, names, body, tags, themes, "
               "district UNINDEXED, kind UNINDEXED, day UNINDEXED, tokenize='unicode61')")

    def build() -> None:
        with db:
            db.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                (d.title, " · ".join(d.names), d.body, " ".join(d.tags), " · ".join(d.themes),
                 " · ".join(d.districts), d.kind, d.date.isoformat() if d.date else None) for d in docs])

    build_seconds, _ = timed(build)
    update_times = []
    for rowid in range(1, len(docs) + 1, max(1, len(docs) // 20))[:20]:
        def update(rowid: int = rowid) -> None:
            with db:
                db.execute("UPDATE notes SET body = body || ' Nachtrag: Rückruf erledigt.' "
                           "WHERE rowid = ?", (rowid,))
        seconds, _ = timed(update)
        update_times.append(seconds)
    latencies: dict[str, list[float]] = {query: [] for query, *_ in QUERIES}
    hits = {}
    for round_number in range(rounds + 1):  # round 0 warms SQLite's page cache
        for query, match, condition, params in QUERIES:
            sql = (f"SELECT rowid, title, snippet(notes, 2, '<b>', '</b>', '…', 24) FROM notes "
                   f"WHERE notes MATCH ? {condition} ORDER BY rank LIMIT {RESULT_LIMIT}")
            count_sql = f"SELECT count(*) FROM notes WHERE notes MATCH ? {condition}"

            def run() -> int:
                db.execute(sql, (match, *params)).fetchall()
                return db.execute(count_sql, (match, *params)).fetchone()[0]

            seconds, total = timed(run)
            if round_number:
                latencies[query].append(seconds)
            hits[query] = total
    db.close()
    return {"build": build_seconds, "update": update_times, "latency": latencies, "hits": hits}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    docs = list(generate_notes(args.count))
    chars = sum(len(d.body) for d in docs) / len(docs)
    print(f"{len(docs):,} notes, {chars:.0f} characters of text on average")
    with tempfile.TemporaryDirectory() as temp:
        ours = bench_ours(docs, Path(temp), args.rounds)
        fts = bench_fts5(docs, Path(temp), args.rounds)

    report(len(docs), ours, fts)


def report(count: int, ours: dict, fts: dict) -> None:
    ms = 1000.0
    ours_all = [t for times in ours["latency"].values() for t in times]
    fts_all = [t for times in fts["latency"].values() for t in times]
    cold = list(ours["cold"].values())
    rows = [
        ("full build (s)", f"{ours['build']:.1f}", f"{fts['build']:.1f}", "< 60"),
        ("build (documents/s)", f"{count / ours['build']:,.0f}",
         f"{count / fts['build']:,.0f}", ""),
        ("update one document, median (ms)", f"{statistics.median(ours['update']) * ms:.1f}",
         f"{statistics.median(fts['update']) * ms:.1f}", ""),
        ("update one document, max (ms)", f"{max(ours['update']) * ms:.1f}",
         f"{max(fts['update']) * ms:.1f}", "< 100"),
        ("search right after an update, max (ms)", f"{max(ours['after_update']) * ms:.1f}",
         "", ""),
        ("query p50, first after start (ms)", f"{percentile(cold, 0.5) * ms:.1f}", "", ""),
        ("query p95, first after start (ms)", f"{percentile(cold, 0.95) * ms:.1f}", "", "< 50"),
        ("query p50, repeated (ms)", f"{percentile(ours_all, 0.5) * ms:.1f}",
         f"{percentile(fts_all, 0.5) * ms:.1f}", ""),
        ("query p95, repeated (ms)", f"{percentile(ours_all, 0.95) * ms:.1f}",
         f"{percentile(fts_all, 0.95) * ms:.1f}", "< 50"),
        ("optimize / merge segments (s)", f"{ours['optimize']:.1f}", "", ""),
    ]
    print(f"\n{'':40} {'SearchIndex':>12} {'FTS5':>10} {'target':>8}")
    for label, a, b, target in rows:
        print(f"{label:40} {a:>12} {b:>10} {target:>8}")
    print(f"\n{'query':46} {'hits':>7} {'first':>7} {'median':>7} {'FTS5 hits':>10} {'median':>7}")
    for query, *_ in QUERIES:
        print(f"{query[:46]:46} {ours['hits'][query]:>7,} {ours['cold'][query] * ms:>7.1f} "
              f"{statistics.median(ours['latency'][query]) * ms:>7.1f} "
              f"{fts['hits'][query]:>10,} {statistics.median(fts['latency'][query]) * ms:>7.1f}")
    print("(times in ms; „first“: the first query after opening the index)")

if __name__ == "__main__":
    main()
