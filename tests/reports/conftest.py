"""Fixtures for the PDF tests: render a document or a briefing of a small German data set,
then read it back with pypdf."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

import sic_desktop
from sic_desktop.core.models import Cooperation, FollowUp, Membership, Note, Organisation, Partner, Person, StatusChange
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.workspace import Workspace
from sic_desktop.pdf_fonts import MONO, SANS, SANS_BOLD, SANS_BOLD_ITALIC, SANS_ITALIC, register_fonts
from sic_desktop.reports import Document, RenderResult, TimelineEntry
from sic_desktop.reports.briefings import BriefingOptions, build_briefing


def _use_resources_of_this_checkout() -> None:
    """Tests run from a git worktree (PYTHONPATH=<worktree>) while the editable
    install maps ``sic_desktop.resources`` to the main checkout; load the
    resources that sit next to the imported package instead."""
    folder = Path(sic_desktop.__file__).resolve().parents[1] / "resources"
    current = sys.modules.get("sic_desktop.resources")
    if not folder.is_dir() or (current and Path(current.__file__).resolve().parent == folder):
        return
    spec = importlib.util.spec_from_file_location(
        "sic_desktop.resources", folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules["sic_desktop.resources"] = module
    sic_desktop.resources = module  # type: ignore[attr-defined]


_use_resources_of_this_checkout()

CREATED = datetime(2026, 11, 25, 14, 5)
# The PDF's base font names (subset prefix removed) and the fonts we registered for them.
FONT_OF_BASE_FONT = {
    "DejaVuSans": SANS,
    "DejaVuSans-Bold": SANS_BOLD,
    "DejaVuSans-Oblique": SANS_ITALIC,
    "DejaVuSans-BoldOblique": SANS_BOLD_ITALIC,
    "DejaVuSansMono": MONO,
}


@dataclass(frozen=True)
class TextPiece:
    """One piece of text as drawn: where it starts, in which font."""

    page: int
    text: str
    font: str  # our registered font name
    size: float
    x: float

    @property
    def right(self) -> float:
        return self.x + stringWidth(self.text.rstrip("\n"), self.font, self.size)


@dataclass(frozen=True)
class Rendered:
    result: RenderResult
    path: Path
    reader: PdfReader

    def page_texts(self) -> list[str]:
        return [page.extract_text() for page in self.reader.pages]

    def text(self) -> str:
        """All pages' text with whitespace collapsed, so wrapped cells read as one line."""
        return " ".join(" ".join(self.page_texts()).split())

    def pieces(self) -> list[TextPiece]:
        found: list[TextPiece] = []
        for number, page in enumerate(self.reader.pages, start=1):

            def visit(text, cm, tm, font, size, number=number):  # type: ignore[no-untyped-def]
                if text.strip() and font:
                    base = str(font["/BaseFont"]).split("+", 1)[-1]
                    found.append(TextPiece(number, text, FONT_OF_BASE_FONT[base], size, tm[4] * cm[0] + cm[4]))

            page.extract_text(visitor_text=visit)
        return found

    def fonts_of(self, text: str) -> set[str]:
        """The fonts of the pieces that contain ``text``."""
        return {piece.font for piece in self.pieces() if text in piece.text}


@pytest.fixture
def render(tmp_path: Path) -> Callable[[Document], Rendered]:
    def render(document: Document) -> Rendered:
        path = tmp_path / "briefing.pdf"
        result = document.render(path)
        return Rendered(result, path, PdfReader(path))

    return render


class Coverage(dict[str, frozenset[int]]):
    """Each font's drawable code points (short repr: hypothesis prints fixtures)."""

    def __repr__(self) -> str:
        return "<font coverage>"


@pytest.fixture(scope="session")
def coverage() -> Coverage:
    return Coverage(register_fonts())


@pytest.fixture
def briefing() -> Document:
    """An organisation briefing of three pages, as the briefings will compose it."""
    document = Document(
        "Briefing: Nachbarschaftshilfe Nordstadt e.V.",
        subject="Organisation · Stand 25.11.2026",
        author="Jana Schäfer",
        created_at=CREATED,
    )
    document.add_section("Profil")
    document.add_key_values(
        [
            ("Name", "Nachbarschaftshilfe Nordstadt e.V."),
            ("Sektor", "Zivilgesellschaft"),
            ("Adresse", "Münsterstraße 12\n44145 Dortmund"),
            ("Gegründet", date(2011, 3, 4)),
            ("Website", None),
        ]
    )
    document.add_section("Personen")
    document.add_table(
        ["Name", "Funktion", "E-Mail"],
        [
            ["Frau Dr. Özlem Schäfer-Großmann", "Vorsitzende", "oezlem.schaefer@example.org"],
            ["Jürgen Weiß", "Kassenwart", "j.weiss@example.org"],
        ],
    )
    document.add_section("Kooperationen")
    document.add_table(
        ["Titel", "Status", "Seit"],
        [[f"Quartiersküche {n}", "Umsetzung", date(2024, 5, 1)] for n in range(1, 61)],
    )
    document.add_section("Statusverlauf", level=1)
    document.add_timeline(
        [
            TimelineEntry(date(2023, 1, 10), "Idee", "Erstes Gespräch mit Frau Schäfer"),
            TimelineEntry(date(2024, 5, 1), "Pilot"),
            TimelineEntry(date(2025, 9, 15), "Umsetzung"),
        ]
    )
    document.add_section("Letzte Notizen")
    document.add_markdown("## Treffen im Quartier\n\n- **Budget** gesichert\n- Räume *geklärt*")
    document.add_section("Offene Wiedervorlagen")
    document.add_empty_hint("Keine offenen Wiedervorlagen.")
    return document


# -- briefings: a small German network made through the core services ---------------

WORK_AND_CARE = 2  # seeded theme fields: 1 Arbeit im Quartier, 2 Work & Care, …


@dataclass(frozen=True)
class Network:
    """The records of :func:`network`, by the names the tests use."""

    ws: Workspace
    verein: Organisation
    pflegedienst: Organisation
    juergen: Person
    oezlem: Person
    hans: Person
    kueche: Cooperation
    notes: list[Note]  # oldest first


@pytest.fixture
def network(workspace: Workspace) -> Network:
    ws = workspace
    verein = ws.organisations.create(
        Organisation(
            name="Nachbarschaftshilfe Nordstadt e.V.",
            sector="zivilgesellschaft",
            street="Münsterstraße 12",
            postal_code="44145",
            city="Dortmund",
            district="Nordstadt",
            website="www.nachbarschaftshilfe-nordstadt.de",
            email="info@nachbarschaftshilfe-nordstadt.de",
            phone="0231 5551234",
            description="Nachbarschaftshilfe für Ältere und **pflegende Angehörige**.",
            theme_ids=[WORK_AND_CARE],
        )
    )
    pflegedienst = ws.organisations.create(
        Organisation(name="Müller & Söhne Pflegedienst GmbH", sector="wirtschaft", district="Eving", theme_ids=[WORK_AND_CARE])
    )
    juergen = ws.persons.create(
        Person(
            salutation="Herr",
            first_name="Jürgen",
            last_name="Weiß",
            emails=["j.weiss@nachbarschaftshilfe-nordstadt.de"],
            phones=["0231 4440815", "+49 171 2345678"],
            legal_basis="einwilligung",
            consent_date=date(2025, 3, 4),
            notes="Vormittags erreichbar unter 0231 4440816.",
            memberships=[Membership(organisation_id=verein.id, function="Kassenwart")],
        )
    )
    oezlem = ws.persons.create(
        Person(
            salutation="Frau",
            title="Dr.",
            first_name="Özlem",
            last_name="Schäfer-Großmann",
            emails=["oezlem.schaefer@nachbarschaftshilfe-nordstadt.de"],
            phones=["0231 4440817"],
            legal_basis="berechtigtes_interesse",
            memberships=[Membership(organisation_id=verein.id, function="Vorsitzende")],
        )
    )
    hans = ws.persons.create(
        Person(
            first_name="Hans",
            last_name="Groß",
            emails=["hans.gross@mueller-pflege.de"],
            memberships=[Membership(organisation_id=pflegedienst.id, function="Geschäftsführer")],
        )
    )
    kueche = ws.cooperations.create(
        Cooperation(
            title="Quartiersküche Nordstadt",
            status="umsetzung",
            start_date=date(2025, 2, 1),
            goals="- Mittagstisch für Ältere\n- **Begegnung** im Quartier",
            agreements="Monatliche Treffen im Wechsel bei den Partnern.",
            responsible="Lena Vogt",
            partners=[
                Partner(organisation_id=verein.id, role="lead"),
                Partner(organisation_id=pflegedienst.id, role="foerderer"),
                Partner(person_id=juergen.id, role="beteiligt"),
            ],
            theme_ids=[WORK_AND_CARE],
        )
    )
    ws.cooperations.set_status_history(
        kueche.id,
        [
            StatusChange("idee", date(2024, 9, 10), "Lena Vogt"),
            StatusChange("pilot", date(2025, 2, 1), "Lena Vogt"),
            StatusChange("umsetzung", date(2025, 9, 15), "Murat Aydın"),
        ],
    )
    texts = {
        date(2025, 3, 12): ("Auftakt Quartiersküche", "Erstes Treffen in der Münsterstraße."),
        date(2025, 6, 12): ("Workshop Mittagstisch", "## Ergebnisse\n- Küche im Gemeindehaus\n- **Budget** gesichert"),
        date(2025, 11, 3): ("Reflexion Ehrenamt", "Was lief gut? Viele Helferinnen aus dem Quartier."),
        date(2026, 2, 20): ("Telefonat Förderung", "Förderer sagt Zuschuss zu."),
        date(2026, 5, 6): ("Straßenfest geplant", "Rückruf unter 0231 9876543 oder an oezlem@example.org."),
        date(2026, 8, 30): ("Abstimmung Räume", "Der Saal ist ab Oktober frei."),
        date(2026, 10, 5): ("Gespräch über Ehrenamtliche", "Frau Dr. Schäfer-Großmann sucht Fahrer."),
    }
    notes = [
        ws.notes.create(
            Note(
                kind="workshopprotokoll" if "Workshop" in title else "gespraechsnotiz",
                note_date=day,
                title=title,
                text=text,
                participants=["Jürgen Weiß", "Lena Vogt"],
                organisation_ids=[verein.id],
                person_ids=[juergen.id],
                cooperation_ids=[kueche.id],
                theme_ids=[WORK_AND_CARE],
            )
        )
        for day, (title, text) in texts.items()
    ]
    for text, due, target in (
        ("Frau Schäfer-Großmann zurückrufen", date(2030, 12, 3), oezlem.ref),
        ("Zuschuss abrufen", date(2030, 12, 10), kueche.ref),
        ("Protokoll verschicken", date(2020, 12, 1), notes[-1].ref),
        ("Jahresbericht anfordern", date(2030, 12, 15), verein.ref),
    ):
        ws.followups.create(FollowUp(text=text, due_date=due, target=target, responsible="Lena Vogt"))
    done = ws.followups.create(FollowUp(text="Erledigte Sache", due_date=date(2030, 1, 1), target=verein.ref))
    ws.followups.set_done(done.id)
    return Network(ws, verein, pflegedienst, juergen, oezlem, hans, kueche, notes)


@pytest.fixture
def briefing_of(network: Network, tmp_path: Path) -> Callable[..., Rendered]:
    """Build a briefing of one or more records with the given options and read it back."""

    def build(subject: RecordRef | list[RecordRef], **options: object) -> Rendered:
        path = tmp_path / "briefing.pdf"
        result = run_to_end(build_briefing(network.ws, subject, BriefingOptions(**options), path))
        return Rendered(result, path, PdfReader(path))

    return build
