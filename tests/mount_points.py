"""Mounts a test makes (a read-only view of a data folder, a tiny file system), undone for sure.

A mount left behind outlives the test run: pytest cannot remove its old temporary folders
(a read-only view refuses every delete) and ``mount`` lists it until the machine restarts.
So a mount is undone in a ``finally`` that also runs when the test failed, lazily (``umount -l``)
if something still has a file open in it, and the session checks at its end that none of its
mounts is left (``leftover_mounts``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class MountUnavailable(Exception):
    """Mounting needs Linux (the mounts are found in ``/proc/self/mountinfo``), root and the ``mount``
    program: a developer's machine often has neither, Windows has no such thing at all."""


def why_not_mountable() -> str | None:
    """Why this machine cannot make a test's mounts, or None if it can."""
    if not sys.platform.startswith("linux"):
        return f"mounting is tested on Linux only, not on {sys.platform}"
    if os.geteuid() != 0:
        return "mounting needs root"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "the mount and umount programs are not installed"
    return None


@contextmanager
def mounted(mount_point: Path, *how: str, read_only_bind: bool = False) -> Iterator[Path]:
    """``mount *how mount_point``, undone when the block ends; with ``read_only_bind`` the bind
    mount is made read-only right after (a bind mount takes ``ro`` only in a second step)."""
    if reason := why_not_mountable():
        raise MountUnavailable(reason)
    made = subprocess.run(["mount", *how, str(mount_point)], capture_output=True)
    if made.returncode != 0:
        raise MountUnavailable(made.stderr.decode(errors="replace").strip())
    try:
        if read_only_bind:
            subprocess.run(["mount", "-o", "remount,ro,bind", str(mount_point)], check=True, capture_output=True)
        yield mount_point
    finally:
        unmount(mount_point)


def unmount(mount_point: Path) -> None:
    """Unmount; if a file in it is still open, detach it at once (``-l``): the path is free for
    deleting and the mount goes away when the last file is closed."""
    if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(mount_point)], check=True, capture_output=True)


def mounts_under(folder: Path) -> list[Path]:
    """The mount points inside ``folder`` (from ``/proc/self/mountinfo``), deepest first."""
    root = str(folder.resolve()).rstrip("/") + "/"
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:  # not Linux: nothing was mounted either
        return []
    points = {_unescape(line.split()[4]) for line in lines if len(line.split()) > 4}
    return sorted((Path(p) for p in points if p.startswith(root)), key=lambda p: len(p.parts), reverse=True)


def leftover_mounts(folder: Path) -> list[Path]:
    """Mounts still inside ``folder``: each is undone (lazily), and returned so the caller can fail loudly."""
    left = mounts_under(folder)
    for mount_point in left:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)
    return left


def undo_abandoned_mounts(runs_root: Path) -> list[Path]:
    """Lazily unmount what runs that were killed (no ``finally`` ran) left in their temporary folders
    under ``runs_root`` (pytest's ``pytest-of-<user>``); a run still going (its ``.lock`` names a live
    process, another checkout's run perhaps) keeps its mounts. Returns the mounts undone."""
    undone = []
    for mount_point in mounts_under(runs_root):
        run = runs_root / mount_point.relative_to(runs_root.resolve()).parts[0]
        if run.name.startswith("pytest-") and not _still_running(run):
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)
            undone.append(mount_point)
    return undone


def _still_running(run: Path) -> bool:
    try:
        pid = int((run / ".lock").read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return False
    return Path(f"/proc/{pid}").exists()


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (``\\040``)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field
