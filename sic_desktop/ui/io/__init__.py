"""The window's import, export, duplicate and backup dialogs, on top of ``sic_desktop.io`` and the core.

Each dialog drives core work through ``ctx.ops`` (progress, „Abbrechen“ rolls back);
``ui/commands.py`` opens them from the menus.
"""
