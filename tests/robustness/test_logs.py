"""Log files hold no personal data: after a session full of errors, no name or e-mail address is in them.

The errors carry names on purpose – in exception messages, in a failing change
listener, in an exception that escapes a slot – as real ones might.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.errors import SicError
from sic_desktop.core.progress import run_to_end
from sic_desktop.privacy.erasure import erase
from sic_desktop.ui import app as app_module
from sic_desktop.ui.error_log import install_file_log, keep_file_log_small


@pytest.fixture
def log_file(workspace) -> Iterator[Path]:
    path = install_file_log(workspace.folder.logs_dir)
    yield path
    root = logging.getLogger("sic_desktop")
    for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(handler)
        handler.close()


def _close_error_boxes(qtbot) -> list[str]:
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    for box in boxes:
        box.close()
    return [box.text() for box in boxes]


def test_a_session_with_errors_leaves_no_personal_data_in_the_logs(qtbot, workspace, log_file, window, ctx, settle):
    run_to_end(load_demo(workspace, DemoSize(persons=40, notes=60)))
    persons = workspace.persons.list()
    victim = persons[0]
    name, email = victim.full_name, victim.emails[0]

    # An unexpected error in background work, its message quoting the person.
    def fails(ws):
        raise RuntimeError(f"Speichern von {name} <{email}> fehlgeschlagen")

    ctx.ops.write(window, fails).run()
    settle()
    assert "unerwarteter Fehler" in _close_error_boxes(qtbot)[0]

    # A change listener that breaks after a save (logged by the core with log.exception).
    def listener(changes):
        raise ValueError(f"Index für {name} ({email}) nicht aktualisiert")

    unsubscribe = workspace.subscribe(listener)
    victim.notes = "Rückruf erbeten."
    workspace.persons.update(victim)
    unsubscribe()

    # An exception escaping a slot, as sys.excepthook sees it.
    try:
        raise KeyError(f"{name}: {email}")
    except KeyError as error:
        app_module._show_unexpected(lambda: window)(KeyError, error, error.__traceback__)
    _close_error_boxes(qtbot)

    # A search copy that cannot be cleaned after an erasure.
    def broken_purger(refs):
        raise OSError(f"Index gesperrt beim Löschen von {name}")

    workspace.add_purger(broken_purger)
    assert not erase(workspace, persons[1].id).complete
    workspace.persons.update(workspace.persons.get(persons[2].id))  # an ordinary save in between

    text = "".join(p.read_text(encoding="utf-8") for p in log_file.parent.iterdir())
    assert text.count("unexpected error") == 2 and "change listener failed" in text and "purger failed" in text
    assert "RuntimeError" in text and "ValueError" in text and "KeyError" in text  # what went wrong is there
    for person in persons:
        for secret in (person.last_name, *person.emails):
            assert secret not in text, secret


def test_expected_problems_are_shown_but_not_logged(qtbot, workspace, log_file, window, ctx, settle):
    def refused(ws):
        raise SicError("„anna@@example“ ist keine gültige E-Mail-Adresse.")

    ctx.ops.write(window, refused).run()
    settle()
    assert _close_error_boxes(qtbot) == ["„anna@@example“ ist keine gültige E-Mail-Adresse."]
    assert not log_file.exists() or "anna" not in log_file.read_text(encoding="utf-8")


def test_the_log_is_kept_small_once_the_window_is_painted(workspace, log_file):
    """Until the first paint a plain file (``logging.handlers`` loads later); then the rotating one, same file,
    nothing written before lost."""
    log = logging.getLogger("sic_desktop.test")
    log.warning("vor dem ersten Bild")
    keep_file_log_small()
    log.warning("danach")
    handlers = [h for h in logging.getLogger("sic_desktop").handlers if isinstance(h, logging.FileHandler)]
    assert [type(h) for h in handlers] == [RotatingFileHandler]
    assert handlers[0].maxBytes == 1_000_000 and Path(handlers[0].baseFilename) == log_file
    for handler in handlers:
        handler.flush()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert "vor dem ersten Bild" in lines[-2] and "danach" in lines[-1]
