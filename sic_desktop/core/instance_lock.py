"""One running SIC Desktop per data folder.

The window takes a lock file in the data folder when it opens the workspace. The
lock itself is the operating system's (``msvcrt.locking`` on Windows,
``fcntl.flock`` elsewhere) on the open file, so a crashed program cannot leave a
lock behind: the system releases it with the process, and the next start takes
the file over. Process id, computer, user and time are written into the file only
to tell the second start who holds the folder.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sic_desktop.core.dates import format_timestamp
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.user_identity import current_user

log = logging.getLogger(__name__)

LOCK_NAME = "sic-desktop.lock"
# Windows refuses reading a locked byte range, so the lock sits behind the text.
_LOCK_OFFSET = 4096


class InstanceLockedError(SicError):
    """The data folder is already open in another running SIC Desktop."""


@dataclass
class InstanceLock:
    path: Path
    _fd: int

    def release(self) -> None:
        if self._fd < 0:
            return
        try:
            os.ftruncate(self._fd, 0)
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire_instance_lock(folder: DataFolder | Path) -> InstanceLock:
    """Take the data folder for this process; InstanceLockedError if another one holds it."""
    root = folder.root if isinstance(folder, DataFolder) else Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    path = root / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        if error.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        return InstanceLock(path, -1)  # a write-protected folder: nobody can change it, nothing to guard
    try:
        if not _try_lock(fd):
            raise _locked(_read_owner(path))
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(_owner(), ensure_ascii=False).encode("utf-8"))
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        raise
    return InstanceLock(path, fd)


def _owner() -> dict[str, Any]:
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": current_user(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _read_owner(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _locked(owner: dict[str, Any]) -> InstanceLockedError:
    unknown = translate("Lock", "unbekannt")
    try:
        since = format_timestamp(owner.get("since"))
    except (TypeError, ValueError):
        since = ""
    return InstanceLockedError(
        translate(
            "Lock",
            "SIC Desktop ist mit diesem Datenordner bereits geöffnet (seit {since}, Rechner {host}, "
            "Benutzer {user}). Bitte das andere Programmfenster verwenden oder es zuerst schließen.",
        ).format(since=since or unknown, host=owner.get("host") or unknown, user=owner.get("user") or unknown)
    )


def _try_lock(fd: int) -> bool:
    """True if this process now holds the lock, False if another one does."""
    try:
        _lock(fd)
        return True
    except (BlockingIOError, PermissionError):
        return False
    except OSError as error:  # a share without lock support: fall back to the written process id
        log.warning("file locking not supported here (%s); checking the process id", error)
        return not _owner_alive(_read_owner_fd(fd))


def _read_owner_fd(fd: int) -> dict[str, Any]:
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        data = json.loads(os.read(fd, _LOCK_OFFSET).decode("utf-8") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _owner_alive(owner: dict[str, Any]) -> bool:
    """Without an OS lock: a process on this computer is checked; another computer's is trusted."""
    if not owner:
        return False
    if owner.get("host") != socket.gethostname():
        return True
    pid = owner.get("pid")
    return isinstance(pid, int) and _process_running(pid)


if sys.platform == "win32":
    import ctypes
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in (13, 36):  # EACCES, EDEADLOCK: someone else holds it
                raise PermissionError(error.errno, error.strerror) from error
            raise

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _process_running(pid: int) -> bool:
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _process_running(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
