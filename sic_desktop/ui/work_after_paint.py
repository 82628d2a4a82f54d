"""What a freshly opened window starts once it has been painted (see ``first_paint``).

Imported only then, so that the first picture waits neither for these modules
(the erasure log, the history export, the backup) nor for their work.
"""

from __future__ import annotations

from sic_desktop.privacy.history_export import prune_history
from sic_desktop.ui.error_log import keep_file_log_small, log_unexpected
from sic_desktop.ui.io.start_backup import start_backup
from sic_desktop.ui.main_window import MainWindow
from sic_desktop.ui.privacy.reapply_notice import reapply_logged_erasures


def start_work_after_paint(window: MainWindow, *, at_start: bool) -> None:
    """The search index check, re-applying logged erasures and, at the program's start,
    the day's first backup and the pruning of old change history."""
    ctx = window.ctx
    ctx.start_search()
    if ctx.ws.storage.read_only is None:  # a write-protected file can take no erasure; it says so itself
        reapply_logged_erasures(ctx, window)  # a restored older file must not bring back the erased
    if at_start:
        keep_file_log_small()
        start_backup(window)
        # The change history is kept for the configured period only; a read-only folder just skips it,
        # and a reader on the team server (sic_lesen) leaves it to those who may change it.
        if window.rights.edit:
            ctx.ops.write(None, prune_history).failure(log_unexpected).run()
