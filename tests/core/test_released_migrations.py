"""Released migrations are frozen: the schema they create is compared with the text written at release.

A migration that reads a live constant (a vocabulary, a column list) would change when that
constant is edited; this test sees it. A new release adds its file with
``python tests/core/schema_snapshot.py N > tests/core/fixtures/schema_vN.txt``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.schema_snapshot import released_schema

SNAPSHOTS = sorted((Path(__file__).parent / "fixtures").glob("schema_v*.txt"))


def test_there_is_a_snapshot_of_the_released_schema():
    assert SNAPSHOTS


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=lambda path: path.stem)
def test_released_migrations_create_the_schema_they_created_at_release(snapshot: Path):
    version = int(snapshot.stem.removeprefix("schema_v"))
    assert released_schema(version) == snapshot.read_text(encoding="utf-8")
