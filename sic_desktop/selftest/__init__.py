"""``sic-desktop --selftest``: does this installation work? For IT after a deployment.

It opens the window offscreen and exercises database, search, fonts, translations,
icons and the briefing PDF in a temporary data folder with demo data, so it never
reads or changes a user's data. Each check prints „OK“ or „FEHLER“ with a German
explanation; the exit code is 0 when all passed, else 1.
"""

from sic_desktop.selftest.runner import run_selftest

__all__ = ["run_selftest"]
