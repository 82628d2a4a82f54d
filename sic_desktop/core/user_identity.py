"""Who is working: the operating-system user name, recorded with every change."""

from __future__ import annotations

import getpass

from sic_desktop.core.i18n import translate


def current_user() -> str:
    try:
        return getpass.getuser() or translate("Identity", "unbekannt")
    except (KeyError, OSError):  # no user name in the environment or passwd database
        return translate("Identity", "unbekannt")
