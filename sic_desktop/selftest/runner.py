"""Running the checks one after another and printing one line per check."""

from __future__ import annotations

import io
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sic_desktop import APP_NAME, __version__
from sic_desktop.core.errors import SicError
from sic_desktop.core.paths import program_dir, resolve_data_folder
from sic_desktop.core.workspace import Workspace


class CheckFailed(Exception):
    """A check found a problem; ``str()`` is the German explanation for IT."""


@dataclass
class SelftestRun:
    """What the checks share: a temporary folder and the demo workspace opened in it."""

    folder: Path
    opened: Workspace | None = None

    @property
    def workspace(self) -> Workspace:
        if self.opened is None:
            raise CheckFailed("nicht geprüft, weil die Datenbank nicht geöffnet werden konnte.")
        return self.opened


Check = Callable[[SelftestRun], str]  # returns what it found, raises CheckFailed


@dataclass(frozen=True)
class Outcome:
    name: str
    status: str  # "OK" or "FEHLER"
    detail: str


@dataclass
class Report:
    out: TextIO
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        self.out.write(f"{outcome.status:<8}{outcome.name}: {outcome.detail}\n")
        self.out.flush()

    @property
    def failed(self) -> int:
        return sum(outcome.status == "FEHLER" for outcome in self.outcomes)


def run_check(name: str, check: Check, run: SelftestRun) -> Outcome:
    try:
        return Outcome(name, "OK", check(run))
    except (CheckFailed, SicError) as problem:
        return Outcome(name, "FEHLER", str(problem))
    except Exception as error:  # noqa: BLE001 (any defect of the installation is a finding, not a crash)
        traceback.print_exc(file=sys.stderr)
        return Outcome(name, "FEHLER", f"unerwarteter Fehler {type(error).__name__}: {error}")


def _checks() -> list[tuple[str, Check]]:
    """The checks in the order IT reads them; the later ones use the demo data of "Datenbank"."""
    # Imported here: the checks load Qt and reportlab, which the other commands avoid.
    from sic_desktop.selftest import data_checks, qt_checks

    return [
        ("Datenbank", data_checks.database_with_demo),
        ("Suchindex", data_checks.search),
        ("PDF-Schriften", data_checks.pdf_fonts),
        ("Übersetzungen", qt_checks.translations),
        ("Symbole", qt_checks.icons),
        ("Fenster", qt_checks.window),
        ("Briefing-PDF", data_checks.briefing_pdf),
        ("Anhangstext", data_checks.attachment_text),
    ]


def run_selftest(out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 when none failed, else 1."""
    started = time.perf_counter()
    checks = _checks()  # loading Qt and the rest counts: it is part of every start
    # The Windows program without console has no sys.stdout: there only the exit code tells.
    report = Report(out or sys.stdout or io.StringIO())
    report.out.write(f"{APP_NAME} {__version__} – Selbsttest\n")
    report.out.write(f"Programmordner: {program_dir()}\n")
    report.out.write(f"Datenordner dieses Benutzers (wird nicht geöffnet): {resolve_data_folder().root}\n")
    with tempfile.TemporaryDirectory(prefix="sic-desktop-selbsttest-", ignore_cleanup_errors=True) as temporary:
        run = SelftestRun(Path(temporary))
        try:
            for name, check in checks:
                report.add(run_check(name, check, run))
        finally:
            if run.opened is not None:
                run.opened.close()
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    if report.failed:
        report.out.write(f"Selbsttest fehlgeschlagen: {report.failed} von {len(report.outcomes)} Prüfungen mit FEHLER ({seconds} s).\n")
        return 1
    report.out.write(f"Selbsttest bestanden ({seconds} s).\n")
    return 0
