"""The gap matrix as a printable table: theme fields down, sectors across, gaps hatched.

Hatching (not only colour) marks a gap, so that it shows on a black-and-white
printout too; below the table every gap is spelled out as a sentence.
"""

from __future__ import annotations

from sic_desktop.core.i18n import counted, number, translate
from sic_desktop.core.vocab import SECTORS
from sic_desktop.network.canvas import Circle, Figure, FigureFonts, Line, Rect
from sic_desktop.network.gaps import GapCell, GapMatrix, candidates_text
from sic_desktop.network.map_figure import A4_LANDSCAPE, MARGIN, draw_heading, wrap
from sic_desktop.network.style import LIGHT, Palette, sector_colour

_ROW = 34.0
_HEADER = 28.0


def _subtitle() -> str:
    return translate("Gaps", "Laufende Kooperationen (Idee bis Verstetigt) mit mindestens einem Partner des Sektors, "
                             "darunter die Zahl der beteiligten Organisationen dieses Sektors")


def gap_figure(
    matrix: GapMatrix,
    *,
    width: float = A4_LANDSCAPE[0],
    height: float = A4_LANDSCAPE[1],
    palette: Palette = LIGHT,
    fonts: FigureFonts = FigureFonts(),
    first_theme: int | None = None,
) -> Figure:
    """The matrix and, below it, the gaps in words; those of ``first_theme`` lead (a theme-field report)."""
    figure = Figure(width, height, palette.background, fonts)
    top = draw_heading(figure, translate("Gaps", "Lücken nach Themenfeld und Sektor"), _subtitle(), palette) + 4
    theme_width = _theme_column_width(fonts, [name for _, name in matrix.themes], width, len(matrix.sectors))
    column = (width - 2 * MARGIN - theme_width) / len(matrix.sectors)
    _header(figure, matrix, MARGIN + theme_width, top, column, palette)
    y = top + _HEADER
    for theme_id, name in matrix.themes:
        figure.add(Line((MARGIN, y), (width - MARGIN, y), palette.grid, 0.5))
        lines = wrap(fonts, name, 8.5, theme_width - 8, bold=True)[:3]  # long theme names wrap
        for line_number, line in enumerate(lines):
            baseline = y + _ROW / 2 + 3 + (line_number - (len(lines) - 1) / 2) * 9.5
            figure.text(MARGIN + 2, baseline, _fit(fonts, line, 8.5, theme_width - 8, bold=True), 8.5,
                        palette.text, bold=True)
        for index, sector in enumerate(matrix.sectors):
            _cell(figure, matrix.cell(theme_id, sector), MARGIN + theme_width + index * column, y, column, palette)
        y += _ROW
    figure.add(Line((MARGIN, y), (width - MARGIN, y), palette.grid, 0.5))
    _gap_sentences(figure, matrix, y + 18, height - MARGIN, palette, first_theme)
    return figure


def gap_figure_height(matrix: GapMatrix, width: float, fonts: FigureFonts = FigureFonts()) -> float:
    """The least height the figure needs at ``width``: heading, every row, and three gaps in words."""
    scratch = Figure(width, 1000.0, LIGHT.background, fonts)
    top = draw_heading(scratch, translate("Gaps", "Lücken nach Themenfeld und Sektor"), _subtitle(), LIGHT) + 4
    sentences = 18 + 14 + 11 * min(3, len(matrix.gaps()))
    return top + _HEADER + _ROW * len(matrix.themes) + sentences + MARGIN


def _theme_column_width(fonts: FigureFonts, names: list[str], width: float, sectors: int) -> float:
    """Wide enough for each theme name on one line, unless that squeezes the sector columns (portrait pages)."""
    one_line = min(200.0, max([fonts.width(n, 8.5, bold=True) for n in names] + [80.0]) + 12)
    widest_sector = max(fonts.width(label, 8.5, bold=True) for _, label in SECTORS.labels()) + 10
    if (width - 2 * MARGIN - one_line) / sectors >= widest_sector:
        return one_line
    longest_word = max(fonts.width(word, 8.5, bold=True) for n in names for word in n.split()) + 12
    return max(longest_word, width - 2 * MARGIN - widest_sector * sectors, 80.0)


def _header(figure: Figure, matrix: GapMatrix, left: float, top: float, column: float, palette: Palette) -> None:
    labels = [SECTORS.label(sector) for sector in matrix.sectors]
    widest = max(figure.fonts.width(label, 8.5, bold=True) for label in labels)
    # Narrow pages (a portrait report): the dots go above one common, smaller label size.
    stacked = widest + 14 > column
    size = max(5.5, min(8.5, 8.5 * (column - 4) / widest)) if stacked else 8.5
    for index, (sector, label) in enumerate(zip(matrix.sectors, labels, strict=False)):
        middle = left + index * column + column / 2
        if stacked:
            figure.add(Circle((middle, top + 7), 3.5, sector_colour(sector), palette.outline, 0.4))
            text = _fit(figure.fonts, label, size, column - 2, bold=True)
            figure.text(middle, top + 22, text, size, palette.text, bold=True, anchor="middle")
        else:
            text_width = figure.fonts.width(label, size, bold=True)
            figure.add(Circle((middle - text_width / 2 - 7, top + 14), 3.5, sector_colour(sector), palette.outline, 0.4))
            figure.text(middle, top + 17, label, size, palette.text, bold=True, anchor="middle")


def _cell(figure: Figure, cell: GapCell, left: float, top: float, width: float, palette: Palette) -> None:
    inner = (left + 2, top + 2, width - 4, _ROW - 4)
    middle = left + width / 2
    if cell.is_gap:
        figure.add(Rect(*inner, fill=palette.gap_fill, hatch=palette.gap_hatch))
        figure.add(Rect(middle - 24, top + 8, 48, 12, fill=palette.gap_fill))
        figure.text(middle, top + 17, translate("Gaps", "Lücke"), 8.5, palette.gap_ink, bold=True, anchor="middle")
        if cell.candidate_ids:
            hint = candidates_text(cell)
            if figure.fonts.width(hint, 6.5) > width - 8:
                hint = translate("Gaps", "{count} mögl. Partner").format(count=number(len(cell.candidate_ids)))
            figure.add(Rect(middle - figure.fonts.width(hint, 6.5) / 2 - 2, top + 21, figure.fonts.width(hint, 6.5) + 4, 9,
                            fill=palette.gap_fill))
            figure.text(middle, top + 28, hint, 6.5, palette.text, anchor="middle")
        return
    long = counted(cell.cooperations, translate("Gaps", "1 Kooperation"), translate("Gaps", "{count} Kooperationen"))
    short = translate("Gaps", "{count} Koop.").format(count=number(cell.cooperations))
    first = long if figure.fonts.width(long, 9, bold=True) < width - 8 else short
    figure.text(middle, top + 15, first, 9, palette.text, bold=True, anchor="middle")
    orgs = counted(cell.organisations, translate("Gaps", "1 Organisation"), translate("Gaps", "{count} Organisationen"))
    if figure.fonts.width(orgs, 7) > width - 8:
        orgs = translate("Gaps", "{count} Org.").format(count=number(cell.organisations))
    figure.text(middle, top + 27, _fit(figure.fonts, orgs, 7, width - 8), 7, palette.muted_text, anchor="middle")


def _gap_sentences(
    figure: Figure, matrix: GapMatrix, top: float, bottom: float, palette: Palette, first_theme: int | None
) -> None:
    gaps = sorted(matrix.gaps(), key=lambda cell: cell.theme_id != first_theme)  # stable: keeps the matrix order
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
