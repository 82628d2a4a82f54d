"""A test run that was killed leaves its PostgreSQL server running; the next run stops it and removes
its folder, but never touches a cluster whose run still goes on (another checkout's, perhaps)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.postgres_server import (
    OWNER_FILE,
    PostgresCluster,
    abandoned_clusters,
    owner_mark,
    stop_abandoned_clusters,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="a Windows run is never judged abandoned (os.kill ends processes)")


def _gone_process() -> int:
    """The number of a process that has ended."""
    ran = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    return int(ran.stdout)


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    """Cluster folders in a temporary folder, each with the owner its run wrote (or none)."""
    gone = _gone_process()
    owners = {
        "sic-pg-killed": str(gone),
        "sic-pg-number-reused": f"{os.getpid()} 1",  # this process's number, but a process started at another time
        "sic-pg-running": owner_mark(os.getpid()),
        "sic-pg-older-run": None,  # made before runs named their process, or just being made
        "sic-pg-unreadable": "kaputt",
        "other-folder": str(gone),
    }
    made = {}
    for name, owner in owners.items():
        made[name] = tmp_path / name
        made[name].mkdir()
        if owner is not None:
            (made[name] / OWNER_FILE).write_text(owner, encoding="utf-8")
    return made


def test_only_the_clusters_of_runs_that_are_gone_are_abandoned(tmp_path: Path, folders: dict[str, Path]) -> None:
    assert abandoned_clusters(tmp_path) == [folders["sic-pg-killed"], folders["sic-pg-number-reused"]]


def test_an_abandoned_cluster_is_stopped_and_its_folder_removed(tmp_path: Path, folders: dict[str, Path],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(PostgresCluster, "_run", lambda cluster, *args: asked.append(args))
    killed, reused = folders["sic-pg-killed"], folders["sic-pg-number-reused"]
    assert stop_abandoned_clusters(tmp_path / "bin", tmp_path) == [killed, reused]
    assert asked == [("pg_ctl", "-D", str(folder / "data"), "-m", "immediate", "-w", "stop") for folder in (killed, reused)]
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "other-folder", "sic-pg-older-run", "sic-pg-running", "sic-pg-unreadable"]
