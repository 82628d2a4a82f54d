"""Layout and frame time of the network map, next to plain networkx on the whole graph.

    python benchmarks/map_layout.py --data-dir /tmp/sic-demo-5000 [--frames 20] [--quick]

Make the data set once with ``sic-desktop --data-dir D demo --persons 5000 --notes 50000``.
Measured in one run, on the same machine:

- ours: snapshot, then ``compute_map`` (graph, simplification, figures, layout) as the
  window runs it in the background, and building the Qt scene for it;
- baseline: networkx's ForceAtlas2 (the same algorithm and iteration count our layout
  uses for big parts; numpy only) on the full graph of all persons and organisations,
  and also networkx's spring_layout on it if scipy happens to be installed;
- frame time: painting the whole scene into a 1400 × 900 image (offscreen), averaged
  over ``--frames`` paints, for our map and for the full graph at the baseline's layout.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import networkx as nx
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.network import layout
from sic_desktop.network.graph import build_graph
from sic_desktop.network.map_computation import MapResult, compute_map
from sic_desktop.network.style import LIGHT
from sic_desktop.ui.map.computed_map import ComputedMap
from sic_desktop.ui.map.scene import MapScene


def timed(work):
    start = time.perf_counter()
    value = work()
    return value, time.perf_counter() - start


def frame_ms(scene: MapScene, frames: int) -> float:
    image = QImage(1400, 900, QImage.Format.Format_ARGB32_Premultiplied)
    target = QRectF(0, 0, 1400, 900)
    source = scene.itemsBoundingRect()
    times = []
    for _ in range(frames):
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        start = time.perf_counter()
        scene.render(painter, target, source)
        painter.end()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--frames", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="baseline with 10 iterations instead of ours")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with Workspace.open(args.data_dir) as ws:
        snapshot, t_snapshot = timed(ws.network.snapshot)
        result, t_map = timed(lambda: run_to_end(compute_map(snapshot)))
        _, t_layout = timed(lambda: layout.compute_layout(result.graph))
        computed = ComputedMap(snapshot, result, {})
        scene, t_scene = timed(lambda: MapScene(computed, LIGHT))
        ours_frame = frame_ms(scene, args.frames)

        full = build_graph(snapshot, persons=True)
        iterations = 10 if args.quick else layout.FORCEATLAS_ITERATIONS
        raw, t_baseline = timed(lambda: nx.forceatlas2_layout(full, seed=layout.SEED, max_iter=iterations))
        radius = layout.SPACING * 0.75 * math.sqrt(len(full))
        positions = {n: (float(p[0]), float(p[1])) for n, p in nx.rescale_layout_dict(raw, scale=radius).items()}
        full_result = MapResult(result.request, result.generation, full, positions, result.figures, True, False, 0)
        full_scene, t_full_scene = timed(lambda: MapScene(ComputedMap(snapshot, full_result, {}), LIGHT))
        full_frame = frame_ms(full_scene, args.frames)
        spring = None
        try:
            import scipy  # noqa: F401
        except ImportError:
            pass
        else:
            _, spring = timed(lambda: nx.spring_layout(full, seed=layout.SEED))

    print(f"Daten: {len(snapshot.organisations)} Organisationen, {len(snapshot.persons)} Kontakte, "
          f"{len(snapshot.cooperations)} Kooperationen (Snapshot {t_snapshot:.2f} s)")
    print(f"Unsere Karte: {result.graph.number_of_nodes()} Knoten, {result.graph.number_of_edges()} Kanten "
          f"(nur Organisationen: {result.simplified}, ohne Verbindung weggelassen: {result.loose_hidden})")
    print(f"  compute_map gesamt        {t_map:8.2f} s   (davon Anordnung allein {t_layout:.2f} s)")
    print(f"  Szene aufbauen            {t_scene:8.2f} s")
    print(f"  ein Bild zeichnen         {ours_frame:8.1f} ms  (Median aus {args.frames})")
    print(f"Baseline: ganzer Graph, {full.number_of_nodes()} Knoten, {full.number_of_edges()} Kanten")
    print(f"  networkx forceatlas2_layout ({iterations} It.) {t_baseline:8.2f} s")
    if spring is not None:
        print(f"  networkx spring_layout    {spring:8.2f} s")
    else:
        print("  networkx spring_layout    nicht gemessen (braucht scipy, das SIC Desktop nicht mitliefert)")
    print(f"  Szene aufbauen            {t_full_scene:8.2f} s")
    print(f"  ein Bild zeichnen         {full_frame:8.1f} ms  (Median aus {args.frames})")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
