"""The tests' own mounts go away even when a file in them is still open (else pytest could not
remove its old temporary folders, and ``mount`` would list them until the machine restarts)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.mount_points import MountUnavailable, mounted, mounts_under


def test_a_mount_with_a_file_still_open_is_undone_all_the_same(tmp_path: Path):
    source, view = tmp_path / "daten", tmp_path / "nur-lesen"
    source.mkdir()
    view.mkdir()
    (source / "offen.txt").write_text("noch offen", encoding="utf-8")
    try:
        with mounted(view, "--bind", str(source), read_only_bind=True):
            assert mounts_under(tmp_path) == [view]
            still_open = (view / "offen.txt").open(encoding="utf-8")  # a plain umount refuses: busy
    except MountUnavailable as why:
        pytest.skip(f"no read-only mount: {why}")
    try:
        assert mounts_under(tmp_path) == []
        assert still_open.read() == "noch offen"  # the open file keeps working until it is closed
    finally:
        still_open.close()
    view.rmdir()  # the path is free again


@pytest.mark.parametrize(("platform", "euid", "reason"), [
    ("win32", None, "Linux only"), ("darwin", 0, "Linux only"), ("linux", 1000, "needs root"),
], ids=["Windows (no geteuid)", "macOS", "Linux without root"])
def test_a_machine_that_cannot_mount_says_why_instead_of_crashing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   platform: str, euid: int | None, reason: str):
    monkeypatch.setattr(sys, "platform", platform)
    if euid is None:
        monkeypatch.delattr(os, "geteuid", raising=False)
    else:
        monkeypatch.setattr(os, "geteuid", lambda: euid)
    with pytest.raises(MountUnavailable, match=reason), mounted(tmp_path, "--bind", str(tmp_path)):
        pass
    assert mounts_under(tmp_path) == []
