"""Saving a figure (map or gap matrix) as PDF (vector, reportlab) or PNG (Qt, also without a display)."""

from __future__ import annotations

from pathlib import Path

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.network.canvas import Figure
from sic_desktop.network.pdf import write_pdf


def save_figure(figure: Figure, path: Path, *, title: str = "") -> None:
    """Write ``figure`` in the format the file name asks for."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        write_pdf(figure, path, title=title)
    elif suffix == ".png":
        from sic_desktop.drawing.figure_painting import write_png  # Qt only when a picture is asked for

        write_png(figure, path)
    else:
        raise SicError(
            translate("Map", "„{name}“: Bitte eine Datei mit der Endung .pdf oder .png angeben.").format(name=path.name)
        )
