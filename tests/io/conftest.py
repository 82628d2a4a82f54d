"""Fixtures for the import/export file-format tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sic_desktop.io import ImportRow, TargetKind, map_rows, open_source, suggest_mapping

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixture_path() -> Callable[[str], Path]:
    """A checked-in fixture file by name (made by fixtures/make_fixtures.py)."""
    return lambda name: FIXTURES / name


@pytest.fixture
def import_file() -> Callable[..., list[ImportRow]]:
    """Open a file, map it with the suggested mapping and return all ImportRows:
    what the import would do without any click in the mapping dialog."""

    def read(path: Path, kind: TargetKind = TargetKind.PERSON) -> list[ImportRow]:
        source = open_source(path)
        return list(map_rows(source.rows(), suggest_mapping(source.headers, kind)))

    return read
