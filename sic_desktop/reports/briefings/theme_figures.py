"""Where the network map and the gap matrix join the theme-field report.

``sic_desktop.network`` (branch ``kartierung``) draws the map of who works with
whom and the gap matrix (theme fields × sectors) as reportlab flowables. This
function is the one place the theme-field report asks for them; until they are
wired in here it returns none, and the report then leaves out its section
„Netzwerk und Lücken“ altogether.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from sic_desktop.core.workspace import Workspace
from sic_desktop.reports.briefings.options import BriefingOptions


def theme_field_figures(ws: Workspace, theme_id: int, options: BriefingOptions) -> list[Flowable]:
    """The figures of one theme field in print order (map, then gap matrix); empty for none.

    Called while the report's data is collected, in the worker, so it may read
    the workspace; the flowables are laid out later, possibly on another thread.
    """
    return []
