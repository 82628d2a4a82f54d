"""Relevance of the search on a collection of our own hidden among 10,000 demo notes.

    python benchmarks/search_relevance.py [--demo-notes 10000]

(also the last section of ``benchmarks/search.py``). The 32 notes of
``relevance_notes.py`` are stored among the demo data set (whose themes and words
they share); each of 66 queries names the notes a user expects in the first five
hits. Scored in one run for our search (German analysis, compound parts, synonyms,
typo matching, ranking tiers) and for SQLite FTS5 on the same documents: per kind
of query, the share of expected notes found in the first five hits. Also reported:
the full rebuild speed on that set, with and without compound splitting, and the
query latency p50/p95 (each query also as the first one after opening the index).
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fts_baseline import FTS_COLUMNS, INSERT, fts_row
from relevance_notes import NOTES, QUERIES
from search_engine import percentile, timed

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.models import Note
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.search import SearchService
from sic_desktop.search.compounds import splitter
from sic_desktop.search.documents import all_documents, document_count

TOP = 5
KINDS = ("exact", "stemming", "prefix", "compound part", "synonym", "typo", "filter")


def add_collection(ws: Workspace) -> dict[str, str]:
    """Store the collection's notes; returns title → document ref."""
    refs = {}
    for title, day, kind, district, text in NOTES:
        note = ws.notes.create(Note(title=title, note_date=day, kind=kind, text=text, tags=[district]))
        refs[title] = str(note.ref)
    return refs


def score(found: list[str], expected: list[str]) -> float:
    """Share of the expected documents among the first ``TOP`` found."""
    return sum(ref in found[:TOP] for ref in expected) / len(expected)


def bench_ours(ws: Workspace, expected: dict[str, list[str]]) -> dict:
    service = SearchService(ws, listen=False)
    total = document_count(ws)
    with mock.patch.object(type(splitter()), "expand", lambda self, terms: []):
        plain, _ = timed(lambda: run_to_end(service.rebuild()))
    build, _ = timed(lambda: run_to_end(service.rebuild()))
    service.warm()  # as the window does after a rebuild: the posting files are scored below
    service.close()
    scores, latencies, first = {}, [], []
    for _, query, *_ in QUERIES:  # each as the first query after opening (cold caches)
        with SearchService(ws, listen=False) as fresh:
            fresh.index.doc_count()
            seconds, _ = timed(lambda: fresh.search(query, limit=20))
            first.append(seconds)
    with SearchService(ws, listen=False) as reader:
        for _ in range(3):
            for _, query, *_ in QUERIES:
                seconds, results = timed(lambda: reader.search(query, limit=20))
                latencies.append(seconds)
                scores[query] = score([str(h.ref) for h in results.hits], expected[query])
    return {"docs_per_s": total / build, "docs_per_s_plain": total / plain, "total": total,
            "scores": scores, "latency": latencies, "first": first}


def bench_fts5(ws: Workspace, folder: Path, expected: dict[str, list[str]]) -> dict:
    db = sqlite3.connect(folder / "relevance-fts.sqlite3")
    db.execute(f"CREATE VIRTUAL TABLE docs USING fts5({FTS_COLUMNS}, tokenize='unicode61')")
    with db, ws.database.snapshot():
        db.executemany(INSERT, (fts_row(doc) for doc in all_documents(ws)))
    scores, latencies = {}, []
    for _, query, _, match, condition, params in QUERIES:
        expression = match or " ".join(f'"{w}"' for w in re.findall(r"\w+", query))
        sql = f"SELECT ref FROM docs WHERE docs MATCH ? {condition} ORDER BY rank LIMIT 20"
        seconds, rows = timed(lambda: db.execute(sql, (expression, *params)).fetchall())
        latencies.append(seconds)
        scores[query] = score([r[0] for r in rows], expected[query])
    db.close()
    return {"scores": scores, "latency": latencies}


def report(ours: dict, fts: dict) -> None:
    ms = 1000.0
    total = f"{ours['total']:,}".replace(",", ".")
    print(f"\nRelevance: {len(NOTES)} notes of our own among {total} documents, {len(QUERIES)} queries; "
          f"share of expected notes in the first {TOP} hits")
    print(f"{'kind of query':16} {'queries':>8} {'ours':>8} {'FTS5':>8}")
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, query, *_ in QUERIES:
        by_kind[kind].append(query)
    for kind in (*KINDS, "all"):
        queries = [q for _, q, *_ in QUERIES] if kind == "all" else by_kind[kind]
        mean = lambda scores: sum(scores[q] for q in queries) / len(queries)  # noqa: E731
        print(f"{kind:16} {len(queries):>8} {mean(ours['scores']):>8.0%} {mean(fts['scores']):>8.0%}")
    missed = [q for _, q, *_ in QUERIES if ours["scores"][q] < 1]
    print("missed by ours: " + (", ".join(f"„{q}“" for q in missed) or "none"))
    print(f"\n{'':44} {'ours':>8} {'FTS5':>8} {'target':>8}")
    rows = (
        ("query p50 (ms)", percentile(ours["latency"], 0.5) * ms, percentile(fts["latency"], 0.5) * ms, ""),
        ("query p95 (ms)", percentile(ours["latency"], 0.95) * ms, percentile(fts["latency"], 0.95) * ms, "≤ 50"),
        ("query p95, first after opening (ms)", percentile(ours["first"], 0.95) * ms, None, "≤ 50"),
    )
    for label, a, b, target in rows:
        print(f"{label:44} {a:>8.1f} {'' if b is None else f'{b:.1f}':>8} {target:>8}")
    print(f"{'full rebuild with compound parts (docs/s)':44} {ours['docs_per_s']:>8,.0f}")
    print(f"{'full rebuild without compound parts (docs/s)':44} {ours['docs_per_s_plain']:>8,.0f}")


def run(folder: Path, demo_notes: int) -> None:
    with Workspace.open(folder, user="benchmark") as ws:
        run_to_end(load_demo(ws, DemoSize(persons=max(100, demo_notes // 10), notes=demo_notes)))
        refs = add_collection(ws)
        expected = {query: [refs[t] for t in titles] for _, query, titles, *_ in QUERIES}
        ours = bench_ours(ws, expected)
        fts = bench_fts5(ws, folder, expected)
    report(ours, fts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo-notes", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        run(Path(temp) / "data", args.demo_notes)


if __name__ == "__main__":
    main()
