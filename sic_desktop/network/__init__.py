"""The network of actors („Kartierung“): graph, filters, layout, figures, gap matrix, drawings.

No Qt here: the command line, the briefing PDFs and the window share this code.
The window's map and gap views live in ``sic_desktop.ui.map``.
"""
