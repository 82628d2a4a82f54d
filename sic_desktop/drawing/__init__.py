"""Figures (the map, the gap matrix) drawn to files and pictures: PDF with reportlab, PNG with QtGui.

Shared by the window's map pages and the command line (``sic-desktop map``). Qt is
used only to paint (QtGui, off screen when there is no display), never for widgets,
so the command line needs no window and ``ui/`` is not imported from here.
"""
