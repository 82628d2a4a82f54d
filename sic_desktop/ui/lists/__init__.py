"""Record lists: lazy table models, filters, the list + detail page."""
