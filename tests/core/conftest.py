"""Fixtures of the core tests: reading a database file's schema version without opening it as ours."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def user_version() -> Callable[[Path], int]:
    """``user_version(path)``: the schema version stored in a database file (PRAGMA user_version)."""
    return _user_version
