"""Where each node goes: deterministic, readable, and quick enough for 2,000 organisations.

Same data, same picture: every start position comes from the node's own id (so one
new organisation does not reshuffle the whole map) and every random choice from a
fixed seed. Each connected part is laid out on its own with networkx (spring layout
for small parts, ForceAtlas2 for big ones, which spreads hubs and their periphery
better and stays fast without scipy); the parts are then packed in rows, biggest
first, and nodes without any tie line up in a grid at the end, so that loose ends
neither drift off nor pile up in the middle.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable

import networkx as nx
import numpy as np

from sic_desktop.core.i18n import translate
from sic_desktop.core.progress import Progress, ProgressGenerator, run_to_end
from sic_desktop.core.record_ref import RecordRef

Point = tuple[float, float]

SEED = 2026
SPACING = 30.0  # map units (points at 100 %) a node needs around it
GAP = 2 * SPACING  # between packed parts
SPRING_LIMIT = 400  # above: ForceAtlas2 (networkx's spring layout needs scipy for big graphs)
FORCEATLAS_ITERATIONS = 40


class _Block:
    """One laid-out part with its own coordinates, moved into place by the packing."""

    def __init__(self, positions: dict[RecordRef, Point]) -> None:
        xs = [x for x, _ in positions.values()]
        ys = [y for _, y in positions.values()]
        self.positions = positions
        self.left, self.top = min(xs), min(ys)
        self.width, self.height = max(xs) - self.left, max(ys) - self.top


def layout_steps(graph: nx.Graph) -> ProgressGenerator[dict[RecordRef, Point]]:
    """Positions of all nodes in map units; yields progress after each connected part."""
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    connected = [sorted(part) for part in parts if len(part) > 1]
    loose = sorted(node for part in parts if len(part) == 1 for node in part)
    blocks: list[_Block] = []
    message = translate("Map", "Anordnung wird berechnet …")
    for nodes in connected:
        blocks.append(_Block(_part_layout(graph.subgraph(nodes))))
        yield Progress(sum(len(b.positions) for b in blocks), len(graph), message)
    if loose:
        blocks.append(_Block(_grid(loose)))
    return _pack(blocks)


def compute_layout(graph: nx.Graph) -> dict[RecordRef, Point]:
    return run_to_end(layout_steps(graph))


def _part_layout(part: nx.Graph) -> dict[RecordRef, Point]:
    """One connected part, centred on 0 with a radius that grows with the square root of its size."""
    start = {node: np.array(_start_position(node)) for node in part}
    if len(part) <= SPRING_LIMIT:
        raw = nx.spring_layout(part, pos=start, seed=SEED, iterations=100 if len(part) < 100 else 60)
    else:
        raw = nx.forceatlas2_layout(part, pos=start, seed=SEED, max_iter=FORCEATLAS_ITERATIONS)
    radius = SPACING * 0.75 * math.sqrt(len(part))
    return _fit(raw, radius)


def _fit(raw: dict, radius: float) -> dict[RecordRef, Point]:
    """Centre ``raw`` and scale it so that its farthest node lies at ``radius``."""
    cx = sum(float(p[0]) for p in raw.values()) / len(raw)
    cy = sum(float(p[1]) for p in raw.values()) / len(raw)
    reach = max(math.hypot(float(p[0]) - cx, float(p[1]) - cy) for p in raw.values()) or 1.0
    factor = radius / reach
    return {node: ((float(p[0]) - cx) * factor, (float(p[1]) - cy) * factor) for node, p in raw.items()}


def _start_position(node: RecordRef) -> tuple[float, float]:
    """A start point in the unit square derived from the node's id alone."""
    digest = zlib.crc32(str(node).encode("utf-8"))
    return ((digest & 0xFFFF) / 0xFFFF, (digest >> 16) / 0xFFFF)


def _grid(nodes: Iterable[RecordRef]) -> dict[RecordRef, Point]:
    nodes = list(nodes)
    columns = max(1, math.ceil(math.sqrt(len(nodes) * 2)))
    return {node: ((i % columns) * SPACING, (i // columns) * SPACING) for i, node in enumerate(nodes)}


def _pack(blocks: list[_Block]) -> dict[RecordRef, Point]:
    """Rows of blocks left to right, biggest first, in a band about as wide as the whole is tall."""
    if not blocks:
        return {}
    area = sum((b.width + GAP) * (b.height + GAP) for b in blocks)
    band = max(max(b.width for b in blocks), math.sqrt(area) * 1.3)
    positions: dict[RecordRef, Point] = {}
    x = y = row_height = 0.0
    for block in blocks:
        if x > 0 and x + block.width > band:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        for node, (px, py) in block.positions.items():
            positions[node] = (px - block.left + x, py - block.top + y)
        x += block.width + GAP
        row_height = max(row_height, block.height)
    return positions
