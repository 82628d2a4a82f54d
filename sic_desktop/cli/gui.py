"""Starting the window: the default when ``sic-desktop`` is called without a command."""

from __future__ import annotations

import argparse
import gc
import importlib
import os

from sic_desktop.core.i18n import translate
from sic_desktop.core.storage.server_address import SERVER_ENV_VAR


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("CommandLine", "beim Start Demodaten laden, wenn der Datenordner leer ist"),
    )


# What the window's start needs that loads no Qt, imported before PySide6: PySide6's feature switch
# reads the source of every module imported after it (tests/packaging/test_start_imports.py keeps
# this list free of Qt and complete).
BEFORE_QT = (
    "sic_desktop.core.workspace",
    "sic_desktop.core.background",
    "sic_desktop.core.instance_lock",
    "sic_desktop.core.outside_changes",
    "sic_desktop.core.progress",
    "sic_desktop.core.team_access",
    "sic_desktop.core.team_server_login",
    "sic_desktop.core.vocab",
    "sic_desktop.io.attachment_text",
    "sic_desktop.io.attachment_text_process",
    "sic_desktop.ui.error_log",
    "sic_desktop.ui.navigation_history",
    "sic_desktop.ui.outlook",
    "sic_desktop.shipped_files",
)


def run(args: argparse.Namespace) -> int:
    # Until the window has been painted (ui/app.py turns it on again) the cyclic garbage collector is
    # off: the start makes some 40,000 objects the collector follows (its modules, classes, Qt's enums),
    # which live until the end, and it walked them again and again (20 M of 1,215 M instructions).
    gc.disable()
    try:
        # Imported here so that the command-line tasks start without loading Qt.
        for name in BEFORE_QT:
            importlib.import_module(name)
        from sic_desktop.ui.app import run_app

        if args.server:  # the window opens its workspace where every Workspace.open looks for the server
            os.environ[SERVER_ENV_VAR] = args.server
        return run_app(data_dir=args.data_dir, demo=args.demo)
    finally:
        gc.enable()
