"""One running program per data folder, checked with a real second process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from sic_desktop.core.instance_lock import LOCK_NAME, InstanceLockedError, acquire_instance_lock

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys\n"
    "from sic_desktop.core.instance_lock import acquire_instance_lock\n"
    "lock = acquire_instance_lock(sys.argv[1])\n"
    "print('gesperrt', flush=True)\n"
    "sys.stdin.read()\n"
    "lock.release()\n"
)


@pytest.fixture
def other_process(tmp_path):
    """Another SIC Desktop holding the data folder until its stdin closes or it is killed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env=env,
    )
    assert child.stdout.readline().strip() == "gesperrt"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()
    child.stdout.close()
    if child.stdin:
        child.stdin.close()


def test_a_second_start_is_told_who_holds_the_folder(tmp_path, other_process):
    with pytest.raises(InstanceLockedError) as refused:
        acquire_instance_lock(tmp_path)
    message = str(refused.value)
    assert message.startswith("SIC Desktop ist mit diesem Datenordner bereits geöffnet (seit ")
    assert f"Rechner {socket.gethostname()}" in message
    assert json.loads((tmp_path / LOCK_NAME).read_text(encoding="utf-8"))["pid"] == other_process.pid


def test_the_lock_of_a_crashed_program_is_taken_over(tmp_path, other_process):
    other_process.kill()
    other_process.wait()
    assert json.loads((tmp_path / LOCK_NAME).read_text(encoding="utf-8"))["pid"] == other_process.pid
    with acquire_instance_lock(tmp_path):
        assert json.loads((tmp_path / LOCK_NAME).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_a_closed_program_frees_the_folder(tmp_path, other_process):
    other_process.stdin.close()
    other_process.wait()
    lock = acquire_instance_lock(tmp_path)
    lock.release()
    lock.release()  # twice is harmless
    with acquire_instance_lock(tmp_path):
        pass
