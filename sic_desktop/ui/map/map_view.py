"""The network map page: filters, the zoomable map, legend and broker ranking, export.

Give it the AppContext and a callback that opens a record. The network is read and
laid out on the long-read thread (``ctx.ops.long_read``) with a progress bar; the
previous map stays usable meanwhile, and a newer request cancels an older one.
Dragged nodes are remembered per filter set in the data folder, written on the
writer thread: the page neither reads the whole network nor writes on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.progress import Progress
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.network.map_computation import MapRequest
from sic_desktop.network.map_figure import map_figure
from sic_desktop.ui.checked import as_type
from sic_desktop.ui.map.colours import palette_for
from sic_desktop.ui.map.computed_map import ComputedMap, compute_for_view
from sic_desktop.ui.map.map_canvas import MapCanvas
from sic_desktop.ui.map.map_filter_bar import MapFilterBar
from sic_desktop.ui.map.scene import MapScene
from sic_desktop.ui.map.side_panel import SidePanel
from sic_desktop.ui.map.view_support import ChangeFollower, export_button, save_figure_as
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.scrolling import scrolling

if TYPE_CHECKING:
    from sic_desktop.ui.context import AppContext
    from sic_desktop.ui.operations import Op

OpenRecord = Callable[[RecordRef], None]


class MapView(QWidget):
    shown_map = Signal(object)  # ComputedMap, after the map on screen was replaced

    def __init__(self, ctx: AppContext, open_record: OpenRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._open_record = ctx, open_record
        self._focus: RecordRef | None = None
        self._computed: ComputedMap | None = None
        self._running: Op | None = None
        self.filters = MapFilterBar()
        self.canvas = MapCanvas()
        self.canvas.setAccessibleName(translate("Map", "Netzwerkkarte"))
        self.side = SidePanel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(260)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.focus_bar = QWidget()
        self._focus_label = QLabel()
        unfocus = QPushButton(translate("Map", "Ganze Karte zeigen"))
        focus_layout = QHBoxLayout(self.focus_bar)
        focus_layout.setContentsMargins(0, 0, 0, 0)
        focus_layout.addWidget(self._focus_label, 1)
        focus_layout.addWidget(unfocus)
        self.focus_bar.hide()
        self._build_layout()
        self.filters.changed.connect(self._refilter)
        unfocus.clicked.connect(lambda: self.set_focus(None))
        self.side.chosen.connect(self._show_node)
        self.side.opened.connect(self._open_record)
        self._changes = ChangeFollower(ctx, self, self.refresh)

    def _build_layout(self) -> None:
        tools = QHBoxLayout()
        export = export_button(translate("Map", "Karte"), self._export)
        fit = QPushButton(translate("Map", "Ganze Karte"))
        fit.setToolTip(translate("Map", "Zoom so, dass alles zu sehen ist (Taste 0). Mausrad zoomt, Ziehen verschiebt."))
        fit.clicked.connect(self.canvas.fit)
        reset = QPushButton(translate("Map", "Anordnung zurücksetzen"))
        reset.setToolTip(translate("Map", "Alle verschobenen Knoten dieser Ansicht zurück an den berechneten Platz"))
        reset.clicked.connect(self._reset_all)
        tools.addWidget(self.filters, 1)
        for widget in (fit, reset, export):
            tools.addWidget(widget)
        splitter = QSplitter()
        splitter.addWidget(self.canvas)
        splitter.addWidget(scrolling(self.side))
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)  # the legend and ranking can be pushed aside, the map stays
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.focus_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

    # -- computing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the map anew for the current filters and focus (in the background)."""
        self.progress.setValue(0)
        self.progress.show()
        if self._running is not None:
            self._running.cancel()  # its result would be overtaken by this one
        request = MapRequest(self.filters.map_filter(), self._focus, self.filters.persons_choice())
        self._running = self._ctx.ops.long_read(self, lambda ws: compute_for_view(ws, request)).progress(
            self._on_progress).success(self._on_finished).failure(self._on_failed).run()

    def set_focus(self, ref: RecordRef | None) -> None:
        """Show only ``ref`` and what lies up to two steps around it (None: the whole map)."""
        self._focus = ref
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._changes.shown()

    def _refilter(self) -> None:
        self._focus = None
        self.refresh()

    def _on_progress(self, step: Progress) -> None:
        self.progress.setValue(round(step.fraction * 100))
        self.status.setText(step.message)

    def _on_failed(self, error: Exception) -> None:
        self.progress.hide()
        if isinstance(error, SicError):
            self.status.setText(str(error))
        else:
            show_error(self, error)

    def _on_finished(self, computed: ComputedMap) -> None:
        previous = self._computed
        self._computed = computed
        self.progress.hide()
        palette = palette_for(self)
        scene = MapScene(computed, palette)
        scene.record_clicked.connect(self._open_record)
        scene.node_moved.connect(self._remember_position)
        scene.focus_requested.connect(self.set_focus)
        scene.reset_requested.connect(self._reset_one)
        old = self.canvas.scene()
        self.canvas.setScene(scene)
        if old is not None:
            old.deleteLater()
        if previous is None or previous.result.view_key != computed.result.view_key:
            self.canvas.fit()  # a new view; after a data change the zoom stays where it was
        self.filters.set_choices(computed.snapshot)
        self.side.show_legend(palette, persons=computed.result.persons_shown)
        self.side.show_figures(computed.result.figures)
        picture = computed.result.picture(computed.snapshot.themes)
        self.status.setText("\n".join(part for part in (picture.subtitle, picture.note) if part))
        focus = computed.result.request.focus
        self.focus_bar.setVisible(focus is not None)
        if focus is not None:
            self._focus_label.setText(picture.title)
        self.shown_map.emit(computed)

    # -- positions ---------------------------------------------------------------

    def _view_key(self) -> str | None:
        return self._computed.result.view_key if self._computed else None

    def _remember_position(self, ref: RecordRef, x: float, y: float) -> None:
        key = self._view_key()
        if key is not None:
            self._ctx.ops.write(self, lambda ws: ws.map_positions.save(key, {ref: (x, y)})).run()

    def _reset_one(self, ref: RecordRef) -> None:
        key = self._view_key()
        if key is not None:
            self._ctx.ops.write(self, lambda ws: ws.map_positions.reset(key, [ref])).run()
            as_type(self.canvas.scene(), MapScene).move_back([ref])

    def _reset_all(self) -> None:
        key = self._view_key()
        if key is not None:
            self._ctx.ops.write(self, lambda ws: ws.map_positions.reset(key)).run()
            scene = as_type(self.canvas.scene(), MapScene)
            scene.move_back(list(scene.nodes))

    def _show_node(self, ref: RecordRef) -> None:
        scene = self.canvas.scene()
        if isinstance(scene, MapScene) and ref in scene.nodes:
            scene.mark(ref)
            self.canvas.centerOn(scene.nodes[ref])

    # -- export ------------------------------------------------------------------

    def _export(self, kind: str) -> None:
        if self._computed is None:
            return
        picture = self._computed.result.picture(self._computed.snapshot.themes, as_type(self.canvas.scene(), MapScene).positions())
        save_figure_as(self, kind, "Netzwerkkarte", picture.title, lambda: map_figure(picture))
