"""A write-protected data folder or medium (issue 19, 8): said so, not called damaged; opened for
reading, searching and exporting; the window starts."""

from __future__ import annotations

import json
from pathlib import Path

from sic_desktop.cli import main
from sic_desktop.core.paths import DataFolder
from sic_desktop.ui.session import open_session
from tests.faults.conftest import folder_digests


def test_the_command_line_reads_searches_and_exports_but_saves_nothing(write_protected: DataFolder, tmp_path: Path,
                                                                        capsys):
    before = folder_digests(write_protected.root)
    target = tmp_path / "export.json"
    contacts = tmp_path / "kontakte.csv"
    contacts.write_text("Vorname;Nachname\nAnna;Schäfer\n", encoding="utf-8")
    folder = ["--data-dir", str(write_protected.root)]

    assert main([*folder, "check"]) == 0
    assert main([*folder, "list", "organisationen"]) == 0
    assert main([*folder, "search", "Nachbarschaftsverein"]) == 0
    assert main([*folder, "export", "--format", "json", "-o", str(target)]) == 0
    assert main([*folder, "import", str(contacts)]) == 1

    out, error = capsys.readouterr()
    assert "ist schreibgeschützt" in error and "beschädigt" not in out + error and "Traceback" not in error
    assert "Nachbarschaftsverein Nr. 59" in out
    assert len(json.loads(target.read_text(encoding="utf-8"))["organisations"]) == 60
    assert folder_digests(write_protected.root) == before


def test_the_window_starts_on_a_write_protected_folder(qtbot, write_protected: DataFolder, close_window):
    session = open_session(write_protected)
    assert session is not None
    try:
        qtbot.waitExposed(session.window)
        qtbot.waitUntil(lambda: session.background_started and session.ctx.ops.idle, timeout=10_000)
        assert session.workspace.organisations.count() == 60
        assert session.workspace.database.read_only is not None
    finally:
        close_window(session.window)
        session.close()
