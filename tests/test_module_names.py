"""A module's file name tells its job without its folder: no two modules share one.

Three ``history.py`` (back/forward, the change history, its command) or two
``mapping.py`` (the import's columns, the network map) made every traceback,
editor tab and search ask „which one?“.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_two_modules_share_a_file_name():
    places: dict[str, list[str]] = defaultdict(list)
    for path in (ROOT / "sic_desktop").rglob("*.py"):
        if path.name not in ("__init__.py", "__main__.py"):
            places[path.name].append(path.relative_to(ROOT).as_posix())
    shared = {name: sorted(paths) for name, paths in places.items() if len(paths) > 1}
    assert len(places) > 100, "the modules were not found"
    assert shared == {}
