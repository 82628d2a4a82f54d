"""The network map and the gap view for the main window (and a small launcher, ``python -m sic_desktop.ui.map``)."""

from sic_desktop.ui.map.gap_view import GapView
from sic_desktop.ui.map.map_view import MapView

__all__ = ["GapView", "MapView"]
