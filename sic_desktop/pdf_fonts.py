"""The embedded fonts of every PDF: DejaVu Sans (four styles) and DejaVu Sans Mono.

The PDF standard fonts know no „ “, no € in every viewer and nothing beyond
Latin-1, so each PDF embeds TrueType fonts shipped in ``resources/fonts``.
Registration is global in reportlab and happens once per process; it also
reads each font's character map, which :mod:`sic_desktop.reports.glyphs`
uses to replace characters a font cannot draw.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Mapping
from importlib.resources import files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "SicSans"
SANS_BOLD = "SicSans-Bold"
SANS_ITALIC = "SicSans-Oblique"
SANS_BOLD_ITALIC = "SicSans-BoldOblique"
MONO = "SicMono"

# (bold, italic, mono) -> registered name and file; mono has one style only.
_FACES = {
    (False, False, False): (SANS, "DejaVuSans.ttf"),
    (True, False, False): (SANS_BOLD, "DejaVuSans-Bold.ttf"),
    (False, True, False): (SANS_ITALIC, "DejaVuSans-Oblique.ttf"),
    (True, True, False): (SANS_BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf"),
    (False, False, True): (MONO, "DejaVuSansMono.ttf"),
}
_STYLE_OF = {name: style for style, (name, _file) in _FACES.items()}


def font_name(*, bold: bool = False, italic: bool = False, mono: bool = False) -> str:
    """The registered font that draws text in this style."""
    return _FACES[(False, False, True) if mono else (bold, italic, False)][0]


def font_style(name: str) -> tuple[bool, bool, bool]:
    """(bold, italic, mono) of a registered font."""
    return _STYLE_OF[name]


def font_data(name: str) -> bytes:
    """The TrueType file of the registered font ``name`` (SANS for a name of reportlab's own)."""
    filename = next((file for face, file in _FACES.values() if face == name), _FACES[(False, False, False)][1])
    return (files("sic_desktop.resources") / "fonts" / filename).read_bytes()


@functools.cache
def register_fonts() -> Mapping[str, frozenset[int]]:
    """Register the fonts with reportlab; return each font's drawable code points.

    The families make ``<b>``/``<i>`` in Paragraph markup switch to the
    matching TrueType file; inside mono text they keep the one mono face.
    """
    coverage: dict[str, frozenset[int]] = {}
    folder = files("sic_desktop.resources") / "fonts"
    for name, filename in _FACES.values():
        data = (folder / filename).read_bytes()
        font = TTFont(name, io.BytesIO(data))
        pdfmetrics.registerFont(font)
        coverage[name] = frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
    )
    pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO)
    return coverage
