"""The gap matrix as a printable table: theme fields down, sectors across, gaps hatched.

Hatching (not only colour) marks a gap, so that it shows on a black-and-white
printout too; below the table every gap is spelled out as a sentence.
"""

from __future__ import annotations

from sic_desktop.core.i18n import translate
from sic_desktop.core.vocab import SECTORS
from sic_desktop.network.canvas import Circle, Figure, FigureFonts, Line, Rect
from sic_desktop.network.gaps import GapCell, GapMatrix, candidates_text
from sic_desktop.network.map_figure import A4_LANDSCAPE, MARGIN, draw_heading
from sic_desktop.network.style import LIGHT, Palette, sector_colour
from sic_desktop.network.text import counted, german_number

_ROW = 34.0
_HEADER = 28.0


def gap_figure(
    matrix: GapMatrix,
    *,
    width: float = A4_LANDSCAPE[0],
    height: float = A4_LANDSCAPE[1],
    palette: Palette = LIGHT,
    fonts: FigureFonts = FigureFonts(),
) -> Figure:
    figure = Figure(width, height, palette.background, fonts)
    top = draw_heading(
        figure, translate("Gaps", "Lücken nach Themenfeld und Sektor"),
        translate("Gaps", "Laufende Kooperationen (Idee bis Verstetigt) mit mindestens einem Partner des Sektors, "
                          "darunter die Zahl der beteiligten Organisationen dieses Sektors"),
        palette,
    ) + 4
    names = [name for _, name in matrix.themes]
    theme_width = min(200.0, max([fonts.width(n, 8.5, bold=True) for n in names] + [80.0]) + 12)
    column = (width - 2 * MARGIN - theme_width) / len(matrix.sectors)
    _header(figure, matrix, MARGIN + theme_width, top, column, palette)
    y = top + _HEADER
    for theme_id, name in matrix.themes:
        figure.add(Line((MARGIN, y), (width - MARGIN, y), palette.grid, 0.5))
        figure.text(MARGIN + 2, y + _ROW / 2 + 3, _fit(fonts, name, 8.5, theme_width - 8, bold=True), 8.5,
                    palette.text, bold=True)
        for index, sector in enumerate(matrix.sectors):
            _cell(figure, matrix.cell(theme_id, sector), MARGIN + theme_width + index * column, y, column, palette)
        y += _ROW
    figure.add(Line((MARGIN, y), (width - MARGIN, y), palette.grid, 0.5))
    _gap_sentences(figure, matrix, y + 18, height - MARGIN, palette)
    return figure


def _header(figure: Figure, matrix: GapMatrix, left: float, top: float, column: float, palette: Palette) -> None:
    for index, sector in enumerate(matrix.sectors):
        middle = left + index * column + column / 2
        label = SECTORS.label(sector)
        text_width = figure.fonts.width(label, 8.5, bold=True)
        figure.add(Circle((middle - text_width / 2 - 7, top + 14), 3.5, sector_colour(sector), palette.outline, 0.4))
        figure.text(middle + 0, top + 17, label, 8.5, palette.text, bold=True, anchor="middle")


def _cell(figure: Figure, cell: GapCell, left: float, top: float, width: float, palette: Palette) -> None:
    inner = (left + 2, top + 2, width - 4, _ROW - 4)
    middle = left + width / 2
    if cell.is_gap:
        figure.add(Rect(*inner, fill=palette.gap_fill, hatch=palette.gap_hatch))
        figure.add(Rect(middle - 24, top + 8, 48, 12, fill=palette.gap_fill))
        figure.text(middle, top + 17, translate("Gaps", "Lücke"), 8.5, palette.gap_ink, bold=True, anchor="middle")
        if cell.candidate_ids:
            hint = candidates_text(cell)
            figure.add(Rect(middle - figure.fonts.width(hint, 6.5) / 2 - 2, top + 21, figure.fonts.width(hint, 6.5) + 4, 9,
                            fill=palette.gap_fill))
            figure.text(middle, top + 28, hint, 6.5, palette.text, anchor="middle")
        return
    long = counted(cell.cooperations, translate("Gaps", "1 Kooperation"), translate("Gaps", "{count} Kooperationen"))
    short = translate("Gaps", "{count} Koop.").format(count=german_number(cell.cooperations))
    first = long if figure.fonts.width(long, 9, bold=True) < width - 8 else short
    figure.text(middle, top + 15, first, 9, palette.text, bold=True, anchor="middle")
    orgs = counted(cell.organisations, translate("Gaps", "1 Organisation"), translate("Gaps", "{count} Organisationen"))
    figure.text(middle, top + 27, _fit(figure.fonts, orgs, 7, width - 8), 7, palette.muted_text, anchor="middle")


def _gap_sentences(figure: Figure, matrix: GapMatrix, top: float, bottom: float, palette: Palette) -> None:
    gaps = matrix.gaps()
    if not gaps:
        figure.text(MARGIN, top, translate("Gaps", "Keine Lücken: In jedem Themenfeld arbeitet jeder Sektor mit."),
                    8.5, palette.text)
        return
    figure.add(Rect(MARGIN, top - 8, 16, 10, fill=palette.gap_fill, hatch=palette.gap_hatch))
    figure.text(MARGIN + 22, top, translate("Gaps", "Lücke: keine laufende Kooperation mit einem Partner dieses Sektors"),
                8, palette.text, bold=True)
    y = top + 14
    for cell in gaps:
        if y > bottom:
            figure.text(MARGIN, y, translate("Gaps", "… und weitere"), 8, palette.muted_text)
            return
        figure.text(MARGIN + 8, y, "– " + cell.gap_text[0].upper() + cell.gap_text[1:], 8, palette.text)
        y += 11


def _fit(fonts: FigureFonts, text: str, size: float, width: float, *, bold: bool = False) -> str:
    """``text``, shortened with „…“ until it fits ``width``."""
    if fonts.width(text, size, bold=bold) <= width:
        return text
    while text and fonts.width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"
