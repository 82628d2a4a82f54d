"""The sentence about backups that still hold an erased person, and when they age out."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from sic_desktop.core.dates import format_date
from sic_desktop.privacy.erasure import server_backups_remain
from sic_desktop.privacy.person_in_backups import BackupCopy


def backup_note(backups: list[BackupCopy], *, on_server: bool = False) -> str:
    """An HTML paragraph naming each backup file with its date and what happens to it; on the team server
    first the server's own backups, which IT keeps (pg_dump) and the program cannot see into."""
    server = server_backups_remain() + " " if on_server else ""
    if not backups:
        return server + QCoreApplication.translate(
            "BackupNote", "Keine Sicherung im Sicherungsordner dieses Rechners enthält die Person.")
    lines = []
    for copy in backups:
        if copy.ages_out:
            fate = QCoreApplication.translate("BackupNote", "wird am {date} gelöscht").format(date=format_date(copy.ages_out))
        else:
            fate = QCoreApplication.translate("BackupNote", "wird nicht automatisch gelöscht")
        lines.append(f"{copy.path.name} ({format_date(copy.modified)}, {fate})")
    intro = QCoreApplication.translate(
        "BackupNote",
        "Diese Sicherungen im Sicherungsordner dieses Rechners enthalten die Person noch, bis sie gelöscht "
        "werden. Verwenden Sie sie nur, um Daten wiederherzustellen, und löschen Sie die Person danach erneut:",
    )
    return server + intro + "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"
