"""Fixtures of the briefing window tests: two organisations with contacts, the real window,
a recorded „system PDF viewer“ and a documents folder inside the test's temporary folder."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from sic_desktop.core.models import Cooperation, FollowUp, Membership, Note, Organisation, Partner, Person
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.briefing import remembered
from sic_desktop.ui.briefing.options_dialog import BriefingDialog
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.main_window import MainWindow

WORK_AND_CARE = 2  # seeded theme fields: 1 Arbeit im Quartier, 2 Work & Care, …


@dataclass(frozen=True)
class Data:
    verein: Organisation
    baeckerei: Organisation
    joerg: Person
    treff: Cooperation


@pytest.fixture
def data(workspace: Workspace) -> Data:
    ws = workspace
    verein = ws.organisations.create(
        Organisation(
            name="Stadtteilverein Husen-Kurl e.V.",
            sector="zivilgesellschaft",
            district="Husen",
            email="kontakt@husen-kurl.de",
            phone="0231 7771200",
            theme_ids=[WORK_AND_CARE],
        )
    )
    baeckerei = ws.organisations.create(Organisation(name="Bäckerei Größ & Töchter KG", sector="wirtschaft", district="Kurl"))
    joerg = ws.persons.create(
        Person(
            first_name="Jörg",
            last_name="Weißmann",
            emails=["j.weissmann@husen-kurl.de"],
            phones=["0231 7771201"],
            legal_basis="einwilligung",
            memberships=[Membership(organisation_id=verein.id, function="Schriftführer")],
        )
    )
    treff = ws.cooperations.create(
        Cooperation(
            title="Familientreff Husen",
            status="pilot",
            theme_ids=[WORK_AND_CARE],
            partners=[Partner(organisation_id=verein.id, role="lead"), Partner(organisation_id=baeckerei.id, role="foerderer")],
        )
    )
    ws.notes.create(
        Note(
            title="Abstimmung zum Familientreff",
            note_date=date.today(),
            text="Herr Weißmann ist mittwochs unter 0231 7771209 erreichbar, sonst über joerg@example.org.",
            organisation_ids=[verein.id],
            person_ids=[joerg.id],
            cooperation_ids=[treff.id],
            theme_ids=[WORK_AND_CARE],
        )
    )
    ws.followups.create(FollowUp(text="Herrn Weißmann die Raumliste schicken", due_date=date.today(), target=verein.ref))
    return Data(verein, baeckerei, joerg, treff)


@pytest.fixture
def ctx(data: Data, ctx: AppContext) -> AppContext:
    """The shared context, opened after ``data`` was stored, so that the window starts with it."""
    return ctx


@pytest.fixture
def idle_timeout() -> int:
    """Briefings lay out PDFs in the background: give them longer than the other window tests."""
    return 20_000


@pytest.fixture(autouse=True)
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's „Dokumente“ folder: a folder of this test, never the real one."""
    folder = tmp_path / "Dokumente"
    folder.mkdir()
    monkeypatch.setattr(remembered, "documents_folder", lambda: folder)
    return folder


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What was handed to the system to open (PDF viewer, file manager), as local paths."""
    urls: list[Path] = []

    def open_url(url: QUrl) -> bool:
        assert url.isLocalFile(), f"only local files are opened, not {url.toString()}"
        urls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


@pytest.fixture(autouse=True)
def no_error_boxes(no_error_boxes: None) -> None:
    """Every briefing test checks that no message box was left open."""


def list_page(qtbot, window: MainWindow, key: str, rows: int) -> ListPage:
    """The list page ``key`` with its ``rows`` records loaded."""
    page = window.go_to(key)
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=10_000)
    return page


def open_dialog(parent) -> BriefingDialog:
    """The options dialog the last action opened over ``parent``, once it is open: it opens when the
    records' titles were read on the reader lane (like ``qtbot.waitUntil``, for the many callers without qtbot)."""
    deadline = time.monotonic() + 10
    while not (dialogs := [d for d in parent.findChildren(BriefingDialog) if d.isVisible()]):
        assert time.monotonic() < deadline, "no briefing dialog opened"
        QTest.qWait(10)
    assert len(dialogs) == 1, "one briefing dialog is open"
    return dialogs[0]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)
