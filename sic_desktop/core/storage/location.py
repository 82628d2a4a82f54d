"""Is the database file on a network drive?

SQLite's WAL mode needs shared memory between all processes that open the file,
which SMB/NFS shares do not provide reliably: on a network drive the program
falls back to the classic rollback journal and tells the user why.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs"}


def is_network_path(path: Path) -> bool:
    if sys.platform == "win32":
        return _windows_is_remote(path)
    return _posix_filesystem_type(path) in _NETWORK_FILESYSTEMS


def _windows_is_remote(path: Path) -> bool:
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return True  # UNC path: \\server\share
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(text)[0] + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote)  # type: ignore[attr-defined]  # Windows only


def _posix_filesystem_type(path: Path) -> str:
    """The type of the mount that holds ``path`` (longest matching mount point)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    target = str(path.resolve())
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type
