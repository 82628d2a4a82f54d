"""Fixtures for the import/export file-format tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.io import ImportRow, TargetKind, importer, map_rows, open_source, suggest_mapping
from sic_desktop.io.import_report import ImportReport

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


@pytest.fixture
def import_into() -> Callable[..., ImportReport]:
    """Import a fixture file into a workspace with the suggested mapping, as the command line does."""

    def run(workspace: Workspace, path: Path, kind: TargetKind = TargetKind.PERSON, **options) -> ImportReport:
        source = open_source(path)
        mapping = suggest_mapping(source.headers, kind)
        work = importer.import_file(workspace, source, mapping, importer.ImportOptions(**options))
        return run_to_end(work)

    return run


@pytest.fixture
def dump() -> Callable[[Workspace], list[str]]:
    """Every row of the database as SQL text: equal dumps, equal data."""
    return lambda workspace: list(workspace.database.db.conn.iterdump())
