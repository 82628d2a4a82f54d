"""The search as the program uses it, on the 50,000-note demo data, next to an SQLite FTS5 baseline.

    python benchmarks/search.py [DATA_DIR] [--rounds 5]

DATA_DIR (default /tmp/bigdata) holds the demo data set; if it has none, it is made
with ``sic-desktop --data-dir DATA_DIR demo --persons 5000 --notes 50000``. The
database is copied to a temporary folder first: the saves measured here change it.

Measured in one run, for our index (whoosh, German analysis, kept by SearchService)
and for FTS5 (unicode61, no stemming) on the same documents built from the records:

- a full build from the records (documents/s, reading and document building included);
- one save through the core including its index update: a note's text, a new note,
  and an organisation rename (which renews the documents that show its name);
  for FTS5 the same save plus updating the same documents' rows;
- latency p50/p95 over 20 German queries: each as the first query after opening
  (cold), and repeated; once with the posting files the window's background warm-up
  writes after a rebuild (``posting_file``), once right after a rebuild while that
  warm-up still runs, and once without posting files (the old path, the baseline);
  the warm-up's own time;
- hits of a few German-morphology queries in both.

Targets: p95 < 50 ms, a save < 100 ms, a full rebuild of 50,000 notes < 60 s.

Last, the relevance section (``search_relevance.py``): 32 notes of our own among 10,000
demo notes, 66 queries by kind (exact, stemming, prefix, compound part, synonym, typo,
filter), scored for our search and FTS5; ``--relevance-only`` runs just that,
``--speed-only`` leaves it out. Build and query times are given as wall and CPU time.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_relevance
from fts_baseline import FTS_COLUMNS, INSERT, fts_row, fts_rowid
from search_engine import QUERIES as ENGINE_QUERIES
from search_engine import cpu_timed, percentile, timed

from sic_desktop.core.models import Note
from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.search import SearchService, posting_file
from sic_desktop.search.compounds import splitter
from sic_desktop.search.documents import all_documents, documents_for
from sic_desktop.search.service import SHOWN_FIELDS

# (our query, FTS5 MATCH expression, extra SQL condition, its parameters): the engine
# benchmark's first seven, then ones that fit the demo data's texts.
QUERIES: tuple[tuple[str, str, str, tuple], ...] = (
    *ENGINE_QUERIES[:7],
    ("Ausbildungsbetriebe Bewerbungen", "Ausbildungsbetriebe Bewerbungen", "", ()),
    ("Wirkungsmessung OR Erfahrungswissen", "Wirkungsmessung OR Erfahrungswissen", "", ()),
    ("Stiftung -Stiftungstag", "Stiftung NOT Stiftungstag", "", ()),
    ("typ:notiz art:reflexionsgespraech Erwartungsmanagement", "Erwartungsmanagement",
     "AND type = 'note' AND kind = ?", ("reflexionsgespraech",)),
    ('themenfeld:"Work & Care" Randzeitenbetreuung', 'themes:"Work Care" AND Randzeitenbetreuung', "", ()),
    ("stadtteil:nordstadt leerstehende Ladenlokale", "leerstehende Ladenlokale",
     "AND districts LIKE ?", ("%Nordstadt%",)),
    ("von:2025-01-01 bis:31.12.2025 Stiftungen", "Stiftungen",
     "AND day BETWEEN ? AND ?", ("2025-01-01", "2025-12-31")),
    ("Nachbarschafts*", "Nachbarschafts*", "", ()),
    ("Özdemir Familienzentrum", "Özdemir Familienzentrum", "", ()),
    ("Corporate Volunteering", "Corporate Volunteering", "", ()),
    ("Schaefr", "Schaefr", "", ()),
    ("tag:Kita Schichtarbeitende", "tags:Kita AND Schichtarbeitende", "", ()),
    ("sektor:wissenschaft Quartiersforschung", "Quartiersforschung", "AND sectors LIKE ?", ("%wissenschaft%",)),
)
# What a German speaker expects to find: compounds, Umlaut spellings, a typo, inflection.
MORPHOLOGY = ("Kinderbetreuung Pflege", "Mueller", "Schaefr", "Stiftung", "Kooperationen")
RESULT_LIMIT = 20
SAVES = 20


def prepared_copy(source: Path, target: Path) -> Path:
    if not (source / DATABASE_NAME).is_file():
        print(f"making the demo data set in {source} (a few minutes) …", flush=True)
        subprocess.run([sys.executable, "-m", "sic_desktop", "--data-dir", str(source), "demo",
                        "--persons", "5000", "--notes", "50000"], check=True)
    target.mkdir(parents=True)
    shutil.copy(source / DATABASE_NAME, target / DATABASE_NAME)
    return target


# -- ours ----------------------------------------------------------------------------------


def bench_ours(ws: Workspace, rounds: int) -> dict:
    documents, _ = timed(lambda: sum(1 for _ in all_documents(ws)))
    service = SearchService(ws)
    with mock.patch.object(type(splitter()), "expand", lambda self, words: []):  # the baseline: no parts
        plain, _ = timed(lambda: run_to_end(service.rebuild()))
    build, build_cpu, count = cpu_timed(lambda: run_to_end(service.rebuild()))
    saves = measure_saves(ws, offset=0)
    service.close()
    # The old path as baseline: no posting files, every list decoded from whoosh's blocks.
    with mock.patch.object(posting_file, "open_for", lambda *_: None):
        old = first_queries(ws)
        old_latency, old_cpu, _ = repeated(ws, rounds)
    during = first_queries(ws, while_writing=True)  # right after a rebuild: the warm-up writes the file meanwhile
    with SearchService(ws, listen=False) as fresh:  # what the window does in the background after a rebuild
        warm_up, warm_up_cpu, _ = cpu_timed(fresh.warm)
    cold = first_queries(ws)
    latencies, cpu, hits = repeated(ws, rounds)
    with SearchService(ws, listen=False) as reader:
        morphology = {query: reader.search(query, limit=1).total for query in MORPHOLOGY}
    return {"documents": documents, "build": build, "build_cpu": build_cpu, "plain": plain, "count": count,
            "saves": saves, "cold": cold[0], "cold_cpu": list(cold[1].values()),
            "old_cold": list(old[0].values()), "old_cold_cpu": list(old[1].values()),
            "old_latency": [t for times in old_latency.values() for t in times], "old_cpu": old_cpu,
            "during": list(during[0].values()), "during_cpu": list(during[1].values()),
            "warm_up": warm_up, "warm_up_cpu": warm_up_cpu, "latency": latencies, "cpu": cpu, "hits": hits,
            "morphology": morphology}


def first_queries(ws: Workspace, *, while_writing: bool = False) -> tuple[dict[str, float], dict[str, float]]:
    """Wall and CPU time of each query as the first one after opening the index. With
    ``while_writing``, the segment has no posting file yet and the warm-up writing it
    runs in the background meanwhile, as in the window right after a rebuild."""
    wall, cpu = {}, {}
    for query, *_ in QUERIES:
        with SearchService(ws, listen=False) as fresh:
            fresh.index.doc_count()  # opens the index, as the check at start does
            if not while_writing:
                wall[query], cpu[query], _ = cpu_timed(lambda: fresh.search(query, limit=RESULT_LIMIT))
                continue
            written = list(fresh.index.root.glob(f"*/*{posting_file.SUFFIX}"))
            for path in written:
                path.rename(path.with_name(path.name + ".aside"))
            stopped = threading.Event()
            warming = threading.Thread(target=fresh.warm, args=(stopped.is_set,))
            warming.start()
            own = time.thread_time()  # this thread's CPU time: the process's includes the warm-up's
            wall[query], _ = timed(lambda: fresh.search(query, limit=RESULT_LIMIT))
            cpu[query] = time.thread_time() - own
            stopped.set()
            warming.join()
            fresh.index.close()
            for path in written:
                path.with_name(path.name + ".aside").rename(path)
    return wall, cpu


def repeated(ws: Workspace, rounds: int) -> tuple[dict[str, list[float]], list[float], dict[str, int]]:
    """Wall times per query, CPU times and hits of ``rounds`` rounds of all queries in one window."""
    latencies: dict[str, list[float]] = {query: [] for query, *_ in QUERIES}
    cpu: list[float] = []
    hits = {}
    with SearchService(ws, listen=False) as reader:
        for _ in range(rounds):
            for query, *_ in QUERIES:
                seconds, cpu_seconds, results = cpu_timed(lambda: reader.search(query, limit=RESULT_LIMIT))
                latencies[query].append(seconds)
                cpu.append(cpu_seconds)
                hits[query] = results.total
    return latencies, cpu, hits


def measure_saves(ws: Workspace, *, offset: int, after=lambda refs: None) -> dict[str, list[float]]:
    """Times of saves through the core; ``after(refs)`` updates a baseline index in the same timing."""
    note_ids = ws.notes.ids(ListQuery(limit=SAVES, offset=offset * SAVES))
    org_ids = ws.organisations.ids(ListQuery(limit=5, offset=offset * 5))
    result: dict[str, list[float]] = {"note": [], "new note": [], "rename organisation": []}
    for note_id in note_ids:
        note = ws.notes.get(note_id)
        note.text += " Nachtrag: Rückruf bei Frau Schäfer erledigt."
        seconds, _ = timed(lambda: (ws.notes.update(note), after([note.ref])))
        result["note"].append(seconds)
    for number in range(5):
        new = Note(title=f"Gesprächsnotiz Lastenfahrrad {number}", note_date=note.note_date,
                   text="Das Quartiersbüro verleiht ab Mai ein Lastenfahrrad.", organisation_ids=org_ids[:1])
        seconds, _ = timed(lambda: after([ws.notes.create(new).ref]))
        result["new note"].append(seconds)
    for org_id in org_ids:
        org = ws.organisations.get(org_id)
        org.name += " (neu)"
        seconds, _ = timed(lambda: (ws.organisations.update(org), after([org.ref])))
        result["rename organisation"].append(seconds)
    return result


# -- FTS5 ------------------------------------------------------------------------------------

def bench_fts5(ws: Workspace, folder: Path, rounds: int) -> dict:
    path = folder / "fts.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"CREATE VIRTUAL TABLE docs USING fts5({FTS_COLUMNS}, tokenize='unicode61')")

    def build() -> int:
        with db:
            db.executemany(INSERT, (fts_row(doc) for doc in all_documents(ws)))
        return db.execute("SELECT count(*) FROM docs").fetchone()[0]

    build_seconds, count = timed(build)

    def renew(refs: list[RecordRef]) -> None:
        """What a listener would do for FTS5: the changed documents and those showing their names."""
        sources = [r for r in refs if r.type in SHOWN_FIELDS]
        shown = {r for r in ws.links.linked_refs(sources) if r.type is not RecordType.THEME} if sources else set()
        docs, gone = documents_for(ws, [*refs, *shown])
        with db:
            db.executemany("DELETE FROM docs WHERE rowid = ?", [(fts_rowid(r),) for r in [*(d.ref for d in docs), *gone]])
            db.executemany(INSERT, [fts_row(d) for d in docs])

    saves = measure_saves(ws, offset=1, after=renew)
    latencies: dict[str, list[float]] = {query: [] for query, *_ in QUERIES}
    cold, hits = {}, {}
    for query, match, condition, params in QUERIES:
        fresh = sqlite3.connect(path)
        cold[query], _ = timed(lambda: fts_search(fresh, match, condition, params))
        fresh.close()
    for _ in range(rounds):
        for query, match, condition, params in QUERIES:
            seconds, total = timed(lambda: fts_search(db, match, condition, params))
            latencies[query].append(seconds)
            hits[query] = total
    morphology = {query: fts_search(db, query, "", ()) for query in MORPHOLOGY}
    db.close()
    return {"build": build_seconds, "count": count, "saves": saves, "cold": cold, "latency": latencies,
            "hits": hits, "morphology": morphology}


def fts_search(db: sqlite3.Connection, match: str, condition: str, params: tuple) -> int:
    """Best hits with a snippet, and the number of all hits (as the popup shows them)."""
    db.execute(f"SELECT ref, title, snippet(docs, 5, '<b>', '</b>', '…', 24) FROM docs "
               f"WHERE docs MATCH ? {condition} ORDER BY rank LIMIT {RESULT_LIMIT}", (match, *params)).fetchall()
    return db.execute(f"SELECT count(*) FROM docs WHERE docs MATCH ? {condition}", (match, *params)).fetchone()[0]


# -- report ----------------------------------------------------------------------------------


def report(ours: dict, fts: dict) -> None:
    ms = 1000.0

    def latency_rows(label: str, a: list[float], b: list[float] | None, target: str) -> list[tuple]:
        return [(f"{label} p50 (ms)", f"{percentile(a, 0.5) * ms:.1f}", f"{percentile(b, 0.5) * ms:.1f}" if b else "", ""),
                (f"{label} p95 (ms)", f"{percentile(a, 0.95) * ms:.1f}", f"{percentile(b, 0.95) * ms:.1f}" if b else "",
                 target)]

    rows = [
        ("documents built from the records (s)", f"{ours['documents']:.1f}", "", ""),
        ("full build incl. reading (s)", f"{ours['build']:.1f}", f"{fts['build']:.1f}", "< 60"),
        ("full build (documents/s)", f"{ours['count'] / ours['build']:,.0f}", f"{fts['count'] / fts['build']:,.0f}",
         "≥ 2,000"),
        ("full build, CPU time (documents/s)", f"{ours['count'] / ours['build_cpu']:,.0f}", "", "≥ 2,000"),
        ("full build without compound parts (documents/s)", f"{ours['count'] / ours['plain']:,.0f}", "", ""),
    ]
    for kind in ours["saves"]:
        a, b = ours["saves"][kind], fts["saves"][kind]
        rows.append((f"save: {kind}, median (ms)", f"{statistics.median(a) * ms:.1f}", f"{statistics.median(b) * ms:.1f}", ""))
        rows.append((f"save: {kind}, max (ms)", f"{max(a) * ms:.1f}", f"{max(b) * ms:.1f}", "< 100"))
    every = [t for times in ours["latency"].values() for t in times]
    every_fts = [t for times in fts["latency"].values() for t in times]
    rows += latency_rows("query, first after opening,", list(ours["cold"].values()), list(fts["cold"].values()), "< 50")
    rows += latency_rows("query, repeated,", every, every_fts, "< 50")
    rows += latency_rows("CPU time: query, first after opening,", ours["cold_cpu"], None, "< 50")
    rows += latency_rows("CPU time: query, repeated,", ours["cpu"], None, "< 50")
    rows.append(("warm-up writing the posting files, once (s)", f"{ours['warm_up']:.1f}", "", ""))
    rows.append(("  the same, CPU time (s)", f"{ours['warm_up_cpu']:.1f}", "", ""))
    rows += latency_rows("right after a rebuild, while it runs,", ours["during"], None, "")
    rows += latency_rows("  its CPU time (thread),", ours["during_cpu"], None, "")
    rows.append(("old path, without posting files:", "", "", ""))
    rows += latency_rows("  query, first after opening,", ours["old_cold"], None, "")
    rows += latency_rows("  query, repeated,", ours["old_latency"], None, "")
    rows += latency_rows("  CPU time: query, first after opening,", ours["old_cold_cpu"], None, "")
    rows += latency_rows("  CPU time: query, repeated,", ours["old_cpu"], None, "")
    print(f"\n{'':52} {'SearchIndex':>12} {'FTS5':>10} {'target':>8}")
    for label, a, b, target in rows:
        print(f"{label:52} {a:>12} {b:>10} {target:>8}")
    print(f"\n{'query':48} {'hits':>7} {'first':>7} {'old':>7} {'median':>7} {'FTS5 hits':>10} {'median':>7}")
    old_first = dict(zip(ours["cold"], ours["old_cold"], strict=True))
    for query, *_ in QUERIES:
        print(f"{query[:48]:48} {ours['hits'][query]:>7,} {ours['cold'][query] * ms:>7.1f} "
              f"{old_first[query] * ms:>7.1f} {statistics.median(ours['latency'][query]) * ms:>7.1f} "
              f"{fts['hits'][query]:>10,} {statistics.median(fts['latency'][query]) * ms:>7.1f}")
    print("(times in ms; „first“: the first query after opening, „old“: the same without posting files)")
    print(f"\n{'German morphology':48} {'SearchIndex':>12} {'FTS5':>10}")
    for query in MORPHOLOGY:
        print(f"{query:48} {ours['morphology'][query]:>12,} {fts['morphology'][query]:>10,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="/tmp/bigdata", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--relevance-only", action="store_true")
    parser.add_argument("--speed-only", action="store_true", help="leave out the relevance section")
    args = parser.parse_args()
    if not args.relevance_only:
        measure_big_set(args)
    if not args.speed_only:
        with tempfile.TemporaryDirectory() as temp:
            search_relevance.run(Path(temp) / "relevance", 10_000)


def measure_big_set(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = prepared_copy(args.data_dir, Path(temp) / "data")
        with Workspace.open(folder, user="benchmark") as ws:
            counts = {t.plural: ws.service(t).count() for t in (RecordType.ORGANISATION, RecordType.PERSON,
                                                                  RecordType.COOPERATION, RecordType.NOTE)}
            print(", ".join(f"{n:,} {label}".replace(",", ".") for label, n in counts.items()))
            ours = bench_ours(ws, args.rounds)
            fts = bench_fts5(ws, Path(temp), args.rounds)
    report(ours, fts)


if __name__ == "__main__":
    main()
