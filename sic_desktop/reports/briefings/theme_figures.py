"""Where the network map and the gap matrix join the theme-field report.

The map shows who works with whom in this theme field within the report's period
(organisations only: a printed page cannot carry every person legibly); the gap
matrix shows for every theme field which sectors lack partners, so the report
can name where the field needs new partners.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.network.filters import MapFilter
from sic_desktop.network.gap_figure import gap_figure, gap_figure_height
from sic_desktop.network.gaps import gap_matrix
from sic_desktop.network.map_computation import MapRequest, compute_map
from sic_desktop.network.map_figure import map_figure
from sic_desktop.network.pdf import FigureFlowable
from sic_desktop.reports.briefings.options import BriefingOptions

MAP_LEAST_ASPECT = 0.5  # a map flatter than this squeezes its legend: it goes to the next page


def theme_field_figures(ws: Workspace, theme_id: int, options: BriefingOptions) -> list[Flowable]:
    """The figures of one theme field in print order (map, then gap matrix).

    Called while the report's data is collected, in the worker, so it reads the
    workspace here; the flowables only draw what was computed, later, on the
    render thread.
    """
    snapshot = ws.network.snapshot()
    request = MapRequest(
        MapFilter(theme_id=theme_id, date_from=options.date_from, date_to=options.date_to), persons=False
    )
    result = run_to_end(compute_map(snapshot, request))
    figures: list[Flowable] = []
    if result.graph.number_of_nodes():
        picture = result.picture(snapshot.themes, ws.map_positions.load(result.view_key))
        figures.append(FigureFlowable(lambda width, height: map_figure(picture, width=width, height=height),
                                      needed=lambda width: width * MAP_LEAST_ASPECT))
    matrix = gap_matrix(snapshot)
    figures.append(
        FigureFlowable(
            lambda width, height: gap_figure(matrix, width=width, height=height, first_theme=theme_id), aspect=0.75,
            needed=lambda width: gap_figure_height(matrix, width),
        )
    )
    return figures
