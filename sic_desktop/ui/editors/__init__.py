"""Editors for every record type, their field widgets and the linked-records pane."""
