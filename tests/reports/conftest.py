"""Fixtures for the PDF tests: render a document, then read it back with pypdf."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
import sic_desktop
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from sic_desktop.reports import Document, RenderResult, TimelineEntry
from sic_desktop.reports.fonts import MONO, SANS, SANS_BOLD, SANS_BOLD_ITALIC, SANS_ITALIC, register_fonts


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
