"""``sic-desktop --selftest`` as IT runs it after a deployment: one line per check, exit 0 or 1."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from sic_desktop.core.errors import StorageError
from sic_desktop.selftest import data_checks, qt_checks, run_selftest


def test_the_selftest_passes_in_the_source_tree_and_leaves_the_user_data_alone(tmp_path: Path):
    user_data = tmp_path / "benutzerdaten"
    env = os.environ | {"SIC_DESKTOP_DATA_DIR": str(user_data), "PYTHONPATH": str(Path(__file__).parents[2])}
    env.pop("QT_QPA_PLATFORM", None)  # the selftest must choose the offscreen screen itself
    done = subprocess.run(
        [sys.executable, "-m", "sic_desktop", "--selftest"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    statuses = {line[8:].split(":")[0]: line[:8].strip() for line in lines if line[:8].strip() in ("OK", "FEHLER")}
    assert statuses == {
        "Datenbank": "OK",
        "Suchindex": "OK",
        "PDF-Schriften": "OK",
        "Übersetzungen": "OK",
        "Symbole": "OK",
        "Fenster": "OK",
        "Briefing-PDF": "OK",
        "Anhangstext": "OK",
    }
    assert lines[-1].startswith("Selbsttest bestanden")
    assert f"(wird nicht geöffnet): {user_data}" in done.stdout
    assert not user_data.exists()


def test_a_missing_translation_file_is_named_and_fails_the_selftest(qapp, tmp_path: Path, monkeypatch):
    shipped = qt_checks.resource_dir
    monkeypatch.setattr(qt_checks, "resource_dir", lambda name: tmp_path / name if name == "i18n" else shipped(name))
    out = io.StringIO()
    assert run_selftest(out) == 1
    report = out.getvalue()
    assert f"FEHLER  Übersetzungen: „sic_desktop_en.qm“ fehlt oder ist beschädigt (gesucht in {tmp_path / 'i18n'})." in report
    assert "OK      Symbole:" in report
    assert report.splitlines()[-1].startswith("Selbsttest fehlgeschlagen: 1 von 8 Prüfungen mit FEHLER")


def test_without_a_database_the_later_checks_say_why_instead_of_crashing(qapp, monkeypatch):
    def refuse(*args, **kwargs):
        raise StorageError("Der Ordner ist schreibgeschützt.")

    monkeypatch.setattr(data_checks.Workspace, "open", refuse)
    out = io.StringIO()
    assert run_selftest(out) == 1
    report = out.getvalue()
    assert "FEHLER  Datenbank: Der Ordner ist schreibgeschützt." in report
    assert "FEHLER  Fenster: nicht geprüft, weil die Datenbank nicht geöffnet werden konnte." in report
    assert "OK      PDF-Schriften:" in report


def test_without_a_console_the_exit_code_still_tells(qapp, monkeypatch):
    """The Windows window program has no stdout; IT may still start it with --selftest."""
    monkeypatch.setattr(sys, "stdout", None)
    assert run_selftest() == 0


def test_a_search_that_misses_notes_is_reported(qapp, monkeypatch):
    monkeypatch.setattr(data_checks, "SEARCH_QUERY", "zuckerwatte")
    out = io.StringIO()
    assert run_selftest(out) == 1
    assert "FEHLER  Suchindex: „zuckerwatte“ findet 0 von " in out.getvalue()
