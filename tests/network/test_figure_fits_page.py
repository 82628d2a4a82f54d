"""The gap matrix in a report never runs into the footer: where too little of the page is left
for all its rows, it moves to the next page instead of being squeezed below its frame."""

from __future__ import annotations

from sic_desktop.network.canvas import Circle, Figure, Line, Rect, Text
from sic_desktop.network.gap_figure import gap_figure, gap_figure_height
from sic_desktop.network.gaps import gap_matrix
from sic_desktop.network.pdf import FigureFlowable

WIDTH = 481.0  # the text column of an A4 portrait report


def lowest_point(figure: Figure) -> float:
    """How far down (from the top) anything of ``figure`` is drawn."""
    def bottom(shape) -> float:
        if isinstance(shape, Text):
            return shape.y + shape.size * 0.25
        if isinstance(shape, Rect):
            return shape.y + shape.height
        if isinstance(shape, Circle):
            return shape.centre[1] + shape.radius
        if isinstance(shape, Line):
            return max(shape.start[1], shape.end[1])
        return 0.0

    return max(bottom(shape) for shape in figure.shapes)


def flowable(matrix) -> tuple[FigureFlowable, list[Figure]]:
    composed: list[Figure] = []

    def compose(width: float, height: float) -> Figure:
        composed.append(gap_figure(matrix, width=width, height=height))
        return composed[-1]

    return FigureFlowable(compose, aspect=0.75, needed=lambda width: gap_figure_height(matrix, width)), composed


def test_a_gap_matrix_with_little_room_left_asks_for_the_next_page(net):
    matrix = gap_matrix(net.snapshot())
    needed = gap_figure_height(matrix, WIDTH)
    figure, composed = flowable(matrix)
    for room in (120.0, needed / 2, needed - 1):
        _width, height = figure.wrap(WIDTH, room)
        assert height > room, f"with {room:.0f} pt left the figure must move on, not shrink to {height:.0f} pt"
    _width, height = figure.wrap(WIDTH, 700.0)
    assert needed <= height <= 700.0
    assert lowest_point(composed[-1]) <= height, "everything is drawn inside the figure"


def test_the_needed_height_holds_every_row_of_the_matrix(net):
    matrix = gap_matrix(net.snapshot())
    needed = gap_figure_height(matrix, WIDTH)
    figure = gap_figure(matrix, width=WIDTH, height=needed)
    assert lowest_point(figure) <= needed
    squeezed = gap_figure(matrix, width=WIDTH, height=needed / 2)
    assert lowest_point(squeezed) > needed / 2, "the rows do not shrink: squeezing would overflow (what wrap avoids)"
