"""The error log in ``<data>/logs/``: what went wrong where, without personal data.

Unexpected exceptions are logged with their type and the code locations only.
Exception messages are left out on purpose: they can quote names, e-mail
addresses or note text, and a log file is often attached to a support ticket.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

LOG_NAME = "sic-desktop.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("sic_desktop.ui")


def install_file_log(logs_dir: Path) -> Path | None:
    """Send the program's log records to the file in ``logs_dir``; returns its path.

    None when the folder cannot be written (a write-protected data folder): the
    program works on without a log file rather than not starting. The file is kept
    small once the window has been painted (``keep_file_log_small``).
    """
    path = logs_dir / LOG_NAME
    root = logging.getLogger("sic_desktop")
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        try:
            logs_dir.mkdir(parents=True, exist_ok=True)
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            return None
        handler.setFormatter(_WithoutMessages(_FORMAT))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def keep_file_log_small() -> None:
    """Put a handler that keeps the log under 1 MB (three older files beside it) in place of the plain
    one: after the first paint, as ``logging.handlers`` brings socket, pickle and queue into the start."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger("sic_desktop")
    for plain in [h for h in root.handlers if type(h) is logging.FileHandler]:
        try:
            rotating = RotatingFileHandler(plain.baseFilename, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        except OSError:
            continue  # the plain file stays
        rotating.setFormatter(plain.formatter)
        root.addHandler(rotating)
        root.removeHandler(plain)
        plain.close()


class _WithoutMessages(logging.Formatter):
    """Exceptions logged anywhere (``log.exception``) appear as type and stack only."""

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return describe(ei[1]) if ei[1] is not None else ""


def describe(error: BaseException) -> str:
    """Exception type and stack (file, line, function) without the message text."""
    lines = [type(error).__qualname__]
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f'  File "{Path(frame.filename).name}", line {frame.lineno}, in {frame.name}')
    cause = error.__cause__ or error.__context__
    if cause is not None and cause is not error:
        lines.append("caused by " + describe(cause))
    return "\n".join(lines)


def log_unexpected(error: BaseException) -> str:
    """Log an unexpected exception; returns the text that was logged."""
    text = describe(error)
    log.error("unexpected error\n%s", text)
    return text
