"""Fixtures for the core tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def user_version() -> Callable[[Path], int]:
    """The schema version written in a database file (``PRAGMA user_version``)."""

    def read(path: Path) -> int:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()

    return read
